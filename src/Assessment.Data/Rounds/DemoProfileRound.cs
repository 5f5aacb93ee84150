using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>
/// The round whose profiles the case library links to: the demo's newest published external round (rounds.is_demo = 1,
/// status 'published', mode external_evaluation), the one whose seed-case answers are grounded in the seeds. Null when
/// the demo is not loaded, or was loaded and later removed.
/// </summary>
public static class DemoProfileRound
{
    public static long? Find(AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.ExecuteScalar<long?>("SELECT id FROM rounds WHERE is_demo = 1 AND status = @published AND mode = @external ORDER BY id DESC LIMIT 1",
            new { published = RoundStatus.Published.Name(), external = RoundMode.ExternalEvaluation.Name() });
    }
}
