using System.Reflection;
using Assessment.Data.Database;
using Assessment.Data.Tests.Postgres;
using Dapper;
using Npgsql;
using Xunit.Sdk;

namespace Assessment.Data.Tests.Stores;

/// <summary>The store's two databases: a store test is a theory over both (<see cref="SqliteDataAttribute"/>, <see cref="PostgresDataAttribute"/>).</summary>
public enum Provider { Sqlite, Postgres }

/// <summary>Runs the theory on SQLite.</summary>
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider.Sqlite]];
}

/// <summary>
/// Runs the theory on PostgreSQL (ASSESSMENT_TEST_POSTGRES): skipped, visibly, only when it is "off"; unset or
/// unavailable, the case fails with the reason when it opens its database.
/// </summary>
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (PostgresServer.Off) Skip = $"{PostgresServer.Variable}=off";
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[Provider.Postgres]];
}

/// <summary>
/// A migrated, empty PostgreSQL database made once per test run; each test's database is a copy of it (CREATE
/// DATABASE ... TEMPLATE), which costs a file copy instead of eight migrations.
/// </summary>
internal static class PostgresTemplate
{
    private static readonly Lazy<string> name = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Name => name.Value;

    private static string Create()
    {
        var template = "assessment_template_" + Guid.NewGuid().ToString("N");
        using (var admin = PostgresDatabase.OpenAdmin())
            admin.Execute($"CREATE DATABASE {template} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        var cs = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = template, Pooling = false }.ToString();
        using (var c = new NpgsqlConnection(cs))
        {
            c.Open();
            Migrator.Apply(c, MigrationDialect.Postgres, MigrationDialect.Postgres.Scripts, TimeProvider.System);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            using var admin = PostgresDatabase.OpenAdmin();
            admin.Execute($"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
        };
        return template;
    }
}

/// <summary>One InlineData row on PostgreSQL (the row's values, then Provider.Postgres), skipped as <see cref="PostgresDataAttribute"/> is.</summary>
public sealed class PostgresInlineDataAttribute : DataAttribute
{
    private readonly object?[] data;

    public PostgresInlineDataAttribute(params object?[] data)
    {
        this.data = data;
        if (PostgresServer.Off) Skip = $"{PostgresServer.Variable}=off";
    }

    public override IEnumerable<object?[]> GetData(MethodInfo testMethod) => [[.. data, Provider.Postgres]];
}
