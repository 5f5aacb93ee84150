using System.Data.Common;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Review;

public class ResponseCommentStoreTests
{
    [Theory]
    [InlineData("UPDATE response_comments SET body = 'rewritten'", Provider.Sqlite)]
    [InlineData("DELETE FROM response_comments", Provider.Sqlite)]
    [PostgresInlineData("UPDATE response_comments SET body = 'rewritten'")]
    [PostgresInlineData("DELETE FROM response_comments")]
    public void Comments_are_append_only_like_the_audit_trail(string sql, Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        new ResponseCommentStore(db).Add(round.R1J1, "请补充截图", "returned", round.Lead.Id);

        var e = Assert.ThrowsAny<DbException>(() => db.Writer.Write((c, tx) => c.Execute(sql, transaction: tx)));

        Assert.Contains("append-only", e.Message);
        Assert.Equal(ConstraintKind.Trigger, db.Dialect.Refusal(e));
        Assert.Equal("请补充截图", new ResponseCommentStore(db).ForResponse(round.R1J1).Single().Body);
    }
}
