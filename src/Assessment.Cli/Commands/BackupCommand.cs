using Assessment.Data.Backup;

namespace Assessment.Cli.Commands;

/// <summary><c>backup</c>: an online copy of the database (safe while the app runs).</summary>
public static class BackupCommand
{
    public const string Usage = "backup --db <file> --to <file>";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db", "to");
        var dbPath = options.Require("db");
        var to = options.Require("to");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;

        using var db = Store.Open(dbPath!, stderr);
        if (db is null) return 2;
        var result = BackupService.Backup(db, to!);
        (result.Ok ? stdout : stderr).WriteLine(result.Message);
        return result.Ok ? 0 : 1;
    }
}
