using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Rounds;

/// <summary>Which rounds a jurisdiction takes part in (has at least one response in): what a self-assessor may open.</summary>
public static class RoundParticipation
{
    public static IReadOnlySet<long> RoundsOf(AssessmentDb db, string jurisdictionCode)
    {
        using var c = db.OpenRead();
        return c.Query<long>("SELECT DISTINCT round_id FROM responses WHERE jurisdiction_code = @jurisdictionCode", new { jurisdictionCode }).ToHashSet();
    }
}
