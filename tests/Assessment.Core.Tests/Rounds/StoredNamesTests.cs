using Assessment.Core.Rounds;

namespace Assessment.Core.Tests.Rounds;

public class StoredNamesTests
{
    // The words of the database's CHECK constraints (migrations 0002 and 0003): storage must keep them.
    [Fact]
    public void Statuses_are_stored_as_the_schema_spells_them()
    {
        Assert.Equal(["draft", "open", "closed", "published"], Enum.GetValues<RoundStatus>().Select(StoredNames.Name));
        Assert.Equal(["draft", "submitted", "returned", "accepted"], Enum.GetValues<ResponseStatus>().Select(StoredNames.Name));
        Assert.Equal(["not_started", "draft", "submitted", "returned", "accepted"], Enum.GetValues<ResponseStage>().Select(ResponseStages.Name));
    }

    [Fact]
    public void Every_name_reads_back_as_its_value()
    {
        Assert.All(Enum.GetValues<RoundStatus>(), s => Assert.Equal(s, StoredNames.ParseRoundStatus(s.Name())));
        Assert.All(Enum.GetValues<ResponseStatus>(), s => Assert.Equal(s, StoredNames.ParseResponseStatus(s.Name())));
    }

    [Theory]
    [InlineData("archived")]
    [InlineData("Open")]   // names are exact: a capitalised word is not the stored one
    [InlineData("")]
    public void An_unknown_word_fails_naming_it_and_the_known_ones(string word)
    {
        var e = Assert.Throws<FormatException>(() => StoredNames.ParseRoundStatus(word));
        Assert.Equal($"'{word}' is not a round status (draft, open, closed, published).", e.Message);
        Assert.False(StoredNames.TryParseResponseStatus(word, out _));
    }
}
