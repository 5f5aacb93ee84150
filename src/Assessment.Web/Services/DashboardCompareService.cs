using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Scores;
using Assessment.Web.Localization;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>
/// Two to six jurisdictions of one round side by side (issue 5, item 5). Access and round scores come from
/// <see cref="DashboardService"/>; item scores from RoundScores.Explain (hence Scorer.Explain).
/// </summary>
public sealed class DashboardCompareService(DashboardService dashboards, AssessmentDb db)
{
    public const int MinJurisdictions = 2, MaxJurisdictions = 6, DifferingItems = 15;

    /// <exception cref="Security.ForbiddenException">No permission, or a researcher asking for an unpublished round.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 6 codes, or one not rated in the round.</exception>
    public async Task<Comparison> CompareAsync(long roundId, IEnumerable<string> codes)
    {
        var picked = codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var dashboard = await dashboards.RoundAsync(roundId);
        if (picked.Count is < MinJurisdictions or > MaxJurisdictions)
            throw new ArgumentException(string.Format(CompareTexts.PickTwoToSix.Localized(), picked.Count));
        var compared = picked.Select(code => new ComparedJurisdiction(
            dashboard.Find(code) ?? throw new ArgumentException(string.Format(CompareTexts.NotInRound.Localized(), code)),
            RoundScores.Explain(db, roundId, code) ?? throw new ArgumentException(string.Format(CompareTexts.NotInRound.Localized(), code)))).ToList();
        var evidence = ComparisonQueries.Evidence(db, roundId, picked).ToLookup(e => e.JurisdictionCode, StringComparer.Ordinal);
        return new Comparison(dashboard, compared, Differing(dashboard, compared, evidence));
    }

    private static List<DifferingItem> Differing(RoundDashboard dashboard, List<ComparedJurisdiction> compared, ILookup<string, ItemEvidence> evidence)
    {
        var traces = compared.Select(c => c.Explanation.Items.ToDictionary(t => t.ItemId, StringComparer.Ordinal)).ToList();
        var indicators = dashboard.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var found = new List<DifferingItem>();
        foreach (var trace in compared[0].Explanation.Items.Where(t => t.Status != Core.Scoring.ItemStatus.NotScored))
        {
            var scores = traces.Select(t => t.GetValueOrDefault(trace.ItemId)?.Score).Where(s => s is not null).Select(s => s!.Value).ToList();
            // An item only one jurisdiction has a score for (the others NA) has no spread to show.
            if (scores.Count < 2 || scores.Max() - scores.Min() <= 0) continue;
            found.Add(new DifferingItem(dashboard.Instrument.FindItem(trace.ItemId)!, indicators[trace.IndicatorId], scores.Max() - scores.Min(),
                compared.Select((c, i) => ItemSide.From(traces[i][trace.ItemId], evidence[c.Row.Jurisdiction.Code])).ToList()));
        }
        // Stable: equal spreads keep the instrument's order.
        return found.OrderByDescending(d => d.Spread).Take(DifferingItems).ToList();
    }
}
