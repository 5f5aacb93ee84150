using Assessment.Core.Rounds;
using Assessment.Web.Components.Pages.Rounds;
using Assessment.Web.Tests.Components;
using Bunit;

namespace Assessment.Web.Tests.Rounds;

public class RoundStatusBadgeTests
{
    [Theory]
    [InlineData("zh-CN", "draft", "草稿", "mud-chip-color-default")]
    [InlineData("zh-CN", "open", "进行中", "mud-chip-color-success")]
    [InlineData("zh-CN", "closed", "已截止", "mud-chip-color-warning")]
    [InlineData("zh-CN", "published", "已发布", "mud-chip-color-info")]
    [InlineData("en", "draft", "Draft", "mud-chip-color-default")]
    [InlineData("en", "open", "Open", "mud-chip-color-success")]
    [InlineData("en", "closed", "Closed", "mud-chip-color-warning")]
    [InlineData("en", "published", "Published", "mud-chip-color-info")]
    public async Task Names_the_status_in_words_in_the_current_language_on_a_chip_of_its_colour(string culture, string status, string words, string colour)
    {
        await using var ctx = new AppTestContext(culture);
        var chip = ctx.Render<RoundStatusBadge>(p => p.Add(b => b.Status, StoredNames.ParseRoundStatus(status))).Find($"[data-status={status}]");

        Assert.Equal(words, chip.TextContent.Trim());
        Assert.Contains("mud-chip", chip.ClassList);
        Assert.Contains(colour, chip.ClassList);
    }

    [Fact]
    public async Task A_draft_is_outlined_and_the_other_statuses_filled()
    {
        await using var ctx = new AppTestContext();

        var draft = ctx.Render<RoundStatusBadge>(p => p.Add(b => b.Status, RoundStatus.Draft)).Find("[data-status]");
        var open = ctx.Render<RoundStatusBadge>(p => p.Add(b => b.Status, RoundStatus.Open)).Find("[data-status]");

        Assert.Contains("mud-chip-outlined", draft.ClassList);
        Assert.Contains("mud-chip-filled", open.ClassList);
    }
}
