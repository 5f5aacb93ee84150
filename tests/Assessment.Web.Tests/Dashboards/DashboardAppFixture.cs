using Assessment.Core.Tests.Scoring;
using Assessment.Data.Database;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// One app for the read-only dashboard classes (a collection fixture): the demo data (its own start-up seed), the
/// dashboard rounds and the open round H city takes part in. Started once to seed the demo data, stopped, the rounds
/// written through the stores while nothing else writes, then started again.
/// </summary>
public sealed class DashboardAppFixture : IAsyncLifetime
{
    public AppServer Server { get; private set; } = null!;
    public SeededRounds Seeded { get; private set; } = null!;

    /// <summary>The published demo round and the open one of <see cref="SelfAssessorAppFixture"/>.</summary>
    public long DemoRound { get; private set; }
    public long OpenRound { get; private set; }
    /// <summary>The demo round's scores by the reference scorer (<see cref="ReferenceScores"/>); the open round's are literals.</summary>
    public IReadOnlyDictionary<string, ReferenceResult> DemoScores { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        Server.Kill();
        using (var db = AssessmentDb.Open(Path.Combine(Server.DataFolder, "assessment.db")))
        {
            Seeded = DashboardSeed.Seed(db);
            (DemoRound, OpenRound) = SelfAssessorAppFixture.Seed(db);
            DemoScores = ReferenceScores.ForRound(db, DemoRound, new Data.Instruments.SnapshotStore(db).ForRound(DemoRound));
        }
        await Server.RestartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
