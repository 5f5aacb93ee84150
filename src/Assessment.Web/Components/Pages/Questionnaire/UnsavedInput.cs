using System.Text.Json.Serialization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Data.Answers;

namespace Assessment.Web.Components.Pages.Questionnaire;

/// <summary>
/// What the browser tab noted as typed into an item and the server never acknowledged (Respond.razor.js), as it comes
/// back when a new page replaces one whose connection was lost. A field is null when it was not typed into; an empty
/// string when it was emptied.
/// </summary>
public sealed record UnsavedInput(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("evidenceText")] string? EvidenceText,
    [property: JsonPropertyName("evidenceLink")] string? EvidenceLink,
    [property: JsonPropertyName("at")] string? At)
{
    /// <summary>
    /// Only the fields that differ from what the server holds now; null when nothing does (the typing was saved
    /// after all, e.g. its acknowledgement was cut off on the way back). Values are compared in their saved form, so
    /// "12.50" typed is the same answer as 12.5 saved.
    /// </summary>
    public UnsavedInput? Against(Item item, StoredAnswer? saved)
    {
        var value = Value is not null && !SameAnswer(item, Value, saved?.Value) ? Value : null;
        var text = EvidenceText is not null && Blank(EvidenceText) != saved?.EvidenceText ? EvidenceText : null;
        var link = EvidenceLink is not null && Blank(EvidenceLink) != saved?.EvidenceLink ? EvidenceLink : null;
        return value is null && text is null && link is null ? null : this with { Value = value, EvidenceText = text, EvidenceLink = link };
    }

    private static bool SameAnswer(Item item, string typed, string? saved)
    {
        if (string.IsNullOrWhiteSpace(typed)) return saved is null;
        return AnswerText.Parse(item, typed) is { Ok: true, Answer: { } a } && AnswerText.Format(a) == saved;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>What Respond.razor.js's <c>opened</c> returns: when the connection was lost (ISO 8601, UTC) and the drafts by item.</summary>
public sealed record OpenedPage(
    [property: JsonPropertyName("lostAt")] string? LostAt,
    [property: JsonPropertyName("drafts")] Dictionary<string, UnsavedInput>? Drafts);
