using System.CommandLine;
using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Data.Scores;
namespace Assessment.Cli.Commands;

/// <summary><c>reliability</c>: rater agreement and internal consistency of an answers file or a stored round.</summary>
public static class ReliabilityCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Optional("--instrument", "yaml", "the instrument file (with --answers)");
        var answers = CommonOptions.Optional("--answers", "csv", "tidy answers: jurisdiction,rater,item,value (with --instrument)");
        var db = CommonOptions.Optional("--db", "file", "the Assessment database file (with --round)");
        var round = CommonOptions.Round();
        round.Required = false;
        var format = CommonOptions.OneOf("--format", "json (full precision, null where undefined) or a text table", "json", "text");
        var command = new Command("reliability", "Rater agreement (ICC, Krippendorff's alpha) and Cronbach's alpha per layer")
        {
            instrument, answers, db, round, format,
        };
        command.SetAction(r => Run(r.GetValue(instrument), r.GetValue(answers), r.GetValue(db), r.GetValue(round), r.GetValue(format)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string? instrumentPath, string? answersPath, string? dbPath, long roundId, string format, TextWriter stdout, TextWriter stderr)
    {
        var fromFile = instrumentPath is not null || answersPath is not null;
        var fromDb = dbPath is not null || roundId != 0;
        if (fromFile == fromDb || (fromFile && (instrumentPath is null || answersPath is null)) || (fromDb && (dbPath is null || roundId == 0)))
        {
            stderr.WriteLine("reliability needs either --instrument and --answers, or --db and --round");
            stderr.WriteLine("usage: assessment " + Usage.Of(Create()));
            return 2;
        }
        var input = fromFile ? FromFiles(instrumentPath!, answersPath!, stderr) : FromStore(dbPath!, roundId, stderr);
        if (input is not var (loaded, jurisdictions)) return 2;

        var report = RoundReliability.Compute(loaded, jurisdictions);
        if (format == "text") ReliabilityExport.WriteText(stdout, report);
        else
        {
            using var buffer = new MemoryStream();
            ReliabilityExport.WriteJson(buffer, report);
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        return 0;
    }

    private static (Instrument, IReadOnlyList<JurisdictionAnswers>)? FromFiles(string instrumentPath, string answersPath, TextWriter stderr)
    {
        var instrument = InstrumentFile.Load(instrumentPath, stderr);
        if (instrument is null) return null;
        var jurisdictions = AnswersFile.Load(answersPath, instrument, stderr);
        return jurisdictions is null ? null : (instrument, jurisdictions);
    }

    private static (Instrument, IReadOnlyList<JurisdictionAnswers>)? FromStore(string dbPath, long roundId, TextWriter stderr)
    {
        using var db = Store.Open(dbPath, stderr);
        if (db is null) return null;
        try
        {
            var round = RoundScores.AnswersOf(db, roundId);
            return (round.Instrument, round.Jurisdictions);
        }
        catch (ArgumentException)
        {
            stderr.WriteLine($"{dbPath}: no round has id {roundId}");
            return null;
        }
    }
}
