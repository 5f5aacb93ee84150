using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Database;

public class MigratorTests
{
    [Fact]
    public void A_fresh_database_and_one_migrated_step_by_step_end_identical()
    {
        using var temp = new TempFolder();
        using (AssessmentDb.Open(temp.File("fresh.db"))) { }
        for (var n = 1; n <= Migrator.Embedded.Count; n++)
            using (AssessmentDb.Open(temp.File("stepwise.db"), Migrator.Embedded.Take(n).ToList(), null, null)) { }

        Assert.True(Migrator.Embedded.Count >= 3);
        Assert.Equal(Schema(temp.File("fresh.db")), Schema(temp.File("stepwise.db")));
        Assert.Equal(Versions(temp.File("fresh.db")), Versions(temp.File("stepwise.db")));
    }

    [Fact]
    public void Reopening_applies_nothing_twice()
    {
        using var temp = new TempFolder();
        using (temp.OpenDb()) { }
        using (temp.OpenDb()) { }
        Assert.Equal(Migrator.Embedded.Select(m => m.Version), Versions(temp.File("assessment.db")).Select(v => (int)v.Version));
    }

    [Fact]
    public void A_changed_applied_script_stops_start_up_with_a_message_naming_it()
    {
        using var temp = new TempFolder();
        using (temp.OpenDb()) { }
        var edited = Migrator.Embedded.Select(m => m.Version == 2 ? m with { Sql = m.Sql + "\n-- edited" } : m).ToList();

        var error = Assert.Throws<MigrationException>(() => AssessmentDb.Open(temp.File("assessment.db"), edited, null, null));
        Assert.Contains(Migrator.Embedded[1].Name, error.Message);
        Assert.Contains("changed after it was applied", error.Message);
    }

    [Fact]
    public void A_database_from_a_newer_program_is_refused()
    {
        using var temp = new TempFolder();
        using (temp.OpenDb()) { }
        var older = Migrator.Embedded.Take(1).ToList();
        var error = Assert.Throws<MigrationException>(() => AssessmentDb.Open(temp.File("assessment.db"), older, null, null));
        Assert.Contains("newer version", error.Message);
    }

    [Fact]
    public void A_failing_script_leaves_no_partial_schema()
    {
        using var temp = new TempFolder();
        var broken = Migrator.Embedded.Append(new Migration(99, "0099_broken.sql", "CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;")).ToList();
        var error = Assert.Throws<SqliteException>(() => AssessmentDb.Open(temp.File("assessment.db"), broken, null, null));
        Assert.Contains("no_such_table", error.Message);
        Assert.DoesNotContain("half", Schema(temp.File("assessment.db")));
        Assert.Empty(Versions(temp.File("assessment.db")));
    }

    [Fact]
    public void Foreign_keys_are_enforced_and_wal_is_on()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        Assert.Matches(@"^3\.\d+\.\d+$", db.ServerVersion);
        var error = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute(
            "INSERT INTO jurisdictions (code, name_zh, name_en, level, kind, parent_code, source) VALUES ('1', 'x', 'x', 'county', 'county', 'nowhere', 't')",
            transaction: tx)));
        Assert.Contains("FOREIGN KEY", error.Message);
        using var c = db.OpenRead();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
    }

    private static string Schema(string file)
    {
        using var c = new SqliteConnection($"Data Source={file};Pooling=False");
        c.Open();
        return string.Join("\n", c.Query<string>(
            "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE name <> 'schema_version' ORDER BY type, name"));
    }

    private static List<(long Version, string Name, string Checksum)> Versions(string file)
    {
        using var c = new SqliteConnection($"Data Source={file};Pooling=False");
        c.Open();
        var exists = c.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_version'") > 0;
        return exists ? c.Query<(long, string, string)>("SELECT version, name, checksum FROM schema_version ORDER BY version").ToList() : [];
    }
}
