using System.Diagnostics;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Demo;
using Assessment.Data.Jurisdictions;
using Assessment.Web.Configuration;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Web.Demo;

/// <summary>
/// The demo data set loaded on an empty database (turn off with --demo false): the reference jurisdictions, the
/// anonymized cases of seed 003 as demo jurisdictions, one account per role (passwords in DEMO-ACCOUNTS.md), a
/// completed and published external round on the 2026.1 instrument over the reference cases of DOMAIN.md
/// (Demo/Data/external-round.yaml), an open self-assessment round with drafts (Demo/Data/self-assessment-round.yaml),
/// H city's published self-assessment of the external round's period (Demo/Data/self-assessment-published.yaml), then
/// the later external round on the 2026.2 instrument (Demo/Data/external-round-2026.2.yaml); both external rounds'
/// answers for the seed cases are grounded in the seeds or neutral; last, H city's self-assessment on the matching
/// 2026.2 self-assessment instrument (Demo/Data/self-assessment-published-2026.2.yaml). The rounds are marked is_demo,
/// so pages label them illustrative. Nothing is touched once any account exists.
/// </summary>
public static class DemoSeed
{
    public const string Actor = "demo-seed";

    /// <summary>The first self-assessor's jurisdiction: 杭州市 (Hangzhou), code 3301 in the reference data.</summary>
    public const string SelfAssessorJurisdiction = "3301";

    /// <summary>The second self-assessor's jurisdiction: seed 003's H city, so its self-assessment meets its external scores.</summary>
    public const string HCitySelfAssessorJurisdiction = "DEMO-H";

    public static readonly IReadOnlyList<(NewAccount Account, string Password)> Accounts =
    [
        (new("admin", "管理员 Admin", Roles.Administrator), "Admin-demo-2026"),
        (new("evaluator1", "评估员一 Evaluator One", Roles.Evaluator), "Eval1-demo-2026"),
        (new("evaluator2", "评估员二 Evaluator Two", Roles.Evaluator), "Eval2-demo-2026"),
        (new("lead", "主评估员 Lead Evaluator", Roles.Evaluator, IsLead: true), "Lead-demo-2026"),
        (new("hangzhou", "杭州市自评员 Hangzhou self-assessor", Roles.SelfAssessor, JurisdictionCode: SelfAssessorJurisdiction), "Hangzhou-demo-2026"),
        (new("hcity", "H市自评员（示例） H city self-assessor (illustrative)", Roles.SelfAssessor, JurisdictionCode: HCitySelfAssessorJurisdiction), "Hcity-demo-2026"),
        (new("researcher", "研究员 Researcher", Roles.Researcher), "Research-demo-2026"),
    ];

    public static void SeedDemoData(this IServiceProvider services) =>
        Seed(services.GetRequiredService<AssessmentDb>(), services.GetRequiredService<IPasswordHasher<Account>>(),
            services.GetRequiredService<AppPaths>().InstrumentsFolder,
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeed).FullName!));

    /// <summary>Loads the demo data set if the database has no account yet; returns whether it did.</summary>
    public static bool Seed(AssessmentDb db, IPasswordHasher<Account> hasher, string instrumentsFolder, ILogger logger)
    {
        var accounts = new AccountStore(db);
        if (accounts.List().Count > 0) return false;
        var clock = Stopwatch.StartNew();
        // Hashing (PBKDF2) is most of the accounts' cost and needs no database, so it runs beside the reference data.
        var hashing = Task.Run(() => Accounts.AsParallel().AsOrdered()
            .Select(a => hasher.HashPassword(Unsaved(a.Account), a.Password)).ToList());

        var jurisdictions = new JurisdictionStore(db);
        if (jurisdictions.Count("province") == 0) jurisdictions.Upsert(ChinaDivision.Load(), ChinaDivision.Source, Actor);
        var external = DemoFiles.ReadExternal();
        jurisdictions.Upsert(external.DemoJurisdictions
            .Select(j => new Jurisdiction(j.Code, j.NameZh, j.NameEn, j.Level, j.Kind, j.Parent)).ToList(), DemoData.JurisdictionSource, Actor);
        var jurisdictionsMs = clock.ElapsedMilliseconds;

        var hashes = hashing.GetAwaiter().GetResult();
        for (var i = 0; i < Accounts.Count; i++) accounts.Create(Accounts[i].Account with { PasswordHash = hashes[i], IsDemo = true }, Actor);
        var accountsMs = clock.ElapsedMilliseconds - jurisdictionsMs;

        try
        {
            var demo = new DemoRounds(db, instrumentsFolder);
            demo.LoadExternal(external);
            demo.LoadSelfAssessment(DemoFiles.ReadSelfAssessment());
            demo.LoadPublishedSelfAssessment(DemoFiles.ReadPublishedSelfAssessment());
            demo.LoadExternal(DemoFiles.ReadExternal(DemoFiles.External2026_2), DemoFiles.External2026_2);
            demo.LoadPublishedSelfAssessment(DemoFiles.ReadPublishedSelfAssessment(DemoFiles.PublishedSelfAssessment2026_2), DemoFiles.PublishedSelfAssessment2026_2);
        }
        catch (DemoDataException e)
        {
            // The app is still usable without the demo rounds (e.g. an evaluator edited an instrument the demo files
            // name); the accounts are there, and the log says what to fix.
            logger.LogWarning("Demo rounds not loaded: {Problem}", e.Message);
        }
        logger.LogInformation(
            "Demo data set (illustrative) loaded in {Milliseconds} ms (jurisdictions {Jurisdictions} ms, accounts {Accounts} ms, rounds {Rounds} ms)",
            clock.ElapsedMilliseconds, jurisdictionsMs, accountsMs, clock.ElapsedMilliseconds - jurisdictionsMs - accountsMs);
        return true;
    }

    // The account as it will be stored, for the hasher's signature; ASP.NET Core's PasswordHasher does not read it.
    private static Account Unsaved(NewAccount a) => new()
    {
        Id = 0,
        UserName = a.UserName,
        DisplayName = a.DisplayName,
        Role = a.Role,
        IsLead = a.IsLead,
        JurisdictionCode = a.JurisdictionCode,
        CreatedAt = "",
    };
}
