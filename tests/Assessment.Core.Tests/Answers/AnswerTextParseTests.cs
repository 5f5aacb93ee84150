using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using static Assessment.Core.Tests.Scoring.Build;

namespace Assessment.Core.Tests.Answers;

/// <summary>Reading the canonical text of answers, as CSV files, the store and the pages give it.</summary>
public class AnswerTextParseTests
{
    private static readonly Item Scale5 = Likert("if_one_portal");
    private static readonly Item Flag = YesNo("po_same_code");
    private static readonly Item Level = Choice("sg_body", ("none", 0), ("partial", 0.5), ("full", 1));
    private static readonly Item Channels = Multi("vo_feedback", ("hotline", 0.4), ("mailbox", 0.3), ("app", 0.3));
    private static readonly Item Days = Numeric("po_days", (0, 1), (20, 0));
    private static readonly Item Note = FreeText("vo_note");

    private static Answer? Ok(Item item, string? raw)
    {
        var parse = AnswerText.Parse(item, raw);
        Assert.True(parse.Ok, parse.Error);
        Assert.Null(parse.Error);
        return parse.Answer;
    }

    private static string Error(Item item, string raw)
    {
        var parse = AnswerText.Parse(item, raw);
        Assert.False(parse.Ok);
        Assert.Null(parse.Answer);
        return parse.Error!;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Empty_text_is_unanswered_for_every_item_type(string? raw)
    {
        foreach (var item in new[] { Scale5, Flag, Level, Channels, Days, Note })
        {
            Assert.Equal(AnswerParse.Unanswered, AnswerText.Parse(item, raw));
        }
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData(" Na ")]
    public void NA_in_any_case_is_not_applicable_where_the_item_allows_it(string raw)
    {
        foreach (var item in new[] { Scale5, Flag, Level, Channels, Days, Note })
        {
            Assert.Equal(Answer.NotApplicable.Instance, Ok(item with { AllowNa = true }, raw));
        }
    }

    [Fact]
    public void NA_where_the_item_does_not_allow_it_is_an_error_naming_the_item()
    {
        Assert.Equal("item if_one_portal: does not allow N/A ('NA'); give an answer or leave it empty", Error(Scale5, "NA"));
        Assert.Contains("item vo_note: does not allow N/A", Error(Note, "na"));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    [InlineData(" 3 ", 3)]
    public void A_likert_answer_is_a_point_of_the_scale(string raw, int point) =>
        Assert.Equal(new Answer.Likert(point), Ok(Scale5, raw));

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("3.0")]
    [InlineData("three")]
    [InlineData("99999999999")]
    public void A_likert_answer_outside_the_scale_is_an_error_giving_the_range(string raw) =>
        Assert.Equal($"item if_one_portal: '{raw}' is not a point of this 5-point scale (1-5)", Error(Scale5, raw));

    [Fact]
    public void A_likert_range_follows_the_items_points() =>
        Assert.Equal("item q: '8' is not a point of this 7-point scale (1-7)", Error(Likert("q", 7), "8"));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("YES", true)]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("是", true)]
    [InlineData("no", false)]
    [InlineData(" No ", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("否", false)]
    public void A_boolean_answer_is_yes_or_no_and_spreadsheet_spellings_are_accepted(string raw, bool yes) =>
        Assert.Equal(new Answer.YesNo(yes), Ok(Flag, raw));

    [Theory]
    [InlineData("maybe")]
    [InlineData("y")]
    [InlineData("2")]
    public void Anything_else_for_a_boolean_is_an_error(string raw) =>
        Assert.Equal($"item po_same_code: '{raw}' is not yes or no", Error(Flag, raw));

    [Fact]
    public void A_choice_answer_is_an_option_key() => Assert.Equal(new Answer.Choice("partial"), Ok(Level, " partial "));

    [Theory]
    [InlineData("Full")]
    [InlineData("complete")]
    public void A_choice_key_that_is_not_an_option_is_an_error_listing_the_valid_keys(string raw) =>
        Assert.Equal($"item sg_body: '{raw}' is not an option; valid keys: none, partial, full", Error(Level, raw));

    [Fact]
    public void A_multi_answer_is_option_keys_joined_by_semicolons_in_the_instruments_order() =>
        Assert.Equal(new Answer.Multi(["hotline", "app"]), Ok(Channels, "app;hotline"));

    [Fact]
    public void A_multi_answer_ignores_spaces_empty_parts_and_repeats() =>
        Assert.Equal(new Answer.Multi(["hotline", "mailbox"]), Ok(Channels, " mailbox ;; hotline;mailbox; "));

    [Theory]
    [InlineData(";")]
    [InlineData(" ; ")]
    [InlineData(";;")]
    public void A_lone_semicolon_is_an_explicit_empty_choice(string raw) =>
        Assert.Equal(new Answer.Multi([]), Ok(Channels, raw));

    [Fact]
    public void Unknown_multi_keys_are_an_error_listing_them_and_the_valid_keys()
    {
        Assert.Equal("item vo_feedback: 'email' is not an option; valid keys: hotline, mailbox, app",
            Error(Channels, "hotline;email"));
        Assert.Equal("item vo_feedback: 'email', 'fax' are not options; valid keys: hotline, mailbox, app",
            Error(Channels, "email;fax;email"));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("12.5", 12.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData(" 1e3 ", 1000)]
    public void A_numeric_answer_is_an_invariant_culture_number(string raw, double value) =>
        Assert.Equal(new Answer.Number(value), Ok(Days, raw));

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000")]
    [InlineData("12 days")]
    [InlineData("twelve")]
    public void Text_that_is_not_a_number_is_an_error_explaining_the_decimal_point(string raw) =>
        Assert.Equal($"item po_days: '{raw}' is not a number; write digits with '.' as the decimal point, e.g. 12.5",
            Error(Days, raw));

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void A_number_that_is_not_finite_is_an_error(string raw) =>
        Assert.Equal($"item po_days: '{raw}' is not a finite number", Error(Days, raw));

    [Theory]
    [InlineData("Residents praise the 12345 hotline.")]
    [InlineData("  kept as given, spaces and all  ")]
    [InlineData("是;否;1,5")]
    public void A_text_answer_is_kept_exactly_as_given(string raw) =>
        Assert.Equal(new Answer.Text(raw), Ok(Note, raw));
}
