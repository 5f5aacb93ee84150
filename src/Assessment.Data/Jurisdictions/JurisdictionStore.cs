using System.Data.Common;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Jurisdictions;

public sealed class JurisdictionStore(AssessmentDb db)
{
    private const string Columns =
        "code AS Code, name_zh AS NameZh, name_en AS NameEn, level AS Level, kind AS Kind, parent_code AS ParentCode";

    public Jurisdiction? Find(string code)
    {
        using var c = db.OpenRead();
        return c.QuerySingleOrDefault<Jurisdiction>($"SELECT {Columns} FROM jurisdictions WHERE code = @code", new { code });
    }

    public IReadOnlyList<Jurisdiction> List(string? level = null)
    {
        using var c = db.OpenRead();
        return c.Query<Jurisdiction>(
            $"SELECT {Columns} FROM jurisdictions WHERE @level IS NULL OR level = @level ORDER BY code", new { level }).ToList();
    }

    public int Count(string level)
    {
        using var c = db.OpenRead();
        return c.ExecuteScalar<int>("SELECT count(*) FROM jurisdictions WHERE level = @level", new { level });
    }

    /// <summary>Streams every jurisdiction in code order (parents before children share a prefix, not an order).</summary>
    public IEnumerable<Jurisdiction> Stream()
    {
        using var c = db.OpenRead();
        foreach (var j in c.Query<Jurisdiction>($"SELECT {Columns} FROM jurisdictions ORDER BY code", buffered: false))
            yield return j;
    }

    /// <summary>
    /// Inserts or updates the rows in one transaction, parents first, auditing each real change.
    /// Returns how many rows were inserted or changed.
    /// </summary>
    public int Upsert(IReadOnlyList<Jurisdiction> rows, string source, string actor) =>
        db.Writer.Write((c, tx) => Upsert(c, tx, rows, source, actor, Clock.Stamp(db.Time)));

    internal static int Upsert(DbConnection c, DbTransaction tx, IReadOnlyList<Jurisdiction> rows, string source, string actor, string at)
    {
        // The cycle check and the audited old values rest on the whole table as read, so upserts (and the English
        // names' fill) run one after another on PostgreSQL: a second node's upsert of the same codes waits, then reads
        // the first's rows. A table lock, as no row lock covers rows not inserted yet; reads and sign-ins go on.
        SqlDialect.Of(c).LockForWriters(c, tx, "jurisdictions");
        var existing = c.Query<Jurisdiction>($"SELECT {Columns} FROM jurisdictions", transaction: tx).ToDictionary(j => j.Code);
        // Checked here, inside the write, whoever calls: a cycle would make every walk up the parents endless.
        if (JurisdictionChains.Cycles(existing.Values, rows).FirstOrDefault() is { Code: not null } cycle)
            throw new ArgumentException($"The parent chain of {cycle.Code} is a cycle: {cycle.Chain}.");
        var changed = 0;
        // Provinces, then prefectures, then counties, so every parent exists before its children.
        foreach (var j in rows.OrderBy(r => LevelRank(r.Level)))
        {
            if (existing.TryGetValue(j.Code, out var old) && old == j) continue;
            c.Execute("""
                INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source)
                VALUES (@Code, @NameZh, @NameEn, @Level, @Kind, @ParentCode, @source)
                ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
                    level = excluded.level, kind = excluded.kind, parent_code = excluded.parent_code, source = excluded.source
                """, new { j.Code, j.NameZh, j.NameEn, j.Level, j.Kind, j.ParentCode, source }, tx);
            AuditLog.Append(c, tx, at, actor, "jurisdiction", j.Code, old is null ? null : Describe(old), Describe(j), source);
            changed++;
        }
        return changed;
    }

    /// <summary>
    /// Sets name_en from the reference rows on rows of <paramref name="source"/> whose name_en still equals name_zh
    /// and whose Chinese name is the reference's, auditing each. Rows from an import (another source) or with an
    /// English name of their own are never touched. The reference is loaded only when some row needs it.
    /// </summary>
    public int FillEnglishNames(string source, Func<IReadOnlyList<Jurisdiction>> loadReference, string actor)
    {
        // Looked for on a read connection first: this runs at every start, and nearly always finds nothing to do.
        using (var read = db.OpenRead())
            if (!read.ExecuteScalar<bool>(
                "SELECT EXISTS (SELECT 1 FROM jurisdictions WHERE source = @source AND name_en = name_zh)", new { source }))
                return 0;
        return db.Writer.Write((c, tx) =>
        {
            db.Dialect.LockForWriters(c, tx, "jurisdictions");
            var untranslated = c.Query<Jurisdiction>(
                $"SELECT {Columns} FROM jurisdictions WHERE source = @source AND name_en = name_zh", new { source }, tx).ToList();
            if (untranslated.Count == 0) return 0;
            var reference = loadReference().ToDictionary(j => j.Code);
            var at = Clock.Stamp(db.Time);
            var changed = 0;
            foreach (var old in untranslated)
            {
                if (!reference.TryGetValue(old.Code, out var named) || named.NameZh != old.NameZh || named.NameEn == old.NameEn) continue;
                var renamed = old with { NameEn = named.NameEn };
                c.Execute("UPDATE jurisdictions SET name_en = @NameEn WHERE code = @Code", renamed, tx);
                AuditLog.Append(c, tx, at, actor, "jurisdiction", old.Code, Describe(old), Describe(renamed), source);
                changed++;
            }
            return changed;
        });
    }

    private static int LevelRank(string level) => level switch { "province" => 0, "prefecture" => 1, _ => 2 };

    private static string Describe(Jurisdiction j) =>
        $"{j.NameZh} | {j.NameEn} | {j.Level} | {j.Kind} | parent {j.ParentCode ?? "-"}";
}
