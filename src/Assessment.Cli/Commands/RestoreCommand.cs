using System.CommandLine;
using Assessment.Data.Backup;

namespace Assessment.Cli.Commands;

/// <summary><c>restore</c>: replaces the database's content with a backup that passes integrity_check.</summary>
public static class RestoreCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var from = CommonOptions.Required("--from", "file", "a backup made by the backup command");
        var command = new Command("restore", "Replace the database's content with a backup that passes integrity_check") { db, from };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(from)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, string from, TextWriter stdout, TextWriter stderr)
    {
        if (Store.IsPostgres(dbPath))
        {
            using var db = Store.Open(dbPath, stderr);
            if (db is null) return 2;
            stderr.WriteLine($"refused: {BackupService.Unsupported(db)}");
            return 2;
        }
        var check = BackupService.IntegrityCheck(from);
        if (!File.Exists(from) || !check.Ok)
        {
            stderr.WriteLine(File.Exists(from) ? $"refused: {check.Message}" : $"{from}: no such file");
            return 2;
        }
        BackupCheck result;
        using (var db = Store.Open(dbPath, stderr, mustExist: false))
        {
            if (db is null) return 2;
            result = BackupService.Restore(db, from, Store.Actor);
        }
        if (!result.Ok) { stderr.WriteLine($"refused: {result.Message}"); return 2; }
        // Reopening applies any migration the backup predates, so the restored database is current.
        using (var reopened = Store.Open(dbPath, stderr))
            if (reopened is null) return 1;
        stdout.WriteLine(result.Message);
        return 0;
    }
}
