using System.Data.Common;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Database;

/// <summary>One numbered SQL script, e.g. Migrations/0003_responses_answers_audit.sql.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    // Computed, not stored, so a copy made with `with { Sql = ... }` has the checksum of its own text.
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}

/// <summary>A database that this program must not touch: a changed applied script, or a schema newer than the program.</summary>
public sealed class MigrationException(string message) : Exception(message);

/// <summary>
/// Applies the numbered scripts embedded from Migrations/ in order, all pending ones in one transaction, and records
/// each in schema_version with its SHA-256. A script whose text changed after it was applied stops start-up:
/// the database was built by different SQL than the program carries, and guessing would risk the data.
/// The same rules for SQLite and PostgreSQL; what differs between them is in <see cref="MigrationDialect"/>. The check
/// runs inside the migrating transaction, so a second process starting at the same time waits and then finds nothing to do.
/// </summary>
public static class Migrator
{
    /// <summary>The SQLite scripts (Migrations/*.sql); <see cref="MigrationDialect.Postgres"/> has PostgreSQL's.</summary>
    public static IReadOnlyList<Migration> Embedded => MigrationDialect.Sqlite.Scripts;

    public static IReadOnlyList<Migration> Apply(
        SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider time) =>
        Apply(connection, MigrationDialect.Sqlite, migrations, time);

    /// <summary>
    /// Checks the applied scripts and applies the pending ones of <paramref name="migrations"/> (the dialect's own
    /// scripts, or a test's variant of them), all in one transaction; returns those applied.
    /// </summary>
    public static IReadOnlyList<Migration> Apply(
        DbConnection connection, MigrationDialect dialect, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        using var tx = connection.BeginTransaction();
        if (dialect.LockSql is { } lockSql) connection.Execute(lockSql, transaction: tx);
        dialect.Check?.Invoke(connection, tx);
        connection.Execute(dialect.SchemaVersionDdl, transaction: tx);
        var applied = connection.Query<(long Version, string Name, string Checksum)>(
            "SELECT version, name, checksum FROM schema_version ORDER BY version", transaction: tx).ToList();

        var known = migrations.ToDictionary(m => m.Version);
        foreach (var (version, name, checksum) in applied)
        {
            if (!known.TryGetValue((int)version, out var script))
                throw new MigrationException(
                    $"The database has migration {name} applied, which this program does not have. " +
                    "It was created by a newer version of Assessment; run that version or restore a backup.");
            if (script.Checksum != checksum)
                throw new MigrationException(
                    $"Migration {script.Name} was changed after it was applied to this database " +
                    $"(recorded SHA-256 {checksum}, now {script.Checksum}). Applied migrations must never be edited: " +
                    "restore the original script and put the change in a new numbered migration.");
        }

        var done = applied.Select(a => (int)a.Version).ToHashSet();
        var pending = migrations.Where(m => !done.Contains(m.Version)).OrderBy(m => m.Version).ToList();
        foreach (var m in pending)
        {
            connection.Execute(m.Sql, transaction: tx);
            connection.Execute(
                "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, @At)",
                new { Version = (long)m.Version, m.Name, m.Checksum, At = Clock.Stamp(time) }, tx);
        }
        tx.Commit();
        return pending;
    }

    /// <summary>The scripts embedded under <paramref name="prefix"/> (a dialect's), in version order.</summary>
    internal static IReadOnlyList<Migration> LoadEmbedded(string prefix)
    {
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[prefix.Length..]))
            .OrderBy(m => m.Version)
            .ToArray();
    }

    private static Migration Read(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Line endings are normalised so a checkout with CRLF does not look like an edited script.
        var sql = reader.ReadToEnd().Replace("\r\n", "\n");
        var number = fileName.Split('_', 2)[0];
        if (!int.TryParse(number, out var version))
            throw new MigrationException($"Migration file {fileName} must start with a number, e.g. 0004_name.sql.");
        return new Migration(version, fileName, sql);
    }
}
