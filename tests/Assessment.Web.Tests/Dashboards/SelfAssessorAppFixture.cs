using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Dashboards;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Queries;
using Assessment.Data.Rounds;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// What the self-assessor dashboard tests add to the demo data (the published demo external round, in which H city
/// takes part): a self-assessment round of the same instrument still open, rating H city and two peers. Expected scores come from
/// RoundScores (hence Scorer) on the same database, read while the app is stopped. The app is
/// <see cref="DashboardAppFixture"/>'s, shared with the other read-only dashboard tests.
/// </summary>
public static class SelfAssessorAppFixture
{
    public const string HCity = "DEMO-H";
    public static readonly string[] OpenPeers = ["DEMO-Z", "44"];

    public static (long DemoRound, long OpenRound, IReadOnlyDictionary<string, ScoreResult> DemoScores, IReadOnlyDictionary<string, ScoreResult> OpenScores)
        Seed(AssessmentDb db)
    {
        var demoRound = DashboardQueries.Rounds(db).Single(r => r.IsDemo && r.IsPublished && r.Mode == RoundModes.ExternalEvaluation).Id;
        // A self-assessment round (an external one is hidden from self-assessors until published), dated far from
        // the demo rounds so the self-vs-external page keeps pairing the demo's own self-assessment.
        var rounds = new RoundStore(db);
        var openRound = rounds.Create(new NewRound("2099 自评（进行中）", rounds.Find(demoRound)!.SnapshotId, RoundModes.SelfAssessment,
            new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero)), "test").Id;
        rounds.SetStatus(openRound, "open", "test");
        var rater = new AccountStore(db).FindByUserName("evaluator1")!.Id;
        DashboardSeed.Rate(db, new SnapshotStore(db).ForRound(openRound), openRound,
            [(HCity, 0.3, 0.8, 0.5), (OpenPeers[0], 0.85, 0.35, 0.6), (OpenPeers[1], 0.7, 0.75, 0.7)], [rater]);
        return (demoRound, openRound,
            RoundScores.ForRound(db, demoRound).ToDictionary(s => s.JurisdictionCode, s => s.Result),
            RoundScores.ForRound(db, openRound).ToDictionary(s => s.JurisdictionCode, s => s.Result));
    }
}
