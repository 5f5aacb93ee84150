using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Keys;

/// <summary>One key of ASP.NET Core's data-protection key ring, as its XML element's text.</summary>
public sealed record StoredKey(string Name, string Xml);

/// <summary>
/// The data-protection key ring in the database (0009), for installations with several app nodes: a cookie or
/// antiforgery token one node protected must be readable by the others, so they all read the same keys. Keys are only
/// added (the key ring marks expiry and revocation inside the XML); the same name twice keeps the first.
/// </summary>
public static class DataProtectionKeyStore
{
    public static IReadOnlyList<StoredKey> All(AssessmentDb db)
    {
        using var c = db.OpenRead();
        return c.Query<StoredKey>("SELECT name AS Name, xml AS Xml FROM data_protection_keys ORDER BY id").AsList();
    }

    public static void Add(AssessmentDb db, string name, string xml) =>
        db.Writer.Write((c, tx) => c.Execute("""
            INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at)
            ON CONFLICT (name) DO NOTHING
            """, new { name, xml, at = Clock.Stamp(db.Time) }, tx));
}
