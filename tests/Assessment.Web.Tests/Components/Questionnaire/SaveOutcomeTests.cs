using Assessment.Data.Answers;
using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;
using Assessment.Web.Tests.Services;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// Issue 14, item 3: with the disk full, the load driver saw saves with "no outcome on the page". The store on a tmpfs
/// commits in well under a millisecond, so a save can be finished before the click's handler first waits: "saving" and
/// the outcome then go to the browser in one render. A refusal after a refusal, or a save after a save, left the item
/// with the state it had before the click. Every save's end must still show: the page counts them on the item
/// (data-outcomes) and a refusal says when it came.
/// </summary>
public sealed class SaveOutcomeTests : IAsyncDisposable
{
    private const string Item = "sa_if_one_window"; // yes/no, evidence optional
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 9, 34, 28, TimeSpan.Zero); // 17:34:28 in China
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();
    private readonly FakeTime time = new(Start);

    [Fact]
    public void Refused_twice_on_the_same_yes_no_item_then_saved_each_click_ends_in_an_outcome_on_the_page()
    {
        var s = new ItemState(db.Item(Item), null, time);
        // 12 KB of evidence needs overflow pages the database may not add: the store answers "storage full" (SQLITE_FULL).
        s.EvidenceText = new string('证', QuestionnaireService.MaxEvidenceTextLength);
        var pages = db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, "PRAGMA page_count"));
        db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, $"PRAGMA max_page_count = {pages}"));
        var cut = ctx.Render<Host>(p => p.Add(h => h.S, s).Add(h => h.Send, AnsweredAtOnce));
        var rendered = new List<string?>();
        cut.OnMarkupUpdated += (_, _) => rendered.Add(cut.Find(".q-item").GetAttribute("data-state"));

        Interact.Tick(Radio(cut, "yes"));
        Assert.DoesNotContain("saving", rendered); // "saving" never reached the browser on its own
        Assert.Equal("failed", rendered[^1]);
        Assert.Equal(("failed", "1"), State(cut));
        Assert.Equal("未保存：服务器存储空间已满。您的输入仍在此处，此前已保存的答案不受影响；请稍后点击“重试”，或联系管理员。 (12-02 17:34:28) 重试",
            Normalized(cut.Find("[data-testid=item-error]").TextContent)); // the message, when it came, the Retry button

        // The second click, on the other choice: refused again. Its state reads as before; the count and the time do not.
        time.Now = Start.AddSeconds(5);
        rendered.Clear();
        Interact.Tick(Radio(cut, "no"));
        Assert.Equal(["failed"], rendered.Distinct().ToList());
        Assert.Equal(("failed", "2"), State(cut));
        Assert.Equal("(12-02 17:34:33)", cut.Find("[data-testid=outcome-at]").TextContent);
        Assert.Contains("服务器存储空间已满", cut.Find("[data-testid=item-error]").TextContent);
        Assert.Equal("no", s.Value); // the choice the user made stays on the screen
        Assert.Null(db.Stored(Item));

        // Space is back: the next click saves, and the item ends saved with the last choice.
        db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, "PRAGMA max_page_count = 1073741823"));
        time.Now = Start.AddSeconds(9);
        rendered.Clear();
        Interact.Tick(Radio(cut, "yes"));
        Assert.Equal(["saved"], rendered.Distinct().ToList());
        Assert.Equal(("saved", "3"), State(cut));
        Assert.Equal("1", cut.Find(".q-item").GetAttribute("data-version"));
        Assert.Equal("✓ 已保存 12-02 17:34:37", cut.Find("[data-testid=saved]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=item-error]"));
        Assert.Equal(("yes", 1L), (db.Stored(Item)!.Value, db.Stored(Item)!.Version));
        Assert.Equal(QuestionnaireService.MaxEvidenceTextLength, db.Stored(Item)!.EvidenceText!.Length);
    }

    [Fact]
    public void A_save_that_changes_nothing_stored_still_ends_in_an_outcome()
    {
        db.SavedElsewhere(Item, "yes", 0);
        var s = new ItemState(db.Item(Item), db.Stored(Item), time);
        var cut = ctx.Render<Host>(p => p.Add(h => h.S, s).Add(h => h.Send, AnsweredAtOnce));
        Assert.Equal(("saved", "0", "1"), (State(cut).Item1, State(cut).Item2, cut.Find(".q-item").GetAttribute("data-version")));
        var rendered = new List<string?>();
        cut.OnMarkupUpdated += (_, _) => rendered.Add(cut.Find(".q-item").GetAttribute("data-state"));

        // Evidence typed and deleted again before leaving the field: the store answers Unchanged, and neither the
        // state nor the version on the item moves. The count does.
        Interact.TypeAndLeave(cut, $"#item-{Item}-evidence", "");
        Assert.Equal(["saved"], rendered.Distinct().ToList());
        Assert.Equal(("saved", "1", "1"), (State(cut).Item1, State(cut).Item2, cut.Find(".q-item").GetAttribute("data-version")));
        Assert.Equal(1L, db.Stored(Item)!.Version);
    }

    // A store that has committed before the page waits for it, as on a tmpfs: the send's task is complete when returned.
    // (Run off the renderer's thread, which this blocks: the service's continuations must not queue behind it.)
    private Task<SaveResult> AnsweredAtOnce(ItemEdit edit) =>
        Task.FromResult(Task.Run(() => db.Service.SaveAsync(db.Round, QuestionnaireDb.Jurisdiction, edit)).GetAwaiter().GetResult());

    private static AngleSharp.Dom.IElement Radio(IRenderedComponent<Host> cut, string value) =>
        Interact.InputOf(cut.Find($"[data-value={value}]"));

    private static (string?, string?) State(IRenderedComponent<Host> cut) =>
        (cut.Find(".q-item").GetAttribute("data-state"), cut.Find(".q-item").GetAttribute("data-outcomes"));

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Holds one item as Respond does: its saves go through the item's queue and re-render the holder after each step.</summary>
    private sealed class Host : ComponentBase
    {
        [Parameter] public required ItemState S { get; set; }
        [Parameter] public required Func<ItemEdit, Task<SaveResult>> Send { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<QuestionItem>(0);
            builder.AddComponentParameter(1, nameof(QuestionItem.S), S);
            builder.AddComponentParameter(2, nameof(QuestionItem.Save), (Func<ItemState, Task>)(s => s.SaveAsync(Send, StateHasChanged)));
            builder.AddComponentParameter(3, nameof(QuestionItem.UseTheirs), (Func<ItemState, Task>)(_ => Task.CompletedTask));
            builder.CloseComponent();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
