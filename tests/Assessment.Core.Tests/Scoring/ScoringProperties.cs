using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Assessment.Core.Tests.Scoring;

public enum WeightLevel { Layers, Indicators, Items }

/// <summary>A scenario and the same scenario with every weight of one level multiplied by one factor.</summary>
public sealed record WeightScaling(Scenario Scenario, WeightLevel Level, double Factor)
{
    // Built anew, not with `with`: Instrument computes its item list when constructed.
    public Instrument Scaled => Build.Instrument(Scenario.Instrument.Stages, Scenario.Instrument.Thresholds,
        [.. Scenario.Instrument.Layers.Select(l => l with
        {
            Weight = Level == WeightLevel.Layers ? l.Weight * Factor : l.Weight,
            Indicators = [.. l.Indicators.Select(i => i with
            {
                Weight = Level == WeightLevel.Indicators ? i.Weight * Factor : i.Weight,
                Items = [.. i.Items.Select(q => Level == WeightLevel.Items ? q with { Weight = q.Weight * Factor } : q)],
            })],
        })]);

    public override string ToString() => $"{Level} x {Factor}{Environment.NewLine}{Scenario}";
}

/// <summary>A scenario and the same scenario with one answer of a non-reversed item raised.</summary>
public sealed record RaisedAnswer(Scenario Before, Scenario After, string Change)
{
    public override string ToString() => $"{Change}{Environment.NewLine}{Before}";
}

public static class ScoringArbitraries
{
    public static Arbitrary<Scenario> Scenario() => Generators.ScenarioGen.ToArbitrary();

    public static Arbitrary<WeightScaling> WeightScaling() => (
        from scenario in Generators.ScenarioGen
        from level in Gen.Elements(WeightLevel.Layers, WeightLevel.Indicators, WeightLevel.Items)
        from factor in Gen.Frequency(
            (1, Gen.Elements(0.001, 0.1, 0.3, 3.0, 7.77, 1000.0)),
            (2, Gen.Choose(1, 100_000).Select(k => k / 1000.0)))
        select new WeightScaling(scenario, level, factor)).ToArbitrary();

    public static Arbitrary<RaisedAnswer> RaisedAnswer() => (
        from before in Generators.ScenarioGen.Where(s => Raising.Slots(s).Any())
        from slot in Gen.Elements(Raising.Slots(before).ToArray())
        from raised in Raising.Raise(slot.Item, slot.Current)
        select new RaisedAnswer(before, Raising.Replace(before, slot.Item.Id, slot.Rater, raised),
            $"{slot.Item.Id} rater {slot.Rater}: {Show(slot.Current)} -> {AnswerText.Format(raised)}")).ToArbitrary();

    private static string Show(Answer? answer) => answer is null ? "(unanswered)" : AnswerText.Format(answer);
}

/// <summary>What "a higher answer" means for each item type, for the monotonicity property.</summary>
internal static class Raising
{
    /// <summary>Rater index, or -1 for the reconciled answer.</summary>
    public static IEnumerable<(Item Item, int Rater, Answer? Current)> Slots(Scenario scenario)
    {
        foreach (var item in scenario.Instrument.Items.Where(i => i.IsScored && !i.Reverse))
        {
            if (!scenario.Answers.TryGetValue(item.Id, out var answers)) continue;
            if (answers.Reconciled is not null)
            {
                if (CanRaise(item, answers.Reconciled)) yield return (item, -1, answers.Reconciled);
                continue; // the raters do not count while a reconciled answer stands
            }
            for (var r = 0; r < answers.ByRater.Count; r++)
            {
                if (answers.ByRater[r] is null || CanRaise(item, answers.ByRater[r]!)) yield return (item, r, answers.ByRater[r]);
            }
        }
    }

    private static bool CanRaise(Item item, Answer answer) => answer switch
    {
        Answer.Likert a => a.Point < item.Points,
        Answer.YesNo a => !a.Yes,
        Answer.Choice a => item.OptionList.Any(o => o.Score > item.FindOption(a.Key)!.Score),
        Answer.Multi a => a.Keys.Count < item.OptionList.Count,
        // A larger number is a higher answer only where the curve rises; on a falling curve it is a lower one.
        Answer.Number => item.Anchors!.Zip(item.Anchors!.Skip(1)).All(p => p.First.S <= p.Second.S),
        _ => false,
    };

    /// <summary>A strictly higher answer than <paramref name="current"/>; any answer when it is unanswered.</summary>
    public static Gen<Answer> Raise(Item item, Answer? current) => current switch
    {
        null => Generators.AnswerGen(item),
        Answer.Likert a => Gen.Choose(a.Point + 1, item.Points).Select(k => (Answer)new Answer.Likert(k)),
        Answer.YesNo => Gen.Constant<Answer>(new Answer.YesNo(true)),
        Answer.Choice a => Gen.Elements(item.OptionList.Where(o => o.Score > item.FindOption(a.Key)!.Score).ToArray())
            .Select(o => (Answer)new Answer.Choice(o.Key)),
        Answer.Multi a => Gen.Elements(item.OptionList.Select(o => o.Key).Where(k => !a.Keys.Contains(k)).ToArray())
            .Select(added => (Answer)new Answer.Multi(
                [.. item.OptionList.Select(o => o.Key).Where(k => k == added || a.Keys.Contains(k))])),
        Answer.Number a => Gen.Choose(1, 1000).Select(d => (Answer)new Answer.Number(a.Value + d / 10.0)),
        _ => throw new ArgumentOutOfRangeException(nameof(current)),
    };

