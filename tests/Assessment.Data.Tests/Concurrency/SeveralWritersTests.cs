using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Concurrency;

/// <summary>
/// Two writers deciding on the same rows at the same moment, as two app nodes on one PostgreSQL database do: each
/// test lets both read before either writes (<see cref="RowHold"/>) and checks the rule still holds. On SQLite the
/// one writer runs them one after the other and the outcome is the same.
/// </summary>
public class SeveralWritersTests
{
    private static Task<Exception?> Attempt(Action write) =>
        Task.Run(() =>
        {
            try
            {
                write();
                return null;
            }
            catch (Exception e)
            {
                return (Exception?)e;
            }
        });

    [Theory, SqliteData, PostgresData]
    public async Task Two_closings_of_a_round_at_once_let_exactly_one_through(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var rounds = new RoundStore(db);

        using var hold = RowHold.Take(db, "SELECT id FROM rounds WHERE id = @id FOR SHARE", new { id = t.RoundId });
        var attempts = new[]
        {
            Attempt(() => rounds.SetStatus(t.RoundId, RoundStatus.Closed, "admin1")),
            Attempt(() => rounds.SetStatus(t.RoundId, RoundStatus.Closed, "admin2")),
        };
        await hold.ReleaseWhenWaiting(2);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var refused = Assert.IsType<InvalidOperationException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal($"Round {t.RoundId}: the round is closed; it cannot become closed (draft -> open -> closed -> published).", refused.Message);
        Assert.Equal(["draft -> open", "open -> closed"],
            AuditLog.For(db, "round.status", t.RoundId.ToString()).Select(a => $"{a.OldValue} -> {a.NewValue}"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_acceptances_of_a_response_at_once_let_exactly_one_through(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        rounds.SetResponseStatus(t.R1J1, ResponseStatus.Submitted, "rater1");

        using var hold = RowHold.Take(db, "SELECT id FROM responses WHERE id = @id FOR SHARE", new { id = t.R1J1 });
        var attempts = new[]
        {
            Attempt(() => rounds.SetResponseStatus(t.R1J1, ResponseStatus.Accepted, "lead")),
            Attempt(() => rounds.SetResponseStatus(t.R1J1, ResponseStatus.Accepted, "lead2")),
        };
        await hold.ReleaseWhenWaiting(2);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var refused = Assert.IsType<InvalidOperationException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal($"Response {t.R1J1}: the response is accepted; it cannot become accepted.", refused.Message);
        Assert.Equal(["draft -> submitted", "submitted -> accepted"],
            AuditLog.For(db, "response.status", t.R1J1.ToString()).Select(a => $"{a.OldValue} -> {a.NewValue}"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Disabling_and_demoting_the_last_two_administrators_at_once_keeps_one(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var accounts = new AccountStore(db);
        var admin1 = accounts.Create(new NewAccount("admin1", "Admin One", Roles.Administrator), "setup");
        var admin2 = accounts.Create(new NewAccount("admin2", "Admin Two", Roles.Administrator), "setup");

        // Both rows held: each writer updates its own administrator, and each must see the other's change.
        using var hold = RowHold.Take(db, "SELECT id FROM accounts WHERE role = 'administrator' FOR SHARE");
        var attempts = new[]
        {
            Attempt(() => accounts.SetDisabled(admin1.Id, true, "admin2")),
            Attempt(() => accounts.SetRole(admin2.Id, Roles.Evaluator, false, null, "admin1")),
        };
        await hold.ReleaseWhenWaiting(2);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var refused = Assert.IsType<AccountException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(AccountProblem.LastAdministrator, refused.Problem);
        Assert.Single(accounts.List(), a => a.Role == Roles.Administrator && !a.IsDisabled);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Failed_sign_ins_counted_at_once_add_up_and_lock_the_account(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var account = new AccountStore(db).Create(new NewAccount("guessed", "Guessed", Roles.Evaluator), "setup");
        var lockout = new SignInLockout(db, new LockoutRules(3, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)));
        Assert.False(lockout.RecordFailure(account.Id));

        using var hold = RowHold.Take(db, "SELECT id FROM accounts WHERE id = @id FOR SHARE", new { id = account.Id });
        var attempts = new[] { Task.Run(() => lockout.RecordFailure(account.Id)), Task.Run(() => lockout.RecordFailure(account.Id)) };
        await hold.ReleaseWhenWaiting(2);
        var locked = await Task.WhenAll(attempts);

        // The second and the third failure: the third locks.
        Assert.Equal([false, true], locked.Order());
        Assert.NotNull(new AccountStore(db).Find(account.Id)!.LockedUntil);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_accounts_of_one_name_created_at_once_give_one_account_and_a_taken_name(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new JurisdictionStore(db).Upsert([new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null)], "manual", "setup");
        var accounts = new AccountStore(db);

        // The new rows reference jurisdiction 33: holding it stops both inserts after their reads.
        using var hold = RowHold.Take(db, "SELECT code FROM jurisdictions WHERE code = '33' FOR UPDATE");
        var attempts = new[]
        {
            Attempt(() => accounts.Create(new NewAccount("zj", "Zhejiang One", Roles.SelfAssessor, JurisdictionCode: "33"), "admin1")),
            Attempt(() => accounts.Create(new NewAccount("ZJ", "Zhejiang Two", Roles.SelfAssessor, JurisdictionCode: "33"), "admin2")),
        };
        await hold.ReleaseWhenWaiting(2);
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        var refused = Assert.IsType<AccountException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(AccountProblem.UserNameTaken, refused.Problem);
        Assert.Single(accounts.List());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_reconciliations_of_one_item_at_once_both_stay_in_the_trail(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var reconciled = new ReconciledAnswerStore(db);

        // The new row references the round: holding it stops both writers after their reads.
        using var hold = RowHold.Take(db, "SELECT id FROM rounds WHERE id = @id FOR UPDATE", new { id = t.RoundId });
        var attempts = new[]
        {
            Task.Run(() => reconciled.Set(t.RoundId, "33", "q1", "2", "the policy is partial", t.Lead.Id)),
            Task.Run(() => reconciled.Set(t.RoundId, "33", "q1", "4", "the portal is live", t.Lead.Id)),
        };
        await hold.ReleaseWhenWaiting(2);
        var results = await Task.WhenAll(attempts);

        Assert.All(results, r => Assert.Equal(new SaveResult.Saved(1), r));
        // Whichever came second replaced the first's value, and says so: the trail is a chain from nothing.
        var trail = AuditLog.For(db, "reconciled_answer", $"round:{t.RoundId}/jurisdiction:33/item:q1")
            .Select(a => $"{a.OldValue ?? "-"} -> {a.NewValue}").ToList();
        Assert.True(trail.SequenceEqual(["- -> 2", "2 -> 4"]) || trail.SequenceEqual(["- -> 4", "4 -> 2"]), string.Join("; ", trail));
        using var c = db.OpenRead();
        Assert.Equal(trail[1] == "2 -> 4" ? "4" : "2", c.QuerySingle<string>(
            "SELECT value FROM reconciled_answers WHERE round_id = @id AND jurisdiction_code = '33' AND item_id = 'q1'", new { id = t.RoundId }));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Two_upserts_of_one_jurisdiction_at_once_audit_the_value_each_replaced(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var store = new JurisdictionStore(db);
        store.Upsert([new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null)], "manual", "setup");

        // The new row references its parent 33: holding it stops the first writer after its read.
        using var hold = RowHold.Take(db, "SELECT code FROM jurisdictions WHERE code = '33' FOR UPDATE");
        var attempts = new[]
        {
            Task.Run(() => store.Upsert([new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33")], "file-a.csv", "admin1")),
            Task.Run(() => store.Upsert([new Jurisdiction("3301", "杭州", "Hangzhou City", "prefecture", "city", "33")], "file-b.csv", "admin2")),
        };
        await hold.ReleaseWhenWaiting(2);
        var changed = await Task.WhenAll(attempts);
        Assert.Equal([1, 1], changed);

        const string a = "杭州市 | Hangzhou | prefecture | city | parent 33", b = "杭州 | Hangzhou City | prefecture | city | parent 33";
        var trail = AuditLog.For(db, "jurisdiction", "3301").Select(e => $"{e.OldValue ?? "-"} -> {e.NewValue}").ToList();
        Assert.True(trail.SequenceEqual([$"- -> {a}", $"{a} -> {b}"]) || trail.SequenceEqual([$"- -> {b}", $"{b} -> {a}"]), string.Join("; ", trail));
        Assert.Equal(trail[1] == $"{a} -> {b}" ? "Hangzhou City" : "Hangzhou", store.Find("3301")!.NameEn);
    }

    [Theory, SqliteData, PostgresData]
    public async Task The_same_instrument_stored_twice_at_once_is_one_snapshot(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var snapshots = new SnapshotStore(db);

        using var hold = RowHold.TakeTable(db, "instrument_snapshots");
        var attempts = new[]
        {
            Task.Run(() => snapshots.Add(TestData.InstrumentYaml, "a.yaml", "admin1")),
            Task.Run(() => snapshots.Add(TestData.InstrumentYaml, "b.yaml", "admin2")),
        };
        await hold.ReleaseWhenWaiting(2);
        var stored = await Task.WhenAll(attempts);

        Assert.All(stored, s => Assert.Empty(s.Problems));
        Assert.Equal(stored[0].Snapshot!.Id, stored[1].Snapshot!.Id);
        using var c = db.OpenRead();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM instrument_snapshots"));
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM audit_log WHERE entity = 'instrument_snapshot'"));
    }
}
