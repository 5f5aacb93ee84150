using System.Collections.Concurrent;
using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Analytics.Robustness;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Security;

namespace Assessment.Web.Services;

/// <summary>One jurisdiction's robustness: its dashboard row, its ranks under the weight draws, its rater interval.</summary>
public sealed record JurisdictionRobustness(DashboardRow Row, JurisdictionSensitivity Sensitivity, RaterUncertainty Raters);

/// <summary>A round's method quality: reliability, weight sensitivity and rater uncertainty, all from the stored answers.</summary>
public sealed record RoundMethodQuality(RoundDashboard Dashboard, ReliabilityReport Reliability, SensitivityReport Sensitivity, IReadOnlyList<JurisdictionRobustness> Jurisdictions);

/// <summary>How a jurisdiction moved since the earlier round the quadrant map draws its arrow from.</summary>
public sealed record JurisdictionMove(MoveKind Stage, MoveKind Quadrant);

/// <summary>
/// The analyses of Core's Analytics for a round on the dashboards. The method quality page lists every
/// jurisdiction's rank interval, so it needs ViewResults besides the dashboards' own rule for the round (researchers:
/// published rounds only); self-assessors, who see peers anonymously, are refused. Moves for the quadrant map follow
/// the dashboards' rules (ViewDashboards, named jurisdictions only). Published rounds' analyses are kept for the
/// server's lifetime (their answers cannot change); others per circuit.
/// </summary>
public sealed class MethodQualityService(CurrentUser currentUser, AssessmentDb db, DashboardService dashboards, MethodQualityCache cache)
{
    private ConcurrentDictionary<(long, int), Lazy<(DashboardRound, MethodQualityCache.Analyses)>> Published => cache.Published;
    private ConcurrentDictionary<(long, int), Lazy<(DashboardRound, Dictionary<string, RaterUncertainty>)>> RaterIntervals => cache.RaterIntervals;
    private readonly Dictionary<(long, int), (DashboardRound, MethodQualityCache.Analyses)> scoped = [];
    private readonly Dictionary<(long, int), (DashboardRound, Dictionary<string, RaterUncertainty>)> raterScoped = [];

    /// <summary>Without the shared cache: every round is analysed once per instance (tests, tools).</summary>
    public MethodQualityService(CurrentUser currentUser, AssessmentDb db, DashboardService dashboards)
        : this(currentUser, db, dashboards, new MethodQualityCache()) { }

    /// <exception cref="ForbiddenException">No ViewResults, or the round is not visible to the person.</exception>
    /// <exception cref="ArgumentException">No such round.</exception>
    public async Task<RoundMethodQuality> RoundAsync(long roundId, int draws = 1000)
    {
        await currentUser.RequireAsync(Permission.ViewResults);
        var dashboard = await dashboards.RoundAsync(roundId);
        var a = Analyse(dashboard, draws);
        var rows = dashboard.Rows.ToDictionary(r => r.Jurisdiction.Code, StringComparer.Ordinal);
        var jurisdictions = a.Sensitivity.Jurisdictions
            .Select((s, i) => (s, u: a.Raters[i]))
            .Where(p => rows.ContainsKey(p.s.Jurisdiction))
            .Select(p => new JurisdictionRobustness(rows[p.s.Jurisdiction], p.s, p.u))
            .OrderBy(j => j.Row.Rank)
            .ToList();
        return new RoundMethodQuality(dashboard, a.Reliability, a.Sensitivity, jurisdictions);
    }

    /// <summary>
    /// Per named jurisdiction with an earlier position (DashboardService.PreviousRowsAsync), whether its stage and
    /// quadrant changed beyond the raters' uncertainty in both rounds (Movement).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, JurisdictionMove>> MovesAsync(long roundId)
    {
        var current = await dashboards.RoundAsync(roundId);
        var previous = await dashboards.PreviousRowsAsync(roundId);
        var moves = new Dictionary<string, JurisdictionMove>(StringComparer.Ordinal);
        if (previous.Count == 0) return moves;
        var now = Uncertainties(current.Round);
        foreach (var group in previous.GroupBy(p => p.Value.Round.Id))
        {
            var before = Uncertainties(group.First().Value.Round);
            foreach (var (code, (_, row)) in group)
            {
                var after = current.Find(code)!;
                var (u0, u1) = (before.GetValueOrDefault(code), now.GetValueOrDefault(code));
                moves[code] = new JurisdictionMove(Movement.Stage(row.Result, u0, after.Result, u1), Movement.Quadrant(row.Result, u0, after.Result, u1));
            }
        }
        return moves;
    }

    private Dictionary<string, RaterUncertainty> Uncertainties(DashboardRound round) =>
        Cached(RaterIntervals, raterScoped, (round.Id, 0), round, () =>
        {
            var answers = RoundScores.AnswersOf(db, round.Id);
            return RaterBootstrap.Compute(answers.Instrument, answers.Jurisdictions).ToDictionary(u => u.Jurisdiction, StringComparer.Ordinal);
        });

    private MethodQualityCache.Analyses Analyse(RoundDashboard dashboard, int draws) => Cached(Published, scoped, (dashboard.Round.Id, draws), dashboard.Round, () =>
    {
        var answers = RoundScores.AnswersOf(db, dashboard.Round.Id);
        return new MethodQualityCache.Analyses(
            RoundReliability.Compute(answers.Instrument, answers.Jurisdictions),
            WeightSensitivity.Compute(answers.Instrument, answers.Jurisdictions, new SensitivityOptions(Draws: draws)),
            RaterBootstrap.Compute(answers.Instrument, answers.Jurisdictions));
    });

    // As DashboardCache: a published round's entry holds while the round reads back as it was analysed.
    private static T Cached<T>(ConcurrentDictionary<(long, int), Lazy<(DashboardRound, T)>> shared, Dictionary<(long, int), (DashboardRound, T)> local,
        (long, int) key, DashboardRound round, Func<T> compute)
    {
        if (!round.IsPublished)
        {
            shared.TryRemove(key, out _);
            if (local.TryGetValue(key, out var mine) && mine.Item1 == round) return mine.Item2;
            local[key] = (round, compute());
            return local[key].Item2;
        }
        while (true)
        {
            var entry = shared.GetOrAdd(key, _ => new Lazy<(DashboardRound, T)>(() => (round, compute())));
            var (analysed, value) = entry.Value;
            if (analysed == round) return value;
            shared.TryRemove(KeyValuePair.Create(key, entry));
        }
    }
}

/// <summary>Analyses of published rounds, shared by every circuit (a singleton, as DashboardCache).</summary>
public sealed class MethodQualityCache
{
    public sealed record Analyses(ReliabilityReport Reliability, SensitivityReport Sensitivity, IReadOnlyList<RaterUncertainty> Raters);

    internal ConcurrentDictionary<(long, int), Lazy<(DashboardRound, Analyses)>> Published { get; } = new();
    internal ConcurrentDictionary<(long, int), Lazy<(DashboardRound, Dictionary<string, RaterUncertainty>)>> RaterIntervals { get; } = new();
}
