using Assessment.Data.Answers;
using Assessment.Data.Rounds;

namespace Assessment.Cli.Commands;

/// <summary><c>export-answers</c>: writes a round's answers as the tidy CSV, to a file or standard output.</summary>
public static class ExportAnswersCommand
{
    public const string Usage = "export-answers --db <file> --round <id> [--out <csv>]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db", "round", "out");
        var dbPath = options.Require("db");
        var roundId = Store.RoundId(options, stderr);
        var outPath = options.Get("out");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;

        using var db = Store.Open(dbPath!, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(roundId!.Value) is null) { stderr.WriteLine($"{dbPath}: no round has id {roundId}"); return 2; }
        if (outPath is null)
        {
            AnswerExport.Export(db, roundId.Value, stdout);
            return 0;
        }
        using (var writer = new StreamWriter(outPath))
        {
            var count = AnswerExport.Export(db, roundId.Value, writer);
            stderr.WriteLine($"exported {count} answer(s) of round {roundId} to {outPath}");
        }
        return 0;
    }
}
