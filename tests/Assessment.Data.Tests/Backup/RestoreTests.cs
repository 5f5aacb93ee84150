using Assessment.Data.Backup;
using Dapper;

namespace Assessment.Data.Tests.Backup;

public class RestoreTests
{
    [Fact]
    public void A_restore_is_written_to_the_audit_trail_of_the_restored_database()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        TestData.OpenRound(db);
        Assert.True(BackupService.Backup(db, temp.File("backup.db")).Ok);

        var result = BackupService.Restore(db, temp.File("backup.db"));

        Assert.True(result.Ok, result.Message);
        using var c = db.OpenRead();
        var entry = c.QuerySingle<(string Actor, string NewValue)>("SELECT actor, new_value FROM audit_log WHERE entity = 'database.restore'");
        Assert.False(string.IsNullOrEmpty(entry.Actor));
        Assert.Contains("backup.db", entry.NewValue);
    }
}
