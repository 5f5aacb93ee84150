using System.Globalization;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
namespace Assessment.Data.Exports;

/// <summary>
/// A round's data for researchers: the tidy long answers (jurisdiction x rater x item), the scores (one row per
/// jurisdiction, all through RoundScores, hence Scorer), the instrument's codebook and a README. Raters are named
/// only by <see cref="RaterPseudonym"/>; who may ask for it is the caller's check.
/// </summary>
public static class ResearchExport
{
    public const string AnswersSheet = "answers_long", ScoresSheet = "scores", CodebookSheet = "codebook", ReadmeSheet = "README";

    /// <exception cref="ArgumentException">No such round.</exception>
    public static IReadOnlyList<ExportTable> Tables(AssessmentDb db, long roundId, DateTimeOffset at)
    {
        var round = DashboardQueries.Round(db, roundId) ?? throw new ArgumentException($"no round has id {roundId}");
        var instrument = new Instruments.SnapshotStore(db).ForRound(roundId);
        var scores = RoundScores.ForRound(db, roundId);
        var places = DashboardQueries.JurisdictionsWithAncestors(db, scores.Select(s => s.JurisdictionCode).ToList());
        return [Answers(db, round, instrument), Scores(round, instrument, scores, places), Codebook(instrument), Readme(round, instrument, at)];
    }

    private static ExportTable Answers(AssessmentDb db, DashboardRound round, Instrument instrument)
    {
        var reader = new ReviewReader(db);
        var responses = reader.Responses(round.Id);
        var answers = reader.Answers(round.Id).ToLookup(a => a.ResponseId);
        var where = instrument.Layers.SelectMany(l => l.Indicators.SelectMany(i => i.Items.Select(item => (item.Id, Layer: l.Id, Indicator: i.Id))))
            .ToDictionary(x => x.Id, StringComparer.Ordinal);
        return new ExportTable(AnswersSheet,
            ["round", "jurisdiction", "rater", "layer", "indicator", "item", "value", "item_score", "na", "evidence_text", "evidence_link"],
            responses.SelectMany(response => RaterRows(round, instrument, response, answers[response.Id].ToDictionary(a => a.ItemId, StringComparer.Ordinal), where)));
    }

    // Every item of the instrument for every response, answered or not, so a missing answer is a row with an
    // empty value rather than an absent row. The item score is the rater's own, from Scorer.Explain on that rater alone.
    private static IEnumerable<IReadOnlyList<ExportCell>> RaterRows(DashboardRound round, Instrument instrument, ReviewResponse response,
        Dictionary<string, ReviewAnswer> answered, Dictionary<string, (string Id, string Layer, string Indicator)> where)
    {
        var parsed = instrument.Items.ToDictionary(i => i.Id, i => answered.TryGetValue(i.Id, out var a) ? AnswerText.Parse(i, a.Value) : AnswerParse.Unanswered, StringComparer.Ordinal);
        var own = parsed.Where(p => p.Value.Ok).ToDictionary(p => p.Key, p => new ItemAnswers([p.Value.Answer]), StringComparer.Ordinal);
        var traces = Scorer.Explain(instrument, own).Items.ToDictionary(t => t.ItemId, StringComparer.Ordinal);
        foreach (var item in instrument.Items)
        {
            var answer = answered.GetValueOrDefault(item.Id);
            var na = parsed[item.Id].Answer is Answer.NotApplicable;
            yield return
            [
                round.Id.ToString(CultureInfo.InvariantCulture), response.JurisdictionCode, RaterPseudonym.Of(response.RaterId),
                where[item.Id].Layer, where[item.Id].Indicator, item.Id, answer?.Value,
                ExportCell.Of(parsed[item.Id].Ok && item.IsScored ? traces.GetValueOrDefault(item.Id)?.Score : null), ExportCell.Of(na),
                answer?.EvidenceText, answer?.EvidenceLink,
            ];
        }
    }

