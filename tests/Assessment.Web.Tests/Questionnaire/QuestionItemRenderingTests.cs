using Assessment.Core.Instruments;
using Assessment.Data.Answers;
using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Questionnaire;

/// <summary>Each item type renders its own input, with the marks and extras its definition asks for.</summary>
public class QuestionItemRenderingTests
{
    private static readonly LocalizedText Text = new("问题", "Question");

    [Fact]
    public async Task A_likert_item_shows_its_scale_labels_and_na_when_allowed()
    {
        var item = new Item("q", ItemType.Likert, Text, AllowNa: true, Points: 3,
            Labels: [new(1, new("低", "Low")), new(2, new("中", "Mid")), new(3, new("高", "High"))]);
        var html = await Render(item, saved: "2");
        Assert.Equal(3, Count(html, "type=\"radio\""));
        Assert.Contains("2 · 中", html);
        Assert.Contains("不适用", html);
        Assert.Matches("value=\"2\"[^>]*checked", html);
    }

    [Fact]
    public async Task A_likert_item_without_labels_numbers_its_points_and_offers_no_na_unless_allowed()
    {
        var html = await Render(new Item("q", ItemType.Likert, Text, Points: 4));
        Assert.Equal(4, Count(html, "type=\"radio\""));
        Assert.DoesNotContain("不适用", html);
    }

    [Fact]
    public async Task A_required_numeric_item_with_required_evidence_shows_unit_marks_help_and_evidence_fields()
    {
        var item = new Item("n", ItemType.Numeric, Text, Required: true, Evidence: EvidenceRule.Required,
            Help: new("帮助文字", "Help text"), Unit: new("%", "%"), Anchors: [new(0, 0), new(100, 1)]);
        var html = await Render(item, saved: "12.5");
        Assert.Contains("inputmode=\"decimal\"", html);
        Assert.Contains("value=\"12.5\"", html);
        Assert.Contains("* 必答", html);
        Assert.Contains("必须提供佐证", html);
        Assert.Contains("帮助文字", html);
        Assert.Contains("<details", html);
        Assert.Contains("type=\"url\"", html);
    }

    [Fact]
    public async Task Multi_items_are_checkboxes_and_items_without_evidence_have_no_evidence_fields()
    {
        var item = new Item("m", ItemType.Multi, Text, Options: [new("a", 0.5, new("甲", "A")), new("b", 0.5, new("乙", "B"))]);
        var html = await Render(item, saved: "b", culture: "en");
        Assert.Equal(2, Count(html, "type=\"checkbox\""));
        Assert.Matches("value=\"b\"[^>]*checked", html);
        Assert.DoesNotMatch("value=\"a\"[^>]*checked", html);
        Assert.DoesNotContain("Evidence", html);
    }

    [Fact]
    public async Task A_read_only_questionnaire_disables_the_inputs_and_offers_no_clear()
    {
        var html = await Render(new Item("b", ItemType.Boolean, Text), saved: "yes", readOnly: true);
        Assert.Contains("<fieldset disabled", html);
        Assert.DoesNotContain("清除答案", html);
    }

    private static Task<string> Render(Item item, string? saved = null, bool readOnly = false, string culture = "zh-CN") =>
        ComponentRenderer.RenderAsync<QuestionItem>(culture, new Dictionary<string, object?>
        {
            [nameof(QuestionItem.S)] = new ItemState(item, saved is null ? null
                : new StoredAnswer(item.Id, saved, false, null, null, 1, "rater", "2026-01-01T00:00:00.0000000Z")),
            [nameof(QuestionItem.ReadOnly)] = readOnly,
            [nameof(QuestionItem.Save)] = (Func<ItemState, Task>)(_ => Task.CompletedTask),
            [nameof(QuestionItem.UseTheirs)] = (Func<ItemState, Task>)(_ => Task.CompletedTask),
        });

    private static int Count(string html, string part) => (html.Length - html.Replace(part, "").Length) / part.Length;
}
