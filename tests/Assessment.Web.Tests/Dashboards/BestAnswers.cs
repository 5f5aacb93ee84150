using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Rounds;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Answers simple enough to score by hand on the shipped instruments: the best answer to every scored item of the
/// given layers, none elsewhere. In both 2026.1 instruments every item's best answer scores 1 (each choice and
/// numeric item has an option or anchor at 1, each multi item's options sum to 1 or more), so such a layer is 100
/// and an unanswered one 0 (SCORING.md: an unanswered scored item scores 0).
/// </summary>
public static class BestAnswers
{
    public static long Save(AssessmentDb db, Instrument instrument, long roundId, string code, long rater, IEnumerable<string> layers)
    {
        var response = new RoundStore(db).Assign(roundId, code, rater, "test");
        var store = new AnswerStore(db);
        var chosen = layers.ToHashSet();
        foreach (var item in instrument.Layers.Where(l => chosen.Contains(l.Id)).SelectMany(l => l.Indicators).SelectMany(i => i.Items).Where(i => i.IsScored))
        {
            var saved = store.Save(new AnswerWrite(response.Id, item.Id, Best(item), 0, rater));
            if (saved is not SaveResult.Saved) throw new InvalidOperationException($"{code} {item.Id}: {saved}");
        }
        return response.Id;
    }

    /// <summary>The answer whose item score is 1 after reversal.</summary>
    private static string Best(Item item) => item.Type switch
    {
        ItemType.Likert => item.Reverse ? "1" : item.Points.ToString(CultureInfo.InvariantCulture),
        ItemType.Boolean => item.Reverse ? "no" : "yes",
        ItemType.Choice => item.OptionList.MaxBy(o => o.Score)!.Key,
        ItemType.Multi => string.Join(AnswerText.MultiSeparator, item.OptionList.Select(o => o.Key)),
        ItemType.Numeric => item.Anchors!.MaxBy(a => a.S)!.X.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"{item.Id}: not scored"),
    };
}
