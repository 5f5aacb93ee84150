using System.CommandLine;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;

namespace Assessment.Cli.Commands;

/// <summary><c>import-answers</c>: loads a tidy answers CSV into a round, all or nothing.</summary>
public static class ImportAnswersCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var round = CommonOptions.Round();
        var file = CommonOptions.Required("--file", "csv", "tidy answers: jurisdiction,rater,item,value[,evidence_text,evidence_link]");
        var command = new Command("import-answers", "Load a tidy answers CSV into a round, all or nothing") { db, round, file };
        command.SetAction(r => Run(r.GetValue(db)!, r.GetValue(round), r.GetValue(file)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string dbPath, long roundId, string file, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(file)) { stderr.WriteLine($"{file}: no such file"); return 2; }

        using var db = Store.Open(dbPath, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(roundId) is null) { stderr.WriteLine($"{dbPath}: no round has id {roundId}"); return 2; }
        using var reader = new StreamReader(file);
        var result = AnswerImport.Import(db, roundId, reader, $"{Store.Actor} import {Path.GetFileName(file)}");
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
