using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// What the self-assessor dashboard tests add to the demo data (the published demo external round, in which H city
/// takes part): a self-assessment round of the same instrument still open, rating H city and two peers with answers simple enough
/// to score by hand (<see cref="Open"/>). The app is <see cref="DashboardAppFixture"/>'s, shared with the other
/// read-only dashboard tests.
/// </summary>
public static class SelfAssessorAppFixture
{
    public const string HCity = "DEMO-H";
    public static readonly string[] OpenPeers = ["DEMO-Z", "44"];

    /// <summary>
    /// The open round's scores, worked by hand from SCORING.md and instruments/egov-iceberg-external-2026.1.yaml.
    /// Each jurisdiction gets the best answer (item score 1) to every scored item of some layers and no answer
    /// elsewhere (an unanswered scored item scores 0). All four layers weigh 1, so a layer whose items all score 1
    /// is 100 (every indicator 100), one with none answered is 0, and composite = 25 x (layers answered).
    /// The axes count item weights wherever the item sits. Technology (14 in all): interface 4 (if_full_online_share
    /// 2, if_max_one_visit_share 1, if_staff_errands 1), process 10 (po_base_libraries 1, po_ecert_library 2,
    /// po_ecert_use_share 1, the five technology items of process.sharing 5, po_platform_reshapes_work 1).
    /// Organization (13 in all): process 1 (po_dept_barriers), safeguard 12 (sg_leading_group 2,
    /// sg_dedicated_leader 1, sg_stationing 1, sg_top_leader_push 2, sg_top_leader_meetings 1,
    /// sg_leader_turnover_risk 1, sg_superior_targets 1, sg_lagging_regulation 1, sg_performance_assessment 1,
    /// sg_incentives 1).
    ///   H city, process + safeguard + value: composite 75; T = 10/14 = 71.43; O = (1 + 12)/13 = 100.
    ///   44, interface + process: composite 50; T = 14/14 = 100; O = 1/13 = 7.69.
    ///   DEMO-Z, interface: composite 25; T = 4/14 = 28.57; O = 0/13 = 0.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (string[] Layers, string Composite, string Technology, string Organization)> Open =
        new Dictionary<string, (string[], string, string, string)>
        {
            [HCity] = (["process", "safeguard", "value"], "75.0", "71.4", "100.0"),
            ["44"] = (["interface", "process"], "50.0", "100.0", "7.7"),
            ["DEMO-Z"] = (["interface"], "25.0", "28.6", "0.0"),
        };

    public static (long DemoRound, long OpenRound) Seed(AssessmentDb db)
    {
        // The first published demo external round, on the 2026.1 instrument these worked scores use (the demo's later
        // round, on 2026.2, is the one grounded in the seeds).
        var demoRound = DashboardQueries.Rounds(db).Where(r => r.IsDemo && r.IsPublished && r.Mode == RoundMode.ExternalEvaluation).MinBy(r => r.Id)!.Id;
        // A self-assessment round (an external one is hidden from self-assessors until published), dated far from
        // the demo rounds so the self-vs-external page keeps pairing the demo's own self-assessment.
        var rounds = new RoundStore(db);
        var openRound = rounds.Create(new NewRound("2099 自评（进行中）", rounds.Find(demoRound)!.SnapshotId, RoundMode.SelfAssessment,
            new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2099, 12, 31, 0, 0, 0, TimeSpan.Zero)), "test").Id;
        rounds.SetStatus(openRound, RoundStatus.Open, "test");
        var rater = new AccountStore(db).FindByUserName("evaluator1")!.Id;
        var instrument = new SnapshotStore(db).ForRound(openRound);
        foreach (var (code, (layers, _, _, _)) in Open) BestAnswers.Save(db, instrument, openRound, code, rater, layers);
        return (demoRound, openRound);
    }
}
