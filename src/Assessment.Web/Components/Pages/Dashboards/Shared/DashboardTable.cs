using System.Globalization;
using System.Text;
using Assessment.Core.Exports;
using Assessment.Core.Scoring;
using Assessment.Web.Localization;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Dashboards.Shared;

/// <param name="Header">Shown in the table, in the interface language.</param>
/// <param name="CsvName">The CSV header: stable ids (e.g. <c>layer:interface</c>) so scripts survive a language switch.</param>
public sealed record TableColumn(string Header, string CsvName, bool Numeric = false);

/// <param name="Display">What the table shows (numbers with one decimal).</param>
/// <param name="Raw">What the CSV carries: full precision numbers, ids; empty for NA.</param>
/// <param name="Class">A CSS class for colour bands (stage, quadrant, heat).</param>
/// <param name="Href">A link target for the cell, e.g. a jurisdiction's profile.</param>
public sealed record TableCell(string Display, string Raw, string? Class = null, string? Href = null)
{
    public static TableCell Text(string text, string? raw = null, string? cssClass = null, string? href = null) => new(text, raw ?? text, cssClass, href);

    /// <summary>A 0..100 score: one decimal on screen (SCORING.md, "Precision"), full precision in the CSV.</summary>
    public static TableCell Score(double? value, string? cssClass = null) =>
        new(DashboardFormat.Score(value), ScoreExport.Format(value), cssClass);

    /// <summary>A 0..1 share shown as a percentage.</summary>
    public static TableCell Percent(double value) => new(value.ToString("P0", CultureInfo.CurrentCulture), ScoreExport.Format(value));

    public double? Number => double.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
}

/// <summary>The rows a chart shows, as a table: the same object feeds the table view and the CSV download.</summary>
public sealed record DashboardTable(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows)
{
    /// <summary>RFC 4180 CSV of exactly these columns and rows, in this order, formula-like cells guarded (SpreadsheetCell).</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns.Select(c => Quote(c.CsvName))).Append("\r\n");
        foreach (var row in Rows) csv.AppendJoin(',', row.Select(c => Quote(c.Raw))).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>The rows sorted by one column: numbers numerically, text ordinally; empty (NA) last either way.</summary>
    public DashboardTable SortedBy(int column, bool ascending)
    {
        var numeric = Columns[column].Numeric;
        var ordered = Rows.OrderBy(r => r[column].Raw.Length == 0);
        ordered = numeric
            ? (ascending ? ordered.ThenBy(r => r[column].Number) : ordered.ThenByDescending(r => r[column].Number))
            : (ascending ? ordered.ThenBy(r => r[column].Display, StringComparer.Ordinal) : ordered.ThenByDescending(r => r[column].Display, StringComparer.Ordinal));
        return this with { Rows = ordered.ToList() };
    }

    // Neutralised first: names and codes come from imported files and must not run as formulas in a spreadsheet.
    private static string Quote(string value) => Quoted(SpreadsheetCell.Neutralise(value));

    private static string Quoted(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}

public static class DashboardFormat
{
    /// <summary>One decimal, invariant (the numbers tests compare against Scorer), or the NA label.</summary>
    public static string Score(double? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : DashboardTexts.NotApplicable.Localized();

    /// <summary>A CSS class for a 0..100 score in five bands (the heatmap's colours).</summary>
    public static string Band(double? value) => value switch
    {
        null => "band-na",
        < 20 => "band-0",
        < 40 => "band-1",
        < 60 => "band-2",
        < 80 => "band-3",
        _ => "band-4",
    };
}
