using Assessment.Data.Answers;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Answers;

/// <summary>
/// On PostgreSQL an import writes the answers of responses it opened straight into answers and the others through a
/// staging table and an upsert; one file that needs both must leave the same rows as on SQLite.
/// </summary>
public class AnswerImportPathsTests
{
    [Theory, SqliteData, PostgresData]
    public void One_file_answering_an_existing_response_and_opening_a_new_one_leaves_the_same_rows(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        Assert.IsType<SaveResult.Saved>(new AnswerStore(db).Save(new AnswerWrite(t.R1J1, "q1", "2", 0, t.Rater1.Id)));

        // 33/rater1 exists (q1 saved: an update; q3 new), 44/rater2 does not (opened by the import).
        var result = AnswerImport.Import(db, t.RoundId, new StringReader("""
            jurisdiction,rater,item,value
            33,rater1,q1,4
            44,rater2,q1,5
            33,rater1,q3,full
            44,rater2,note,"a note, with a comma"
            """), "importer");

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal((4, 0), (result.Written, result.Unchanged));
        using var c = db.OpenRead();
        var opened = c.QuerySingle<long>("SELECT id FROM responses WHERE round_id = @RoundId AND jurisdiction_code = '44' AND rater_id = @Id",
            new { t.RoundId, t.Rater2.Id });
        var rows = c.Query<(long Response, string Item, string Value, long Version, long By)>(
            "SELECT response_id, item_id, value, version, updated_by FROM answers ORDER BY response_id, item_id").ToList();
        Assert.Equal([(t.R1J1, "q1", "4", 2L, t.Rater1.Id), (t.R1J1, "q3", "full", 1L, t.Rater1.Id),
            (opened, "note", "a note, with a comma", 1L, t.Rater2.Id), (opened, "q1", "5", 1L, t.Rater2.Id)], rows);
        Assert.Equal(4L, c.QuerySingle<long>("SELECT count(*) FROM audit_log WHERE entity = 'answer' AND actor = 'importer' AND reason = 'import'"));
        Assert.Equal(1L, c.QuerySingle<long>("SELECT count(*) FROM audit_log WHERE entity = 'assignment' AND actor = 'importer'"));
    }
}
