using System.CommandLine;
using Assessment.Core.Scoring;

namespace Assessment.Cli.Commands;

/// <summary><c>score</c>: scores every jurisdiction of an answers CSV through the one scoring implementation.</summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var answers = CommonOptions.Answers();
        var format = CommonOptions.OneOf("--format", "json (full precision, NA as null) or one CSV row per jurisdiction", "json", "csv");
        var command = new Command("score", "Score every jurisdiction of an answers file") { instrument, answers, format };
        command.SetAction(r => Run(r.GetValue(instrument)!, r.GetValue(answers)!, r.GetValue(format)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string instrumentPath, string answersPath, string format, TextWriter stdout, TextWriter stderr)
    {
        var instrument = InstrumentFile.Load(instrumentPath, stderr);
        if (instrument is null) return 2;
        var jurisdictions = AnswersFile.Load(answersPath, instrument, stderr);
        if (jurisdictions is null) return 2;

        var scores = jurisdictions.Select(j => new JurisdictionScore(j.Jurisdiction, Scorer.Score(instrument, j.Items)));
        if (format == "csv") ScoreExport.WriteCsv(stdout, instrument, scores);
        else
        {
            using var buffer = new MemoryStream();
            ScoreExport.WriteJson(buffer, instrument, scores);
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        return 0;
    }
}
