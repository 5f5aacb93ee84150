using Assessment.Web.Components.Pages.Review;
using Assessment.Web.Services;
using Assessment.Web.Tests.Review;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using static Assessment.Web.Tests.Components.Questionnaire.Interact;

namespace Assessment.Web.Tests.Components.Review;

/// <summary>
/// The review card (raters side by side, a disagreement flagged and listed first) and the reconcile form (reason
/// required, the value checked against the item, the outcome shown), on the real ReviewService and a seeded round.
/// </summary>
public sealed class ItemReviewCardTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly ReviewDb db = new();

    public ItemReviewCardTests()
    {
        ctx.Services.AddSingleton(db.Service);
        ctx.Services.AddSingleton(new ReviewOptions(ReviewOptions.DefaultGap));
    }

    [Fact]
    public async Task The_raters_answers_scores_and_evidence_stand_side_by_side_and_a_disagreement_is_flagged_in_words()
    {
        var cut = await CardAsync(ReviewSeed.DisagreeingItem, disagrees: true);
        var first = cut.Find("tr[data-rater=rater1]");
        var second = cut.Find("tr[data-rater=rater2]");
        Assert.Equal("评估员甲", first.QuerySelector("th")!.TextContent);
        Assert.Equal(("yes · 是", "1.00"), (Cell(first, "rater-answer"), Cell(first, "rater-score")));
        Assert.Equal(("no · 否", "0.00"), (Cell(second, "rater-answer"), Cell(second, "rater-score")));
        Assert.Contains("核查记录 if_single_account", first.TextContent);
        Assert.Equal("https://example.org/evidence/if_single_account", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("无佐证", second.TextContent);
        Assert.Equal("1.00", cut.Find("[data-testid=spread]").TextContent);
        Assert.Equal("分歧", cut.Find("[data-testid=disagreement-flag]").TextContent.Trim());
    }

    [Fact]
    public async Task An_item_the_raters_agree_on_carries_no_flag()
    {
        var cut = await CardAsync("if_full_online_share", disagrees: false);
        Assert.Empty(cut.FindAll("[data-testid=disagreement-flag]"));
        Assert.Equal("0.00", cut.Find("[data-testid=spread]").TextContent);
    }

    [Fact]
    public void The_jurisdiction_page_lists_the_disagreement_first_and_flagged()
    {
        // As prerendered: the page reads once and starts no polling timer.
        ctx.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", false));
        var page = ctx.Render<JurisdictionPage>(p => p.Add(x => x.RoundId, db.Round.RoundId).Add(x => x.Jurisdiction, ReviewDb.Code));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("article[data-item]")));
        var first = page.FindAll("article[data-item]")[0];
        Assert.Equal(ReviewSeed.DisagreeingItem, first.GetAttribute("data-item"));
        Assert.NotNull(first.QuerySelector("[data-testid=disagreement-flag]"));
        // if_smart_services differs by exactly the gap (0.25), which is not more than it: one disagreement only.
        Assert.Single(page.FindAll("[data-testid=disagreement-flag]"));
        Assert.Contains("分歧项（优先处理） (1)", page.Markup);
    }

    [Fact]
    public async Task Reconciling_without_a_reason_is_refused_with_a_message_and_nothing_is_stored()
    {
        var cut = await CardAsync(ReviewSeed.DisagreeingItem, disagrees: true);
        cut.Find("[data-testid=reconcile-open]").Click();
        Tick(cut.FindAll("[data-testid=reconcile-form] input[type=radio]")[0]); // yes
        cut.Find("[data-testid=reconcile-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("请填写理由：核定记录会保存理由和核定人。", cut.Find("[data-testid=reconcile-message]").TextContent.Trim()));
        Assert.NotEmpty(cut.FindAll("[data-testid=reconcile-form]"));
        Assert.Null((await db.ReviewAsync()).Items.Single(i => i.Item.Id == ReviewSeed.DisagreeingItem).Reconciled);
    }

    [Fact]
    public async Task Saving_without_choosing_an_answer_asks_for_one()
    {
        var cut = await CardAsync(ReviewSeed.DisagreeingItem, disagrees: true);
        cut.Find("[data-testid=reconcile-open]").Click();
        TypeAndLeave(cut, "textarea#reconcile-reason-if_single_account", "复核");
        cut.Find("[data-testid=reconcile-save]").Click();
        cut.WaitForAssertion(() => Assert.Equal("请选择或填写核定答案；要撤销核定请使用“撤销核定”。", cut.Find("[data-testid=reconcile-message]").TextContent.Trim()));
    }

    [Fact]
    public async Task A_number_that_does_not_fit_the_item_is_refused_and_nothing_is_stored()
    {
        var cut = await CardAsync("if_full_online_share", disagrees: false);
        cut.Find("[data-testid=reconcile-open]").Click();
        TypeAndLeave(cut, "#reconcile-value-if_full_online_share", "1,5");
        TypeAndLeave(cut, "textarea#reconcile-reason-if_full_online_share", "复核统计表");
        cut.Find("[data-testid=reconcile-save]").Click();

        cut.WaitForAssertion(() => Assert.StartsWith("答案未保存：", cut.Find("[data-testid=reconcile-message]").TextContent.Trim()));
        Assert.Contains("1,5", cut.Find("[data-testid=reconcile-message]").TextContent);
        Assert.Null((await db.ReviewAsync()).Items.Single(i => i.Item.Id == "if_full_online_share").Reconciled);
    }

    [Fact]
    public async Task A_reconciled_answer_with_a_reason_is_saved_the_outcome_is_shown_and_the_page_is_told_to_reload()
    {
        var changed = 0;
        var cut = await CardAsync(ReviewSeed.DisagreeingItem, disagrees: true, () => changed++);
        cut.Find("[data-testid=reconcile-open]").Click();
        Tick(cut.FindAll("[data-testid=reconcile-form] input[type=radio]")[0]); // yes
        TypeAndLeave(cut, "textarea#reconcile-reason-if_single_account", "复核截图：PC 端与移动端同一账号登录");
        cut.Find("[data-testid=reconcile-save]").Click();

        cut.WaitForAssertion(() => Assert.Equal("已保存核定答案，得分已更新。", cut.Find("[data-testid=reconcile-message]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=reconcile-form]"));
        Assert.Equal(1, changed);
        var reconciled = (await db.ReviewAsync()).Items.Single(i => i.Item.Id == ReviewSeed.DisagreeingItem).Reconciled!;
        Assert.Equal(("yes", "复核截图：PC 端与移动端同一账号登录", "lead"), (reconciled.Value, reconciled.Reason, reconciled.SetBy));
    }

    private async Task<IRenderedComponent<ItemReviewCard>> CardAsync(string itemId, bool disagrees, Action? changed = null)
    {
        var review = await db.ReviewAsync();
        return ctx.Render<ItemReviewCard>(p => p
            .Add(x => x.Review, review.Items.Single(i => i.Item.Id == itemId))
            .Add(x => x.Responses, review.Responses)
            .Add(x => x.RoundId, db.Round.RoundId)
            .Add(x => x.Jurisdiction, ReviewDb.Code)
            .Add(x => x.Disagrees, disagrees)
            .Add(x => x.Changed, () => changed?.Invoke()));
    }

    private static string Cell(AngleSharp.Dom.IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
