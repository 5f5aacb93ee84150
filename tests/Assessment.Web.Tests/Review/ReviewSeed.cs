using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Review;

public sealed record SeededRound(long RoundId, long FirstResponse, long SecondResponse, Instrument Instrument);

/// <summary>
/// An open external-evaluation round with two raters on one jurisdiction, both submitted: they disagree by a full
/// point on one item, by exactly the default gap (0.25) on another, and agree on the rest.
/// </summary>
public static class ReviewSeed
{
    public const string InstrumentFile = "egov-iceberg-external-2026.1.yaml";
    public const string DisagreeingItem = "if_single_account";
    public const string AtTheGapItem = "if_smart_services";

    /// <summary>(item, first rater's answer, second rater's answer).</summary>
    public static readonly (string Item, string First, string Second)[] Answers =
    [
        ("if_one_network_one_app", "both_partial", "both_partial"),
        (DisagreeingItem, "yes", "no"),
        ("if_mini_program_same_source", "yes", "yes"),
        ("if_new_platform_control", "4", "4"),
        (AtTheGapItem, "4", "5"),
        ("if_full_online_share", "72.5", "72.5"),
    ];

    public static SeededRound Seed(AssessmentDb db, string jurisdiction, long firstRater, long secondRater, string actor)
    {
        var yaml = File.ReadAllText(Path.Combine(AppServer.RepositoryRoot(), "instruments", InstrumentFile));
        var snapshot = new SnapshotStore(db).Add(yaml, InstrumentFile, actor).Snapshot!;
        var rounds = new RoundStore(db);
        var round = rounds.Create(new NewRound("2026 外部评估（评审测试）", snapshot.Id, RoundMode.ExternalEvaluation), actor);
        rounds.SetStatus(round.Id, RoundStatus.Open, actor);
        var first = rounds.Assign(round.Id, jurisdiction, firstRater, actor);
        var second = rounds.Assign(round.Id, jurisdiction, secondRater, actor);
        var store = new AnswerStore(db);
        foreach (var (item, a, b) in Answers)
        {
            Saved(store.Save(new AnswerWrite(first.Id, item, a, 0, firstRater, $"核查记录 {item}", "https://example.org/evidence/" + item)));
            Saved(store.Save(new AnswerWrite(second.Id, item, b, 0, secondRater)));
        }
        rounds.SetResponseStatus(first.Id, ResponseStatus.Submitted, actor);
        rounds.SetResponseStatus(second.Id, ResponseStatus.Submitted, actor);
        return new SeededRound(round.Id, first.Id, second.Id, new SnapshotStore(db).ForRound(round.Id));
    }

    private static void Saved(SaveResult result) =>
        Assert.True(result is SaveResult.Saved, $"seed answer not saved: {result}");
}
