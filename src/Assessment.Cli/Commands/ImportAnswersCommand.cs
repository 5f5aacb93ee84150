using Assessment.Data.Answers;
using Assessment.Data.Rounds;

namespace Assessment.Cli.Commands;

/// <summary><c>import-answers</c>: loads a tidy answers CSV into a round, all or nothing.</summary>
public static class ImportAnswersCommand
{
    public const string Usage = "import-answers --db <file> --round <id> --file <csv>";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "db", "round", "file");
        var dbPath = options.Require("db");
        var roundId = Store.RoundId(options, stderr);
        var file = options.Require("file");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;
        if (!File.Exists(file)) { stderr.WriteLine($"{file}: no such file"); return 2; }

        using var db = Store.Open(dbPath!, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(roundId!.Value) is null) { stderr.WriteLine($"{dbPath}: no round has id {roundId}"); return 2; }
        using var reader = new StreamReader(file!);
        var result = AnswerImport.Import(db, roundId.Value, reader, $"{Store.Actor} import {Path.GetFileName(file)}");
        if (!result.Ok)
        {
            foreach (var p in result.Problems) stderr.WriteLine($"{file}:{p.Line}: {p.Message}");
            stderr.WriteLine($"nothing imported: {result.Problems.Count} problem(s); fix them and run the import again");
            return 2;
        }
        stdout.WriteLine($"imported {result.Written} answer(s) into round {roundId}; {result.Unchanged} already as given");
        return 0;
    }
}
