using System.Globalization;
using Assessment.Data.Answers;
using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// ItemState's save queue without a browser: saves of one item run one at a time against the real service, a change
/// made while one is in flight is sent after it with the version it returned, and a stale version is a conflict.
/// </summary>
public sealed class SaveQueueTests : IDisposable
{
    private readonly QuestionnaireDb db = new();
    private readonly List<(string? Value, long Version)> sent = [];
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task A_change_made_while_a_save_is_in_flight_is_sent_after_it_with_the_version_it_returned()
    {
        var s = db.State("sa_if_one_window");
        s.Value = "yes";
        var first = s.SaveAsync(Held, () => { });
        Assert.Equal(SaveState.Saving, s.State);
        s.Value = "no";
        var second = s.SaveAsync(Held, () => { });
        Assert.True(second.IsCompleted, "the second save waits in the queue, it is not a second request");

        gate.SetResult();
        await first;
        Assert.Equal([("yes", 0L), ("no", 1L)], sent);
        Assert.Equal((SaveState.Saved, 2L), (s.State, s.Version));
        Assert.Equal(("no", 2L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version));
    }

    [Fact]
    public async Task Several_changes_during_one_save_are_sent_once_as_the_latest()
    {
        var s = db.State("sa_sg_top_leader");
        s.Value = "2";
        var first = s.SaveAsync(Held, () => { });
        foreach (var point in new[] { "3", "5", "4" })
        {
            s.Value = point;
            await s.SaveAsync(Held, () => { });
        }
        gate.SetResult();
        await first;
        Assert.Equal([("2", 0L), ("4", 1L)], sent);
        Assert.Equal(("4", 2L), (db.Stored("sa_sg_top_leader")!.Value, db.Stored("sa_sg_top_leader")!.Version));
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_a_conflict_that_names_the_saved_answer_and_stores_nothing()
    {
        var s = db.State("sa_if_one_window"); // the page opened before the colleague saved
        db.SavedElsewhere("sa_if_one_window", "yes", expectedVersion: 0);
        s.Value = "no";
        var first = s.SaveAsync(Held, () => { });
        s.Value = "no";
        _ = s.SaveAsync(Held, () => { });
        gate.SetResult();
        await first;

        Assert.Equal(SaveState.Conflict, s.State);
        Assert.Equal(("yes", false, "colleague", 1L), (s.Conflict!.CurrentValue, s.Conflict.CurrentIsNa, s.Conflict.By, s.Conflict.CurrentVersion));
        Assert.Single(sent); // the queued change is not retried over the other answer
        Assert.Equal(("yes", 1L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version));
        Assert.Equal("no", s.Value); // what the user chose stays on the screen
    }

    [Fact]
    public async Task Keep_mine_after_a_conflict_saves_over_the_other_answer_knowingly()
    {
        var s = db.State("sa_if_one_window");
        db.SavedElsewhere("sa_if_one_window", "yes", expectedVersion: 0);
        s.Value = "no";
        await db.SaveAsync(s);
        Assert.Equal(SaveState.Conflict, s.State);

        s.KeepMine();
        await db.SaveAsync(s);
        Assert.Equal((SaveState.Saved, 2L), (s.State, s.Version));
        Assert.Equal(("no", 2L, "evaluator"), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version, db.Stored("sa_if_one_window")!.UpdatedBy));
    }

    [Fact]
    public async Task Use_theirs_after_a_conflict_takes_the_saved_answer_and_the_next_change_saves_without_conflict()
    {
        var s = db.State("sa_if_one_window");
        db.SavedElsewhere("sa_if_one_window", "yes", expectedVersion: 0);
        s.Value = "no";
        await db.SaveAsync(s);

        s.UseTheirs(await db.Service.CurrentAsync(db.Round, QuestionnaireDb.Jurisdiction, "sa_if_one_window"));
        Assert.Equal(("yes", SaveState.Saved, 1L), (s.Value, s.State, s.Version));
        Assert.Null(s.Conflict);

        s.Value = "no";
        await db.SaveAsync(s);
        Assert.Equal(("no", 2L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version));
    }

