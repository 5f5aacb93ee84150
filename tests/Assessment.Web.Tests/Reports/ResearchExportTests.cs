using Assessment.Data.Answers;
using Assessment.Data.Exports;
using Assessment.Data.Scores;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Assessment.Web.Tests.Reports;

public class ResearchExportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private IReadOnlyList<ExportTable> Tables() => ResearchExport.Tables(fixture.Demo.Db, ReportFixture.ExternalRound, Demo.DemoDatabase.Now);

    [Fact]
    public void The_tidy_answers_have_a_row_per_jurisdiction_rater_and_item_and_name_no_rater()
    {
        var answers = Tables().Single(t => t.Name == ResearchExport.AnswersSheet);
        var rows = answers.Rows.ToList();
        var responses = new ReviewReader(fixture.Demo.Db).Responses(ReportFixture.ExternalRound);
        var items = new Data.Instruments.SnapshotStore(fixture.Demo.Db).ForRound(ReportFixture.ExternalRound).Items.Count;
        Assert.Equal(responses.Count * items, rows.Count);
        var raters = rows.Select(r => r[answers.Columns.ToList().IndexOf("rater")].Text).Distinct().Order().ToList();
        Assert.All(raters, r => Assert.Matches("^R[0-9]{3}$", r));
        Assert.Equal(responses.Select(r => r.RaterId).Distinct().Count(), raters.Count);
        var cells = rows.SelectMany(r => r).Select(c => c.Text ?? "").ToList();
        foreach (var name in responses.Select(r => r.Rater).Concat(responses.Select(r => r.RaterName)).Distinct())
            Assert.DoesNotContain(name, cells);
    }

    [Fact]
    public void The_scores_sheet_carries_the_engines_results_at_full_precision()
    {
        var scores = Tables().Single(t => t.Name == ResearchExport.ScoresSheet);
        var composite = scores.Columns.ToList().IndexOf("composite");
        var code = scores.Columns.ToList().IndexOf("jurisdiction");
        var engine = RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound).ToDictionary(s => s.JurisdictionCode, s => s.Result.Composite);
        var rows = scores.Rows.ToList();
        Assert.Equal(engine.Count, rows.Count);
        foreach (var row in rows) Assert.Equal(engine[row[code].Text!], row[composite].Number);
    }

    [Fact]
    public void Cells_that_a_spreadsheet_would_run_are_neutralised_in_csv_and_xlsx()
    {
        var table = new ExportTable("t", ["evidence", "score"], [["=HYPERLINK(\"http://x\")", ExportCell.Of(-5)]]);
        var csv = new StringWriter();
        ExportWriters.WriteCsv(table, csv);
        Assert.Equal("evidence,score\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\r\n", csv.ToString());

        var bytes = new MemoryStream();
        ExportWriters.WriteXlsx([table], bytes);
        bytes.Position = 0;
        using var workbook = SpreadsheetDocument.Open(bytes, false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().ToList();
        Assert.Equal("'=HYPERLINK(\"http://x\")", cells[2].InnerText);
        Assert.Equal("-5", cells[3].CellValue!.Text);
    }

    [Fact]
    public void The_workbook_holds_answers_scores_codebook_and_readme()
    {
        var bytes = new MemoryStream();
        ExportWriters.WriteXlsx(Tables(), bytes);
        bytes.Position = 0;
        using var workbook = SpreadsheetDocument.Open(bytes, false);
        Assert.Equal(["answers_long", "scores", "codebook", "README"], workbook.WorkbookPart!.Workbook.Descendants<Sheet>().Select(s => s.Name!.Value));
    }
}
