using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Assessment.Data.Tests.Postgres;

/// <summary>
/// A schema written as comparable lines: tables, columns (name, mapped type, nullability, default, in their order),
/// primary and unique keys, foreign keys and the indexes created by name. Each provider's catalogue is read and
/// normalised to one vocabulary; the type mappings are the ones docs/postgres.md explains:
/// INTEGER -> bigint, TEXT -> text, and SQLite's rowid alias (INTEGER PRIMARY KEY of a rowid table) -> an identity column.
/// </summary>
internal static partial class SchemaShape
{
    public static List<string> Of(SqliteConnection c)
    {
        var lines = new List<string>();
        var tables = c.Query<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").ToList();
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table}");
            var columns = c.Query<(string Name, string Type, long NotNull, string? Default, long Pk)>(
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(@table) ORDER BY cid", new { table }).ToList();
            var key = columns.Where(col => col.Pk > 0).OrderBy(col => col.Pk).Select(col => col.Name).ToList();
            // schema_version.version is a rowid alias too, but the migrator always writes the script's number:
            // PostgreSQL's schema_version (MigrationDialect) rightly has no identity.
            var rowidAlias = key.Count == 1 && !sql.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase) && table != "schema_version";
            foreach (var col in columns)
            {
                var type = col.Type.ToUpperInvariant() switch { "INTEGER" => "bigint", "TEXT" => "text", var other => "unmapped " + other };
                var identity = rowidAlias && col.Pk == 1 && type == "bigint" ? " identity" : "";
                lines.Add(Column(table, col.Name, type + identity, col.NotNull == 1, col.Default));
            }
            if (key.Count > 0) lines.Add($"primary key {table} ({string.Join(",", key)})");
            foreach (var (index, origin) in c.Query<(string Name, string Origin)>("SELECT name, origin FROM pragma_index_list(@table)", new { table }))
            {
                var indexColumns = string.Join(",", c.Query<string>("SELECT name FROM pragma_index_info(@index) ORDER BY seqno", new { index }));
                if (origin == "u") lines.Add($"unique {table} ({indexColumns})");
                if (origin == "c") lines.Add($"index {index} on {table} ({indexColumns})");
            }
            foreach (var fk in c.Query<(long Id, long Seq, string Table, string From, string To)>(
                    "SELECT id, seq, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(@table)", new { table })
                .GroupBy(f => f.Id))
            {
                var ordered = fk.OrderBy(f => f.Seq).ToList();
                lines.Add($"foreign key {table} ({string.Join(",", ordered.Select(f => f.From))}) -> {ordered[0].Table} ({string.Join(",", ordered.Select(f => f.To))})");
            }
        }
        return Sorted(lines);
    }

    public static List<string> Of(NpgsqlConnection c)
    {
        var lines = new List<string>();
        foreach (var table in c.Query<string>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"))
            lines.Add($"table {table}");
        foreach (var col in c.Query<(string Table, string Name, string Type, string Nullable, string? Default, string Identity)>("""
            SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
            FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """))
            lines.Add(Column(col.Table, col.Name, col.Type + (col.Identity == "YES" ? " identity" : ""), col.Nullable == "NO",
                col.Default is null ? null : CastSuffix().Replace(col.Default, "")));
        foreach (var k in c.Query<(string Table, string Kind, string Columns, string? Referenced, string? ReferencedColumns)>($"""
            SELECT k.conrelid::regclass::text, k.contype::text, {Names("k.conrelid", "k.conkey")},
                   k.confrelid::regclass::text, {Names("k.confrelid", "k.confkey")}
            FROM pg_constraint k
            WHERE k.connamespace = current_schema()::regnamespace AND k.contype IN ('p', 'u', 'f')
            """))
            lines.Add(k.Kind switch
            {
                "p" => $"primary key {k.Table} ({k.Columns})",
                "u" => $"unique {k.Table} ({k.Columns})",
                _ => $"foreign key {k.Table} ({k.Columns}) -> {k.Referenced} ({k.ReferencedColumns})",
            });
        // Indexes created by name: those that back no primary key or unique constraint of their table.
        foreach (var (index, table, columns) in c.Query<(string, string, string)>($"""
            SELECT i.relname, t.relname, {Names("x.indrelid", "x.indkey::int2[]")}
            FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid)
            """))
            lines.Add($"index {index} on {table} ({columns})");
        return Sorted(lines);
    }

    /// <summary>Trigger names: sqlite_schema's, and PostgreSQL's own (not those behind foreign keys).</summary>
    public static List<string> Triggers(SqliteConnection c) =>
        c.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").ToList();

    public static List<string> Triggers(NpgsqlConnection c) =>
        c.Query<string>("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname COLLATE \"C\"").ToList();

    /// <summary>A subquery: the names of the columns <paramref name="attnums"/> of <paramref name="relation"/> in key order, comma-joined.</summary>
    private static string Names(string relation, string attnums) =>
        $"(SELECT string_agg(a.attname, ',' ORDER BY n.i) FROM unnest({attnums}) WITH ORDINALITY AS n(attnum, i) " +
        $"JOIN pg_attribute a ON a.attrelid = {relation} AND a.attnum = n.attnum)";

    private static string Column(string table, string name, string type, bool notNull, string? dflt) =>
        $"column {table}.{name} {type}{(notNull ? " not null" : " null")}{(dflt is null ? "" : " default " + dflt)}";

    // Columns keep their order within a table (ALTER TABLE ADD COLUMN appends on both); everything else is sorted.
    private static List<string> Sorted(List<string> lines) =>
        lines.Select((line, i) => (line, i)).OrderBy(x => x.line.StartsWith("column ", StringComparison.Ordinal) ? x.line.Split('.')[0] : x.line, StringComparer.Ordinal)
            .ThenBy(x => x.i).Select(x => x.line).ToList();

    [GeneratedRegex("::[a-z ]+$")]
    private static partial Regex CastSuffix();
}
