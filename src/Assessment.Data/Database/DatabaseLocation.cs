using Npgsql;

namespace Assessment.Data.Database;

/// <summary>
/// Where the data is: an SQLite file (the default, in the data folder) or a PostgreSQL database, named on the command
/// line as <c>--database postgres://user:password@host:port/database</c> or in configuration as an Npgsql connection
/// string (ConnectionStrings:Assessment).
/// </summary>
public sealed record DatabaseLocation
{
    private DatabaseLocation(string? sqliteFile, string? postgresConnectionString)
    {
        SqliteFile = sqliteFile;
        PostgresConnectionString = postgresConnectionString;
    }

    public string? SqliteFile { get; }
    public string? PostgresConnectionString { get; }
    public bool IsPostgres => PostgresConnectionString is not null;

    public static DatabaseLocation Sqlite(string file) => new(file, null);

    /// <summary>A PostgreSQL database from a postgres:// (or postgresql://) URL or an Npgsql connection string.</summary>
    /// <exception cref="FormatException">Neither, said with what was expected (the password never repeated).</exception>
    public static DatabaseLocation Postgres(string urlOrConnectionString) => new(null, ToConnectionString(urlOrConnectionString.Trim()));

    /// <summary>True for a value that names a PostgreSQL database rather than a file.</summary>
    public static bool LooksLikePostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The database for messages and logs: postgres://user@host:port/database, without the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    public override string ToString() => SqliteFile ?? Describe(PostgresConnectionString!);

    private static string ToConnectionString(string value)
    {
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(value).ConnectionString;
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"not an Npgsql connection string ({e.Message}); expected Host=...;Port=...;Username=...;Password=...;Database=...");
            }
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql") || string.IsNullOrEmpty(uri.Host))
            throw new FormatException("expected postgres://user:password@host:port/database");
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0) throw new FormatException("the postgres:// URL names no database: postgres://user:password@host:port/database");
        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = database,
        };
        if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) builder.Password = Uri.UnescapeDataString(user[1]);
        return builder.ConnectionString;
    }
}
