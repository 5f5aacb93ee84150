using Assessment.Web.Components.Pages.Dashboards.Shared;

namespace Assessment.Web.Tests.Dashboards;

public class ChartCsvInjectionTests
{
    [Fact]
    public void A_cell_that_would_run_as_a_formula_is_downloaded_as_text_and_numbers_stay_numbers()
    {
        var table = new DashboardTable(
            [new TableColumn("名称", "name"), new TableColumn("综合", "composite", Numeric: true)],
            [
                [TableCell.Text("=HYPERLINK(\"http://evil.example\",\"点击\")"), TableCell.Score(-0.5)],
                [TableCell.Text("@SUM(A1)"), TableCell.Score(72.25)],
                [TableCell.Text("+86 浙江"), TableCell.Score(null)],
            ]);

        var lines = table.ToCsv().Split("\r\n");

        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\",-0.5", lines[1]);
        Assert.Equal("'@SUM(A1),72.25", lines[2]);
        Assert.Equal("'+86 浙江,", lines[3]);
    }
}
