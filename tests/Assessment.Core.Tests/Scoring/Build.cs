using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Tests.Scoring;

/// <summary>
/// Small constructors for instruments and answers in tests. Items take their type-specific parts here; weight,
/// axis, reverse and allow_na are set with <c>with { ... }</c> so each test shows what it varies.
/// </summary>
internal static class Build
{
    public static LocalizedText Text(string s) => new(s, s);

    public static Item Likert(string id, int points = 5) => new(id, ItemType.Likert, Text(id), Points: points);

    public static Item YesNo(string id) => new(id, ItemType.Boolean, Text(id));

    public static Item Choice(string id, params (string Key, double Score)[] options) =>
        new(id, ItemType.Choice, Text(id), Options: Options(options));

    public static Item Multi(string id, params (string Key, double Score)[] options) =>
        new(id, ItemType.Multi, Text(id), Options: Options(options));

    public static Item Numeric(string id, params (double X, double S)[] anchors) =>
        new(id, ItemType.Numeric, Text(id), Anchors: [.. anchors.Select(a => new Anchor(a.X, a.S))]);

    public static Item FreeText(string id) => new(id, ItemType.Text, Text(id));

    public static Indicator Indicator(string id, params Item[] items) => new(id, Text(id), 1, items);

    public static Layer Layer(string id, params Indicator[] indicators) => new(id, Text(id), 1, indicators);

    public static Stage Stage(string id, double min) => new(id, min, Text(id));

    public static readonly Stage[] OneStage = [Stage("emerging", 0)];

    public static Instrument Instrument(params Layer[] layers) => Instrument(OneStage, new QuadrantThresholds(), layers);

    public static Instrument Instrument(IReadOnlyList<Stage> stages, QuadrantThresholds thresholds, params Layer[] layers) =>
        new("test", "1", Text("test"), null, thresholds, stages, layers);

    /// <summary>An instrument of one layer holding one indicator with the given items.</summary>
    public static Instrument OneIndicator(params Item[] items) => Instrument(Layer("L", Indicator("I", items)));

    // Answers
    public static Answer Point(int k) => new Answer.Likert(k);
    public static readonly Answer Yes = new Answer.YesNo(true);
    public static readonly Answer No = new Answer.YesNo(false);
    public static readonly Answer NA = Answer.NotApplicable.Instance;
    public static Answer Pick(string key) => new Answer.Choice(key);
    public static Answer Picks(params string[] keys) => new Answer.Multi(keys);
    public static Answer Number(double x) => new Answer.Number(x);

    public static ItemAnswers Raters(params Answer?[] byRater) => new(byRater);

    /// <summary>One rater's answers, by item id.</summary>
    public static Dictionary<string, ItemAnswers> OneRater(params (string ItemId, Answer? Answer)[] answers) =>
        answers.ToDictionary(a => a.ItemId, a => new ItemAnswers([a.Answer]));

    public static Dictionary<string, ItemAnswers> ByItem(params (string ItemId, ItemAnswers Answers)[] answers) =>
        answers.ToDictionary(a => a.ItemId, a => a.Answers);

    private static Option[] Options((string Key, double Score)[] options) =>
        [.. options.Select(o => new Option(o.Key, o.Score, Text(o.Key)))];
}
