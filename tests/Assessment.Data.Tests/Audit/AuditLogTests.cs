using System.Data.Common;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Audit;

public class AuditLogTests
{
    [Theory, SqliteData, PostgresData]
    public void The_audit_trail_refuses_update_and_delete(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        new AccountStore(db).Create(new NewAccount("a", "A", Roles.Researcher), "admin");

        var update = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) => c.Execute("UPDATE audit_log SET actor = 'x'", transaction: tx)));
        var delete = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) => c.Execute("DELETE FROM audit_log", transaction: tx)));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal((ConstraintKind.Trigger, ConstraintKind.Trigger), (db.Dialect.Refusal(update), db.Dialect.Refusal(delete)));
        using var read = db.OpenRead();
        Assert.Equal("admin", read.ExecuteScalar<string>("SELECT actor FROM audit_log"));
    }
}
