using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Web.Demo;

/// <summary>
/// Turns a self-assessor's profile (levels and explicit answers, see self-assessment-published.yaml) into their
/// answers in canonical answer text. The external rounds' seed cases are not generated: their answers are grounded or
/// neutral (external-round.yaml). A level is the item score the answer should earn; this picks the answer whose score comes
/// nearest, by item type. Nothing here computes a score: the round is scored by the Scorer like any other.
/// </summary>
public static class DemoAnswers
{
    public const string TechnologyKey = "technology";
    public const string OrganizationKey = "organization";

    /// <summary>The respondent's answers (item id, answer text) in document order; <paramref name="only"/> limits the items.</summary>
    public static IEnumerable<(string ItemId, string Value)> For(
        Instrument instrument, Profile profile, IReadOnlySet<string>? only = null, IReadOnlyDictionary<string, string>? extraTexts = null)
    {
        foreach (var layer in instrument.Layers)
            foreach (var indicator in layer.Indicators)
                foreach (var item in indicator.Items)
                {
                    if (only is not null && !only.Contains(item.Id)) continue;
                    if (!item.IsScored)
                    {
                        if ((extraTexts?.GetValueOrDefault(item.Id) ?? profile.Texts.GetValueOrDefault(item.Id)) is { } text) yield return (item.Id, text);
                        continue;
                    }
                    yield return (item.Id, profile.Answers.TryGetValue(item.Id, out var given) ? given : AnswerFor(item, LevelFor(profile, layer, indicator, item)));
                }
    }

    /// <summary>The profile's level for an item: its axis, else its indicator, else its layer, else the profile's level.</summary>
    public static double LevelFor(Profile profile, Layer layer, Indicator indicator, Item item)
    {
        var axisKey = item.Axis switch { Axis.Technology => TechnologyKey, Axis.Organization => OrganizationKey, _ => null };
        if (axisKey is not null && profile.Levels.TryGetValue(axisKey, out var axis)) return axis;
        if (profile.Levels.TryGetValue(indicator.Id, out var ind)) return ind;
        if (profile.Levels.TryGetValue(layer.Id, out var lay)) return lay;
        return profile.Level;
    }

    /// <summary>The answer text whose item score (after reversal) is nearest to <paramref name="level"/>.</summary>
    public static string AnswerFor(Item item, double level)
    {
        // A reverse item scores 1 - s, so aim the raw answer at 1 - level.
        var raw = item.Reverse ? 1 - level : level;
        return item.Type switch
        {
            ItemType.Likert => (1 + (int)Math.Round(raw * (item.Points - 1), MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture),
            ItemType.Boolean => raw >= 0.5 ? "yes" : "no",
            ItemType.Choice => item.OptionList.MinBy(o => Math.Abs(o.Score - raw))!.Key,
            ItemType.Multi => Multi(item, raw),
            ItemType.Numeric => Numeric(item, raw),
            _ => throw new ArgumentException($"item {item.Id}: {item.Type} items are not scored; give them a text in the profile"),
        };
    }

    // Options in the instrument's order (basic practices first), added until the sum is within 0.05 of the level.
    private static string Multi(Item item, double raw)
    {
        var chosen = new List<string>();
        var sum = 0.0;
        foreach (var option in item.OptionList)
        {
            if (sum >= raw - 0.05) break;
            chosen.Add(option.Key);
            sum += option.Score;
        }
        return chosen.Count == 0 ? AnswerText.MultiSeparator.ToString() : string.Join(AnswerText.MultiSeparator, chosen);
    }

    // The inverse of the piecewise-linear anchors, rounded to a whole number as a count or a percentage would be.
    private static string Numeric(Item item, double raw)
    {
        var anchors = item.Anchors ?? throw new ArgumentException($"item {item.Id}: a numeric item without anchors");
        var x = anchors[^1].X;
        if (raw <= anchors[0].S) x = anchors[0].X;
        else
        {
            for (var i = 0; i + 1 < anchors.Count; i++)
            {
                var (a, b) = (anchors[i], anchors[i + 1]);
                if (b.S <= a.S || raw < a.S || raw > b.S) continue;
                x = a.X + (raw - a.S) / (b.S - a.S) * (b.X - a.X);
                break;
            }
        }
        return Math.Round(x, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
    }
}
