using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Analytics.Reliability;

/// <summary>
/// The reliability of a round's scores, from the same answers the scorer takes. Agreement compares the raters of a
/// jurisdiction, rater by rater in the order of <see cref="JurisdictionAnswers.Raters"/> (with different raters per
/// jurisdiction ICC(1,·) is the form that fits; the others assume the same raters throughout):
/// an item's value per rater is its item score in [0, 1], missing when the rater left it unanswered or said N/A;
/// an indicator's, layer's or composite's value per rater is that rater's answers scored alone by
/// <see cref="Scorer"/>, missing unless the rater answered (or said N/A to) every scored item under it, so a
/// draft does not count as disagreement. Reconciled answers are not a rater's and take no part in agreement.
/// Internal consistency per layer uses the scorer's item scores (the raters' mean, or the reconciled answer).
/// </summary>
public static class RoundReliability
{
    public static ReliabilityReport Compute(Instrument instrument, IReadOnlyList<JurisdictionAnswers> jurisdictions)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        var scored = instrument.Items.Where(i => i.IsScored).ToArray();
        var indicators = instrument.Layers.SelectMany(l => l.Indicators).ToArray();
        // Jurisdictions are independent: scored per rater in parallel, kept in their order.
        var perRater = jurisdictions.AsParallel().AsOrdered().Select(j => RaterScores(instrument, j)).ToArray();

        var items = scored.ToDictionary(i => i.Id, i => Agree(perRater.Select(r => r.Items[i.Id])), StringComparer.Ordinal);
        var indicatorAgreement = indicators.ToDictionary(
            i => i.Id, i => Agree(perRater.Select(r => r.Indicators[i.Id])), StringComparer.Ordinal);
        var explained = jurisdictions.AsParallel().AsOrdered().Select(j => Scorer.Explain(instrument, j.Items)).ToArray();
        var layers = instrument.Layers.ToDictionary(
            l => l.Id, l => Layer(l, explained, Agree(perRater.Select(r => r.Layers[l.Id]))), StringComparer.Ordinal);
        var composite = Agree(perRater.Select(r => r.Composite));
        return new ReliabilityReport(instrument, items, indicatorAgreement, layers, composite);
    }

    /// <summary>One value per rater slot (null: missing) for each jurisdiction; see the class remarks.</summary>
    internal static Agreement Agree(IEnumerable<double?[]> byJurisdiction)
    {
        var rows = byJurisdiction.ToList();
        var raters = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var complete = rows.Where(r => r.Length == raters && Array.TrueForAll(r, v => v is not null))
            .Select(r => r.Select(v => v!.Value).ToArray()).ToList();
        var units = rows.Select(r => (IReadOnlyList<double>)r.Where(v => v is not null).Select(v => v!.Value).ToArray()).ToList();
        return new Agreement(complete.Count, raters, IntraclassCorrelation.Compute(complete), KrippendorffAlpha.Compute(units));
    }

    private static LayerReliability Layer(Layer layer, Explanation[] explained, Agreement agreement)
    {
        var rows = new List<double[]>();
        foreach (var e in explained)
        {
            var traces = e.Items.Where(t => t.LayerId == layer.Id && t.Status != ItemStatus.NotScored).ToArray();
            // Only fully answered items: an unanswered item's 0 and an N/A's absence are not answers to compare.
            if (traces.All(t => t.Status is ItemStatus.Answered or ItemStatus.Reconciled && t.Score is not null))
                rows.Add(traces.Select(t => t.Score!.Value).ToArray());
        }
        var itemCount = layer.Indicators.SelectMany(i => i.Items).Count(i => i.IsScored);
        return new LayerReliability(CronbachAlpha.Compute(rows), itemCount, rows.Count, agreement);
    }

    private sealed record PerRater(
        Dictionary<string, double?[]> Items, Dictionary<string, double?[]> Indicators, Dictionary<string, double?[]> Layers, double?[] Composite);

    private static PerRater RaterScores(Instrument instrument, JurisdictionAnswers j)
    {
        var k = j.Raters.Count;
        var items = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        var answered = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        foreach (var item in instrument.Items.Where(i => i.IsScored))
        {
            var values = new double?[k];
            var given = new bool[k];
            if (j.Items.TryGetValue(item.Id, out var a))
            {
                for (var r = 0; r < k && r < a.ByRater.Count; r++)
                {
                    if (a.ByRater[r] is not { } answer) continue;
                    given[r] = true;
                    values[r] = Scorer.ItemScore(item, answer);
                }
            }
            items[item.Id] = values;
            answered[item.Id] = given;
        }

        var indicators = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        var layers = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var layer in instrument.Layers)
        {
            layers[layer.Id] = new double?[k];
            foreach (var indicator in layer.Indicators) indicators[indicator.Id] = new double?[k];
        }
        var composite = new double?[k];
        for (var r = 0; r < k; r++)
        {
            var slot = r;
            var alone = j.Items.ToDictionary(p => p.Key, p => new ItemAnswers([slot < p.Value.ByRater.Count ? p.Value.ByRater[slot] : null]));
            var result = Scorer.Score(instrument, alone);
            bool Done(IEnumerable<Item> under) => under.Where(i => i.IsScored).All(i => answered[i.Id][slot]);
            foreach (var layer in instrument.Layers)
            {
                foreach (var indicator in layer.Indicators)
                    if (Done(indicator.Items)) indicators[indicator.Id][r] = result.Indicators[indicator.Id];
                if (Done(layer.Indicators.SelectMany(i => i.Items))) layers[layer.Id][r] = result.Layers[layer.Id];
            }
            if (Done(instrument.Items)) composite[r] = result.Composite;
        }
        return new PerRater(items, indicators, layers, composite);
    }
}
