using System.Security.Cryptography;
using System.Text;
using Assessment.Data.Database;
using Dapper;
using Npgsql;

namespace Assessment.Data.Tests.Postgres;

/// <summary>The migrator on PostgreSQL: the rules MigratorTests holds for SQLite, against a database of each test's own.</summary>
public class PostgresMigratorTests
{
    private static readonly MigrationDialect Pg = MigrationDialect.Postgres;

    private static readonly string[] Names =
    [
        "0001_jurisdictions_accounts.sql", "0002_instruments_rounds.sql", "0003_responses_answers_audit.sql", "0004_review_comments.sql",
        "0005_demo_flag.sql", "0006_account_security.sql", "0007_append_only_comments.sql", "0008_password_set_at.sql",
        "0009_data_protection_keys.sql",
    ];

    [PostgresFact]
    public void An_empty_database_gets_every_script_recorded_with_the_sha256_of_its_file()
    {
        using var db = new PostgresDatabase();
        using var c = db.Open();

        var applied = Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System);

        Assert.Equal(Names, applied.Select(m => m.Name));
        var recorded = Versions(c);
        Assert.Equal(Enumerable.Range(1, 9).Select(v => (long)v), recorded.Select(r => r.Version));
        Assert.Equal(Names, recorded.Select(r => r.Name));
        // Hashed here from the files in the repository, not through the embedded copies the migrator read.
        Assert.Equal(Names.Select(FileSha256), recorded.Select(r => r.Checksum));
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'answers'"));
    }

    [PostgresFact]
    public void A_second_apply_changes_nothing()
    {
        using var db = new PostgresDatabase();
        using var c = db.Open();
        Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System);
        var first = Versions(c);

        Assert.Empty(Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System));
        Assert.Equal(first, Versions(c));
    }

    [PostgresFact]
    public void A_changed_applied_script_stops_start_up_with_a_message_naming_it()
    {
        using var db = new PostgresDatabase();
        using var c = db.Open();
        Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System);
        var edited = Pg.Scripts.Select(m => m.Version == 2 ? m with { Sql = m.Sql + "\n-- edited" } : m).ToList();

        var error = Assert.Throws<MigrationException>(() => Migrator.Apply(c, Pg, edited, TimeProvider.System));
        Assert.Contains("0002_instruments_rounds.sql", error.Message);
        Assert.Contains("changed after it was applied", error.Message);
    }

    [PostgresFact]
    public void A_database_from_a_newer_program_is_refused()
    {
        using var db = new PostgresDatabase();
        using var c = db.Open();
        Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System);

        var error = Assert.Throws<MigrationException>(() => Migrator.Apply(c, Pg, Pg.Scripts.Take(1).ToList(), TimeProvider.System));
        Assert.Contains("newer version", error.Message);
    }

    [PostgresFact]
    public void A_failing_script_leaves_no_partial_schema()
    {
        using var db = new PostgresDatabase();
        using var c = db.Open();
        var broken = Pg.Scripts.Append(new Migration(99, "0099_broken.sql", "CREATE TABLE half (x bigint); SELECT * FROM no_such_table;")).ToList();

        var error = Assert.Throws<PostgresException>(() => Migrator.Apply(c, Pg, broken, TimeProvider.System));
        Assert.Contains("no_such_table", error.MessageText);
        // DDL is transactional in PostgreSQL: not even schema_version or 0001's tables stay behind.
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    }

    [PostgresFact]
    public async Task Two_nodes_starting_at_once_migrate_once()
    {
        using var db = new PostgresDatabase();
        using var a = db.Open();
        using var b = db.Open();

        var counts = await Task.WhenAll(
            Task.Run(() => Migrator.Apply(a, Pg, Pg.Scripts, TimeProvider.System).Count),
            Task.Run(() => Migrator.Apply(b, Pg, Pg.Scripts, TimeProvider.System).Count));

        Assert.Equal([0, 9], counts.Order());
        Assert.Equal(9, Versions(a).Count);
    }

    [PostgresFact]
    public void A_database_that_sorts_text_by_a_language_is_refused_before_anything_is_created()
    {
        using var db = new PostgresDatabase("LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LC_COLLATE 'C' LC_CTYPE 'C'");
        using var c = db.Open();
        // The reason: such a database puts 'b' before 'C', SQLite's BINARY order (and this one's C) 'C' before 'b'.
        Assert.Equal(["b", "C"], c.Query<string>("SELECT x FROM (VALUES ('C'), ('b')) v(x) ORDER BY x"));

        var error = Assert.Throws<MigrationException>(() => Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System));
        Assert.Contains("an ICU collation", error.Message);
        Assert.Contains("LC_COLLATE 'C'", error.Message);
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"));
    }

    [PostgresFact]
    public void A_database_with_the_c_utf8_collation_is_accepted()
    {
        using var db = new PostgresDatabase("LC_COLLATE 'C.utf8' LC_CTYPE 'C.utf8'");
        using var c = db.Open();
        Assert.Equal(["C", "b"], c.Query<string>("SELECT x FROM (VALUES ('b'), ('C')) v(x) ORDER BY x"));
        Assert.Equal(9, Migrator.Apply(c, Pg, Pg.Scripts, TimeProvider.System).Count);
    }

    private static List<(long Version, string Name, string Checksum, string AppliedAt)> Versions(NpgsqlConnection c) =>
        c.Query<(long, string, string, string)>("SELECT version, name, checksum, applied_at FROM schema_version ORDER BY version").ToList();

    private static string FileSha256(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Assessment.Data", "Migrations", "Postgres", name)).Replace("\r\n", "\n");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Assessment.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Assessment.sln above {AppContext.BaseDirectory}.");
    }
}
