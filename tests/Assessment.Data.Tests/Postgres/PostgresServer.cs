using Dapper;
using Npgsql;

namespace Assessment.Data.Tests.Postgres;

/// <summary>
/// The PostgreSQL server the tests run against, named by ASSESSMENT_TEST_POSTGRES: an Npgsql connection string of a
/// role that may CREATE DATABASE (tests/run starts a throwaway cluster and sets it), or "off" to skip these tests.
/// Unset, or a cluster that did not start, fails them: a missing server must never pass for a green run.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "ASSESSMENT_TEST_POSTGRES";

    public static bool Off => string.Equals(Environment.GetEnvironmentVariable(Variable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase);

    public static string ConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable)?.Trim();
            if (string.IsNullOrEmpty(value))
                throw new InvalidOperationException(
                    $"{Variable} is not set, so there is no PostgreSQL server to test against. Run the tests through tests/run " +
                    $"(it starts a throwaway cluster), or set {Variable} to the connection string tests/postgres/cluster.sh start " +
                    $"prints, or to 'off' to skip the PostgreSQL tests knowingly.");
            if (value.StartsWith("unavailable", StringComparison.Ordinal))
                throw new InvalidOperationException($"{Variable} says '{value}': the PostgreSQL tests cannot run (tests/run printed why).");
            return value;
        }
    }
}

/// <summary>A test that needs PostgreSQL: skipped only when ASSESSMENT_TEST_POSTGRES=off, failing when the server is missing.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.Off) Skip = $"{PostgresServer.Variable}=off";
    }
}

/// <summary>
/// A database of its own for one test (CREATE DATABASE with a random name), dropped at the end. Created from template0
/// with the C collation, as docs/postgres.md asks of a real one, whatever the server's default.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public string Name { get; } = "assessment_test_" + Guid.NewGuid().ToString("N");

    public string ConnectionString { get; }

    /// <param name="locale">The CREATE DATABASE options that set its collation.</param>
    /// <param name="template">The database copied: template0, or a migrated one (Stores/PostgresTemplate).</param>
    public PostgresDatabase(string locale = "LC_COLLATE 'C' LC_CTYPE 'C'", string template = "template0")
    {
        using (var admin = OpenAdmin())
            admin.Execute(template == "template0"
                ? $"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8' {locale}"
                : $"CREATE DATABASE {Name} TEMPLATE {template}");
        // Not pooled: a connection closed by a test is really closed, and DROP DATABASE finds nobody connected.
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = Name, Pooling = false }.ToString();
    }

    public NpgsqlConnection Open()
    {
        var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        return c;
    }

    internal static NpgsqlConnection OpenAdmin()
    {
        var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Pooling = false }.ToString());
        c.Open();
        return c;
    }

    public void Dispose()
    {
        using var admin = OpenAdmin();
        admin.Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }
}
