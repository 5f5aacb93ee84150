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
/// </summary>
public static class Migrator
{
    public static IReadOnlyList<Migration> Embedded { get; } = LoadEmbedded();

    public static IReadOnlyList<Migration> Apply(
        SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT NOT NULL,
                checksum   TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """);
        var applied = connection.Query<(long Version, string Name, string Checksum)>(
            "SELECT version, name, checksum FROM schema_version ORDER BY version").ToList();

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
        if (pending.Count == 0) return pending;

        using var tx = connection.BeginTransaction();
        foreach (var m in pending)
        {
            connection.Execute(m.Sql, transaction: tx);
            connection.Execute(
                "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (@Version, @Name, @Checksum, @At)",
                new { m.Version, m.Name, m.Checksum, At = Clock.Stamp(time) }, tx);
        }
        tx.Commit();
        return pending;
    }

    private static IReadOnlyList<Migration> LoadEmbedded()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "Assessment.Data.Migrations.";
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
