using System.Text;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Answers;

/// <summary>
/// The import parses on the caller's thread while the writer stores what was already checked (batches of 2,048
/// rows), so these files are long enough that rows reach the database before the bad ones are read.
/// </summary>
public class AnswerImportTests
{
    private const int Jurisdictions = 1000;
    private static readonly string[] Items = ["q1", "q2", "q3", "q4", "note"];
    private static readonly string[] Values = ["4", "yes", "full", "12.5", "a note, with a comma"];

    /// <summary>Jurisdictions J0000..J0999 beside TestData's round; one row per jurisdiction and item for rater1 (5,000 rows).</summary>
    private static (TestData.Round Round, string Csv) Setup(AssessmentDb db)
    {
        var round = TestData.OpenRound(db);
        new JurisdictionStore(db).Upsert(Enumerable.Range(0, Jurisdictions)
            .Select(i => new Jurisdiction($"J{i:D4}", $"县{i}", $"County {i}", "province", "province", null)).ToList(), "manual", "test");
        var csv = new StringBuilder("jurisdiction,rater,item,value\n");
        for (var j = 0; j < Jurisdictions; j++)
            for (var i = 0; i < Items.Length; i++)
                csv.Append($"J{j:D4},rater1,{Items[i]},{(Values[i].Contains(',') ? $"\"{Values[i]}\"" : Values[i])}\n");
        return (round, csv.ToString());
    }

    private static string Line(string csv, int line, string replacement)
    {
        var lines = csv.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }

    private static long Count(TestData.Round round, string sql)
    {
        using var c = round.Db.OpenRead();
        return c.ExecuteScalar<long>(sql, new { round.RoundId });
    }

    [Theory, SqliteData, PostgresData]
    public void Bad_rows_late_in_a_long_file_roll_back_what_was_written_and_are_all_reported(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (round, csv) = Setup(db);
        var audited = Count(round, "SELECT count(*) FROM audit_log");
        csv = Line(csv, 4500, "J0899,rater1,q4,many");
        csv = Line(csv, 4800, "J0959,nobody,q4,1");

        var result = AnswerImport.Import(round.Db, round.RoundId, new StringReader(csv), "test");

        Assert.Equal([4500, 4800], result.Problems.Select(p => p.Line));
        Assert.Contains("q4", result.Problems[0].Message);
        Assert.Contains("'nobody'", result.Problems[1].Message);
        Assert.Equal(0, result.Written);
        Assert.Equal(0, Count(round, "SELECT count(*) FROM answers"));
        Assert.Equal(3, Count(round, "SELECT count(*) FROM responses WHERE round_id = @RoundId"));
        Assert.Equal(3, Count(round, "SELECT count(*) FROM assignments WHERE round_id = @RoundId"));
        Assert.Equal(audited, Count(round, "SELECT count(*) FROM audit_log"));
    }

    [Theory, SqliteData, PostgresData]
    public void A_long_file_is_written_whole_then_reimported_as_unchanged_and_a_changed_row_is_an_audited_update(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (round, csv) = Setup(db);

        var first = AnswerImport.Import(round.Db, round.RoundId, new StringReader(csv), "test");

        Assert.True(first.Ok, string.Join("\n", first.Problems));
        Assert.Equal((Jurisdictions * Items.Length, 0), (first.Written, first.Unchanged));
        Assert.Equal(Jurisdictions * Items.Length, Count(round, "SELECT count(*) FROM answers"));
        Assert.Equal(3 + Jurisdictions, Count(round, "SELECT count(*) FROM responses WHERE round_id = @RoundId"));
        Assert.Equal(Jurisdictions, Count(round, "SELECT count(*) FROM audit_log WHERE entity = 'assignment' AND entity_key LIKE '%/jurisdiction:J%'"));
        Assert.Equal(Jurisdictions * Items.Length, Count(round, "SELECT count(*) FROM audit_log WHERE entity = 'answer' AND reason = 'import'"));

        var again = AnswerImport.Import(round.Db, round.RoundId, new StringReader(csv), "test");
        Assert.Equal((0, Jurisdictions * Items.Length), (again.Written, again.Unchanged));

        var changed = AnswerImport.Import(round.Db, round.RoundId, new StringReader(Line(csv, 4998, "J0999,rater1,q2,no")), "test");
        Assert.True(changed.Ok, string.Join("\n", changed.Problems));
        Assert.Equal((1, Jurisdictions * Items.Length - 1), (changed.Written, changed.Unchanged));
        using var c = round.Db.OpenRead();
        var (responseId, value, version) = c.QuerySingle<(long, string, long)>("""
            SELECT a.response_id, a.value, a.version FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE r.jurisdiction_code = 'J0999' AND a.item_id = 'q2'
            """);
        Assert.Equal(("no", 2L), (value, version));
        var trail = AuditLog.For(round.Db, "answer", AnswerStore.AuditKey(responseId, "q2"));
        // The audit records each answer's whole state (value, N/A, evidence), as a save from the page does.
        Assert.Equal([(null, "yes"), ("yes", "no")], trail.Select(e => (AnswerAuditValue.TryParse(e.OldValue)?.Value, AnswerAuditValue.TryParse(e.NewValue)!.Value)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task A_response_submitted_while_the_import_waited_for_the_writer_refuses_the_file(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        using var gate = new ManualResetEventSlim();
        using var updated = new ManualResetEventSlim();
        // Submits rater1's response for 33 and holds that write uncommitted until the import has read the round and
        // started on its file. SQLite: the import's write waits behind it in the writer's queue; PostgreSQL: the
        // import's read of the statuses waits for its row lock. Either way the import then sees it submitted.
        var submit = round.Db.Writer.WriteAsync((c, tx) =>
        {
            var changed = c.Execute("UPDATE responses SET status = 'submitted' WHERE id = @R1J1", new { round.R1J1 }, tx);
            updated.Set();
            gate.Wait(TimeSpan.FromSeconds(30));
            return changed;
        });
        Assert.True(updated.Wait(TimeSpan.FromSeconds(30)), "the submit never ran");
        var csv = new OnFirstRead("jurisdiction,rater,item,value\n44,rater1,q1,3\n33,rater1,q1,4\n", gate.Set);

        var result = AnswerImport.Import(round.Db, round.RoundId, csv, "test");

        Assert.Equal(1, await submit);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("submitted", problem.Message);
        Assert.Equal(0, Count(round, "SELECT count(*) FROM answers"));
    }

    [Theory, SqliteData, PostgresData]
    public void A_file_that_fails_to_read_half_way_writes_nothing_and_leaves_the_writer_working(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var (round, csv) = Setup(db);

        Assert.Throws<IOException>(() => AnswerImport.Import(round.Db, round.RoundId, new FailingAfter(csv, 50_000), "test"));

        Assert.Equal(0, Count(round, "SELECT count(*) FROM answers"));
        var saved = new AnswerStore(round.Db).Save(new AnswerWrite(round.R1J1, "q1", "5", 0, round.Rater1.Id));
        Assert.IsType<SaveResult.Saved>(saved);
    }

    /// <summary>A reader that runs an action when it is first read from (the import has then read the round).</summary>
    private sealed class OnFirstRead(string text, Action first) : StringReader(text)
    {
        private Action? pending = first;

        public override int Read(char[] buffer, int index, int count) { Fire(); return base.Read(buffer, index, count); }
        public override int Read(Span<char> buffer) { Fire(); return base.Read(buffer); }

        private void Fire()
        {
            pending?.Invoke();
            pending = null;
        }
    }

    /// <summary>A reader whose source breaks after <paramref name="chars"/> characters, like a file on a lost network share.</summary>
    private sealed class FailingAfter(string text, int chars) : StringReader(text)
    {
        private int read;

        public override int Read(char[] buffer, int index, int count) => Count(base.Read(buffer, index, Math.Min(count, 4096)));
        public override int Read(Span<char> buffer) => Count(base.Read(buffer[..Math.Min(buffer.Length, 4096)]));

        private int Count(int n) => (read += n) > chars ? throw new IOException("the share went away") : n;
    }
}
