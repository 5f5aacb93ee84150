using System.Data;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Audit;

/// <summary>
/// Which audit rows to show. Entity matches itself and its sub-entities ("account" also finds "account.role");
/// actor matches a part of the name; From and To bound the time (To exclusive); a round or a jurisdiction selects
/// the rows about it: its answers, responses, comments, reconciliations, assignments and status changes.
/// </summary>
public sealed record AuditFilter(
    string? Actor = null, string? Entity = null, DateTimeOffset? From = null, DateTimeOffset? To = null,
    long? RoundId = null, string? JurisdictionCode = null)
{
    public bool Scoped => RoundId is not null || !string.IsNullOrWhiteSpace(JurisdictionCode);
}

public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total);

/// <summary>
/// Reads the audit trail for the administrators' page and its CSV. Rows name their round and jurisdiction only
/// inside their keys (response:{id}/item:…, round:{r}/jurisdiction:{j}/…), so a round or jurisdiction filter is
/// answered by range scans on the (entity, entity_key) index per response, never by parsing every row.
/// </summary>
public sealed class AuditQuery(AssessmentDb db)
{
    private const string Columns = """
        a.id AS Id, a.at AS At, a.actor AS Actor, a.entity AS Entity, a.entity_key AS EntityKey,
        a.old_value AS OldValue, a.new_value AS NewValue, a.reason AS Reason
        """;

    // '0' is the character after '/': "response:12/" <= key < "response:120" is exactly response 12's rows.
    private string Scope => $"""
        WITH scoped_responses AS (
            SELECT id FROM responses
            WHERE (@RoundId IS NULL OR round_id = @RoundId) AND (@Jurisdiction IS NULL OR jurisdiction_code = @Jurisdiction)
        ),
        scoped (id) AS (
            SELECT a.id FROM scoped_responses r JOIN audit_log a
                ON a.entity IN ('answer', 'response.comment')
               AND a.entity_key >= 'response:' || r.id || '/' AND a.entity_key < 'response:' || r.id || '0'
            UNION ALL
            SELECT a.id FROM scoped_responses r JOIN audit_log a ON a.entity = 'response.status' AND a.entity_key = CAST(r.id AS TEXT)
            UNION ALL
            SELECT a.id FROM audit_log a
            WHERE a.entity IN ('reconciled_answer', 'assignment')
              AND (@RoundId IS NULL OR (a.entity_key >= 'round:' || @RoundId || '/' AND a.entity_key < 'round:' || @RoundId || '0'))
              AND (@Jurisdiction IS NULL OR {db.Dialect.Contains("a.entity_key", "'/jurisdiction:' || @Jurisdiction || '/'")})
            UNION ALL
            SELECT a.id FROM audit_log a
            WHERE @Jurisdiction IS NULL AND a.entity IN ('round', 'round.status') AND a.entity_key = CAST(@RoundId AS TEXT)
            UNION ALL
            SELECT a.id FROM audit_log a WHERE @RoundId IS NULL AND a.entity = 'jurisdiction' AND a.entity_key = @Jurisdiction
        )
        """;

    private string Where => $"""
        WHERE (@Scoped = 0 OR a.id IN (SELECT id FROM scoped))
          AND (@Actor IS NULL OR {db.Dialect.Contains("lower(a.actor)", "lower(@Actor)")})
          AND (@Entity IS NULL OR a.entity = @Entity OR a.entity LIKE @Entity || '.%')
          AND (@From IS NULL OR a.at >= @From)
          AND (@To IS NULL OR a.at < @To)
        """;

    public AuditPage Page(AuditFilter filter, int offset, int limit)
    {
        using var c = db.OpenRead();
        var p = Parameters(filter);
        p.Add("Offset", Math.Max(0, offset));
        p.Add("Limit", Math.Clamp(limit, 1, 1000));
        var total = c.ExecuteScalar<int>($"{Scope} SELECT count(*) FROM audit_log a {Where}", p);
        var rows = c.Query<AuditEntry>($"{Scope} SELECT {Columns} FROM audit_log a {Where} ORDER BY a.id DESC LIMIT @Limit OFFSET @Offset", p).ToList();
        return new AuditPage(rows, total);
    }

    /// <summary>Every matching row, oldest first, read as it is written out (an export of millions of rows stays flat in memory).</summary>
    public IEnumerable<AuditEntry> Stream(AuditFilter filter)
    {
        using var c = db.OpenRead();
        foreach (var row in c.Query<AuditEntry>($"{Scope} SELECT {Columns} FROM audit_log a {Where} ORDER BY a.id", Parameters(filter), buffered: false))
            yield return row;
    }

    /// <summary>The entity names present, for the page's filter list.</summary>
    public IReadOnlyList<string> Entities()
    {
        using var c = db.OpenRead();
        return c.Query<string>("SELECT DISTINCT entity FROM audit_log ORDER BY entity").ToList();
    }

    private static DynamicParameters Parameters(AuditFilter f)
    {
        var p = new DynamicParameters();
        p.Add("Scoped", f.Scoped ? 1 : 0);
        // Typed, nulls included: PostgreSQL cannot tell the type of an untyped null in "@X IS NULL".
        p.Add("RoundId", f.RoundId, DbType.Int64);
        p.Add("Jurisdiction", string.IsNullOrWhiteSpace(f.JurisdictionCode) ? null : f.JurisdictionCode.Trim(), DbType.String);
        p.Add("Actor", string.IsNullOrWhiteSpace(f.Actor) ? null : f.Actor.Trim(), DbType.String);
        p.Add("Entity", string.IsNullOrWhiteSpace(f.Entity) ? null : f.Entity.Trim(), DbType.String);
        p.Add("From", f.From is { } from ? Clock.Format(from) : null, DbType.String);
        p.Add("To", f.To is { } to ? Clock.Format(to) : null, DbType.String);
        return p;
    }
}
