using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Web.Localization;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Questionnaire;

/// <summary>A saved answer in words, for the "last saved" and conflict notes: what the user chose, not its key.</summary>
public static class AnswerDisplay
{
    public static string Describe(Item item, string? value) => AnswerText.Parse(item, value) switch
    {
        { Ok: true, Answer: null } => QuestionnaireTexts.Unanswered.Localized(),
        { Ok: false } => value ?? "",
        { Answer: var answer } => answer switch
        {
            Answer.NotApplicable => QuestionnaireTexts.NotApplicable.Localized(),
            Answer.Likert l => LikertLabel(item, l.Point),
            Answer.YesNo y => (y.Yes ? QuestionnaireTexts.Yes : QuestionnaireTexts.No).Localized(),
            Answer.Choice c => item.FindOption(c.Key)?.Text.Localized() ?? c.Key,
            Answer.Multi m => m.Keys.Count == 0 ? "—" : string.Join("；", m.Keys.Select(k => item.FindOption(k)?.Text.Localized() ?? k)),
            Answer.Number n => $"{n.Value.ToString("R", CultureInfo.InvariantCulture)} {item.Unit?.Localized()}".TrimEnd(),
            Answer.Text t => t.Value,
            _ => value ?? "",
        },
    };

    /// <summary>"3 · 部分符合" when the scale has labels, else the point.</summary>
    public static string LikertLabel(Item item, int point) =>
        item.Labels?.FirstOrDefault(l => l.Point == point) is { } label
            ? $"{point} · {label.Text.Localized()}" : point.ToString(CultureInfo.InvariantCulture);
}
