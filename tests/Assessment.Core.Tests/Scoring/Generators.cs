using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using FsCheck;
using FsCheck.Fluent;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Scoring;

/// <summary>One jurisdiction's answers to a random valid instrument.</summary>
public sealed record Scenario(Instrument Instrument, IReadOnlyDictionary<string, ItemAnswers> Answers)
{
    // FsCheck prints the failing case: show what matters for reproducing it by hand.
    public override string ToString() => string.Join(Environment.NewLine, Instrument.Layers.Select(l =>
        $"layer {l.Id} w={l.Weight}" + string.Concat(l.Indicators.Select(i =>
            $"{Environment.NewLine}  indicator {i.Id} w={i.Weight}" + string.Concat(i.Items.Select(Describe)))))) +
        $"{Environment.NewLine}thresholds {Instrument.Thresholds}, stages {string.Join(", ", Instrument.Stages.Select(s => s.Min))}";

    private string Describe(Item item)
    {
        var answers = Answers.GetValueOrDefault(item.Id) is { } a
            ? $"[{string.Join(" | ", a.ByRater.Select(r => r is null ? "_" : AnswerText.Format(r)))}]" +
              (a.Reconciled is null ? "" : $" reconciled {AnswerText.Format(a.Reconciled)}")
            : "(no entry)";
        var detail = item.Type switch
        {
            ItemType.Likert => $"points={item.Points}",
            ItemType.Choice or ItemType.Multi => string.Join(",", item.OptionList.Select(o => $"{o.Key}:{o.Score}")),
            ItemType.Numeric => string.Join(",", item.Anchors!.Select(x => $"({x.X},{x.S})")),
            _ => "",
        };
        return $"{Environment.NewLine}    {item.Id} {item.Type} {detail} w={item.Weight} axis={item.Axis} " +
               $"reverse={item.Reverse} na={item.AllowNa}: {answers}";
    }
}

/// <summary>Generators of random valid instruments and answers for the property tests.</summary>
public static class Generators
{
    public static Gen<double> Weight { get; } = Gen.Frequency(
        (3, Gen.Elements(0.1, 0.25, 1.0, 2.0, 3.7, 10.0)),
        (2, Gen.Choose(1, 1000).Select(k => k / 100.0)));

    /// <summary>Scores in [0, 1], the ends included often.</summary>
    public static Gen<double> UnitScore { get; } = Gen.Frequency(
        (1, Gen.Elements(0.0, 1.0)),
        (4, Gen.Choose(0, 100).Select(k => k / 100.0)));

    private static Gen<(string Key, double Score)[]> OptionsGen(int min, int max) =>
        from n in Gen.Choose(min, max)
        from scores in UnitScore.ArrayOf(n)
        select scores.Select((s, i) => ($"k{i}", s)).ToArray();