    [Fact]
    public async Task A_save_that_throws_is_failed_keeps_the_input_and_a_retry_saves_it()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var s = db.State("sa_if_one_window");
        s.Value = "yes";
        await s.SaveAsync(_ => throw new IOException("connection reset"), () => { });
        Assert.Equal((SaveState.Failed, "yes"), (s.State, s.Value));
        Assert.Equal("保存失败，可能是网络或服务器问题。您的输入仍在此处。", s.Message);
        Assert.Null(db.Stored("sa_if_one_window"));

        await db.SaveAsync(s);
        Assert.Equal((SaveState.Saved, 1L), (s.State, s.Version));
        Assert.Equal("yes", db.Stored("sa_if_one_window")!.Value);
    }

    [Fact]
    public async Task When_the_servers_storage_is_full_the_item_says_so_keeps_the_input_and_a_retry_saves_it_once_space_returns()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var s = db.State("sa_if_one_window");
        s.Value = "yes";
        // The database may not grow: the store answers StorageFull (SQLITE_FULL, as on a full disk).
        var pages = db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, "PRAGMA page_count"));
        db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, $"PRAGMA max_page_count = {pages}"));
        s.EvidenceText = new string('证', QuestionnaireService.MaxEvidenceTextLength); // 12 KB: overflow pages the database cannot add

        await db.SaveAsync(s);

        Assert.Equal((SaveState.Failed, "yes"), (s.State, s.Value));
        Assert.Equal("未保存：服务器存储空间已满。您的输入仍在此处，此前已保存的答案不受影响；请稍后点击“重试”，或联系管理员。", s.Message);
        Assert.Null(db.Stored("sa_if_one_window"));

        db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, "PRAGMA max_page_count = 1073741823"));
        await db.SaveAsync(s);
        Assert.Equal((SaveState.Saved, 1L), (s.State, s.Version));
        Assert.Equal("yes", db.Stored("sa_if_one_window")!.Value);
    }

    // The load driver's disk-full run caught the page saying "saved" for an answer the user had already changed while
    // its save was on the way, and keeping the newer input as the saved answer; the newer save then failed.
    [Fact]
    public async Task A_change_made_while_a_save_is_in_flight_never_shows_as_saved_before_it_is_and_the_saved_answer_is_the_one_sent()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var s = db.State("sa_if_one_window");
        var shown = new List<SaveState>();
        s.Value = "yes";
        var first = s.SaveAsync(Held, () => shown.Add(s.State));
        s.Value = "no";
        s.EvidenceText = new string('证', QuestionnaireService.MaxEvidenceTextLength); // 12 KB: overflow pages the database cannot add
        await s.SaveAsync(Held, () => shown.Add(s.State));
        var pages = db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, "PRAGMA page_count"));
        db.Db.Writer.Write((c, _) => Dapper.SqlMapper.ExecuteScalar<long>(c, $"PRAGMA max_page_count = {pages}"));

        gate.SetResult();
        await first;

        Assert.Equal([SaveState.Saving, SaveState.Saving, SaveState.Failed], shown);
        Assert.Equal(("yes", 1L), (s.Saved!.Value, s.Version));       // what the server holds, not what the inputs show
        Assert.Null(s.Saved.EvidenceText);
        Assert.Equal("no", s.Value);
        Assert.Equal(("yes", 1L), (db.Stored("sa_if_one_window")!.Value, db.Stored("sa_if_one_window")!.Version));
    }

    private async Task<SaveResult> Held(ItemEdit edit)
    {
        sent.Add((edit.Value, edit.ExpectedVersion));
        await gate.Task;
        return await db.Service.SaveAsync(db.Round, QuestionnaireDb.Jurisdiction, edit);
    }

    public void Dispose() => db.Dispose();
}
