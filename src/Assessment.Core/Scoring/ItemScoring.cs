using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>
/// SCORING.md, "Item score s in [0, 1]" and <c>reverse</c>. Answers reach the scorer through
/// <see cref="AnswerText.Parse"/> (or the equivalent checks of the pages), so an answer that does not fit its
/// item is a programming error and throws instead of being scored as something it is not.
/// </summary>
internal static class ItemScoring
{
    /// <summary>s in [0, 1]; null for NA and for text items; 0 for an unanswered (null) scored item.</summary>
    public static double? Score(Item item, Answer? answer)
    {
        if (!item.IsScored) return null;
        if (answer is null) return 0;
        if (answer is Answer.NotApplicable)
        {
            return item.AllowNa ? null : throw Misfit(item, answer, "the item does not allow N/A");
        }

        var s = answer switch
        {
            Answer.Likert a when item.Type == ItemType.Likert => Likert(item, a.Point),
            Answer.YesNo a when item.Type == ItemType.Boolean => a.Yes ? 1 : 0,
            Answer.Choice a when item.Type == ItemType.Choice => Choice(item, a.Key),
            Answer.Multi a when item.Type == ItemType.Multi => Multi(item, a.Keys),
            Answer.Number a when item.Type == ItemType.Numeric => Numeric(item, a.Value),
            _ => throw Misfit(item, answer, $"a {item.Type.ToString().ToLowerInvariant()} item needs another kind of answer"),
        };
        return item.Reverse ? 1 - s : s;
    }

    private static double Likert(Item item, int point)
    {
        if (point < 1 || point > item.Points)
        {
            throw Misfit(item, new Answer.Likert(point), $"not a point of its {item.Points}-point scale");
        }
        return (point - 1) / (double)(item.Points - 1);
    }

    private static double Choice(Item item, string key)
    {
        var options = item.OptionList;
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Key == key) return options[i].Score;
        }
        throw Misfit(item, new Answer.Choice(key), "not one of its options");
    }

    private static double Multi(Item item, IReadOnlyList<string> keys)
    {
        var options = item.OptionList;
        for (var k = 0; k < keys.Count; k++)
        {
            if (!HasOption(options, keys[k])) throw Misfit(item, new Answer.Multi(keys), $"'{keys[k]}' is not one of its options");
        }
        // Summed in the instrument's option order, each chosen option once (a choice is a set): the same set
        // always gives the same bits, and adding an option can never lower the rounded sum.
        var sum = 0.0;
        for (var i = 0; i < options.Count; i++)
        {
            if (Contains(keys, options[i].Key)) sum += options[i].Score;
        }
        return Math.Min(1, sum);
    }

    private static double Numeric(Item item, double x)
    {
        if (double.IsNaN(x)) throw Misfit(item, new Answer.Number(x), "not a number");
        var anchors = item.Anchors ?? throw new ArgumentException($"item {item.Id}: a numeric item without anchors");
        if (x <= anchors[0].X) return anchors[0].S;
        for (var i = 1; i < anchors.Count; i++)
        {
            var (lo, hi) = (anchors[i - 1], anchors[i]);
            if (x >= hi.X) continue;
            var s = lo.S + (x - lo.X) / (hi.X - lo.X) * (hi.S - lo.S);
            // Rounding can overshoot an anchor by one unit in the last place; keeping s between the two
            // anchors' scores keeps the curve monotone wherever the anchors are, and s inside [0, 1].
            return Math.Clamp(s, Math.Min(lo.S, hi.S), Math.Max(lo.S, hi.S));
        }
        return anchors[^1].S;
    }

    private static bool HasOption(IReadOnlyList<Option> options, string key)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Key == key) return true;
        }
        return false;
    }

    private static bool Contains(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key) return true;
        }
        return false;
    }

    private static ArgumentException Misfit(Item item, Answer answer, string why) =>
        new($"item {item.Id}: the answer '{AnswerText.Format(answer)}' does not fit ({why})");
}
