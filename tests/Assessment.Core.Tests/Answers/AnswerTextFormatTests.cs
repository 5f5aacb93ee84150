using Assessment.Core.Answers;

namespace Assessment.Core.Tests.Answers;

/// <summary>Writing the canonical text of answers.</summary>
public class AnswerTextFormatTests
{
    public static TheoryData<Answer, string> Canonical => new()
    {
        { Answer.NotApplicable.Instance, "NA" },
        { new Answer.Likert(4), "4" },
        { new Answer.YesNo(true), "yes" },
        { new Answer.YesNo(false), "no" },
        { new Answer.Choice("partial"), "partial" },
        { new Answer.Multi(["hotline", "app"]), "hotline;app" },
        { new Answer.Multi(["app"]), "app" },
        { new Answer.Multi([]), ";" },
        { new Answer.Number(12.5), "12.5" },
        { new Answer.Number(-3), "-3" },
        { new Answer.Number(0.1), "0.1" },
        { new Answer.Number(1e21), "1E+21" },
        { new Answer.Text(" as given "), " as given " },
    };

    [Theory]
    [MemberData(nameof(Canonical))]
    public void Each_answer_has_one_canonical_text(Answer answer, string expected) =>
        Assert.Equal(expected, AnswerText.Format(answer));

    [Fact]
    public void Numbers_are_written_in_invariant_culture_whatever_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1234.5", AnswerText.Format(new Answer.Number(1234.5)));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
