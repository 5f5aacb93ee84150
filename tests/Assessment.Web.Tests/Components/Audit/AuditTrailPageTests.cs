using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Web.Components.Pages.Audit;
using Assessment.Web.Services;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Assessment.Web.Tests.Components.Audit;

/// <summary>The audit page over a real store: rows newest first, a filter narrows them, and a non-administrator sees the refusal.</summary>
public sealed class AuditTrailPageTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-audit-page-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;

    public AuditTrailPageTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
    }

    [Fact]
    public async Task An_administrator_sees_the_rows_newest_first_and_a_filter_narrows_them()
    {
        var admin = accounts.Create(new NewAccount("audit-admin", "管理员", Roles.Administrator, PasswordHash: "x"), "setup");
        accounts.Create(new NewAccount("rater-a", "评估员甲", Roles.Evaluator, PasswordHash: "x"), "audit-admin");
        await using var ctx = Context(admin);
        ctx.Render<MudPopoverProvider>();

        var page = ctx.Render<AuditTrail>();

        page.WaitForAssertion(() => Assert.Equal(["rater-a", "audit-admin"], page.FindAll("[data-testid=audit-rows] tbody tr td:nth-child(4)").Select(td => td.TextContent)));
        page.Find("#audit-actor").Change("setup");
        page.Find("[data-testid=audit-filters]").Submit();
        page.WaitForAssertion(() => Assert.Equal(["audit-admin"], page.FindAll("[data-testid=audit-rows] tbody tr td:nth-child(4)").Select(td => td.TextContent)));
        Assert.Equal("/audit/export.csv?actor=setup", page.Find("[data-testid=audit-export]").GetAttribute("href"));
    }

    [Fact]
    public async Task A_researcher_is_told_no_and_sees_no_rows()
    {
        var researcher = accounts.Create(new NewAccount("audit-researcher", "研究员", Roles.Researcher, PasswordHash: "x"), "setup");
        await using var ctx = Context(researcher);

        var page = ctx.Render<AuditTrail>();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-alert")));
        Assert.Empty(page.FindAll("[data-testid=audit-rows]"));
    }

    private AppTestContext Context(Account account)
    {
        var ctx = new AppTestContext("zh-CN");
        ctx.Services.AddSingleton(new AuditService(SignedIn.As(db, account), new AuditQuery(db)));
        return ctx;
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
