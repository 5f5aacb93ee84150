using Assessment.Data.Accounts;
using Assessment.Web.Reports;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.Demo;

namespace Assessment.Web.Tests.Reports;

/// <summary>The demo database and a report service reading it as the command line does (an administrator).</summary>
public sealed class ReportFixture : IDisposable
{
    public const long ExternalRound = 1, OpenSelfAssessmentRound = 2;

    public DemoDatabase Demo { get; } = new();

    public ReportService Service(CurrentUser? user = null)
    {
        user ??= CurrentUser.Operator(new AccountStore(Demo.Db));
        var dashboards = new DashboardService(user, Demo.Db);
        return new ReportService(dashboards, new SelfVsExternalService(user, Demo.Db), new MethodQualityService(user, Demo.Db, dashboards), Demo.Db, new FixedClock(DemoDatabase.Now));
    }

    /// <summary>A report service reading as a demo account (researcher, hcity, ...), signed in.</summary>
    public ReportService ServiceAs(string userName)
    {
        var accounts = new AccountStore(Demo.Db);
        var account = accounts.FindByUserName(userName)!;
        return Service(new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts));
    }

    /// <summary>Where the tests leave the PDFs and their page images for a person to look at.</summary>
    public static string OutputFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-pages")).FullName;

    public void Dispose() => Demo.Dispose();
}
