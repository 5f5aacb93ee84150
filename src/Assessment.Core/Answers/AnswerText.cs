using System.Globalization;
using Assessment.Core.Instruments;

namespace Assessment.Core.Answers;

/// <summary>The outcome of reading an answer's text: Ok with Answer null means unanswered.</summary>
public sealed record AnswerParse(bool Ok, Answer? Answer, string? Error)
{
    public static AnswerParse Unanswered { get; } = new(true, null, null);

    public static AnswerParse Of(Answer answer) => new(true, answer, null);

    public static AnswerParse Fail(string error) => new(false, null, error);
}

/// <summary>
/// The canonical text form of answers, shared by the CSV files, the store and the pages: a likert point,
/// yes/no, an option key, option keys joined by ';' (a lone ';' is an explicit empty choice), an invariant
/// culture number, any text, or NA. Empty or null is unanswered.
/// </summary>
/// <remarks>
/// Parsing is a little lenient where spreadsheets and people differ harmlessly (surrounding spaces, "NA" in
/// any case, TRUE/FALSE for yes/no); Format always writes the one canonical form, so Format(Parse(x)) == x
/// for every canonical x.
/// </remarks>
public static class AnswerText
{
    public const string NotApplicableText = "NA";

    /// <summary>Separates the keys of a multi answer; a lone separator is an explicit empty choice.</summary>
    public const char MultiSeparator = ';';

    public static AnswerParse Parse(Item item, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return AnswerParse.Unanswered;
        var trimmed = raw.Trim();
        if (string.Equals(trimmed, NotApplicableText, StringComparison.OrdinalIgnoreCase))
        {
            return item.AllowNa
                ? AnswerParse.Of(Answer.NotApplicable.Instance)
                : AnswerParse.Fail($"item {item.Id}: does not allow N/A ('NA'); give an answer or leave it empty");
        }

        return item.Type switch
        {
            ItemType.Likert => ParseLikert(item, trimmed),
            ItemType.Boolean => ParseYesNo(item, trimmed),
            ItemType.Choice => ParseChoice(item, trimmed),
            ItemType.Multi => ParseMulti(item, trimmed),
            ItemType.Numeric => ParseNumber(item, trimmed),
            // Free text is kept exactly as given: leading spaces or line breaks may be part of what was said.
            ItemType.Text => AnswerParse.Of(new Answer.Text(raw)),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item.Type, "unknown item type"),
        };
    }

    public static string Format(Answer answer) => answer switch
    {
        Answer.NotApplicable => NotApplicableText,
        Answer.Likert a => a.Point.ToString(CultureInfo.InvariantCulture),
        Answer.YesNo a => a.Yes ? "yes" : "no",
        Answer.Choice a => a.Key,
        Answer.Multi a => a.Keys.Count == 0 ? MultiSeparator.ToString() : string.Join(MultiSeparator, a.Keys),
        // "R" is the shortest text that reads back to the same double, so stored numbers never drift.
        Answer.Number a => a.Value.ToString("R", CultureInfo.InvariantCulture),
        Answer.Text a => a.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "unknown answer kind"),
    };

    private static AnswerParse ParseLikert(Item item, string text)
    {
        // Digits only: "3.0", "+3" or "three" are not points of a scale, and accepting them would hide typos.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var point)
            && point >= 1 && point <= item.Points)
        {
            return AnswerParse.Of(new Answer.Likert(point));
        }
        return AnswerParse.Fail(
            $"item {item.Id}: '{text}' is not a point of this {item.Points}-point scale (1-{item.Points})");
    }

    // Besides yes/no, TRUE/FALSE and 1/0 are accepted because spreadsheets export booleans that way, and 是/否
    // because officials fill in Chinese sheets. Format always writes yes/no.
    private static readonly string[] YesWords = ["yes", "true", "1", "是"];
    private static readonly string[] NoWords = ["no", "false", "0", "否"];

    private static AnswerParse ParseYesNo(Item item, string text)
    {
        if (YesWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return AnswerParse.Of(new Answer.YesNo(true));
        if (NoWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return AnswerParse.Of(new Answer.YesNo(false));
        return AnswerParse.Fail($"item {item.Id}: '{text}' is not yes or no");
    }

    private static AnswerParse ParseChoice(Item item, string text) =>
        item.FindOption(text) is not null
            ? AnswerParse.Of(new Answer.Choice(text))
            : AnswerParse.Fail($"item {item.Id}: '{text}' is not an option; valid keys: {ValidKeys(item)}");

    private static AnswerParse ParseMulti(Item item, string text)
    {
        var given = text.Split(MultiSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var unknown = given.Where(k => item.FindOption(k) is null).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            var named = string.Join(", ", unknown.Select(k => $"'{k}'"));
            var verb = unknown.Length == 1 ? "is not an option" : "are not options";
            return AnswerParse.Fail($"item {item.Id}: {named} {verb}; valid keys: {ValidKeys(item)}");
        }
        // Keys are stored in the instrument's option order, so one set of choices has one text and one value
        // (Multi compares keys in order); duplicates collapse because a choice is a set.
        var keys = item.OptionList.Select(o => o.Key).Where(k => given.Contains(k, StringComparer.Ordinal)).ToArray();
        return AnswerParse.Of(new Answer.Multi(keys));
    }

    private static AnswerParse ParseNumber(Item item, string text)
    {
        // NumberStyles.Float has no thousands separator, so "1,5" (a European decimal comma) is refused
        // instead of being read as 15.
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return AnswerParse.Fail(
                $"item {item.Id}: '{text}' is not a number; write digits with '.' as the decimal point, e.g. 12.5");
        }
        return double.IsFinite(value)
            ? AnswerParse.Of(new Answer.Number(value))
            : AnswerParse.Fail($"item {item.Id}: '{text}' is not a finite number");
    }

    private static string ValidKeys(Item item) => string.Join(", ", item.OptionList.Select(o => o.Key));
}
