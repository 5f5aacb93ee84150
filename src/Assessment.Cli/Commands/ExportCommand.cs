using System.CommandLine;
using Assessment.Data.Exports;
using Assessment.Data.Rounds;
using Assessment.Web.Reports;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>export</c>: a round's data for researchers (ResearchExport): as CSV files in a folder (answers_long.csv,
/// scores.csv, codebook.csv, README.csv) or as one workbook with those sheets. Raters appear by pseudonym only.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var round = CommonOptions.Round();
        var format = new Option<string>("--format") { Required = true, HelpName = "csv|xlsx", Description = "CSV files in a folder, or one .xlsx workbook" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = CommonOptions.Required("--out", "path", "csv: the folder to write into (created when missing); xlsx: the workbook file");
        var command = new Command("export", "Write a round's data for researchers: tidy answers, scores, codebook") { db, round, format, output };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(round), r.GetValue(format)!, r.GetValue(output)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, long roundId, string format, string outPath, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(roundId) is null) { stderr.WriteLine($"{dbPath}: no round has id {roundId}"); return 2; }
        var tables = ResearchExport.Tables(db, roundId, TimeProvider.System.GetUtcNow());
        try
        {
            if (format == "xlsx")
            {
                if (Path.GetDirectoryName(Path.GetFullPath(outPath)) is { } parent) Directory.CreateDirectory(parent);
                ReportFile.WriteAsync(outPath, s => { ExportWriters.WriteXlsx(tables, s); return Task.CompletedTask; }).GetAwaiter().GetResult();
                stdout.WriteLine(outPath);
                return 0;
            }
            Directory.CreateDirectory(outPath);
            foreach (var table in tables)
            {
                var path = Path.Combine(outPath, table.Name + ".csv");
                ReportFile.WriteAsync(path, s =>
                {
                    using var writer = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
                    ExportWriters.WriteCsv(table, writer);
                    return Task.CompletedTask;
                }).GetAwaiter().GetResult();
                stdout.WriteLine(path);
            }
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"export: cannot write to {outPath}: {e.Message}");
            return 2;
        }
    }
}
