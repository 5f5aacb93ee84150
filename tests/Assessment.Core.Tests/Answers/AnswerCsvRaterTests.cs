using Assessment.Core.Answers;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Answers;

/// <summary>
/// The rater column names an account, and a user name is one account whatever its case: a second answer to one item by
/// "wang" after "Wang" is the duplicate row it would be in the store, reported on its line with what to do.
/// </summary>
public class AnswerCsvRaterTests
{
    private static readonly Core.Instruments.Instrument Instrument = OneIndicator(Likert("a"), Likert("b"));

    private static List<AnswerCsvRow> Read(string rows) =>
        AnswerCsv.Read(new StringReader("jurisdiction,rater,item,value\n" + rows), Instrument).ToList();

    [Fact]
    public void A_second_answer_to_an_item_by_the_rater_in_another_case_is_refused_on_its_line()
    {
        var rows = Read("J1,Wang,a,4\nJ1,wang,b,3\nJ1,WANG,a,2\n");

        Assert.Equal([null, null], rows.Take(2).Select(r => r.Error));
        Assert.Equal(4, rows[2].Line);
        Assert.Equal("column rater: a second answer of rater 'WANG' to item a for 'J1' (first on line 2, as 'Wang'; "
            + "user names are one account whatever their case): keep one of the two rows", rows[2].Error);
    }

    [Fact]
    public void A_second_answer_spelled_the_same_says_which_line_came_first()
    {
        var rows = Read("J1,wang,a,4\nJ2,wang,a,4\nJ1,wang,a,5\n");

        Assert.Equal([null, null], rows.Take(2).Select(r => r.Error));
        Assert.Equal("a second answer of rater 'wang' to item a for 'J1' (first on line 2): keep one of the two rows", rows[2].Error);
    }

    [Fact]
    public void Raters_whose_names_differ_by_more_than_case_are_different_raters()
    {
        var rows = Read("J1,wang,a,4\nJ1,wang1,a,4\nJ1,wáng,a,4\n");

        Assert.All(rows, r => Assert.Null(r.Error));
    }
}
