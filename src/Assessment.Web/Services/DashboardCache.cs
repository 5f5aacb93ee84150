using System.Collections.Concurrent;
using Assessment.Data.Rounds;
namespace Assessment.Web.Services;

/// <summary>
/// Scored published rounds, shared by every request and circuit. A published round is read-only (answers and
/// reconciled answers refuse writes), so its scores never change while it stays published: scoring a national round
/// (about 800,000 answers) once instead of on every page load is what keeps the dashboards under 300 ms (issue 5,
/// item 9). An entry is keyed by round id and kept only while the round reads back exactly as it was scored
/// (status, name); a round that is no longer published is dropped and scored per circuit again.
/// </summary>
public sealed class DashboardCache
{
    private readonly ConcurrentDictionary<long, Lazy<RoundDashboard>> rounds = new();

    /// <exception cref="ArgumentException">The round is not published: its scores may still change.</exception>
    public RoundDashboard GetOrScore(DashboardRound round, Func<RoundDashboard> score)
    {
        if (!round.IsPublished) throw new ArgumentException($"Round {round.Id} is not published; only published rounds are shared.", nameof(round));
        while (true)
        {
            // Lazy: concurrent first requests for a round wait for one scoring instead of each running their own.
            var entry = rounds.GetOrAdd(round.Id, _ => new Lazy<RoundDashboard>(score));
            RoundDashboard scored;
            try { scored = entry.Value; }
            catch
            {
                rounds.TryRemove(KeyValuePair.Create(round.Id, entry));
                throw;
            }
            if (scored.Round == round) return scored;
            rounds.TryRemove(KeyValuePair.Create(round.Id, entry)); // renamed or re-published since: score again
        }
    }

    public void Forget(long roundId) => rounds.TryRemove(roundId, out _);
}
