using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assessment.Data.Audit;

/// <summary>
/// An answer as the audit trail records it: the whole state (value, N/A, evidence) as JSON, so the trail alone
/// rebuilds every answer exactly (issue 14, item 4). Rows written before this format are plain text and are shown,
/// not parsed.
/// </summary>
public sealed record AnswerAuditValue(
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("na")] bool IsNa,
    [property: JsonPropertyName("evidence_text")] string? EvidenceText,
    [property: JsonPropertyName("evidence_link")] string? EvidenceLink)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Chinese answers stay readable on the audit page and in its CSV.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The recorded state, or null for a row in the old text format.</summary>
    public static AnswerAuditValue? TryParse(string? recorded)
    {
        if (recorded is null || !recorded.StartsWith('{')) return null;
        try { return JsonSerializer.Deserialize<AnswerAuditValue>(recorded, Json); }
        catch (JsonException) { return null; }
    }
}
