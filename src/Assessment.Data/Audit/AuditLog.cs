using System.Data.Common;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Audit;

public sealed record AuditEntry(long Id, string At, string Actor, string Entity, string EntityKey, string? OldValue, string? NewValue, string? Reason);

/// <summary>
/// The append-only trail of every change. Appended inside the writer's transaction of the change itself, so a
/// change and its audit row are committed together or not at all. Triggers in 0003 refuse UPDATE and DELETE.
/// </summary>
public static class AuditLog
{
    internal const string InsertSql = """
        INSERT INTO audit_log (at, actor, entity, entity_key, old_value, new_value, reason)
        VALUES (@At, @Actor, @Entity, @EntityKey, @OldValue, @NewValue, @Reason)
        """;

    internal static void Append(DbConnection c, DbTransaction tx, string at, string actor, string entity,
        string entityKey, string? oldValue, string? newValue, string? reason = null) =>
        c.Execute(InsertSql, Row(at, actor, entity, entityKey, oldValue, newValue, reason), tx);

    /// <inheritdoc cref="Append"/>
    internal static Task AppendAsync(DbConnection c, DbTransaction tx, string at, string actor, string entity,
        string entityKey, string? oldValue, string? newValue, string? reason = null) =>
        c.ExecuteAsync(InsertSql, Row(at, actor, entity, entityKey, oldValue, newValue, reason), tx);

    private static object Row(string at, string actor, string entity, string entityKey, string? oldValue, string? newValue, string? reason) =>
        new { At = at, Actor = actor, Entity = entity, EntityKey = entityKey, OldValue = oldValue, NewValue = newValue, Reason = reason };

    public static IReadOnlyList<AuditEntry> For(AssessmentDb db, string entity, string entityKey)
    {
        using var c = db.OpenRead();
        return c.Query<AuditEntry>("""
            SELECT id AS Id, at AS At, actor AS Actor, entity AS Entity, entity_key AS EntityKey,
                   old_value AS OldValue, new_value AS NewValue, reason AS Reason
            FROM audit_log WHERE entity = @entity AND entity_key = @entityKey ORDER BY id
            """, new { entity, entityKey }).ToList();
    }
}
