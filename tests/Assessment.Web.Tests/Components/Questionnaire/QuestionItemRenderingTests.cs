using Assessment.Core.Instruments;
using Assessment.Data.Answers;
using Assessment.Web.Components.Pages.Questionnaire;
using Bunit;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>Each item type renders its own input, with the marks and extras its definition asks for.</summary>
public class QuestionItemRenderingTests
{
    private static readonly LocalizedText Text = new("问题", "Question");

    [Fact]
    public async Task A_likert_item_shows_its_scale_labels_and_na_when_allowed()
    {
        var item = new Item("q", ItemType.Likert, Text, AllowNa: true, Points: 3,
            Labels: [new(1, new("低", "Low")), new(2, new("中", "Mid")), new(3, new("高", "High"))]);
        await using var ctx = new AppTestContext("zh-CN");
        var cut = Render(ctx, item, saved: "2");
        Assert.Equal(3, cut.FindAll("input[type=radio]").Count);
        Assert.Contains("2 · 中", cut.Markup);
        Assert.Single(cut.FindAll("[data-testid=na]"));
        Assert.Contains("不适用", cut.Markup);
        Assert.Equal([false, true, false], cut.FindAll("input[type=radio]").Select(r => r.HasAttribute("checked")));
    }

    [Fact]
    public async Task A_likert_item_without_labels_numbers_its_points_and_offers_no_na_unless_allowed()
    {
        await using var ctx = new AppTestContext("zh-CN");
        var cut = Render(ctx, new Item("q", ItemType.Likert, Text, Points: 4));
        Assert.Equal(4, cut.FindAll("input[type=radio]").Count);
        Assert.DoesNotContain("不适用", cut.Markup);
    }

    [Fact]
    public async Task A_required_numeric_item_with_required_evidence_shows_unit_marks_help_and_evidence_fields()
    {
        var item = new Item("n", ItemType.Numeric, Text, Required: true, Evidence: EvidenceRule.Required,
            Help: new("帮助文字", "Help text"), Unit: new("%", "%"), Anchors: [new(0, 0), new(100, 1)]);
        await using var ctx = new AppTestContext("zh-CN");
        var cut = Render(ctx, item, saved: "12.5");
        var number = cut.Find("#item-n-value");
        Assert.Equal(("decimal", "12.5"), (number.GetAttribute("inputmode"), number.GetAttribute("value")));
        Assert.Contains("* 必答", cut.Markup);
        Assert.Contains("必须提供佐证", cut.Markup);
        Assert.Contains("帮助文字", cut.Find("details").TextContent);
        Assert.Equal(("url", "2000"), (cut.Find("#item-n-link").GetAttribute("type"), cut.Find("#item-n-link").GetAttribute("maxlength")));
        Assert.Equal("4000", cut.Find("#item-n-evidence").GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Multi_items_are_checkboxes_and_items_without_evidence_have_no_evidence_fields()
    {
        var item = new Item("m", ItemType.Multi, Text, Options: [new("a", 0.5, new("甲", "A")), new("b", 0.5, new("乙", "B"))]);
        await using var ctx = new AppTestContext("en");
        var cut = Render(ctx, item, saved: "b");
        Assert.Equal([false, true], cut.FindAll("input[type=checkbox]").Select(c => c.HasAttribute("checked")));
        Assert.DoesNotContain("Evidence", cut.Markup);
    }

    [Fact]
    public async Task A_read_only_questionnaire_disables_the_inputs_and_offers_no_clear()
    {
        await using var ctx = new AppTestContext("zh-CN");
        var cut = Render(ctx, new Item("b", ItemType.Boolean, Text), saved: "yes", readOnly: true);
        Assert.True(cut.Find("fieldset").HasAttribute("disabled"));
        Assert.All(cut.FindAll("input[type=radio]"), r => Assert.True(r.HasAttribute("disabled")));
        Assert.DoesNotContain("清除答案", cut.Markup);
    }

    private static IRenderedComponent<QuestionItem> Render(AppTestContext ctx, Item item, string? saved = null, bool readOnly = false) =>
        ctx.Render<QuestionItem>(p => p
            .Add(x => x.S, new ItemState(item, saved is null ? null
                : new StoredAnswer(item.Id, saved, false, null, null, 1, "rater", "2026-01-01T00:00:00.0000000Z")))
            .Add(x => x.ReadOnly, readOnly)
            .Add(x => x.Save, _ => Task.CompletedTask)
            .Add(x => x.UseTheirs, _ => Task.CompletedTask));
}