    public static Scenario Replace(Scenario scenario, string itemId, int rater, Answer raised)
    {
        var answers = scenario.Answers.ToDictionary();
        var old = answers[itemId];
        answers[itemId] = rater < 0
            ? old with { Reconciled = raised }
            : old with { ByRater = [.. old.ByRater.Select((a, r) => r == rater ? raised : a)] };
        return scenario with { Answers = answers };
    }
}

/// <summary>Invariants of the scoring rules over random valid instruments and answers.</summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 300)]
public class ScoringProperties
{
    [Property]
    public void Every_score_stays_within_0_and_100_or_is_not_applicable(Scenario scenario)
    {
        var explanation = Scorer.Explain(scenario.Instrument, scenario.Answers);
        var result = explanation.Result;
        foreach (var score in AllScores(result).Select(s => s.Score))
        {
            Assert.True(score is null or >= 0 and <= 100, $"score {score}");
        }
        Assert.InRange(result.Completeness, 0, 1);
        foreach (var item in explanation.Items)
        {
            Assert.True(item.Score is null or >= 0 and <= 1, $"item {item.ItemId} score {item.Score}");
            Assert.True(item.ShareOfIndicator is null or > 0 and <= 1, $"item {item.ItemId} share {item.ShareOfIndicator}");
        }
    }

    [Property]
    public void Multiplying_every_weight_of_one_level_by_a_constant_changes_no_score(WeightScaling scaling)
    {
        var before = Scorer.Score(scaling.Scenario.Instrument, scaling.Scenario.Answers);
        var after = Scorer.Score(scaling.Scaled, scaling.Scenario.Answers);
        foreach (var ((name, expected), (_, actual)) in AllScores(before).Zip(AllScores(after)))
        {
            if (expected is null) Assert.True(actual is null, $"{name}: NA became {actual}");
            else Assert.True(actual is not null && Close(expected.Value, actual.Value), $"{name}: {expected} became {actual}");
        }
        Assert.Equal(before.Completeness, after.Completeness);
        Assert.Equal(before.Quadrant, after.Quadrant);
        Assert.Equal(before.Stage, after.Stage);
    }

    [Property]
    public void Raising_one_answer_of_a_non_reversed_item_never_lowers_any_score(RaisedAnswer change)
    {
        var before = Scorer.Score(change.Before.Instrument, change.Before.Answers);
        var after = Scorer.Score(change.After.Instrument, change.After.Answers);
        foreach (var ((name, low), (_, high)) in AllScores(before).Zip(AllScores(after)))
        {
            Assert.True(low is null == high is null, $"{name}: NA changed ({low} -> {high})");
            Assert.True(low is null || high >= low, $"{name}: {low} fell to {high}");
        }
        var stages = change.Before.Instrument.Stages;
        Assert.True(IndexOf(stages, after.Stage) >= IndexOf(stages, before.Stage), $"stage {before.Stage?.Id} -> {after.Stage?.Id}");
    }

    [Property]
    public void The_points_of_an_indicators_items_add_up_to_the_indicators_score(Scenario scenario)
    {
        var explanation = Scorer.Explain(scenario.Instrument, scenario.Answers);
        foreach (var (id, score) in explanation.Result.Indicators)
        {
            var items = explanation.Items.Where(i => i.IndicatorId == id).ToArray();
            if (score is null)
            {
                Assert.All(items, i => Assert.Null(i.PointsInIndicator));
                continue;
            }
            Assert.True(Close(score.Value, items.Sum(i => i.PointsInIndicator ?? 0)), $"{id}: points do not add up to {score}");
            Assert.True(Close(1, items.Sum(i => i.ShareOfIndicator ?? 0)), $"{id}: shares do not add up to 1");
        }
    }

    private static IEnumerable<(string Name, double? Score)> AllScores(ScoreResult result) =>
        new[] { ("composite", result.Composite), ("technology", result.Technology), ("organization", result.Organization) }
            .Concat(result.Layers.Select(l => ($"layer {l.Key}", l.Value)))
            .Concat(result.Indicators.Select(i => ($"indicator {i.Key}", i.Value)));

    /// <summary>Equal within 1e-9 relative (scores near 0 within 1e-9 absolute, as they are on a 0..100 scale).</summary>
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static int IndexOf(IReadOnlyList<Stage> stages, Stage? stage) => stage is null ? -1 : stages.ToList().IndexOf(stage);
}
