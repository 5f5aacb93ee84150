using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Answers;

/// <summary>
/// Who may be named as the rater of an imported answer, and the round's status, are checked by the import's own
/// write transaction: a file checked while the round was open is refused if the round closed before it was written.
/// </summary>
public class AnswerImportRulesTests
{
    [Theory, SqliteData, PostgresData]
    public async Task A_round_closed_while_the_file_waits_for_the_writer_refuses_the_whole_file(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        using var fileRead = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        // The writer is busy closing the round (not yet committed) when the import reads the round as open.
        var closing = db.Writer.WriteAsync((c, tx) =>
        {
            c.Execute("UPDATE rounds SET status = 'closed' WHERE id = @RoundId", new { round.RoundId }, tx);
            release.Wait(TimeSpan.FromSeconds(30));
            return 0;
        });
        var importing = Task.Run(() => AnswerImport.Import(db, round.RoundId,
            new SignallingReader("jurisdiction,rater,item,value\n33,rater1,q1,4\n", fileRead), "test"));
        // The file is read only after the round's status was: from here the import has seen "open".
        Assert.True(fileRead.Wait(TimeSpan.FromSeconds(30)), "the import never read its file");
        release.Set();
        await closing;

        var result = await importing;

        Assert.False(result.Ok);
        Assert.Contains("closed", Assert.Single(result.Problems).Message);
        Assert.Empty(new AnswerStore(db).ForResponse(round.R1J1));
    }

    [Theory]
    [InlineData(Roles.Researcher, null, Provider.Sqlite)]
    [InlineData(Roles.Administrator, null, Provider.Sqlite)]
    [InlineData(Roles.SelfAssessor, "33", Provider.Sqlite)]
    [PostgresInlineData(Roles.Researcher, null)]
    [PostgresInlineData(Roles.Administrator, null)]
    [PostgresInlineData(Roles.SelfAssessor, "33")]
    public void Only_evaluators_can_be_the_raters_of_an_external_round(string role, string? jurisdiction, Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        new AccountStore(db).Create(new NewAccount("someone", "Someone", role, JurisdictionCode: jurisdiction), "test");

        var result = AnswerImport.Import(db, round.RoundId, new StringReader("jurisdiction,rater,item,value\n33,rater1,q1,4\n33,someone,q1,2\n"), "test");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("'someone'", problem.Message);
        Assert.Empty(new AnswerStore(db).ForResponse(round.R1J1));
        Assert.DoesNotContain(new RoundStore(db).Responses(round.RoundId), r => r.RaterId == new AccountStore(db).FindByUserName("someone")!.Id);
    }

    [Theory, SqliteData, PostgresData]
    public void A_self_assessment_takes_only_the_jurisdictions_own_self_assessor(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var external = TestData.OpenRound(db);
        var accounts = new AccountStore(db);
        accounts.Create(new NewAccount("zj", "浙江自评", Roles.SelfAssessor, JurisdictionCode: "33"), "test");
        accounts.Create(new NewAccount("gd", "广东自评", Roles.SelfAssessor, JurisdictionCode: "44"), "test");
        var rounds = new RoundStore(db);
        var self = rounds.Create(new NewRound("自评", rounds.Find(external.RoundId)!.SnapshotId, RoundMode.SelfAssessment), "test");
        rounds.SetStatus(self.Id, RoundStatus.Open, "test");

        var result = AnswerImport.Import(db, self.Id, new StringReader(
            "jurisdiction,rater,item,value\n33,zj,q1,4\n33,gd,q1,2\n44,rater1,q1,3\n"), "test");

        Assert.Equal([3, 4], result.Problems.Select(p => p.Line));
        Assert.Empty(rounds.Responses(self.Id));

        var own = AnswerImport.Import(db, self.Id, new StringReader("jurisdiction,rater,item,value\n33,zj,q1,4\n44,gd,q1,2\n"), "test");
        Assert.True(own.Ok, string.Join("; ", own.Problems));
        Assert.Equal(2, own.Written);
    }

    /// <summary>Sets the event when the import starts reading the file.</summary>
    private sealed class SignallingReader(string text, ManualResetEventSlim started) : StringReader(text)
    {
        public override int Read(char[] buffer, int index, int count) { started.Set(); return base.Read(buffer, index, count); }
        public override int Read(Span<char> buffer) { started.Set(); return base.Read(buffer); }
        public override int Read() { started.Set(); return base.Read(); }
        public override string? ReadLine() { started.Set(); return base.ReadLine(); }
        public override Task<int> ReadAsync(char[] buffer, int index, int count) { started.Set(); return base.ReadAsync(buffer, index, count); }
        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) { started.Set(); return base.ReadAsync(buffer, cancellationToken); }
    }
}
