namespace Assessment.Data.Tests.Postgres;

/// <summary>Both providers' migrations build the same schema (SchemaShape says what is compared and how types map).</summary>
public class SchemaParityTests
{
    [PostgresFact]
    public void Tables_columns_keys_and_indexes_are_the_same_on_both()
    {
        using var pair = new MigratedPair();
        var sqlite = SchemaShape.Of(pair.Sqlite);
        var postgres = SchemaShape.Of(pair.Postgres);

        Assert.Equal(
            ["accounts", "answers", "assignments", "audit_log", "data_protection_keys", "instrument_snapshots", "jurisdictions", "reconciled_answers",
             "response_comments", "responses", "rounds", "schema_version"],
            sqlite.Where(l => l.StartsWith("table ", StringComparison.Ordinal)).Select(l => l[6..]));
        // A few lines written out by hand, so that two empty or equally wrong readings cannot pass.
        Assert.Contains("column accounts.id bigint identity not null", sqlite);
        Assert.Contains("column rounds.status text not null default 'draft'", sqlite);
        Assert.Contains("column answers.value text null", sqlite);
        Assert.Contains("primary key answers (response_id,item_id)", sqlite);
        Assert.Contains("unique responses (round_id,jurisdiction_code,rater_id)", sqlite);
        Assert.Contains("foreign key responses (round_id,jurisdiction_code,rater_id) -> assignments (round_id,jurisdiction_code,rater_id)", sqlite);
        Assert.Contains("index audit_log_entity on audit_log (entity,entity_key)", sqlite);
        Assert.Equal(5, sqlite.Count(l => l.StartsWith("index ", StringComparison.Ordinal)));

        Assert.Equal(string.Join("\n", sqlite), string.Join("\n", postgres));
    }

    [PostgresFact]
    public void The_same_triggers_exist_on_both_and_postgresql_adds_only_the_truncate_guards()
    {
        using var pair = new MigratedPair();
        string[] shared =
        [
            "audit_log_no_delete", "audit_log_no_update", "instrument_snapshots_no_delete", "instrument_snapshots_no_update",
            "response_comments_no_delete", "response_comments_no_update", "rounds_snapshot_is_fixed",
        ];
        // TRUNCATE passes row triggers by in PostgreSQL; SQLite has no TRUNCATE to guard against.
        string[] truncateGuards = ["audit_log_no_truncate", "instrument_snapshots_no_truncate", "response_comments_no_truncate"];

        Assert.Equal(shared, SchemaShape.Triggers(pair.Sqlite));
        Assert.Equal(shared.Concat(truncateGuards).Order(StringComparer.Ordinal), SchemaShape.Triggers(pair.Postgres));
    }
}
