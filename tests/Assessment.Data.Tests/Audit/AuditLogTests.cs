using Assessment.Data.Accounts;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Audit;

public class AuditLogTests
{
    [Fact]
    public void The_audit_trail_refuses_update_and_delete()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        new AccountStore(db).Create(new NewAccount("a", "A", Roles.Researcher), "admin");

        var update = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute("UPDATE audit_log SET actor = 'x'", transaction: tx)));
        var delete = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute("DELETE FROM audit_log", transaction: tx)));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        using var read = db.OpenRead();
        Assert.Equal("admin", read.ExecuteScalar<string>("SELECT actor FROM audit_log"));
    }
}
