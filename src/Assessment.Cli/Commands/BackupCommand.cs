using System.CommandLine;
using Assessment.Data.Backup;

namespace Assessment.Cli.Commands;

/// <summary><c>backup</c>: an online copy of the database (safe while the app runs).</summary>
public static class BackupCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var to = CommonOptions.Required("--to", "file", "where the copy goes");
        var command = new Command("backup", "Copy the database online (safe while the app runs)") { db, to };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(to)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, string to, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        if (BackupService.Unsupported(db) is { } why)
        {
            stderr.WriteLine($"refused: {why}");
            return 2;
        }
        var result = BackupService.Backup(db, to);
        (result.Ok ? stdout : stderr).WriteLine(result.Message);
        return result.Ok ? 0 : 1;
    }
}
