using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Analytics.Robustness;

/// <summary>How weights are drawn: <see cref="Draws"/> draws from a generator seeded with <see cref="Seed"/>; each
/// weight multiplied by its own uniform factor in [1 - Spread, 1 + Spread].</summary>
public sealed record SensitivityOptions(int Draws = 1000, int Seed = 20261202, double Spread = 0.5)
{
    public void Check()
    {
        if (Draws < 1) throw new ArgumentException("draws must be at least 1");
        if (Spread is < 0 or >= 1) throw new ArgumentException("spread must be in [0, 1)");
    }
}

/// <summary>One jurisdiction under the weight draws. Ranks are null when its composite is NA.</summary>
/// <param name="Rank">Under the instrument's own weights.</param>
/// <param name="RankLow">The 5th percentile rank (the better end); <paramref name="RankHigh"/> the 95th.</param>
/// <param name="Stages">The share of draws that placed it in each stage (stage id), every stage listed.</param>
/// <param name="LeaveOneOut">Its rank with each indicator left out (indicator id), under the instrument's weights.</param>
public sealed record JurisdictionSensitivity(
    string Jurisdiction,
    int? Rank,
    int? MedianRank,
    int? RankLow,
    int? RankHigh,
    IReadOnlyDictionary<string, double> Stages,
    IReadOnlyDictionary<Quadrant, double> Quadrants,
    IReadOnlyDictionary<string, int?> LeaveOneOut);

/// <summary>How far leaving one indicator out moves the ranking: mean and largest absolute rank change.</summary>
public sealed record IndicatorInfluence(string IndicatorId, double MeanRankShift, int MaxRankShift);

public sealed record SensitivityReport(SensitivityOptions Options, IReadOnlyList<JurisdictionSensitivity> Jurisdictions, IReadOnlyList<IndicatorInfluence> Indicators);

/// <summary>
/// Monte Carlo weight sensitivity (JRC/OECD Handbook on Constructing Composite Indicators, 2008, step 7): every
/// layer, indicator and item weight is multiplied by an independent uniform factor in [0.5, 1.5] (by default) and
/// the round is scored again by <see cref="Scorer"/> under those weights; the weighted means renormalise within
/// each level. Item weights are drawn too, since the technology and organization axes are weighted by items alone:
/// without them no draw could move a jurisdiction's quadrant. The raters are combined once per jurisdiction and
/// each draw re-aggregates (<see cref="Scorer.Score(CombinedItemScores, ScoringWeights)"/>).
/// </summary>
public static class WeightSensitivity
{
    public static SensitivityReport Compute(Instrument instrument, IReadOnlyList<JurisdictionAnswers> jurisdictions, SensitivityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        options ??= new SensitivityOptions();
        options.Check();
        var combined = jurisdictions.Select(j => Scorer.CombineRaters(instrument, j.Items)).ToArray();
        var baseWeights = Scorer.WeightsOf(instrument);
        var n = combined.Length;
        var stageIds = instrument.Stages.Select(s => s.Id).ToArray();

        // Weights drawn in sequence from one generator, so a seed gives the same draws however the work is split.
        var random = new Random(options.Seed);
        var draws = Enumerable.Range(0, options.Draws).Select(_ => Draw(baseWeights, random, options.Spread)).ToArray();
        var ranks = new int?[options.Draws][];
        var stageCounts = new int[n, stageIds.Length];
        var quadrantCounts = new int[n, 4];
        var gate = new object();
        Parallel.For(0, options.Draws, d =>
        {
            var results = new ScoreResult[n];
            var composites = new double?[n];
            for (var j = 0; j < n; j++) composites[j] = (results[j] = Scorer.Score(combined[j], draws[d])).Composite;
            ranks[d] = Ranking.Of(composites);
            lock (gate)
            {
                for (var j = 0; j < n; j++)
                {
                    if (results[j].Stage is { } stage) stageCounts[j, Array.IndexOf(stageIds, stage.Id)]++;
                    if (results[j].Quadrant is { } q) quadrantCounts[j, (int)q]++;
                }
            }
        });

        var baseRanks = Ranking.Of(combined.Select(c => Scorer.Score(c, baseWeights).Composite).ToArray());
        var indicators = instrument.Layers.SelectMany(l => l.Indicators).ToArray();
        var leftOut = indicators.Select(i => Ranking.Of(combined.Select(c => Scorer.Score(c, Without(instrument, baseWeights, i)).Composite).ToArray())).ToArray();

        var rows = new JurisdictionSensitivity[n];
        for (var j = 0; j < n; j++)
        {
            var mine = ranks.Select(r => r[j]).Where(r => r is not null).Select(r => r!.Value).Order().ToArray();
            var jj = j;
            rows[j] = new JurisdictionSensitivity(
                jurisdictions[j].Jurisdiction,
                baseRanks[j],
                mine.Length == 0 ? null : Percentile.NearestRank(mine, 0.5),
                mine.Length == 0 ? null : Percentile.NearestRank(mine, 0.05),
                mine.Length == 0 ? null : Percentile.NearestRank(mine, 0.95),
                stageIds.Select((id, s) => (id, s)).ToDictionary(p => p.id, p => stageCounts[jj, p.s] / (double)options.Draws, StringComparer.Ordinal),
                Enum.GetValues<Quadrant>().ToDictionary(q => q, q => quadrantCounts[jj, (int)q] / (double)options.Draws),
                indicators.Select((i, k) => (i.Id, k)).ToDictionary(p => p.Id, p => leftOut[p.k][jj], StringComparer.Ordinal));
        }
        var influence = indicators.Select((indicator, k) =>
        {
            var shifts = Enumerable.Range(0, n).Where(j => baseRanks[j] is not null && leftOut[k][j] is not null)
                .Select(j => Math.Abs(leftOut[k][j]!.Value - baseRanks[j]!.Value)).ToArray();
            return new IndicatorInfluence(indicator.Id, shifts.Length == 0 ? 0 : shifts.Average(), shifts.Length == 0 ? 0 : shifts.Max());
        }).ToList();
        return new SensitivityReport(options, rows, influence);
    }

    private static ScoringWeights Draw(ScoringWeights w, Random random, double spread)
    {
        double[] Scale(double[] weights) => [.. weights.Select(x => x * (1 - spread + 2 * spread * random.NextDouble()))];
        return new ScoringWeights(Scale(w.LayerWeights), Scale(w.IndicatorWeights), Scale(w.ItemWeights));
    }

    /// <summary>The instrument's weights with one indicator's items at 0: the indicator is then NA and left out.</summary>
    private static ScoringWeights Without(Instrument instrument, ScoringWeights w, Indicator indicator)
    {
        var items = (double[])w.ItemWeights.Clone();
        var ids = indicator.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
            if (ids.Contains(instrument.Items[i].Id)) items[i] = 0;
        return new ScoringWeights(w.LayerWeights, w.IndicatorWeights, items);
    }
}
