using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Web.Demo;

/// <summary>
/// The answer a demo rater gives where a seed paper says nothing about a case: the answer whose item score is
/// nearest the middle of the item's range, 0.5. Why the middle: silence is no evidence either way, and an item at
/// 0.5 neither lifts nor lowers an axis against the 50/50 quadrant cut, so the cases land where the grounded answers
/// put them. Per type: likert, the middle point; choice, the option scored nearest 0.5; multi, the options taken in
/// the instrument's order up to the sum nearest 0.5; numeric, the value the anchors score 0.5 (to two decimals).
/// Where two answers are equally near (boolean: no 0, yes 1; a likert scale with an even number of points) the raters
/// split, the first taking the lower and the second the higher, so the pair's mean item score is 0.5 (SCORING.md,
/// "Several raters"). Reversal leaves the middle where it is, so reverse items need no case of their own.
/// </summary>
public static class NeutralAnswer
{
    public const double Middle = 0.5;

    /// <summary>The neutral answer of rater number <paramref name="rater"/> (0-based) in canonical answer text.</summary>
    public static string For(Item item, int rater) => item.Type switch
    {
        ItemType.Likert => Likert(item, rater),
        ItemType.Boolean => rater % 2 == 0 ? "no" : "yes",
        ItemType.Choice => Nearest(item.OptionList.Select(o => (o.Key, o.Score)).ToList(), rater),
        ItemType.Multi => Nearest(Prefixes(item), rater),
        ItemType.Numeric => Numeric(item),
        _ => throw new ArgumentException($"item {item.Id}: {item.Type} items are not scored and have no neutral answer"),
    };

    // Points k score (k - 1) / (n - 1): the middle point when n is odd, else the two points either side of it.
    private static string Likert(Item item, int rater)
    {
        var middle = (item.Points + 1) / 2.0;
        var point = item.Points % 2 == 1 ? (int)middle : rater % 2 == 0 ? (int)Math.Floor(middle) : (int)Math.Ceiling(middle);
        return point.ToString(CultureInfo.InvariantCulture);
    }

    // The candidate nearest 0.5; on an exact tie the first rater takes the lower-scored one, the second the higher.
    private static string Nearest(IReadOnlyList<(string Answer, double Score)> candidates, int rater)
    {
        var best = candidates.Min(c => Math.Abs(c.Score - Middle));
        var nearest = candidates.Where(c => Math.Abs(Math.Abs(c.Score - Middle) - best) < 1e-9).OrderBy(c => c.Score).ToList();
        return (rater % 2 == 0 ? nearest[0] : nearest[^1]).Answer;
    }

    // A multi item's answers considered: the empty set, then the options in the instrument's order added one at a time
    // (basic practices come first in the instruments), each with min(1, sum) as its score.
    private static List<(string Answer, double Score)> Prefixes(Item item)
    {
        var prefixes = new List<(string, double)> { (AnswerText.MultiSeparator.ToString(), 0) };
        var keys = new List<string>();
        var sum = 0.0;
        foreach (var option in item.OptionList)
        {
            keys.Add(option.Key);
            sum += option.Score;
            prefixes.Add((string.Join(AnswerText.MultiSeparator, keys), Math.Min(1, sum)));
        }
        return prefixes;
    }

    // The first x the piecewise-linear anchors score 0.5; anchors that never reach 0.5 give the nearest end.
    private static string Numeric(Item item)
    {
        var anchors = item.Anchors ?? throw new ArgumentException($"item {item.Id}: a numeric item without anchors");
        var x = Math.Abs(anchors[0].S - Middle) <= Math.Abs(anchors[^1].S - Middle) ? anchors[0].X : anchors[^1].X;
        for (var i = 0; i + 1 < anchors.Count; i++)
        {
            var (a, b) = (anchors[i], anchors[i + 1]);
            if (a.S == b.S || Middle < Math.Min(a.S, b.S) || Middle > Math.Max(a.S, b.S)) continue;
            x = a.X + (Middle - a.S) / (b.S - a.S) * (b.X - a.X);
            break;
        }
        return Math.Round(x, 2, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
    }
}
