using Assessment.Data.Answers;
using Assessment.Data.Tests.Stores;
using Assessment.LoadDriver;

namespace Assessment.Data.Tests.LoadDriver;

/// <summary>The load driver's check of acknowledged saves against the app's database, on both providers (its list parameter differs).</summary>
public class LedgerTests
{
    [Theory, SqliteData, PostgresData]
    public void The_ledger_finds_each_acknowledged_answer_kept_lost_or_applied_twice(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(t.R1J1, "q1", "3", 0, t.Rater1.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(t.R2J1, "q1", "4", 0, t.Rater2.Id)));
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(t.R2J1, "q1", "5", 1, t.Rater2.Id)));

        var ledger = new Ledger();
        // Kept: version 1 holds "3".
        ledger.Sent(t.R1J1, "q1", "3", null);
        ledger.Acknowledged(t.R1J1, "q1", "3", null, 1);
        // Lost: acknowledged, but there is no row.
        ledger.Sent(t.R1J2, "q1", "2", null);
        ledger.Acknowledged(t.R1J2, "q1", "2", null, 1);
        // Applied twice: one save sent and acknowledged as version 1, and the database is at version 2.
        ledger.Sent(t.R2J1, "q1", "4", null);
        ledger.Acknowledged(t.R2J1, "q1", "4", null, 1);

        var verdict = Ledger.Compare(ledger.Snapshot(), db);

        Assert.Equal((3, 1, 1), (verdict.Checked, verdict.Lost, verdict.Duplicated));
        Assert.Contains(verdict.Examples, e => e.StartsWith($"response {t.R1J2} item q1: lost", StringComparison.Ordinal));
        Assert.Contains(verdict.Examples, e => e.StartsWith($"response {t.R2J1} item q1: duplicated", StringComparison.Ordinal));
        Assert.Equal(provider == Provider.Sqlite ? "ok" : Ledger.NoFileToCheck, Ledger.IntegrityCheck(db));
    }
}
