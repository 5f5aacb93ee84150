using System.Globalization;
using Assessment.Core.Accounts;
using Assessment.Core.Exports;
using Assessment.Core.Instruments;
using CsvHelper;
using CsvHelper.Configuration;

namespace Assessment.Core.Answers;

/// <summary>One data row of a tidy answers CSV, checked against an instrument.</summary>
/// <param name="Line">The line of the file on which the row starts (the header is line 1).</param>
/// <param name="Answer">The parsed answer; null when the value is empty (unanswered) or the row has an error.</param>
/// <param name="Error">Why the row cannot be accepted, or null.</param>
public sealed record AnswerCsvRow(
    int Line, string Jurisdiction, string Rater, string ItemId, string Value,
    string? EvidenceText, string? EvidenceLink, Answer? Answer, string? Error);

/// <summary>
/// The tidy answers CSV shared by the command line and the store's import/export:
/// header <c>jurisdiction,rater,item,value</c>, optionally followed by <c>evidence_text,evidence_link</c>;
/// standard CSV quoting. Values are the canonical answer texts of <see cref="AnswerText"/>.
/// </summary>
public static class AnswerCsv
{
    public static readonly string[] RequiredColumns = ["jurisdiction", "rater", "item", "value"];
    public static readonly string[] EvidenceColumns = ["evidence_text", "evidence_link"];

    /// <summary>
    /// Streams the rows of <paramref name="reader"/>, each checked against <paramref name="instrument"/>. A bad header
    /// yields a single row with line 1 and an error, then stops. Rows are never thrown: errors are carried.
    /// </summary>
    public static IEnumerable<AnswerCsvRow> Read(TextReader reader, Instrument instrument)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = false,
            BadDataFound = null,        // a stray quote is kept as text; the value check reports it if it matters
            MissingFieldFound = null,   // short rows are reported below, with their line
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            yield return HeaderError("the file is empty: expected the header jurisdiction,rater,item,value");
            yield break;
        }
        var header = csv.HeaderRecord.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToArray();
        var unknown = header.Where(h => !RequiredColumns.Contains(h) && !EvidenceColumns.Contains(h)).ToArray();
        if (missing.Length > 0 || unknown.Length > 0)
        {
            var parts = new List<string>();
            if (missing.Length > 0) parts.Add($"missing column(s) {string.Join(", ", missing)}");
            if (unknown.Length > 0) parts.Add($"unknown column(s) {string.Join(", ", unknown)}");
            yield return HeaderError($"header: {string.Join("; ", parts)}; expected jurisdiction,rater,item,value[,evidence_text,evidence_link]");
            yield break;
        }
        int Col(string name) => Array.IndexOf(header, name);
        int jurisdiction = Col("jurisdiction"), rater = Col("rater"), item = Col("item"), value = Col("value");
        int evidenceText = Col("evidence_text"), evidenceLink = Col("evidence_link");

        // Keyed by the rater's account (UserName.Normalize): "Wang" and "wang" are one rater, as at sign-in and in the import.
        var seen = new Dictionary<(string, string, string), (int Line, string Rater)>();
        var previousEnd = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousEnd + 1;  // RawRow is where the record ends; a quoted field may span lines
            previousEnd = csv.Parser.RawRow;
            var fields = csv.Parser.Record ?? [];
            if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0])) continue;
            // Restored: our exports guard formula-like cells with an apostrophe (SpreadsheetCell.Neutralise).
            string Field(int i) => i >= 0 && i < fields.Length ? SpreadsheetCell.Restore(fields[i]) : "";
            string? Optional(int i) => i >= 0 && i < fields.Length && fields[i].Length > 0 ? SpreadsheetCell.Restore(fields[i]) : null;

            var row = new AnswerCsvRow(line, Field(jurisdiction).Trim(), Field(rater).Trim(), Field(item).Trim(),
                Field(value), Optional(evidenceText), Optional(evidenceLink), null, null);
            yield return Check(row, fields.Length, header.Length, instrument, seen);
        }
    }

    private static AnswerCsvRow Check(AnswerCsvRow row, int fieldCount, int headerCount, Instrument instrument,
        Dictionary<(string, string, string), (int Line, string Rater)> seen)
    {
        if (fieldCount != headerCount)
            return row with { Error = $"has {fieldCount} field(s), the header has {headerCount}" };
        if (row.Jurisdiction.Length == 0) return row with { Error = "column jurisdiction: empty" };
        if (row.Rater.Length == 0) return row with { Error = "column rater: empty" };
        var item = instrument.FindItem(row.ItemId);
        if (item is null)
            return row with { Error = $"column item: '{row.ItemId}' is not an item of instrument {instrument.Id} {instrument.Version}" };
        var key = (row.Jurisdiction, UserName.Normalize(row.Rater), row.ItemId);
        if (seen.TryGetValue(key, out var first))
            return row with { Error = SecondAnswer(row, first.Line, first.Rater) };
        seen[key] = (row.Line, row.Rater);
        var parsed = AnswerText.Parse(item, row.Value);
        return parsed.Ok ? row with { Answer = parsed.Answer } : row with { Error = $"column value: {parsed.Error}" };
    }

    private static string SecondAnswer(AnswerCsvRow row, int firstLine, string firstRater) =>
        firstRater == row.Rater
            ? $"a second answer of rater '{row.Rater}' to item {row.ItemId} for '{row.Jurisdiction}' (first on line {firstLine}): keep one of the two rows"
            : $"column rater: a second answer of rater '{row.Rater}' to item {row.ItemId} for '{row.Jurisdiction}' (first on line {firstLine}, as " +
              $"'{firstRater}'; user names are one account whatever their case): keep one of the two rows";

    private static AnswerCsvRow HeaderError(string message) => new(1, "", "", "", "", null, null, null, message);
}