    // Most numeric curves rise; some fall (e.g. days to complete a service), some go up and down.
    private static Gen<(double X, double S)[]> AnchorsGen =>
        from n in Gen.Choose(2, 4)
        from start in Gen.Choose(-50, 50)
        from steps in Gen.Choose(1, 40).ArrayOf(n)
        from scores in UnitScore.ArrayOf(n)
        from shape in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Constant(-1)), (1, Gen.Constant(0)))
        let xs = steps.Select((_, i) => (double)start + steps.Take(i).Sum()).ToArray()
        let ss = shape == 1 ? scores.Order().ToArray() : shape == -1 ? scores.OrderDescending().ToArray() : scores
        select xs.Zip(ss).ToArray();

    private static Gen<Item> TypedItemGen =>
        Gen.Frequency(
            (3, Gen.Choose(2, 7).Select(p => Likert("q", p))),
            (2, Gen.Constant(YesNo("q"))),
            (2, OptionsGen(2, 4).Select(o => Choice("q", o))),
            (2, OptionsGen(1, 4).Select(o => Multi("q", o))),
            (2, AnchorsGen.Select(a => Numeric("q", a))),
            (1, Gen.Constant(FreeText("q"))));

    public static Gen<Item> ItemGen { get; } =
        from item in TypedItemGen
        from weight in Weight
        from axis in Gen.Elements(Axis.None, Axis.Technology, Axis.Organization)
        from reverse in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from allowNa in Gen.Elements(false, true)
        select item.IsScored
            ? item with { Weight = weight, Axis = axis, Reverse = reverse, AllowNa = allowNa }
            : item with { Weight = weight, AllowNa = allowNa };

    private static Gen<Indicator> IndicatorGen =>
        from n in Gen.Choose(1, 4)
        from items in ItemGen.ArrayOf(n)
        from weight in Weight
        select Indicator("I", items) with { Weight = weight };

    private static Gen<Layer> LayerGen =>
        from n in Gen.Choose(1, 3)
        from indicators in IndicatorGen.ArrayOf(n)
        from weight in Weight
        select Layer("L", indicators) with { Weight = weight };

    // Later stages sometimes carry min_layer (-1 = none), so the coupled-layer rule is compared with the reference too.
    private static Gen<Stage[]> StagesGen =>
        from n in Gen.Choose(0, 3)
        from mins in Gen.Choose(1, 100).ArrayOf(n)
        from floors in Gen.Choose(-1, 100).ArrayOf(3)
        select new[] { 0.0 }.Concat(mins.Distinct().Order().Select(m => (double)m))
            .Select((m, i) => Stage($"s{i}", m) with { MinLayer = i == 0 || floors[i - 1] < 0 ? null : floors[i - 1] }).ToArray();

    public static Gen<Instrument> InstrumentGen { get; } =
        from n in Gen.Choose(1, 3)
        from layers in LayerGen.ArrayOf(n)
        from stages in StagesGen
        from technology in Gen.Choose(0, 100)
        from organization in Gen.Choose(0, 100)
        select Instrument(stages, new QuadrantThresholds(technology, organization), Renumber(layers));

    /// <summary>Gives every layer, indicator and item a unique id, as the instrument format requires.</summary>
    private static Layer[] Renumber(Layer[] layers)
    {
        int indicators = 0, items = 0;
        return [.. layers.Select((l, li) => l with
        {
            Id = $"L{li}",
            Indicators = [.. l.Indicators.Select(i => i with
            {
                Id = $"I{indicators++}",
                Items = [.. i.Items.Select(q => q with { Id = $"q{items++}" })],
            })],
        })];
    }

    /// <summary>A valid, non-NA answer to the item, in canonical form (multi keys in option order).</summary>
    public static Gen<Answer> AnswerGen(Item item) => item.Type switch
    {
        ItemType.Likert => Gen.Choose(1, item.Points).Select(k => (Answer)new Answer.Likert(k)),
        ItemType.Boolean => Gen.Elements<Answer>(Yes, No),
        ItemType.Choice => Gen.Elements(item.OptionList.ToArray()).Select(o => (Answer)new Answer.Choice(o.Key)),
        ItemType.Multi => Gen.SubListOf(item.OptionList.Select(o => o.Key).ToArray())
            .Select(keys => (Answer)new Answer.Multi([.. item.OptionList.Select(o => o.Key).Where(keys.Contains)])),
        ItemType.Numeric => NumberNear(item.Anchors!),
        _ => TextGen.Select(t => (Answer)new Answer.Text(t)),
    };

    private static Gen<Answer> NumberNear(IReadOnlyList<Anchor> anchors)
    {
        var (lo, hi) = (anchors[0].X - 20, anchors[^1].X + 20);
        return Gen.Frequency(
            (1, Gen.Elements(anchors.Select(a => a.X).ToArray())),
            (3, Gen.Choose(0, 10_000).Select(k => lo + (hi - lo) * k / 10_000)))
            .Select(x => (Answer)new Answer.Number(x));
    }

    /// <summary>Free text as people type it: any characters, but never blank and never the NA marker.</summary>
    public static Gen<string> TextGen { get; } =
        Gen.Elements("abcxyzNA01 ;,.\t\n是否热线😀".EnumerateRunes().Select(r => r.ToString()).ToArray())
            .NonEmptyListOf()
            .Select(parts => string.Concat(parts))
            .Where(t => !string.IsNullOrWhiteSpace(t) && !t.Trim().Equals("NA", StringComparison.OrdinalIgnoreCase));

    // naWeight varies between scenarios so that whole indicators, layers and axes turn NA often enough to test.
    private static Gen<Answer?> RaterAnswerGen(Item item, int naWeight) => Gen.Frequency(
        (2, Gen.Constant<Answer?>(null)),
        (item.AllowNa ? naWeight : 0, Gen.Constant<Answer?>(NA)),
        (8, AnswerGen(item).Select(a => (Answer?)a)));

    private static Gen<ItemAnswers?> ItemAnswersGen(Item item, int raters, int naWeight) =>
        Gen.Frequency(
            (1, Gen.Constant<ItemAnswers?>(null)),                  // no entry: unanswered
            (1, Gen.Constant<ItemAnswers?>(new ItemAnswers([]))),   // an entry without raters
            (12,
                from byRater in RaterAnswerGen(item, naWeight).ArrayOf(raters)
                from reconcile in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
                from reconciled in RaterAnswerGen(item, naWeight).Where(a => a is not null)
                select (ItemAnswers?)new ItemAnswers(byRater, reconcile ? reconciled : null)));

    public static Gen<Scenario> ScenarioGen { get; } =
        from instrument in InstrumentGen
        from raters in Gen.Choose(1, 3)
        from naWeight in Gen.Elements(1, 2, 30)
        from answers in Gen.CollectToArray(instrument.Items.Select(i => ItemAnswersGen(i, raters, naWeight)))
        select new Scenario(instrument, instrument.Items.Zip(answers)
            .Where(p => p.Second is not null)
            .ToDictionary(p => p.First.Id, p => p.Second!));
}
