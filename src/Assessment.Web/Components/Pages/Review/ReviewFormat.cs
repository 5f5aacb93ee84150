using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Web.Localization;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Review;

/// <summary>How review pages write numbers and answers: scores with one decimal (SCORING.md), the explain columns as the CLI does.</summary>
public static class ReviewFormat
{
    public static string Score(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? ReviewTexts.NotApplicable.Localized();

    /// <summary>Full precision for machines (data-value attributes read by tests and scripts).</summary>
    public static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "NA";

    public static string Fixed(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "NA";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The canonical answer text, "—" when unanswered; an option's or a point's label follows when the instrument has one.</summary>
    public static string Answer(Item item, Answer? answer)
    {
        if (answer is null) return "—";
        var text = AnswerText.Format(answer);
        var label = answer switch
        {
            Core.Answers.Answer.NotApplicable => ReviewTexts.NotApplicable.Localized(),
            Core.Answers.Answer.Choice c => item.FindOption(c.Key)?.Text.Localized(),
            Core.Answers.Answer.Multi m => m.Keys.Count == 0 ? null : string.Join("；", m.Keys.Select(k => item.FindOption(k)?.Text.Localized() ?? k)),
            Core.Answers.Answer.Likert l => item.Labels?.FirstOrDefault(x => x.Point == l.Point)?.Text.Localized(),
            Core.Answers.Answer.YesNo y => (y.Yes ? ReviewTexts.Yes : ReviewTexts.No).Localized(),
            _ => null,
        };
        return label is null || label == text ? text : $"{text} · {label}";
    }
}
