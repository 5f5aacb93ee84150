using Assessment.Data.Database;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// The app with the demo accounts (its own start-up seed) plus the dashboard rounds: started once to seed the demo
/// data, stopped, the rounds written through the stores while nothing else writes, then started again.
/// </summary>
public sealed class DashboardAppFixture : IAsyncLifetime
{
    public AppServer Server { get; private set; } = null!;
    public SeededRounds Seeded { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        Server.Kill();
        using (var db = AssessmentDb.Open(Path.Combine(Server.DataFolder, "assessment.db")))
            Seeded = DashboardSeed.Seed(db);
        await Server.RestartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
