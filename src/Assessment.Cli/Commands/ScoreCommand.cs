using Assessment.Core.Scoring;

namespace Assessment.Cli.Commands;

/// <summary><c>score</c>: scores every jurisdiction of an answers CSV through the one scoring implementation.</summary>
public static class ScoreCommand
{
    public const string Usage = "score --instrument <yaml> --answers <csv> [--format json|csv]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = Options.Parse(args, "instrument", "answers", "format");
        var instrumentPath = options.Require("instrument");
        var answersPath = options.Require("answers");
        var format = options.OneOf("format", "json", "csv");
        if (options.Positional.Count > 0) options.Errors.Add($"unexpected argument '{options.Positional[0]}'");
        if (Cli.ReportUsageErrors(options, Usage, stderr)) return 2;

        var instrument = InstrumentFile.Load(instrumentPath!, stderr);
        if (instrument is null) return 2;
        var jurisdictions = AnswersFile.Load(answersPath!, instrument, stderr);
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