    private static ExportTable Scores(DashboardRound round, Instrument instrument, IReadOnlyList<Scores.JurisdictionScore> scores, IReadOnlyDictionary<string, Jurisdictions.Jurisdiction> places)
    {
        var layers = instrument.Layers.Select(l => l.Id).ToList();
        var indicators = instrument.Layers.SelectMany(l => l.Indicators).Select(i => i.Id).ToList();
        return new ExportTable(ScoresSheet,
            ["round", "jurisdiction", "name_zh", "name_en", "level", "kind", "composite", .. layers.Select(l => "layer:" + l), .. indicators.Select(i => "indicator:" + i),
             "technology", "organization", "quadrant", "stage", "completeness", "raters"],
            scores.OrderBy(s => s.JurisdictionCode, StringComparer.Ordinal).Select(s =>
            {
                var (r, place) = (s.Result, places.GetValueOrDefault(s.JurisdictionCode));
                return (IReadOnlyList<ExportCell>)
                [
                    round.Id.ToString(CultureInfo.InvariantCulture), s.JurisdictionCode, place?.NameZh, place?.NameEn, place?.Level, place?.Kind,
                    ExportCell.Of(r.Composite), .. layers.Select(l => ExportCell.Of(r.Layers.GetValueOrDefault(l))),
                    .. indicators.Select(i => ExportCell.Of(r.Indicators.GetValueOrDefault(i))),
                    ExportCell.Of(r.Technology), ExportCell.Of(r.Organization), r.Quadrant?.ToString(), r.Stage?.Id, ExportCell.Of(r.Completeness),
                    ExportCell.Of(s.Responses.Count),
                ];
            }));
    }

    private static ExportTable Codebook(Instrument instrument) => new(CodebookSheet,
        ["layer", "layer_weight", "indicator", "indicator_weight", "item", "type", "text_zh", "text_en", "weight", "axis", "reverse", "allow_na", "options"],
        instrument.Layers.SelectMany(l => l.Indicators.SelectMany(i => i.Items.Select(item => (IReadOnlyList<ExportCell>)
        [
            l.Id, ExportCell.Of(l.Weight), i.Id, ExportCell.Of(i.Weight), item.Id, item.Type.ToString().ToLowerInvariant(),
            item.Text.Zh, item.Text.En, ExportCell.Of(item.Weight), item.Axis.ToString().ToLowerInvariant(), ExportCell.Of(item.Reverse), ExportCell.Of(item.AllowNa),
            Options(item),
        ]))).ToList());

    // Options as "key=score (zh / en)" joined by " | "; a likert item lists its points, a numeric item its anchors.
    private static string Options(Item item) => item.Type switch
    {
        ItemType.Choice or ItemType.Multi => string.Join(" | ", item.OptionList.Select(o => $"{o.Key}={ScoreExport.Format(o.Score)} ({o.Text.Zh} / {o.Text.En})")),
        ItemType.Likert => $"1..{item.Points}" + (item.Labels is { Count: > 0 } labels ? ": " + string.Join(" | ", labels.Select(x => $"{x.Point} ({x.Text.Zh} / {x.Text.En})")) : ""),
        ItemType.Numeric => string.Join(" | ", (item.Anchors ?? []).Select(a => $"{ScoreExport.Format(a.X)}->{ScoreExport.Format(a.S)}")),
        ItemType.Boolean => "yes=1 | no=0",
        _ => "",
    };

    private static ExportTable Readme(DashboardRound round, Instrument instrument, DateTimeOffset at) => new(ReadmeSheet, ["field", "value"],
        new List<IReadOnlyList<ExportCell>>
        {
            new ExportCell[] { "round", $"{round.Id} {round.Name}" },
            new ExportCell[] { "round_status", round.Status.Name() },
            new ExportCell[] { "illustrative_data", round.IsDemo ? "yes: demo data, not an official evaluation" : "no" },
            new ExportCell[] { "instrument", $"{instrument.Id} {instrument.Version}" },
            new ExportCell[] { "exported_at", Clock.Format(at) },
            new ExportCell[] { "sheets", $"{AnswersSheet}: one row per jurisdiction x rater x item (value as stored, the rater's own item score 0..1, na, evidence); {ScoresSheet}: one row per jurisdiction (0..100, full precision; empty = not applicable); {CodebookSheet}: the instrument" },
            new ExportCell[] { "raters", "raters are named by stable pseudonyms (R + account number), never by name" },
            new ExportCell[] { "rules", "item score s in 0..1 by type (likert linear, reverse = 1 - s, yes/no 1/0, choice option score, multi min(1, sum), numeric piecewise-linear anchors; text unscored); unanswered = 0, NA excluded; indicator = 100 x weighted mean of item scores; layer and composite weighted means; several raters: mean per item (NA raters left out), a reconciled answer replaces the mean; T and O from the items marked for each axis, quadrant by thresholds; stage by composite bands" },
            new ExportCell[] { "thresholds", $"technology {ScoreExport.Format(instrument.Thresholds.Technology)}, organization {ScoreExport.Format(instrument.Thresholds.Organization)}" },
            new ExportCell[] { "stages", string.Join(", ", instrument.Stages.Select(s => $"{s.Id} >= {ScoreExport.Format(s.Min)}")) },
        });
}
