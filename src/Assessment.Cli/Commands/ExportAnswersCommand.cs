using System.CommandLine;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;

namespace Assessment.Cli.Commands;

/// <summary><c>export-answers</c>: writes a round's answers as the tidy CSV, to a file or standard output.</summary>
public static class ExportAnswersCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var round = CommonOptions.Round();
        var output = CommonOptions.Optional("--out", "csv", "the file to write (standard output when left out)");
        var command = new Command("export-answers", "Write a round's answers as the tidy CSV") { db, round, output };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(round), r.GetValue(output), r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, long roundId, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(roundId) is null) { stderr.WriteLine($"{dbPath}: no round has id {roundId}"); return 2; }
        if (outPath is null)
        {
            AnswerExport.Export(db, roundId, stdout);
            return 0;
        }
        using (var writer = new StreamWriter(outPath))
        {
            var count = AnswerExport.Export(db, roundId, writer);
            stderr.WriteLine($"exported {count} answer(s) of round {roundId} to {outPath}");
        }
        return 0;
    }
}
