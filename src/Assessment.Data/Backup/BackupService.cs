using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Backup;

public sealed record BackupCheck(bool Ok, string Message);

/// <summary>Online backup and restore through SQLite's backup API: a consistent copy while the app keeps running.</summary>
public static class BackupService
{
    /// <summary>
    /// Why backup and restore are not offered for this database, or null (SQLite). A PostgreSQL server has its own tools,
    /// which copy a live database consistently and restore it with its roles and settings.
    /// </summary>
    public static string? Unsupported(AssessmentDb db) => db.Path is null
        ? $"{db.Location} is a PostgreSQL database: back it up with pg_dump (pg_dump -Fc -f assessment.dump <database>) or the " +
          "server's own backups (pg_basebackup, the provider's snapshots), and restore with pg_restore into an empty database created " +
          "with LC_COLLATE 'C' (docs/postgres.md); the backup and restore commands copy SQLite files only."
        : null;

    /// <summary>Copies the live database to <paramref name="target"/> (replaced if it exists) and checks the copy.</summary>
    public static BackupCheck Backup(AssessmentDb db, string target)
    {
        if (Unsupported(db) is { } why) return new BackupCheck(false, why);
        var full = Path.GetFullPath(target);
        if (full == db.Path) return new BackupCheck(false, "The backup file must not be the database itself.");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".partial";
        File.Delete(temporary);
        using (var source = (SqliteConnection)db.OpenRead())
        using (var destination = Open(temporary, SqliteOpenMode.ReadWriteCreate))
        {
            // Reading through a read connection: the backup never writes to the live database, so it cannot race
            // the writer's checkpoints (see SingleWriter).
            source.BackupDatabase(destination);
            // A backup is one self-contained file: no -wal beside it.
            destination.Execute("PRAGMA journal_mode = DELETE");
        }
        var check = IntegrityCheck(temporary);
        if (!check.Ok) { File.Delete(temporary); return check; }
        File.Move(temporary, full, overwrite: true);
        return new BackupCheck(true, $"Backed up {db.Path} to {full}.");
    }

    /// <summary>
    /// Replaces the database's content with the backup's, through the writer, after checking the backup is a sound
    /// Assessment database, and records the restore in the restored database's audit trail. Refused while the web app
    /// holds the database (<see cref="AppLock"/>): its caches and open pages would go on showing the replaced data.
    /// A backup that fails integrity_check is refused and nothing changes.
    /// </summary>
    public static BackupCheck Restore(AssessmentDb db, string backup, string actor = "restore")
    {
        if (db.Path is null || db.SqliteWriter is not { } writer) return new BackupCheck(false, Unsupported(db)!);
        using var appLock = AppLock.TryAcquire(db.Path);
        if (appLock is null)
            return new BackupCheck(false, $"The web app is running on {db.Path}; stop it before restoring (a restore under a running app is refused).");
        var full = Path.GetFullPath(backup);
        if (!File.Exists(full)) return new BackupCheck(false, $"No backup file at {full}.");
        var check = IntegrityCheck(full);
        if (!check.Ok) return check;
        using (var source = Open(full, SqliteOpenMode.ReadOnly))
        {
            if (source.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_version'") == 0)
                return new BackupCheck(false, $"{full} is an SQLite file but not an Assessment database (no schema_version table).");
            writer.Exclusive(target =>
            {
                source.BackupDatabase(target);
                return 0;
            });
        }
        // In the restored trail: its history then says where its content came from and who put it there.
        db.Writer.Write((c, tx) =>
        {
            AuditLog.Append(c, tx, Clock.Stamp(db.Time), actor, "database.restore", Path.GetFileName(db.Path), null, full);
            return 0;
        });
        return new BackupCheck(true, $"Restored {db.Path} from {full}.");
    }

    public static BackupCheck IntegrityCheck(string file)
    {
        try
        {
            using var c = Open(file, SqliteOpenMode.ReadOnly);
            var result = c.Query<string>("PRAGMA integrity_check").ToList();
            return result is ["ok"]
                ? new BackupCheck(true, "integrity_check ok")
                : new BackupCheck(false, $"{file} fails integrity_check: {string.Join("; ", result.Take(5))}");
        }
        catch (SqliteException e)
        {
            return new BackupCheck(false, $"{file} is not a readable SQLite database: {e.Message}");
        }
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        c.Open();
        return c;
    }
}
