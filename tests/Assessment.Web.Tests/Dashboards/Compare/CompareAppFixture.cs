using Assessment.Data.Database;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <summary>The app with the demo accounts, the dashboard rounds and the self-assessment rounds, seeded while it is stopped.</summary>
public sealed class CompareAppFixture : IAsyncLifetime
{
    public AppServer Server { get; private set; } = null!;
    public SeededRounds Seeded { get; private set; } = null!;
    public SeededSelfRounds SelfRounds { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        Server.Kill();
        using (var db = AssessmentDb.Open(Path.Combine(Server.DataFolder, "assessment.db")))
        {
            Seeded = DashboardSeed.Seed(db);
            SelfRounds = SelfVsExternalSeed.Seed(db, Seeded);
        }
        await Server.RestartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
