using Assessment.Core.Tests.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Web.Reports;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.Demo;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Web.Tests.Dashboards.Pages;

/// <summary>
/// The data of the browser tests' dashboard app (<see cref="DashboardAppFixture"/>) in a temp SQLite file, without the
/// app: the demo data set as the app seeds it on an empty folder, then DashboardSeed's rounds and the open round H city
/// takes part in. The dashboard pages render on it through bUnit over the real services, as a demo account.
/// </summary>
public sealed class DashboardPagesDb : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-dashboard-pages-" + Guid.NewGuid().ToString("N")[..12]);

    public DashboardPagesDb()
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        DemoDatabase.Seed(Db, NullLogger.Instance);
        Seeded = DashboardSeed.Seed(Db);
        (DemoRound, OpenRound) = SelfAssessorAppFixture.Seed(Db);
        DemoScores = ReferenceScores.ForRound(Db, DemoRound, new SnapshotStore(Db).ForRound(DemoRound));
    }

    public AssessmentDb Db { get; }
    public SeededRounds Seeded { get; }
    public long DemoRound { get; }
    public long OpenRound { get; }
    /// <summary>The demo round's scores by the reference scorer (SCORING.md read independently of Scorer).</summary>
    public IReadOnlyDictionary<string, ReferenceResult> DemoScores { get; }

    /// <summary>A bUnit context with the dashboard pages' services as the app registers them, for a demo account.</summary>
    public AppTestContext ContextFor(string userName, string culture = "zh-CN")
    {
        var ctx = new AppTestContext(culture, demoLoaded: true);
        var account = new AccountStore(Db).FindByUserName(userName)!;
        var user = SignedIn.As(Db, account);
        // AuthorizeView in the pages (the method-quality link) asks for policies by permission name; grant the ones
        // the app's own rule grants this account.
        var principal = UserClaims.For(account, "test");
        var authorization = ctx.AddAuthorization();
        authorization.SetAuthorized(account.UserName);
        authorization.SetClaims([.. principal.Claims]);
        authorization.SetPolicies([.. Enum.GetValues<Permission>().Where(principal.Allows).Select(p => p.ToString())]);
        var dashboards = new DashboardService(user, Db);
        ctx.Services.AddSingleton(user);
        ctx.Services.AddSingleton(Db);
        ctx.Services.AddSingleton(dashboards);
        ctx.Services.AddSingleton(new MethodQualityService(user, Db, dashboards));
        ctx.Services.AddSingleton(new SelfVsExternalService(user, Db));
        ctx.Services.AddSingleton(new CaseLibrary(CaseLibrary.LoadEmbedded(), NullLogger<CaseLibrary>.Instance));
        // The real Chromium path: a path alone starts nothing; the page only asks whether it exists.
        ctx.Services.AddSingleton(new PdfPrinter(PdfPrinter.DefaultPath));
        return ctx;
    }

    /// <summary>Renders a routed page at its address and waits until <paramref name="ready"/> is in it.</summary>
    public static async Task<IRenderedComponent<TPage>> RenderAsync<TPage>(AppTestContext ctx, string address, string ready,
        Action<ComponentParameterCollectionBuilder<TPage>> parameters) where TPage : IComponent
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var page = ctx.Render(parameters);
        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll(ready)), TimeSpan.FromSeconds(30));
        return page;
    }

    public void Dispose()
    {
        Db.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
