using Assessment.Data.Answers;
using Assessment.Data.Jurisdictions;
using Dapper;

namespace Assessment.Data.Tests.Cli;

public class StoreCommandsTests
{
    /// <summary>Runs a command through the whole command line (parser included), in-process.</summary>
    private static (int Code, string Out, string Err) Run(string command, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Assessment.Cli.Cli.Run([command, .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_answers_is_all_or_nothing_and_reports_every_bad_row_with_its_line()
    {
        using var temp = new TempFolder();
        long round;
        using (var db = temp.OpenDb()) round = TestData.OpenRound(db).RoundId;
        File.WriteAllText(temp.File("bad.csv"), """
            jurisdiction,rater,item,value
            33,rater1,q1,4
            33,rater1,q1,5
            99,rater1,q2,yes
            33,nobody,q2,yes
            44,rater1,q3,partial
            33,rater2,q4,12.5
            """);

        var (code, _, err) = Run("import-answers", "--db", temp.File("assessment.db"), "--round", round.ToString(), "--file", temp.File("bad.csv"));

        Assert.Equal(2, code);
        Assert.Contains("bad.csv:3:", err);
        Assert.Contains("bad.csv:4: column jurisdiction: '99'", err);
        Assert.Contains("bad.csv:5: column rater: 'nobody'", err);
        Assert.Contains("bad.csv:6:", err);
        Assert.Contains("q3", err);
        Assert.DoesNotContain("bad.csv:2:", err);
        Assert.DoesNotContain("bad.csv:7:", err);
        using var reopened = temp.OpenDb();
        using var c = reopened.OpenRead();
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT count(*) FROM answers"));
    }

    [Fact]
    public void Import_answers_refuses_a_second_answer_by_a_rater_in_another_case_on_its_line_and_keeps_what_was_saved()
    {
        using var temp = new TempFolder();
        long round;
        using (var db = temp.OpenDb())
        {
            var t = TestData.OpenRound(db);
            round = t.RoundId;
            Assert.IsType<SaveResult.Saved>(new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "2", 0, t.Rater1.Id)));
        }
        File.WriteAllText(temp.File("in.csv"), "jurisdiction,rater,item,value\n33,rater1,q1,4\n33,Rater1,q1,5\n");

        var (code, _, err) = Run("import-answers", "--db", temp.File("assessment.db"), "--round", round.ToString(), "--file", temp.File("in.csv"));

        Assert.Equal(2, code);
        Assert.Equal($"{temp.File("in.csv")}:3: column rater: a second answer of rater 'Rater1' to item q1 for '33' (first on line 2, as 'rater1'; "
            + "user names are one account whatever their case): keep one of the two rows\n"
            + "nothing imported: 1 problem(s); fix them and run the import again\n", err.ReplaceLineEndings("\n"));
        using var reopened = temp.OpenDb();
        using var c = reopened.OpenRead();
        Assert.Equal([("q1", "2")], c.Query<(string, string)>("SELECT item_id, value FROM answers").ToList());
    }

    [Fact]
    public void Imported_answers_export_back_as_the_same_tidy_csv()
    {
        using var temp = new TempFolder();
        long round;
        using (var db = temp.OpenDb()) round = TestData.OpenRound(db).RoundId;
        var csv = """"
            jurisdiction,rater,item,value,evidence_text,evidence_link
            33,rater1,q1,4,"portal, see ""home""",https://example.org
            33,rater1,q2,NA,,
            33,rater2,q4,12.5,,
            44,lead,q3,full,,

            """".ReplaceLineEndings("\r\n");
        File.WriteAllText(temp.File("in.csv"), csv);

        var import = Run("import-answers", "--db", temp.File("assessment.db"), "--round", round.ToString(), "--file", temp.File("in.csv"));
        var again = Run("import-answers", "--db", temp.File("assessment.db"), "--round", round.ToString(), "--file", temp.File("in.csv"));
        var export = Run("export-answers", "--db", temp.File("assessment.db"), "--round", round.ToString());

        Assert.Equal((0, "imported 4 answer(s) into round 1; 0 already as given"), (import.Code, import.Out.Trim()));
        Assert.Contains("imported 0 answer(s)", again.Out);
        Assert.Equal(0, export.Code);
        Assert.Equal(csv, export.Out);
    }

    [Fact]
    public void Jurisdictions_load_export_and_import_round_trip()
    {
        using var temp = new TempFolder();
        var db1 = temp.File("one.db");
        Assert.Equal(0, Run("load-divisions", "--db", db1).Code);
        var export = Run("export-jurisdictions", "--db", db1, "--out", temp.File("j.csv"));
        Assert.Equal(0, export.Code);

        var import = Run("import-jurisdictions", "--db", temp.File("two.db"), "--file", temp.File("j.csv"));

        Assert.Equal(0, import.Code);
        Assert.Contains("imported 3351 jurisdiction(s)", import.Out);
        using var two = AssessmentDbFor(temp.File("two.db"));
        Assert.Equal(2978, new JurisdictionStore(two).Count("county"));
    }

    [Fact]
    public void Import_jurisdictions_refuses_the_whole_file_on_bad_rows()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("j.csv"), """
            code,name_zh,name_en,level,kind,parent_code
            33,浙江省,Zhejiang,province,province,
            3301,杭州市,Hangzhou,prefecture,city,33
            3302,宁波市,Ningbo,city,city,33
            330101,某区,Some district,county,district,9999
            """);

        var (code, _, err) = Run("import-jurisdictions", "--db", temp.File("a.db"), "--file", temp.File("j.csv"));

        Assert.Equal(2, code);
        Assert.Contains("j.csv:4: column level: 'city'", err);
        Assert.Contains("j.csv:5: column parent_code: '9999'", err);
        using var db = AssessmentDbFor(temp.File("a.db"));
        Assert.Empty(new JurisdictionStore(db).List());
    }

    [Fact]
    public void Backup_while_the_app_is_open_and_restore_bring_back_every_answer()
    {
        using var temp = new TempFolder();
        using (var app = temp.OpenDb())
        {
            var t = TestData.OpenRound(app);
            new AnswerStore(app).Save(new AnswerWrite(t.R1J1, "q1", "4", 0, t.Rater1.Id));
            // The app stays open (its writer connection held) while the command line backs up.
            var backup = Run("backup", "--db", temp.File("assessment.db"), "--to", temp.File("backup.db"));
            Assert.Equal(0, backup.Code);
            new AnswerStore(app).Save(new AnswerWrite(t.R1J1, "q1", "5", 1, t.Rater1.Id));
        }

        var restore = Run("restore", "--db", temp.File("assessment.db"), "--from", temp.File("backup.db"));

        Assert.Equal(0, restore.Code);
        using var db = temp.OpenDb();
        using var c = db.OpenRead();
        Assert.Equal("4", c.ExecuteScalar<string>("SELECT value FROM answers WHERE item_id = 'q1'"));
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public void Restore_refuses_a_damaged_backup_and_changes_nothing()
    {
        using var temp = new TempFolder();
        using (var app = temp.OpenDb()) TestData.OpenRound(app);
        File.WriteAllBytes(temp.File("damaged.db"), [.. "SQLite format 3\0"u8.ToArray(), .. new byte[5000]]);
        File.WriteAllText(temp.File("text.db"), "not a database at all");

        var damaged = Run("restore", "--db", temp.File("assessment.db"), "--from", temp.File("damaged.db"));
        var text = Run("restore", "--db", temp.File("assessment.db"), "--from", temp.File("text.db"));
        var missing = Run("restore", "--db", temp.File("assessment.db"), "--from", temp.File("none.db"));

        Assert.Equal([2, 2, 2], new[] { damaged.Code, text.Code, missing.Code });
        Assert.Contains("refused", damaged.Err);
        Assert.Contains("refused", text.Err);
        Assert.Contains("no such file", missing.Err);
        using var db = temp.OpenDb();
        Assert.Equal(3, new Assessment.Data.Accounts.AccountStore(db).List().Count);
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        var (code, _, err) = Run("import-answers", "--db", "x.db", "--round", "first");
        Assert.Equal(2, code);
        Assert.Contains("--round must be a round id", err);
        Assert.Contains("Option '--file' is required.", err);
        Assert.Contains("usage: assessment import-answers --db <file> --round <id> --file <csv>", err);
    }

    private static Assessment.Data.Database.AssessmentDb AssessmentDbFor(string path) => Assessment.Data.Database.AssessmentDb.Open(path);
}
