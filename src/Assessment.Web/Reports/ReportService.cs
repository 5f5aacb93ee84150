using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Exports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Services;

namespace Assessment.Web.Reports;

/// <summary>
/// What a report shows, read through the dashboards' services, so a report holds the same numbers (Scorer via
/// RoundScores), the same recommendations (Recommender) and the same access rules as the dashboard pages: whoever
/// may not open a round's dashboards gets no report of it either. Raters appear only by pseudonym. The method quality
/// section reads MethodQualityService, with its rule (results readers only).
/// </summary>
public sealed class ReportService(
    DashboardService dashboards, SelfVsExternalService selfVsExternal, MethodQualityService methodQuality, AssessmentDb db, TimeProvider time)
{
    /// <exception cref="Security.ForbiddenException">The reader may not see the round.</exception>
    /// <exception cref="ArgumentException">No such round, or an unpublished round for a published-only definition.</exception>
    public async Task<ComparativeReportModel> ComparativeAsync(long roundId, ReportDefinition definition)
    {
        var full = await dashboards.RoundAsync(roundId);
        RequirePublished(definition, full.Round);
        var dashboard = full with { Rows = full.Rows.Where(r => Admits(definition, r)).ToList() };
        var previous = await dashboards.PreviousPositionsAsync(roundId);
        var earlier = (await dashboards.RoundsAsync()).SkipWhile(r => r.Id != roundId).Skip(1)
            .FirstOrDefault(r => r.InstrumentId == full.Round.InstrumentId);
        var movements = new List<Movement>();
        if (earlier is not null)
        {
            var before = (await dashboards.RoundAsync(earlier.Id)).Rows.Where(r => !r.Anonymous).ToDictionary(r => r.Jurisdiction.Code, StringComparer.Ordinal);
            movements = dashboard.Rows.Where(r => !r.Anonymous && before.ContainsKey(r.Jurisdiction.Code))
                .Select(r => new Movement(r, before[r.Jurisdiction.Code].Result, r.Result.Composite - before[r.Jurisdiction.Code].Result.Composite))
                .OrderByDescending(m => Math.Abs(m.CompositeChange ?? 0)).ThenBy(m => m.Row.Rank)
                .ToList();
        }
        var moves = definition.Has("quadrant_map") && previous.Count > 0 ? await methodQuality.MovesAsync(roundId) : null;
        return new ComparativeReportModel(definition, dashboard, previous, earlier, movements, Today(), await MethodQualityAsync(roundId, definition), moves);
    }

    private async Task<RoundMethodQuality?> MethodQualityAsync(long roundId, ReportDefinition definition)
    {
        if (!definition.Has("method_quality")) return null;
        try
        {
            var quality = await methodQuality.RoundAsync(roundId);
            return quality with { Jurisdictions = quality.Jurisdictions.Where(j => Admits(definition, j.Row)).ToList() };
        }
        catch (Security.ForbiddenException)
        {
            // Only results readers may see every jurisdiction's rank interval; the section says so to the others.
            return null;
        }
    }

    /// <summary>The jurisdictions a batch of jurisdiction reports covers: the round's, narrowed by the definition, in rank order.</summary>
    public async Task<IReadOnlyList<string>> JurisdictionsAsync(long roundId, ReportDefinition definition)
    {
        var dashboard = await dashboards.RoundAsync(roundId);
        RequirePublished(definition, dashboard.Round);
        return dashboard.Rows.Where(r => !r.Anonymous && Admits(definition, r)).Select(r => r.Jurisdiction.Code).ToList();
    }

    /// <exception cref="ArgumentException">The jurisdiction is not rated in the round (or is an anonymous peer).</exception>
    public async Task<JurisdictionReportModel> JurisdictionAsync(long roundId, string code, ReportDefinition definition)
    {
        var profile = await dashboards.ProfileAsync(roundId, code);
        RequirePublished(definition, profile.Dashboard.Round);
        SelfVsExternalView? gap = null;
        if (definition.Has("self_vs_external") && await selfVsExternal.HasPairAsync(code))
        {
            var view = await selfVsExternal.ViewAsync(code);
            // Only a pair that involves this round is this report's gap.
            if (view.Pair is { } pair && (pair.Self.Id == roundId || pair.External.Id == roundId)) gap = view;
        }
        return new JurisdictionReportModel(definition, profile, gap, definition.Has("appendix") ? Appendix(roundId, code, profile) : [], Today());
    }

    private List<AppendixItem> Appendix(long roundId, string code, JurisdictionProfile profile)
    {
        var reader = new ReviewReader(db);
        var responses = reader.Responses(roundId, code);
        var answers = reader.Answers(roundId, code).ToLookup(a => (a.ResponseId, a.ItemId));
        var reconciled = reader.Reconciled(roundId, code).ToDictionary(r => r.ItemId, StringComparer.Ordinal);
        var instrument = profile.Dashboard.Instrument;
        return profile.Explanation.Items
            .Where(t => instrument.FindItem(t.ItemId) is not null)
            .Select(t => new AppendixItem(instrument.FindItem(t.ItemId)!, t,
                responses.Select(r => answers[(r.Id, t.ItemId)].FirstOrDefault() is { } a
                    ? new RaterAnswer(RaterPseudonym.Of(r.RaterId), a.Value, a.EvidenceText, a.EvidenceLink)
                    : new RaterAnswer(RaterPseudonym.Of(r.RaterId), null, null, null)).ToList(),
                reconciled.GetValueOrDefault(t.ItemId)?.Value, reconciled.GetValueOrDefault(t.ItemId)?.Reason))
            .ToList();
    }

    private static bool Admits(ReportDefinition definition, DashboardRow r) =>
        definition.Filter.Admits(r.Jurisdiction.Code, r.Jurisdiction.Level, r.Jurisdiction.Kind, r.Jurisdiction.Level == "province" ? r.Jurisdiction.Code : r.Province?.Code);

    private static void RequirePublished(ReportDefinition definition, Data.Rounds.DashboardRound round)
    {
        if (definition.PublishedOnly && !round.IsPublished)
            throw new ArgumentException(string.Format(ReportTexts.NotPublished.For(definition.Culture), round.Id, Path.GetFileName(definition.File)));
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
