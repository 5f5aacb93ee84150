using Assessment.Data.Rounds;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Tests.Review;

public class ResponseCommentStoreTests
{
    [Theory]
    [InlineData("UPDATE response_comments SET body = 'rewritten'")]
    [InlineData("DELETE FROM response_comments")]
    public void Comments_are_append_only_like_the_audit_trail(string sql)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var round = TestData.OpenRound(db);
        new ResponseCommentStore(db).Add(round.R1J1, "请补充截图", "returned", round.Lead.Id);

        var e = Assert.Throws<SqliteException>(() => db.Writer.Write((c, tx) => c.Execute(sql, transaction: tx)));

        Assert.Contains("append-only", e.Message);
        Assert.Equal("请补充截图", new ResponseCommentStore(db).ForResponse(round.R1J1).Single().Body);
    }
}
