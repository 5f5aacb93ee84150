using Assessment.Core.Rounds;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;

namespace Assessment.Data.Tests.Rounds;

/// <summary>A response's status follows its round: the check reads the round in the same transaction as the change.</summary>
public class ResponseStatusRoundTests
{
    [Theory]
    [InlineData("closed", ResponseStatus.Submitted, Provider.Sqlite)]
    [InlineData("published", ResponseStatus.Submitted, Provider.Sqlite)]
    [PostgresInlineData("closed", ResponseStatus.Submitted)]
    [PostgresInlineData("published", ResponseStatus.Submitted)]
    public void A_response_cannot_be_submitted_once_its_round_is_no_longer_open(string roundStatus, ResponseStatus step, Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        rounds.SetStatus(round.RoundId, RoundStatus.Closed, "test");
        if (roundStatus == "published") rounds.SetStatus(round.RoundId, RoundStatus.Published, "test");

        var e = Assert.Throws<InvalidOperationException>(() => rounds.SetResponseStatus(round.R1J1, step, "test"));

        Assert.Contains(roundStatus, e.Message);
        Assert.Equal(ResponseStatus.Draft, rounds.FindResponse(round.R1J1)!.Status);
    }

    [Theory, SqliteData, PostgresData]
    public void A_published_round_freezes_accepted_and_returned_responses(Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var round = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        rounds.SetResponseStatus(round.R1J1, ResponseStatus.Submitted, "test");
        rounds.SetStatus(round.RoundId, RoundStatus.Closed, "test");
        rounds.SetResponseStatus(round.R1J1, ResponseStatus.Accepted, "test"); // a lead may still accept after the round closed
        rounds.SetStatus(round.RoundId, RoundStatus.Published, "test");

        Assert.Throws<InvalidOperationException>(() => rounds.SetResponseStatus(round.R1J1, ResponseStatus.Returned, "test"));
        Assert.Equal(ResponseStatus.Accepted, rounds.FindResponse(round.R1J1)!.Status);
    }
}
