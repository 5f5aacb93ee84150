using Assessment.Web.Components.Pages.Questionnaire;
using Bunit;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// The autosave status under each item, announced politely: saving, saved, a conflict (with what is saved now, who
/// saved it, and the two ways on), and a failed save (the input kept, a retry).
/// </summary>
public sealed class ItemStatusTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();

    [Fact]
    public async Task While_a_save_is_in_flight_it_says_saving_and_then_saved_in_a_polite_live_region()
    {
        var s = db.State("sa_if_one_window");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        s.Value = "yes";
        var saving = s.SaveAsync(async edit => { await gate.Task; return await db.Service.SaveAsync(db.Round, QuestionnaireDb.Jurisdiction, edit); }, () => { });

        var status = Status(s);
        var region = status.Find("[data-testid=item-status]");
        Assert.Equal(("status", "polite"), (region.GetAttribute("role"), region.GetAttribute("aria-live")));
        Assert.Equal("保存中…", status.Find("[data-testid=saving]").TextContent.Trim());

        gate.SetResult();
        await saving;
        status = Status(s);
        Assert.StartsWith("✓ 已保存", status.Find("[data-testid=saved]").TextContent.Trim());
        Assert.Equal("saved", status.Find("[data-testid=item-status]").GetAttribute("data-save-state"));
    }

    [Fact]
    public void An_answer_loaded_from_a_read_only_questionnaire_shows_no_saved_mark()
    {
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        var status = ctx.Render<ItemStatus>(p => p.Add(x => x.S, db.State("sa_if_one_window")).Add(x => x.ReadOnly, true)
            .Add(x => x.Retry, () => Task.CompletedTask).Add(x => x.UseTheirs, () => Task.CompletedTask).Add(x => x.KeepMine, () => Task.CompletedTask));
        Assert.Empty(status.FindAll("[data-testid=saved]"));
    }

    [Fact]
    public void A_conflict_shows_the_saved_answer_in_words_and_who_saved_it_and_keep_mine_saves_over_it()
    {
        var s = db.State("sa_if_one_window");
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        var cut = Item(s);
        Interact.Tick(cut.FindAll("input[type=radio]")[1]); // 否
        cut.WaitForAssertion(() => Assert.Equal(SaveState.Conflict, s.State));
        cut.Render();

        var conflict = cut.Find("[data-testid=item-conflict]");
        Assert.Contains("此答案已在别处（其他人或您的另一个窗口）被修改，您的修改尚未保存。", conflict.TextContent);
        Assert.Equal("是", conflict.QuerySelector("[data-testid=their-answer]")!.TextContent);
        Assert.Contains("修改人 colleague", conflict.TextContent);
        Assert.Equal("采用对方的答案", cut.Find("[data-testid=use-theirs]").TextContent.Trim());
        Assert.Equal("conflict", cut.Find(".q-item").GetAttribute("data-state"));

        cut.Find("[data-testid=keep-mine]").Click();
        cut.WaitForAssertion(() => Assert.Equal(("no", 2L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version)));
    }

    [Fact]
    public void Use_theirs_puts_the_saved_answer_back_in_the_input()
    {
        var s = db.State("sa_if_one_window");
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        var cut = Item(s);
        Interact.Tick(cut.FindAll("input[type=radio]")[1]);
        cut.WaitForAssertion(() => Assert.Equal(SaveState.Conflict, s.State));
        cut.Render();

        cut.Find("[data-testid=use-theirs]").Click();
        cut.WaitForAssertion(() => Assert.Equal(("yes", SaveState.Saved), (s.Value, s.State)));
        cut.Render();
        Assert.Empty(cut.FindAll("[data-testid=item-conflict]"));
        Assert.Equal(("yes", 1L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version));
    }

    [Fact]
    public void When_the_database_is_gone_the_save_fails_with_a_message_the_input_is_kept_and_retry_is_offered()
    {
        var s = db.State("sa_if_full_online_share");
        var cut = Item(s);
        db.CloseDatabase();
        var number = cut.Find("#item-sa_if_full_online_share-value");
        Interact.TypeAndLeave(number, "72.5");
        cut.WaitForAssertion(() => Assert.Equal(SaveState.Failed, s.State), TimeSpan.FromSeconds(10));
        cut.Render();

        Assert.Contains("保存失败，可能是网络或服务器问题。您的输入仍在此处。", cut.Find("[data-testid=item-error]").TextContent);
        Assert.Equal("重试", cut.Find("[data-testid=retry]").TextContent.Trim());
        Assert.Equal("72.5", cut.Find("#item-sa_if_full_online_share-value").GetAttribute("value"));
        Assert.Equal("failed", cut.Find(".q-item").GetAttribute("data-state"));
    }

    private IRenderedComponent<ItemStatus> Status(Assessment.Web.Components.Pages.Questionnaire.ItemState s) =>
        ctx.Render<ItemStatus>(p => p.Add(x => x.S, s)
            .Add(x => x.Retry, () => Task.CompletedTask).Add(x => x.UseTheirs, () => Task.CompletedTask).Add(x => x.KeepMine, () => Task.CompletedTask));

    // Wired as Respond wires it: saves through the item's queue, "use theirs" reads what is saved now.
    private IRenderedComponent<QuestionItem> Item(Assessment.Web.Components.Pages.Questionnaire.ItemState s) =>
        ctx.Render<QuestionItem>(p => p.Add(x => x.S, s).Add(x => x.Save, db.SaveAsync)
            .Add(x => x.UseTheirs, async state => state.UseTheirs(await db.Service.CurrentAsync(db.Round, QuestionnaireDb.Jurisdiction, state.Item.Id))));

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
