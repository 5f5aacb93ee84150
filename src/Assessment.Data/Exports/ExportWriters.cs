using System.Globalization;
using Assessment.Core.Exports;
using Assessment.Core.Scoring;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assessment.Data.Exports;

/// <summary>
/// Writes export tables as CSV (RFC 4180, UTF-8) or as one .xlsx workbook, every text cell passed through
/// SpreadsheetCell.Neutralise (evidence is typed by raters: formula injection). The workbook is streamed with the
/// Open XML SDK's writer, so a national round never sits in memory as a DOM.
/// </summary>
public static class ExportWriters
{
    public static void WriteCsv(ExportTable table, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in table.Columns) csv.WriteField(SpreadsheetCell.Neutralise(c));
        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row) csv.WriteField(cell.IsNumber ? ScoreExport.Format(cell.Number) : SpreadsheetCell.Neutralise(cell.Text));
            csv.NextRecord();
        }
        csv.Flush();
    }

    public static void WriteXlsx(IReadOnlyList<ExportTable> tables, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets();
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                WriteRow(writer, table.Columns.Select(c => (ExportCell)c));
                foreach (var row in table.Rows) WriteRow(writer, row);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            sheets.Append(new Sheet { Name = table.Name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
        workbook.Workbook = new Workbook(sheets);
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<ExportCell> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var cell in cells)
        {
            if (cell.IsNumber)
            {
                if (cell.Number is { } n) writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(n) });
                else writer.WriteElement(new Cell());
            }
            else
            {
                // Inline strings: no shared-string table to hold in memory; XML forbids some control characters.
                var text = new string(SpreadsheetCell.Neutralise(cell.Text).Where(XmlConvertOk).ToArray());
                writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) });
            }
        }
        writer.WriteEndElement();
    }

    private static bool XmlConvertOk(char c) => c is '\t' or '\n' or '\r' || c >= ' ';
}
