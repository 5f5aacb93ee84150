using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Demo;

/// <summary>
/// How the illustrative demo data set is marked in the store: rounds carry is_demo = 1 (Round.IsDemo, migration
/// 0005) and the made-up jurisdictions of the demo (anonymized cases such as seed 003's H city) carry source 'demo'.
/// Pages that show rounds or scores use these marks to label the data as illustrative, never official.
/// </summary>
public static class DemoData
{
    /// <summary>The source column of jurisdictions that exist only for the demo (codes start with DEMO-).</summary>
    public const string JurisdictionSource = "demo";

    /// <summary>True when any demo round is in the database, i.e. the pages show illustrative data.</summary>
    public static bool IsLoaded(AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM rounds WHERE is_demo = 1)");
    }

    /// <summary>The ids of the demo rounds, oldest first.</summary>
    public static IReadOnlyList<long> RoundIds(AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.Query<long>("SELECT id FROM rounds WHERE is_demo = 1 ORDER BY id").ToList();
    }

    /// <summary>True when the jurisdiction exists only for the demo.</summary>
    public static bool IsDemoJurisdiction(AssessmentDb db, string code)
    {
        using var c = db.OpenRead();
        return c.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM jurisdictions WHERE code = @code AND source = @source)",
            new { code, source = JurisdictionSource });
    }
}
