using Assessment.Data.Rounds;

namespace Assessment.Data.Tests.Rounds;

/// <summary>A response's status follows its round: the check reads the round in the same transaction as the change.</summary>
public class ResponseStatusRoundTests
{
    [Theory]
    [InlineData("closed", "submitted")]
    [InlineData("published", "submitted")]
    public void A_response_cannot_be_submitted_once_its_round_is_no_longer_open(string roundStatus, string step)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var round = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        rounds.SetStatus(round.RoundId, "closed", "test");
        if (roundStatus == "published") rounds.SetStatus(round.RoundId, "published", "test");

        var e = Assert.Throws<InvalidOperationException>(() => rounds.SetResponseStatus(round.R1J1, step, "test"));

        Assert.Contains(roundStatus, e.Message);
        Assert.Equal("draft", rounds.FindResponse(round.R1J1)!.Status);
    }

    [Fact]
    public void A_published_round_freezes_accepted_and_returned_responses()
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb();
        var round = TestData.OpenRound(db);
        var rounds = new RoundStore(db);
        rounds.SetResponseStatus(round.R1J1, "submitted", "test");
        rounds.SetStatus(round.RoundId, "closed", "test");
        rounds.SetResponseStatus(round.R1J1, "accepted", "test"); // a lead may still accept after the round closed
        rounds.SetStatus(round.RoundId, "published", "test");

        Assert.Throws<InvalidOperationException>(() => rounds.SetResponseStatus(round.R1J1, "returned", "test"));
        Assert.Equal("accepted", rounds.FindResponse(round.R1J1)!.Status);
    }
}
