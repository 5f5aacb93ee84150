using Assessment.Core.Recommendations;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>
/// The numbers every dashboard shows, all from RoundScores (hence Scorer). A published round is scored once for the
/// whole server (DashboardCache); any other round once per circuit. Checks ViewDashboards on every call: researchers
/// see published rounds only; self-assessors see the rounds their own jurisdiction takes part in (an external
/// evaluation only once published), with peers anonymous until the round is published (<see cref="ViewFor"/>); rater identities never leave this class.
/// </summary>
public sealed class DashboardService(CurrentUser currentUser, AssessmentDb db, DashboardCache cache)
{
    private readonly Dictionary<long, RoundDashboard> scored = [];

    /// <summary>Without the shared cache: every round is scored once per instance (tests, tools).</summary>
    public DashboardService(CurrentUser currentUser, AssessmentDb db) : this(currentUser, db, new DashboardCache()) { }

    /// <summary>The rounds the signed-in person may look at, newest first.</summary>
    public async Task<IReadOnlyList<DashboardRound>> RoundsAsync()
    {
        var account = await currentUser.RequireAsync(Permission.ViewDashboards);
        var taking = TakingPart(account);
        return DashboardQueries.Rounds(db).Where(r => MaySee(account, r, taking)).ToList();
    }

    /// <exception cref="ForbiddenException">No permission, a researcher asking for an unpublished round, or a
    /// self-assessor for a round their jurisdiction does not take part in.</exception>
    /// <exception cref="ArgumentException">No such round.</exception>
    public async Task<RoundDashboard> RoundAsync(long roundId)
    {
        var account = await currentUser.RequireAsync(Permission.ViewDashboards);
        return ViewFor(account, Scored(VisibleRound(account, roundId)));
    }

    /// <exception cref="ArgumentException">The jurisdiction is not rated in this round.</exception>
    public async Task<JurisdictionProfile> ProfileAsync(long roundId, string code)
    {
        var account = await currentUser.RequireAsync(Permission.ViewDashboards);
        var full = Scored(VisibleRound(account, roundId));
        var dashboard = ViewFor(account, full);
        // An anonymous peer has no profile: its stand-in code is refused like a code not in the round.
        var row = dashboard.Find(code) is { Anonymous: false } found ? found : throw new ArgumentException(DashboardTexts.NotInRound.Localized());
        var explanation = RoundScores.Explain(db, roundId, code) ?? throw new ArgumentException(DashboardTexts.NotInRound.Localized());
        // Peer medians over every jurisdiction of the round, named or not, so everyone sees the same medians.
        return new JurisdictionProfile(dashboard, row, explanation, PeersOf(full, full.Find(code)!), Recommender.For(explanation));
    }

    /// <summary>The jurisdiction in every round of the same instrument the person may see, oldest first.</summary>
    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(long roundId, string code)
    {
        var account = await currentUser.RequireAsync(Permission.ViewDashboards);
        var dashboard = await RoundAsync(roundId);
        if (dashboard.Find(code) is { Anonymous: true }) throw new ArgumentException(DashboardTexts.NotInRound.Localized());
        var taking = TakingPart(account);
        // A self-assessor follows a peer by name only through rounds where that peer is named: published ones.
        var named = account.Allows(Permission.ViewResults) || code == account.JurisdictionCode;
        // Rounds of the same mode only: a self-assessment between two external evaluations is another kind of
        // measurement (the self-vs-external page sets the two side by side), not a step of the same trend.
        var visible = DashboardQueries.Rounds(db)
            .Where(r => r.Mode == dashboard.Round.Mode && MaySee(account, r, taking) && (named || r.IsPublished)).ToDictionary(r => r.Id);
        return RoundScores.History(db, code, dashboard.Round.InstrumentId)
            .Where(h => visible.ContainsKey(h.RoundId))
            .Select(h => new TrendPoint(visible[h.RoundId], h.Score.Result))
            .ToList();
    }

    /// <summary>
    /// Where each jurisdiction of the round stood (T, O) in the latest earlier round of the same instrument and mode that
    /// the person may see and that placed it; jurisdictions without one are absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, (double T, double O)>> PreviousPositionsAsync(long roundId) =>
        (await PreviousRowsAsync(roundId)).ToDictionary(p => p.Key, p => (p.Value.Row.Result.Technology!.Value, p.Value.Row.Result.Organization!.Value), StringComparer.Ordinal);

