using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Assessment.Core.Answers;
using Assessment.Core.Scoring;

namespace Assessment.Cli.Commands;

/// <summary><c>explain</c>: one jurisdiction's score traced down to each item's answers, score, weight and share.</summary>
public static class ExplainCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var answers = CommonOptions.Answers();
        var jurisdiction = CommonOptions.Required("--jurisdiction", "name", "the jurisdiction as named in the answers file");
        var format = CommonOptions.OneOf("--format", "text for reading, json for full precision", "text", "json");
        var command = new Command("explain", "Trace one jurisdiction's score down to each item") { instrument, answers, jurisdiction, format };
        command.SetAction(r => Run(r.GetValue(instrument)!, r.GetValue(answers)!, r.GetValue(jurisdiction)!, r.GetValue(format)!, r.Out(), r.Err()));
        return command;
    }

    public static int Run(string instrumentPath, string answersPath, string name, string format, TextWriter stdout, TextWriter stderr)
    {
        var instrument = InstrumentFile.Load(instrumentPath, stderr);
        if (instrument is null) return 2;
        var jurisdictions = AnswersFile.Load(answersPath, instrument, stderr);
        if (jurisdictions is null) return 2;
        var answers = jurisdictions.FirstOrDefault(j => j.Jurisdiction == name);
        if (answers is null)
        {
            stderr.WriteLine($"{answersPath}: no answers for jurisdiction '{name}'. Jurisdictions in the file: " +
                             string.Join(", ", jurisdictions.Select(j => j.Jurisdiction).Take(20)));
            return 2;
        }
        var explanation = Scorer.Explain(instrument, answers.Items);
        if (format == "json") WriteJson(stdout, answers, explanation);
        else WriteText(stdout, answers, explanation);
        return 0;
    }

    private static void WriteText(TextWriter o, JurisdictionAnswers answers, Explanation e)
    {
        var r = e.Result;
        o.WriteLine($"{e.Instrument.Id} {e.Instrument.Version} — {answers.Jurisdiction} (raters: {string.Join(", ", answers.Raters)})");
        o.WriteLine($"composite {N(r.Composite)}  completeness {r.Completeness * 100:0.0}%  stage {r.Stage?.Id ?? "NA"}  " +
                    $"technology {N(r.Technology)}  organization {N(r.Organization)}  quadrant {r.Quadrant?.ToString() ?? "NA"}");
        foreach (var layer in e.Instrument.Layers)
        {
            o.WriteLine();
            o.WriteLine($"layer {layer.Id} (weight {layer.Weight.ToString(CultureInfo.InvariantCulture)}): {N(r.Layers.GetValueOrDefault(layer.Id))}");
            foreach (var indicator in layer.Indicators)
            {
                o.WriteLine($"  indicator {indicator.Id} (weight {indicator.Weight.ToString(CultureInfo.InvariantCulture)}): {N(r.Indicators.GetValueOrDefault(indicator.Id))}");
                o.WriteLine($"    {"item",-28} {"status",-15} {"answers (" + string.Join(" | ", answers.Raters) + ")",-30} {"score",7} {"weight",6} {"share",6} {"points",7}");
                foreach (var t in e.Items.Where(t => t.IndicatorId == indicator.Id))
                {
                    var given = string.Join(" | ", t.ByRater.Select(a => a is null ? "-" : AnswerText.Format(a)));
                    if (t.Reconciled is not null) given += $" => {AnswerText.Format(t.Reconciled)} (reconciled)";
                    o.WriteLine($"    {t.ItemId,-28} {t.Status,-15} {Truncate(given, 30),-30} {F(t.Score, "0.0000"),7} " +
                                $"{t.Weight.ToString(CultureInfo.InvariantCulture),6} {F(t.ShareOfIndicator, "0.000"),6} {F(t.PointsInIndicator, "0.00"),7}");
                }
            }
        }
        o.WriteLine();
        o.WriteLine("score: the item's score in [0, 1] (mean over raters, NA raters left out); share: its weight over the");
        o.WriteLine("indicator's non-NA weights; points: what it adds to the indicator (100 x share x score). Full precision: --format json.");
    }

    private static void WriteJson(TextWriter o, JurisdictionAnswers answers, Explanation e)
    {
        var payload = new
        {
            instrument = new { id = e.Instrument.Id, version = e.Instrument.Version },
            jurisdiction = answers.Jurisdiction,
            raters = answers.Raters,
            result = new
            {
                composite = e.Result.Composite,
                completeness = e.Result.Completeness,
                stage = e.Result.Stage?.Id,
                technology = e.Result.Technology,
                organization = e.Result.Organization,
                quadrant = e.Result.Quadrant?.ToString(),
                layers = e.Result.Layers,
                indicators = e.Result.Indicators,
            },
            items = e.Items.Select(t => new
            {
                layer = t.LayerId,
                indicator = t.IndicatorId,
                item = t.ItemId,
                status = t.Status.ToString(),
                answers = t.ByRater.Select(a => a is null ? null : AnswerText.Format(a)),
                reconciled = t.Reconciled is null ? null : AnswerText.Format(t.Reconciled),
                score = t.Score,
                weight = t.Weight,
                share = t.ShareOfIndicator,
                points = t.PointsInIndicator,
            }),
        };
        o.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private static string N(double? v) => v?.ToString("0.0", CultureInfo.InvariantCulture) ?? "NA";
    private static string F(double? v, string format) => v?.ToString(format, CultureInfo.InvariantCulture) ?? "NA";
    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
