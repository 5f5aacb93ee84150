using Assessment.Core.Recommendations;
using Assessment.Data.Accounts;
using Assessment.Data.Dashboards;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Queries;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Localization;
using Assessment.Web.Security;

namespace Assessment.Web.Services;

/// <summary>
/// The numbers every dashboard shows, all from RoundScores (hence Scorer). Scoped: a round is scored once per circuit
/// and every chart of the circuit reads that one copy. Checks ViewResults on every call; researchers see published
/// rounds only; rater identities never leave this class.
/// </summary>
public sealed class DashboardService(CurrentUser currentUser, AssessmentDb db)
{
    private readonly Dictionary<long, RoundDashboard> scored = [];

    /// <summary>The rounds the signed-in person may look at, newest first.</summary>
    public async Task<IReadOnlyList<DashboardRound>> RoundsAsync()
    {
        var account = await currentUser.RequireAsync(Permission.ViewResults);
        return DashboardQueries.Rounds(db).Where(r => MaySee(account, r)).ToList();
    }

    /// <exception cref="ForbiddenException">No permission, or a researcher asking for an unpublished round.</exception>
    /// <exception cref="ArgumentException">No such round.</exception>
    public async Task<RoundDashboard> RoundAsync(long roundId)
    {
        var account = await currentUser.RequireAsync(Permission.ViewResults);
        var round = DashboardQueries.Round(db, roundId) ?? throw new ArgumentException(DashboardTexts.NoSuchRound.Localized());
        if (!MaySee(account, round)) throw new ForbiddenException(DashboardTexts.NotPublished.Localized());
        if (scored.TryGetValue(roundId, out var cached) && cached.Round == round) return cached;

        var scores = RoundScores.ForRound(db, roundId);
        var places = DashboardQueries.JurisdictionsWithAncestors(db, scores.Select(s => s.JurisdictionCode).ToList());
        var rows = scores
            .Where(s => places.ContainsKey(s.JurisdictionCode))
            .OrderByDescending(s => s.Result.Composite.HasValue).ThenByDescending(s => s.Result.Composite).ThenBy(s => s.JurisdictionCode, StringComparer.Ordinal)
            .Select((s, i) => new DashboardRow(i + 1, places[s.JurisdictionCode], ProvinceOf(places[s.JurisdictionCode], places), s.Result))
            .ToList();
        return scored[roundId] = new RoundDashboard(round, new SnapshotStore(db).ForRound(roundId), rows);
    }

    /// <exception cref="ArgumentException">The jurisdiction is not rated in this round.</exception>
    public async Task<JurisdictionProfile> ProfileAsync(long roundId, string code)
    {
        var dashboard = await RoundAsync(roundId);
        var row = dashboard.Find(code) ?? throw new ArgumentException(DashboardTexts.NotInRound.Localized());
        var explanation = RoundScores.Explain(db, roundId, code) ?? throw new ArgumentException(DashboardTexts.NotInRound.Localized());
        return new JurisdictionProfile(dashboard, row, explanation, PeersOf(dashboard, row), Recommender.For(explanation));
    }

    /// <summary>The jurisdiction in every round of the same instrument the person may see, oldest first.</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(long roundId, string code)
    {
        var account = await currentUser.RequireAsync(Permission.ViewResults);
        var dashboard = await RoundAsync(roundId);
        var visible = DashboardQueries.Rounds(db).Where(r => MaySee(account, r)).ToDictionary(r => r.Id);
        return RoundScores.History(db, code, dashboard.Round.InstrumentId)
            .Where(h => visible.ContainsKey(h.RoundId))
            .Select(h => new TrendPoint(visible[h.RoundId], h.Score.Result))
            .ToList();
    }

    /// <summary>
    /// Where each jurisdiction of the round stood (T, O) in the latest earlier round of the same instrument that the
    /// person may see and that placed it; jurisdictions without one are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (double T, double O)>> PreviousPositionsAsync(long roundId)
    {
        var account = await currentUser.RequireAsync(Permission.ViewResults);
        var dashboard = await RoundAsync(roundId);
        var wanted = dashboard.Rows.Select(r => r.Jurisdiction.Code).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, (double T, double O)>(StringComparer.Ordinal);
        // Rounds come newest first, so the first earlier round that placed a jurisdiction is its latest one.
        foreach (var earlier in DashboardQueries.Rounds(db).SkipWhile(r => r.Id != roundId).Skip(1)
                     .Where(r => r.InstrumentId == dashboard.Round.InstrumentId && MaySee(account, r)))
        {
            if (found.Count == wanted.Count) break;
            foreach (var row in (await RoundAsync(earlier.Id)).Rows)
                if (wanted.Contains(row.Jurisdiction.Code) && !found.ContainsKey(row.Jurisdiction.Code)
                    && row.Result is { Technology: double t, Organization: double o })
                    found[row.Jurisdiction.Code] = (t, o);
        }
        return found;
    }

    /// <summary>
    /// Peers of the same level in the round; for prefectures and counties also those of the same level in the same
    /// province. The jurisdiction itself counts among its peers, as it does in the round's distribution.
    /// </summary>
    public static IReadOnlyList<PeerMedians> PeersOf(RoundDashboard dashboard, DashboardRow row)
    {
        var level = dashboard.Rows.Where(r => r.Jurisdiction.Level == row.Jurisdiction.Level).ToList();
        var groups = new List<PeerMedians> { Medians(DashboardTexts.LevelPeers(row.Jurisdiction.Level), level, dashboard) };
        if (row.Jurisdiction.Level != "province" && row.Province is { } province)
            groups.Add(Medians(DashboardTexts.ProvincePeers(province), level.Where(r => r.Province?.Code == province.Code).ToList(), dashboard));
        return groups;
    }

    private static PeerMedians Medians(Core.Instruments.LocalizedText group, IReadOnlyList<DashboardRow> rows, RoundDashboard dashboard) =>
        new(group, rows.Count, dashboard.Instrument.Layers.ToDictionary(
            l => l.Id, l => DashboardStatistics.Median(rows.Select(r => r.Result.Layers.GetValueOrDefault(l.Id)))));

    private static bool MaySee(Account account, DashboardRound round) => account.Role != Roles.Researcher || round.IsPublished;

    private static Jurisdiction? ProvinceOf(Jurisdiction j, IReadOnlyDictionary<string, Jurisdiction> places)
    {
        for (Jurisdiction? at = j; at is not null; at = at.ParentCode is { } p ? places.GetValueOrDefault(p) : null)
            if (at.Level == "province") return at;
        return null;
    }
}