    /// <summary>For <see cref="PreviousPositionsAsync"/>: that earlier round and the jurisdiction's row in it.</summary>
    public async Task<IReadOnlyDictionary<string, (DashboardRound Round, DashboardRow Row)>> PreviousRowsAsync(long roundId)
    {
        var account = await currentUser.RequireAsync(Permission.ViewDashboards);
        var dashboard = await RoundAsync(roundId);
        var taking = TakingPart(account);
        // Anonymous stand-ins are numbered per round, so they never match across rounds and get no arrow.
        var wanted = dashboard.Rows.Where(r => !r.Anonymous).Select(r => r.Jurisdiction.Code).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, (DashboardRound, DashboardRow)>(StringComparer.Ordinal);
        // Rounds come newest first, so the first earlier round that placed a jurisdiction is its latest one.
        foreach (var earlier in DashboardQueries.Rounds(db).SkipWhile(r => r.Id != roundId).Skip(1)
                     .Where(r => r.InstrumentId == dashboard.Round.InstrumentId && r.Mode == dashboard.Round.Mode && MaySee(account, r, taking)))
        {
            if (found.Count == wanted.Count) break;
            foreach (var row in (await RoundAsync(earlier.Id)).Rows)
                if (!row.Anonymous && wanted.Contains(row.Jurisdiction.Code) && !found.ContainsKey(row.Jurisdiction.Code)
                    && row.Result is { Technology: not null, Organization: not null })
                    found[row.Jurisdiction.Code] = (earlier, row);
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

    private DashboardRound VisibleRound(Account account, long roundId)
    {
        var round = DashboardQueries.Round(db, roundId) ?? throw new ArgumentException(DashboardTexts.NoSuchRound.Localized());
        if (MaySee(account, round, TakingPart(account))) return round;
        throw new ForbiddenException((account.Allows(Permission.ViewResults) ? DashboardTexts.NotPublished : DashboardAccessTexts.NotYourRound).Localized());
    }

    private RoundDashboard Scored(DashboardRound round)
    {
        if (round.IsPublished) return cache.GetOrScore(round, () => Score(round));
        cache.Forget(round.Id); // a round reopened after publication: its published copy is stale
        if (scored.TryGetValue(round.Id, out var cached) && cached.Round == round) return cached;
        return scored[round.Id] = Score(round);
    }

    private RoundDashboard Score(DashboardRound round)
    {
        var scores = RoundScores.ForRound(db, round.Id);
        var places = DashboardQueries.JurisdictionsWithAncestors(db, scores.Select(s => s.JurisdictionCode).ToList());
        var rows = scores
            .Where(s => places.ContainsKey(s.JurisdictionCode))
            .OrderByDescending(s => s.Result.Composite.HasValue).ThenByDescending(s => s.Result.Composite).ThenBy(s => s.JurisdictionCode, StringComparer.Ordinal)
            .Select((s, i) => new DashboardRow(i + 1, places[s.JurisdictionCode], ProvinceOf(places[s.JurisdictionCode], places), s.Result))
            .ToList();
        return new RoundDashboard(round, new SnapshotStore(db).ForRound(round.Id), rows);
    }

    /// <summary>
    /// The round as this person may see it. Those who read results see every jurisdiction named. A self-assessor sees
    /// their own jurisdiction named and, until the round is published, every peer as "Jurisdiction n" (numbered in
    /// rank order): no code, no province, no profile link; scores, level and kind stay, so the distributions and
    /// the quadrant map are the same for everyone.
    /// </summary>
    public static RoundDashboard ViewFor(Account account, RoundDashboard full)
    {
        if (account.Allows(Permission.ViewResults) || full.Round.IsPublished) return full;
        var n = 0;
        return full with
        {
            Rows = full.Rows.Select(r => r.Jurisdiction.Code == account.JurisdictionCode ? r : Anonymous(r, ++n)).ToList(),
        };
    }

    private static DashboardRow Anonymous(DashboardRow row, int n)
    {
        var name = DashboardAccessTexts.AnonymousPeer(n);
        return row with
        {
            Jurisdiction = new Jurisdiction($"anonymous-{n}", name.Zh, name.En, row.Jurisdiction.Level, row.Jurisdiction.Kind, null),
            Province = null,
            Anonymous = true,
        };
    }

    private IReadOnlySet<long>? TakingPart(Account account) =>
        account.Allows(Permission.ViewResults) || account.JurisdictionCode is null ? null : RoundParticipation.RoundsOf(db, account.JurisdictionCode);

    // A self-assessor: rounds their jurisdiction takes part in, when the mode's rule lets the rated jurisdiction see them
    // (a self-assessment once opened; an external evaluation only once published).
    private static bool MaySee(Account account, DashboardRound round, IReadOnlySet<long>? taking) =>
        account.Allows(Permission.ViewResults) ? account.Role != Roles.Researcher || round.IsPublished
        : account.Role == Roles.SelfAssessor && taking is not null && taking.Contains(round.Id) && round.Mode.VisibleToRatedJurisdiction(round.Status);

    private static Jurisdiction? ProvinceOf(Jurisdiction j, IReadOnlyDictionary<string, Jurisdiction> places)
    {
        // At most one step per place: a parent cycle (a hand-edited database) ends the walk without a province.
        var steps = 0;
        for (Jurisdiction? at = j; at is not null && steps <= places.Count; at = at.ParentCode is { } p ? places.GetValueOrDefault(p) : null, steps++)
            if (at.Level == "province") return at;
        return null;
    }
}
