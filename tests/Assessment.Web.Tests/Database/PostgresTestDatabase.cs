using Dapper;
using Npgsql;

namespace Assessment.Web.Tests.Database;

/// <summary>
/// A database of its own on the server ASSESSMENT_TEST_POSTGRES names (tests/run starts a throwaway cluster), created
/// with the C collation the app requires and dropped when disposed. The app is given <see cref="Url"/>.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "ASSESSMENT_TEST_POSTGRES";

    public string Name { get; } = "assessment_web_" + Guid.NewGuid().ToString("N");

    /// <summary>The URL the app is given: the server's role and password, this database.</summary>
    public string Url { get; }

    public PostgresTestDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString());
        using (var admin = Admin())
            admin.Execute($"CREATE DATABASE {Name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        Url = $"postgres://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password!)}@{server.Host}:{server.Port}/{Name}";
    }

    /// <summary>The server's connection string; unset or unavailable fails the test with the reason (never passes).</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable)?.Trim();
        if (string.IsNullOrEmpty(value) || value.StartsWith("unavailable", StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"{Variable} is '{value}': there is no PostgreSQL server to test against. Run the tests through tests/run (it starts a " +
                $"throwaway cluster), or set {Variable} to what tests/postgres/cluster.sh start prints, or to 'off' to skip these tests knowingly.");
        return value;
    }

    /// <summary>A connection to this database, for a test to read what the app stored.</summary>
    public NpgsqlConnection Open()
    {
        var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = Name, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        using (var admin = Admin())
            admin.Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        return ValueTask.CompletedTask;
    }

    private static NpgsqlConnection Admin() =>
        new(new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Pooling = false }.ToString());
}

/// <summary>A test that needs PostgreSQL: skipped only when ASSESSMENT_TEST_POSTGRES=off, failing when the server is missing.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
            Skip = $"{PostgresTestDatabase.Variable}=off";
    }
}
