using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Dashboards;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Queries;
using Assessment.Data.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// The app with its demo data (the published demo external round, in which H city takes part) plus a round of the
/// same instrument still open, rating H city and two peers. Expected scores come from RoundScores (hence Scorer)
/// on the same database, read while the app is stopped.
/// </summary>
public sealed class SelfAssessorAppFixture : IAsyncLifetime
{
    public const string HCity = "DEMO-H";
    public static readonly string[] OpenPeers = ["DEMO-Z", "44"];

    public AppServer Server { get; private set; } = null!;
    public long DemoRound { get; private set; }
    public long OpenRound { get; private set; }
    public IReadOnlyDictionary<string, ScoreResult> DemoScores { get; private set; } = null!;
    public IReadOnlyDictionary<string, ScoreResult> OpenScores { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync();
        Server.Kill();
        using (var db = AssessmentDb.Open(Path.Combine(Server.DataFolder, "assessment.db")))
        {
            DemoRound = DashboardQueries.Rounds(db).Single(r => r.IsDemo && r.IsPublished && r.Mode == RoundModes.ExternalEvaluation).Id;
            OpenRound = DashboardSeed.CreateRound(db, new RoundStore(db).Find(DemoRound)!.SnapshotId, "2027 外部评估（进行中）");
            var rater = new AccountStore(db).FindByUserName("evaluator1")!.Id;
            DashboardSeed.Rate(db, new SnapshotStore(db).ForRound(OpenRound), OpenRound,
                [(HCity, 0.3, 0.8, 0.5), (OpenPeers[0], 0.85, 0.35, 0.6), (OpenPeers[1], 0.7, 0.75, 0.7)], [rater]);
            DemoScores = RoundScores.ForRound(db, DemoRound).ToDictionary(s => s.JurisdictionCode, s => s.Result);
            OpenScores = RoundScores.ForRound(db, OpenRound).ToDictionary(s => s.JurisdictionCode, s => s.Result);
        }
        await Server.RestartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
