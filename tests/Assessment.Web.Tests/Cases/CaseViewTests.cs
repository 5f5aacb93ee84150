using Assessment.Web.Components.Pages.Cases;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Cases;

public class CaseViewTests
{
    private static readonly CaseStudy Benchmark = CaseLibrary.LoadEmbedded().Cases.Single(c => c.Id == "benchmark-2020");

    private static Task<string> Render(string culture, long? roundId) => ComponentRenderer.RenderAsync<CaseView>(culture,
        new Dictionary<string, object?> { [nameof(CaseView.Study)] = Benchmark, [nameof(CaseView.ProfileRoundId)] = roundId });

    [Fact]
    public async Task Shows_the_seed_figures_labelled_with_their_paper_and_links_each_jurisdiction_to_its_demo_profile()
    {
        var html = await Render("zh-CN", roundId: 7);
        Assert.Contains("2020年标杆省市", html);
        Assert.Contains("96.73", html);
        Assert.Contains("90.13", html);
        Assert.Contains("数据来自种子论文 000", html);
        foreach (var code in new[] { "44", "33", "31", "11", "32", "52", "34", "3702" })
            Assert.Contains($"href=\"dashboards/7/profile/{code}\"", html);
        Assert.Contains("data-testid=\"illustrative-mark\"", html);
        Assert.DoesNotContain("no-demo-round", html);
    }

    [Fact]
    public async Task Without_a_demo_round_it_shows_no_profile_links_and_says_why_in_English_too()
    {
        var html = await Render("en", roundId: null);
        Assert.Contains("The 2020 benchmark group", html);
        Assert.Contains("from seed paper 000", html);
        Assert.Contains("data-testid=\"no-demo-round\"", html);
        Assert.Contains("The demo data is not loaded", html);
        Assert.DoesNotContain("/profile/", html);
        Assert.DoesNotContain("illustrative-mark", html);
        Assert.DoesNotContain("数据来自种子论文", html);
    }
}
