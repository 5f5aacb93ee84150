using Assessment.Data.Accounts;
using Assessment.Data.Jurisdictions;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Web.Demo;

/// <summary>
/// The demo set-up loaded on an empty database (turn off with --demo false): the reference jurisdictions and one
/// account per role, whose passwords are listed in DEMO-ACCOUNTS.md. Nothing is touched once any account exists.
/// </summary>
public static class DemoSeed
{
    public const string Actor = "demo-seed";

    /// <summary>The self-assessor's jurisdiction: 杭州市 (Hangzhou), code 3301 in the reference data.</summary>
    public const string SelfAssessorJurisdiction = "3301";

    public static readonly IReadOnlyList<(NewAccount Account, string Password)> Accounts =
    [
        (new("admin", "管理员 Admin", Roles.Administrator), "Admin-demo-2026"),
        (new("evaluator1", "评估员一 Evaluator One", Roles.Evaluator), "Eval1-demo-2026"),
        (new("evaluator2", "评估员二 Evaluator Two", Roles.Evaluator), "Eval2-demo-2026"),
        (new("lead", "主评估员 Lead Evaluator", Roles.Evaluator, IsLead: true), "Lead-demo-2026"),
        (new("hangzhou", "杭州市自评员 Hangzhou self-assessor", Roles.SelfAssessor, JurisdictionCode: SelfAssessorJurisdiction), "Hangzhou-demo-2026"),
        (new("researcher", "研究员 Researcher", Roles.Researcher), "Research-demo-2026"),
    ];

    public static void SeedDemoData(this IServiceProvider services)
    {
        var accounts = services.GetRequiredService<AccountStore>();
        if (accounts.List().Count > 0) return;

        var jurisdictions = services.GetRequiredService<JurisdictionStore>();
        if (jurisdictions.Count("province") == 0) jurisdictions.Upsert(ChinaDivision.Load(), ChinaDivision.Source, Actor);

        var hasher = services.GetRequiredService<IPasswordHasher<Account>>();
        foreach (var (account, password) in Accounts)
        {
            var created = accounts.Create(account, Actor);
            accounts.SetPasswordHash(created.Id, hasher.HashPassword(created, password), Actor);
        }
    }
}
