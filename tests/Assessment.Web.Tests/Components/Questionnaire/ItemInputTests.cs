using Assessment.Web.Components.Pages.Questionnaire;
using Bunit;
using static Assessment.Web.Tests.Components.Questionnaire.Interact;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// Every input type of the questionnaire: labelled by its question, and a change reaches the real service and store
/// with the answer text the instrument expects (items of the self-assessment instrument, N/A from the external one).
/// </summary>
public sealed class ItemInputTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();

    [Theory]
    // likert agree5: the fourth point is 4 · 大部分符合
    [InlineData("sa_sg_top_leader", 5, 3, "4", "4 · 大部分符合")]
    // yes/no: 是, 否
    [InlineData("sa_if_one_window", 2, 0, "yes", "是")]
    // single choice: fragmented, portal_only, both_partial, unified
    [InlineData("sa_if_one_portal", 4, 3, "unified", "“一网一端”:所有部门的办事入口都并进来了,并接入全国一体化政务服务平台")]
    public void A_radio_group_is_labelled_by_its_question_and_a_choice_is_saved(string itemId, int count, int pick, string stored, string label)
    {
        var cut = Render(db.State(itemId));
        var group = cut.Find("[role=radiogroup]");
        Assert.Equal($"item-{itemId}-label", group.GetAttribute("aria-labelledby"));
        Assert.Contains(db.Item(itemId).Text.Zh, cut.Find($"#item-{itemId}-label").TextContent);
        var radios = cut.FindAll("input[type=radio]");
        Assert.Equal(count, radios.Count);
        Assert.Contains(label, cut.Markup);

        Tick(radios[pick]);
        cut.WaitForAssertion(() => Assert.Equal((stored, 1L), (db.Stored(itemId)?.Value, db.Stored(itemId)!.Version)));
    }

    [Fact]
    public void Multiple_choice_saves_the_ticked_keys_in_the_instruments_order_and_unticking_all_leaves_the_empty_choice()
    {
        var s = db.State("sa_va_channels");
        var cut = Render(s);
        Assert.Equal("item-sa_va_channels-label", cut.Find("[role=group]").GetAttribute("aria-labelledby"));
        Assert.Contains("12345热线(电话和网上受理)", cut.Markup);
        // Options: hotline_12345, leader_mailbox, find_fault, good_bad_review, new_media. Tick the third, then the first.
        Tick(cut.FindAll("input[type=checkbox]")[2]);
        cut.WaitForAssertion(() => Assert.Equal("find_fault", db.Stored("sa_va_channels")?.Value));
        Tick(cut.FindAll("input[type=checkbox]")[0]);
        cut.WaitForAssertion(() => Assert.Equal(("hotline_12345;find_fault", 2L), (db.Stored("sa_va_channels")?.Value, db.Stored("sa_va_channels")!.Version)));

        Tick(cut.FindAll("input[type=checkbox]")[0], on: false);
        cut.WaitForAssertion(() => Assert.Equal("find_fault", db.Stored("sa_va_channels")?.Value));
        Tick(cut.FindAll("input[type=checkbox]")[2], on: false);
        cut.WaitForAssertion(() => Assert.Equal((";", 4L), (db.Stored("sa_va_channels")?.Value, db.Stored("sa_va_channels")!.Version)));
    }

    [Fact]
    public void A_number_is_labelled_by_its_question_typed_as_text_and_saved_on_leaving_the_field()
    {
        var cut = Render(db.State("sa_if_full_online_share"));
        var number = cut.Find("#item-sa_if_full_online_share-value");
        Assert.Equal("我们的依申请事项中,能“全程网办”、不用跑现场的占多少?", number.GetAttribute("aria-label"));
        Assert.Equal("decimal", number.GetAttribute("inputmode"));
        Assert.Contains("用“.”作小数点，例如 12.5", cut.Markup);

        TypeAndLeave(number, "72.5");
        cut.WaitForAssertion(() => Assert.Equal("72.5", db.Stored("sa_if_full_online_share")?.Value));
    }

    [Fact]
    public void A_number_with_a_comma_is_refused_at_the_item_and_the_last_saved_value_is_shown()
    {
        var s = db.State("sa_if_full_online_share");
        var cut = Render(s);
        TypeAndLeave(cut, "#item-sa_if_full_online_share-value", "60");
        cut.WaitForAssertion(() => Assert.Equal("60", db.Stored("sa_if_full_online_share")?.Value));
        TypeAndLeave(cut, "#item-sa_if_full_online_share-value", "1,5");
        cut.WaitForAssertion(() => Assert.Equal(SaveState.Invalid, s.State));

        var status = RenderStatus(s);
        Assert.Contains("这不是有效的数字", status.Find("[data-testid=item-error]").TextContent);
        Assert.Equal("60 %", status.Find("[data-testid=last-saved]").TextContent);
        Assert.Equal(("60", 1L), (db.Stored("sa_if_full_online_share")?.Value, db.Stored("sa_if_full_online_share")!.Version));
    }

    [Fact]
    public void Free_text_is_labelled_by_its_question_limited_to_the_services_length_and_saved_as_typed()
    {
        var cut = Render(db.State("sa_va_flagship"));
        var text = cut.Find("textarea#item-sa_va_flagship-value");
        Assert.Equal("请用几句话介绍我们最有代表性的一项改革,以及下一步最需要解决的问题。", text.GetAttribute("aria-label"));
        Assert.Equal("20000", text.GetAttribute("maxlength"));

        TypeAndLeave(text, "一网通办：高频事项全程网办。");
        cut.WaitForAssertion(() => Assert.Equal("一网通办：高频事项全程网办。", db.Stored("sa_va_flagship")?.Value));
    }

    [Fact]
    public async Task Not_applicable_saves_NA_hides_the_answer_input_and_unticking_it_clears_the_answer()
    {
        await using var ctx2 = new AppTestContext("zh-CN");
        using var external = new QuestionnaireDb(QuestionnaireDb.External);
        var s = external.State("if_regional_zone");
        var cut = ctx2.Render<QuestionItem>(p => p
            .Add(x => x.S, s).Add(x => x.Save, external.SaveAsync).Add(x => x.UseTheirs, _ => Task.CompletedTask));
        Assert.NotEmpty(cut.FindAll("input[type=radio]"));
        var na = InputOf(cut.Find("[data-testid=na]"));

        Tick(na);
        cut.WaitForAssertion(() => Assert.Equal(("NA", true), (external.Stored("if_regional_zone")?.Value, external.Stored("if_regional_zone")!.IsNa)));
        cut.Render();
        Assert.Empty(cut.FindAll("input[type=radio]"));

        Tick(InputOf(cut.Find("[data-testid=na]")), on: false);
        cut.WaitForAssertion(() => Assert.Equal((null, false, 2L),
            (external.Stored("if_regional_zone")!.Value, external.Stored("if_regional_zone")!.IsNa, external.Stored("if_regional_zone")!.Version)));
    }

    [Fact]
    public void Clearing_an_answer_saves_no_answer_and_the_clear_button_goes()
    {
        var s = db.State("sa_if_one_window");
        var cut = Render(s);
        Assert.Empty(cut.FindAll("[data-testid=clear]"));
        Tick(cut.FindAll("input[type=radio]")[1]);
        cut.WaitForAssertion(() => Assert.Equal("no", db.Stored("sa_if_one_window")?.Value));
        cut.Render();

        cut.Find("[data-testid=clear]").Click();
        cut.WaitForAssertion(() => Assert.Equal((null, 2L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version)));
        cut.Render();
        Assert.Empty(cut.FindAll("[data-testid=clear]"));
    }

    [Fact]
    public void Evidence_text_and_an_https_link_are_saved_with_the_item()
    {
        var cut = Render(db.State("sa_if_full_online_share"));
        Assert.Contains("佐证说明 （必须提供佐证）", cut.Markup);
        TypeAndLeave(cut, "#item-sa_if_full_online_share-evidence", "事项清单，统计至 2026-10-31");
        cut.WaitForAssertion(() => Assert.Equal("事项清单，统计至 2026-10-31", db.Stored("sa_if_full_online_share")?.EvidenceText));
        var link = cut.Find("#item-sa_if_full_online_share-link");
        Assert.Equal("url", link.GetAttribute("type"));
        TypeAndLeave(cut, "#item-sa_if_full_online_share-link", "https://example.gov.cn/list");
        cut.WaitForAssertion(() => Assert.Equal(("https://example.gov.cn/list", 2L),
            (db.Stored("sa_if_full_online_share")?.EvidenceLink, db.Stored("sa_if_full_online_share")!.Version)));
    }

    [Fact]
    public void The_evidence_fields_are_named_by_their_labels_and_the_item_shows_the_version_each_save_committed()
    {
        var cut = Render(db.State("sa_if_full_online_share"));
        var item = cut.Find("#item-sa_if_full_online_share");
        Assert.Equal("0", item.GetAttribute("data-version"));
        Assert.Equal("佐证说明 （必须提供佐证）", cut.Find("label[for=item-sa_if_full_online_share-evidence]").TextContent);
        Assert.Equal("佐证链接", cut.Find("label[for=item-sa_if_full_online_share-link]").TextContent);
        Assert.Equal("TEXTAREA", cut.Find("#item-sa_if_full_online_share-evidence").TagName);

        TypeAndLeave(cut, "#item-sa_if_full_online_share-evidence", "办件统计");
        cut.WaitForAssertion(() => Assert.Equal(("saved", "1"),
            (cut.Find("#item-sa_if_full_online_share").GetAttribute("data-state"), cut.Find("#item-sa_if_full_online_share").GetAttribute("data-version"))));
        TypeAndLeave(cut, "#item-sa_if_full_online_share-evidence", "办件统计，2026-11");
        cut.WaitForAssertion(() => Assert.Equal("2", cut.Find("#item-sa_if_full_online_share").GetAttribute("data-version")));
        Assert.Equal((2L, "办件统计，2026-11"), (db.Stored("sa_if_full_online_share")!.Version, db.Stored("sa_if_full_online_share")!.EvidenceText));
        // The label sits up in the border once the field holds text (MudBlazor's "mud-shrink"), as MudTextField's does.
        Assert.Contains("mud-shrink", cut.Find("#item-sa_if_full_online_share-evidence").ParentElement!.ClassName);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("ftp://example.gov.cn/list")]
    [InlineData("/evidence/list")]
    [InlineData("example.gov.cn/list")]
    public void An_evidence_link_that_is_not_http_or_https_is_refused_with_a_message_and_nothing_is_stored(string address)
    {
        var s = db.State("sa_if_full_online_share");
        var cut = Render(s);
        TypeAndLeave(cut, "#item-sa_if_full_online_share-link", address);
        cut.WaitForAssertion(() => Assert.Equal(SaveState.Invalid, s.State));
        Assert.Contains("佐证链接必须是以 http:// 或 https:// 开头的完整网址。", RenderStatus(s).Find("[data-testid=item-error]").TextContent);
        Assert.Null(db.Stored("sa_if_full_online_share"));
        Assert.Equal(address, s.EvidenceLink);
    }

    private IRenderedComponent<QuestionItem> Render(ItemState s) =>
        ctx.Render<QuestionItem>(p => p.Add(x => x.S, s).Add(x => x.Save, db.SaveAsync).Add(x => x.UseTheirs, _ => Task.CompletedTask));

    private IRenderedComponent<ItemStatus> RenderStatus(ItemState s) =>
        ctx.Render<ItemStatus>(p => p.Add(x => x.S, s)
            .Add(x => x.Retry, () => Task.CompletedTask).Add(x => x.UseTheirs, () => Task.CompletedTask).Add(x => x.KeepMine, () => Task.CompletedTask));

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
