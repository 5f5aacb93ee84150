using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Tests.Postgres;
using Assessment.Data.Tests.Stores;
using Dapper;
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
    public void Import_answers_refuses_a_second_answer_by_a_rater_in_another_case_on_its_line_not_with_a_database_error()
    {
        using var database = new PostgresDatabase(template: PostgresTemplate.Name);
        using var temp = new TempFolder();
        long round;
        using (var db = AssessmentDb.OpenPostgres(database.ConnectionString))
        {
            var t = TestData.OpenRound(db);
            round = t.RoundId;
            Assert.IsType<SaveResult.Saved>(new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "2", 0, t.Rater1.Id)));
        }
        File.WriteAllText(temp.File("in.csv"), "jurisdiction,rater,item,value\n33,rater1,q1,4\n33,Rater1,q1,5\n");

        var (code, _, err) = Run("import-answers", "--db", Url(database), "--round", round.ToString(), "--file", temp.File("in.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"{temp.File("in.csv")}:3: column rater: a second answer of rater 'Rater1' to item q1 for '33' (first on line 2, as 'rater1'; "
            + "user names are one account whatever their case): keep one of the two rows\n"
            + "nothing imported: 1 problem(s); fix them and run the import again\n", err.ReplaceLineEndings("\n"));
        using var c = database.Open();
        Assert.Equal([("q1", "2")], c.Query<(string, string)>("SELECT item_id, value FROM answers").ToList());
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
