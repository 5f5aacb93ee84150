using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Exports;
using Assessment.Data.Database;
using CsvHelper;
using Dapper;

namespace Assessment.Data.Answers;

/// <summary>
/// Writes a round's answers as the tidy answers CSV, streaming row by row from the database, with formula-like cells
/// neutralised (SpreadsheetCell) so the file is safe to open in a spreadsheet and still imports back unchanged.
/// </summary>
public static class AnswerExport
{
    public static int Export(AssessmentDb db, long roundId, TextWriter output)
    {
        using var c = db.OpenRead();
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in AnswerCsv.RequiredColumns.Concat(AnswerCsv.EvidenceColumns)) csv.WriteField(column);
        csv.NextRecord();
        var count = 0;
        // buffered: false: rows go from SQLite to the writer one at a time, never a whole round in memory.
        foreach (var row in c.Query<(string Jurisdiction, string Rater, string Item, string Value, string? EvidenceText, string? EvidenceLink)>("""
            SELECT r.jurisdiction_code, u.user_name, a.item_id, a.value, a.evidence_text, a.evidence_link
            FROM answers a JOIN responses r ON r.id = a.response_id JOIN accounts u ON u.id = r.rater_id
            WHERE r.round_id = @roundId AND a.value IS NOT NULL
            ORDER BY r.jurisdiction_code, u.user_name, a.item_id
            """, new { roundId }, buffered: false))
        {
            // Every text cell neutralised: values and evidence are typed by raters. AnswerCsv.Read restores them.
            csv.WriteField(SpreadsheetCell.Neutralise(row.Jurisdiction));
            csv.WriteField(SpreadsheetCell.Neutralise(row.Rater));
            csv.WriteField(row.Item);
            csv.WriteField(SpreadsheetCell.Neutralise(row.Value));
            csv.WriteField(SpreadsheetCell.Neutralise(row.EvidenceText));
            csv.WriteField(SpreadsheetCell.Neutralise(row.EvidenceLink));
            csv.NextRecord();
            count++;
        }
        csv.Flush();
        return count;
    }
}
