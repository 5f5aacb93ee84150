using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Dapper;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// The store refuses parent cycles, but a database can be edited by hand or restored from an old file: the dashboards'
/// walks up the parents must end anyway.
/// </summary>
public sealed class JurisdictionCycleDashboardTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-cycle-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;

    public JurisdictionCycleDashboardTests() => db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));

    [Fact]
    public async Task A_round_of_jurisdictions_whose_parents_form_a_cycle_still_opens()
    {
        var seeded = DashboardSeed.Seed(db);
        // Written past the store, as a hand edit would: Hangzhou's parent becomes Xihu, which lies under Hangzhou.
        db.Writer.Write((c, tx) => c.Execute("UPDATE jurisdictions SET parent_code = '330106' WHERE code = '3301'", transaction: tx));
        var admin = new AccountStore(db).Create(new NewAccount("admin-cycle", "Admin", Roles.Administrator), "test");
        var service = new DashboardService(SignedIn.As(db, admin), db);

        var opening = Task.Run(() => service.RoundAsync(seeded.Current));
        var finished = await Task.WhenAny(opening, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.Same(opening, finished);
        var dashboard = await opening;
        Assert.Null(dashboard.Find("3301")!.Province); // no province on a chain that never reaches one
        Assert.Equal("33", dashboard.Find("3302")!.Province!.Code);
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
