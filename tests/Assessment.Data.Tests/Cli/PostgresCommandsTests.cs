using Assessment.Data.Tests.Postgres;
using Assessment.Data.Tests.Stores;
using Npgsql;

namespace Assessment.Data.Tests.Cli;

/// <summary>The store commands given a PostgreSQL database (--db postgres://… or --database) instead of a file.</summary>
public class PostgresCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Assessment.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Url(PostgresDatabase database)
    {
        var b = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"postgres://{b.Username}:{b.Password}@{b.Host}:{b.Port}/{b.Database}";
    }

    [PostgresFact]
    public void Accounts_and_jurisdictions_commands_work_on_a_postgres_url()
    {
        using var database = new PostgresDatabase(template: PostgresTemplate.Name);
        var url = Url(database);

        var (added, _, addErr) = Run("accounts", "add", "--database", url, "--user", "pgadmin", "--role", "administrator");
        Assert.True(added == 0, addErr);
        var (listed, list, _) = Run("accounts", "list", "--db", url);
        Assert.Equal(0, listed);
        Assert.Contains("pgadmin", list);
    }

    [PostgresFact]
    public void Backup_and_restore_refuse_a_postgres_database_naming_pg_dump_and_exit_2()
    {
        using var database = new PostgresDatabase(template: PostgresTemplate.Name);
        using var temp = new TempFolder();
        var url = Url(database);

        var backup = Run("backup", "--db", url, "--to", temp.File("copy.db"));
        var restore = Run("restore", "--db", url, "--from", temp.File("copy.db"));

        foreach (var (code, _, err) in new[] { backup, restore })
        {
            Assert.Equal(2, code);
            Assert.Contains("pg_dump", err);
            Assert.DoesNotContain($":{new NpgsqlConnectionStringBuilder(database.ConnectionString).Password}@", err);
            Assert.DoesNotContain("Password=", err);
        }
        Assert.False(File.Exists(temp.File("copy.db")));
    }

    [PostgresFact]
    public void A_server_that_refuses_the_password_is_a_located_message_and_exit_2_without_the_password()
    {
        using var database = new PostgresDatabase(template: PostgresTemplate.Name);
        var b = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var url = $"postgres://{b.Username}:Wrong-Secret-9@{b.Host}:{b.Port}/{b.Database}";

        var (code, _, err) = Run("accounts", "list", "--db", url);

        Assert.Equal(2, code);
        Assert.Contains($"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}: cannot open", err);
        Assert.DoesNotContain("Wrong-Secret-9", err);
    }
}
