using Assessment.Data.Database;

namespace Assessment.Data.Tests.Database;

/// <summary>The two providers' script lists, without a server: same numbers and names, and SQLite's texts as they shipped.</summary>
public class MigrationScriptsTests
{
    [Fact]
    public void Both_providers_carry_the_same_numbered_scripts()
    {
        string[] names =
        [
            "0001_jurisdictions_accounts.sql", "0002_instruments_rounds.sql", "0003_responses_answers_audit.sql", "0004_review_comments.sql",
            "0005_demo_flag.sql", "0006_account_security.sql", "0007_append_only_comments.sql", "0008_password_set_at.sql",
            "0009_data_protection_keys.sql",
        ];
        Assert.Equal(names, MigrationDialect.Sqlite.Scripts.Select(m => m.Name));
        Assert.Equal(names, MigrationDialect.Postgres.Scripts.Select(m => m.Name));
        Assert.Equal(Enumerable.Range(1, 9), MigrationDialect.Postgres.Scripts.Select(m => m.Version));
        Assert.Same(MigrationDialect.Sqlite.Scripts, Migrator.Embedded);
    }

    /// <summary>
    /// Existing SQLite databases record these checksums (sha256sum of the files as committed before the PostgreSQL
    /// scripts came); a different value here would stop every installed database at start-up.
    /// </summary>
    [Fact]
    public void The_sqlite_scripts_keep_the_checksums_existing_databases_recorded()
    {
        Assert.Equal(
        [
            "B37D01B86B88C0A383BE07D78E0A481660DB9AB308C011A3AD91C456B993243A",
            "94BA73F261071E35A2FDFEF124BA83192904574BA387E766351FA3E00B779132",
            "9DD8AC5207FEE29C98490CFCB9555735D0CF385100F475FF9D9DC8EA44CE40CF",
            "A390BB7B0DB1641B9A02902D39CC6B5F09698EC128730C8D4475707AECFF4792",
            "CE2DA1BAA08B23A01C17E5857E85B2F69B4E538E22B6960483AA92AF776B60B2",
            "F631E55D521A4B74B734E80EBB38B0D5E63E79FFBEDA8F10A1057324F4D4732E",
            "B06EE6774CD551EF48473F53A3CDD7B81D14A924FBE2C6FC6C4345D505133AA0",
            "C8E4647D3121210B83264C4E75D3AEE366A4A0564F0DDDD6481B5A6A23D45E24",
            "A12C00F4D2EE7F6929252AF5E37D50986240DE871BCA144F6F5CB287AE986273",
        ], Migrator.Embedded.Select(m => m.Checksum));
    }
}
