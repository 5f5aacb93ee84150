using Assessment.Data.Answers;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Answers;

/// <summary>
/// The rater column names an account, and user names are one account whatever their case (as at sign-in): "rater1"
/// and "RATER1" in one file are the same rater, so two of their answers to one item are a duplicate row, refused
/// with its line before anything is written, on both providers.
/// </summary>
public class AnswerImportRaterCaseTests
{
    private const string Header = "jurisdiction,rater,item,value\n";

    [Theory, SqliteData, PostgresData]
    public void Two_answers_to_one_item_by_one_rater_in_two_cases_are_a_duplicate_row(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);

        // 33/rater1 is assigned and has no answer yet.
        var result = AnswerImport.Import(db, t.RoundId, new StringReader(Header + "33,rater1,q1,4\n33,RATER1,q1,2\n"), "test");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("column rater: a second answer of rater 'RATER1' to item q1 for '33' (first on line 2, as 'rater1'; "
            + "user names are one account whatever their case): keep one of the two rows", problem.Message);
        Assert.Empty(new AnswerStore(db).ForResponse(t.R1J1));
    }

    [Theory, SqliteData, PostgresData]
    public void A_duplicate_row_for_a_response_the_import_would_open_is_refused_and_opens_nothing(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);

        // 44/rater2 has no response: the import would open it (on PostgreSQL its answers go straight in by COPY).
        var result = AnswerImport.Import(db, t.RoundId, new StringReader(Header + "44,Rater2,q1,5\n44,rater2,q1,3\n"), "test");

        Assert.Equal([3], result.Problems.Select(p => p.Line));
        using var c = db.OpenRead();
        Assert.Equal(0L, c.QuerySingle<long>("SELECT count(*) FROM responses WHERE jurisdiction_code = '44' AND rater_id = @Id", new { t.Rater2.Id }));
        Assert.Equal(0L, c.QuerySingle<long>("SELECT count(*) FROM answers"));
    }

    [Theory, SqliteData, PostgresData]
    public void A_duplicate_row_over_a_saved_answer_is_refused_and_the_saved_answer_stays(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var answers = new AnswerStore(db);
        Assert.IsType<SaveResult.Saved>(answers.Save(new AnswerWrite(t.R1J1, "q1", "2", 0, t.Rater1.Id)));

        var result = AnswerImport.Import(db, t.RoundId, new StringReader(Header + "33,rater1,q1,4\n33,Rater1,q1,5\n"), "test");

        Assert.Equal([3], result.Problems.Select(p => p.Line));
        using var c = db.OpenRead();
        Assert.Equal([("q1", "2", 1L)], c.Query<(string, string, long)>("SELECT item_id, value, version FROM answers").ToList());
        Assert.Equal(0L, c.QuerySingle<long>("SELECT count(*) FROM audit_log WHERE reason = 'import'"));
    }

    [Theory, SqliteData, PostgresData]
    public void Answers_to_different_items_by_one_rater_in_two_cases_go_into_one_response(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);

        var result = AnswerImport.Import(db, t.RoundId, new StringReader(Header + "33,rater1,q1,4\n33,RATER1,q3,full\n44,Rater2,q1,5\n44,rater2,q3,none\n"), "test");

        Assert.True(result.Ok, string.Join("; ", result.Problems));
        Assert.Equal((4, 0), (result.Written, result.Unchanged));
        using var c = db.OpenRead();
        Assert.Equal([("33", t.Rater1.Id, "q1", "4"), ("33", t.Rater1.Id, "q3", "full"), ("44", t.Rater2.Id, "q1", "5"), ("44", t.Rater2.Id, "q3", "none")],
            c.Query<(string, long, string, string)>("""
                SELECT r.jurisdiction_code, r.rater_id, a.item_id, a.value FROM answers a JOIN responses r ON r.id = a.response_id
                ORDER BY r.jurisdiction_code, a.item_id
                """).ToList());
        Assert.Equal(1L, c.QuerySingle<long>("SELECT count(*) FROM responses WHERE jurisdiction_code = '44' AND rater_id = @Id", new { t.Rater2.Id }));
    }
}
