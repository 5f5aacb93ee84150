using Assessment.Web.Components.Pages.Dashboards.Shared;

namespace Assessment.Web.Tests.Dashboards;

public class DashboardTableTests
{
    private static readonly DashboardTable Sample = new(
        [new("地区", "jurisdiction"), new("综合得分", "composite", true)],
        [
            [TableCell.Text("杭州市, 浙江"), TableCell.Score(72.34567891234)],
            [TableCell.Text("宁波市"), TableCell.Score(null)],
            [TableCell.Text("南京\"市\""), TableCell.Score(9.5)],
        ]);

    [Fact]
    public void Csv_has_the_ids_as_header_full_precision_numbers_and_empty_NA()
    {
        var csv = Sample.ToCsv().Split("\r\n");
        Assert.Equal("jurisdiction,composite", csv[0]);
        Assert.Equal("\"杭州市, 浙江\",72.34567891234", csv[1]);
        Assert.Equal("宁波市,", csv[2]);
        Assert.Equal("\"南京\"\"市\"\"\",9.5", csv[3]);
    }

    [Fact]
    public void The_screen_shows_one_decimal()
    {
        Assert.Equal("72.3", Sample.Rows[0][1].Display);
        Assert.Equal("9.5", Sample.Rows[2][1].Display);
    }

    [Fact]
    public void Sorting_is_numeric_with_NA_last_in_both_directions()
    {
        Assert.Equal(["9.5", "72.34567891234", ""], Sample.SortedBy(1, ascending: true).Rows.Select(r => r[1].Raw));
        Assert.Equal(["72.34567891234", "9.5", ""], Sample.SortedBy(1, ascending: false).Rows.Select(r => r[1].Raw));
    }

    [Fact]
    public void The_csv_follows_the_order_the_table_shows() =>
        Assert.StartsWith("jurisdiction,composite\r\n\"南京", Sample.SortedBy(1, ascending: true).ToCsv());
}
