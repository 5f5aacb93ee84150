using Assessment.Data.Answers;
using Assessment.Web.Components.Pages.Questionnaire;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>Which typed-but-unacknowledged input still differs from the saved answer (compared in the saved form).</summary>
public sealed class UnsavedInputTests : IDisposable
{
    private readonly QuestionnaireDb db = new();

    private static StoredAnswer Saved(string item, string? value, string? evidence = null, string? link = null) =>
        new(item, value, value == "NA", evidence, link, 1, "evaluator1", "2026-12-02T03:00:00.000Z");

    [Theory]
    [InlineData("12.50", "12.5")]        // the same number written another way
    [InlineData(" 12.5 ", "12.5")]
    [InlineData("", null)]               // emptied, and nothing is saved
    public void Input_equal_to_the_saved_answer_is_not_offered(string typed, string? saved)
    {
        var item = db.Item("sa_if_full_online_share");
        Assert.Null(new UnsavedInput(typed, null, null, null).Against(item, Saved(item.Id, saved)));
    }

    [Theory]
    [InlineData("55", "12.5")]
    [InlineData("1,5", null)]            // not a number: never saved, so it is offered (saving it will say why not)
    [InlineData("", "12.5")]             // emptied where an answer is saved
    public void Input_that_differs_is_offered(string typed, string? saved)
    {
        var item = db.Item("sa_if_full_online_share");
        Assert.Equal(typed, new UnsavedInput(typed, null, null, null).Against(item, Saved(item.Id, saved))?.Value);
    }

    [Fact]
    public void Only_the_fields_that_differ_are_kept_and_evidence_is_compared_trimmed()
    {
        var item = db.Item("sa_if_full_online_share");
        var saved = Saved(item.Id, "12.5", "统计至 11 月", "https://example.gov.cn/a");
        var offered = new UnsavedInput("12.5", " 统计至 11 月 ", "https://example.gov.cn/b", "t").Against(item, saved);
        Assert.NotNull(offered);
        Assert.Null(offered.Value);
        Assert.Null(offered.EvidenceText);
        Assert.Equal("https://example.gov.cn/b", offered.EvidenceLink);
        Assert.Null(new UnsavedInput(null, "统计至 11 月", null, "t").Against(item, saved));
    }

    [Fact]
    public void Restoring_puts_the_typed_fields_back_and_keeps_the_others()
    {
        var s = new ItemState(db.Item("sa_if_full_online_share"), Saved("sa_if_full_online_share", "12.5", "旧说明"));
        Assert.True(s.Offer(new UnsavedInput("", null, "https://example.gov.cn/x", "t")));
        s.RestoreUnsaved();
        Assert.Null(s.Value);                       // emptied in the tab: restored as no answer
        Assert.Equal("旧说明", s.EvidenceText);      // not typed into: as saved
        Assert.Equal("https://example.gov.cn/x", s.EvidenceLink);
        Assert.Null(s.Unsaved);
    }

    public void Dispose() => db.Dispose();
}
