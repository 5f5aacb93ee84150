using Assessment.Data.Accounts;
using Dapper;

namespace Assessment.Data.Tests.Database;

public class SingleWriterTests
{
    [Fact]
    public async Task Concurrent_writes_all_commit_and_a_failing_one_is_rolled_back_alone()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();

        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(() => db.Writer.WriteAsync((c, tx) =>
        {
            c.Execute("INSERT INTO audit_log (at, actor, entity, entity_key) VALUES ('t', 'test', 'probe', @i)", new { i = i.ToString() }, tx);
            if (i % 10 == 0) throw new InvalidOperationException($"write {i} fails");
            return i;
        }))).ToArray();
        var outcomes = await Task.WhenAll(writes.Select(async w => { try { return await w; } catch (InvalidOperationException) { return -1; } }));

        Assert.Equal(20, outcomes.Count(o => o == -1));
        using var c = db.OpenRead();
        var stored = c.Query<string>("SELECT entity_key FROM audit_log WHERE entity = 'probe'").Select(int.Parse).ToHashSet();
        Assert.Equal(Enumerable.Range(0, 200).Where(i => i % 10 != 0).ToHashSet(), stored);
    }

    [Fact]
    public void Writes_are_visible_to_a_new_read_connection_as_soon_as_the_call_returns()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var accounts = new AccountStore(db);

        for (var i = 0; i < 20; i++)
        {
            accounts.Create(new NewAccount($"u{i}", "U", Roles.Researcher), "t");
            Assert.NotNull(accounts.FindByUserName($"u{i}"));
        }
    }
}
