using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Dashboards.Compare;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Demo;

/// <summary>
/// The self-versus-external page on the demo data for H city's 2026.2 pair (the self-assessment's matches meet the
/// grounded external round): a card and a table row per matched item pair, self answer beside external answer.
/// </summary>
public sealed class DemoSelfVsExternalPageTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private async Task<(AppTestContext Context, IRenderedComponent<SelfVsExternal> Page)> Render(string culture)
    {
        var context = new AppTestContext(culture, demoLoaded: true);
        var researcher = new AccountStore(demo.Db).FindByUserName("researcher")!;
        context.Services.AddSingleton(demo.Db);
        context.Services.AddSingleton(new SelfVsExternalService(SignedIn.As(demo.Db, researcher), demo.Db));
        var rounds = DashboardQueries.Rounds(demo.Db);
        var self = rounds.Single(r => r.Name == DemoSelfVsExternalTests.Published2026_2Name).Id;
        var external = rounds.Single(r => r.IsDemo && r.Mode == RoundMode.ExternalEvaluation && r.InstrumentVersion == "2026.2").Id;
        context.Services.GetRequiredService<NavigationManager>().NavigateTo($"dashboards/self-vs-external/DEMO-H?self={self}&external={external}");
        var page = context.Render<SelfVsExternal>(p => p.Add(x => x.Code, "DEMO-H"));
        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=matched-pairs]")));
        return (context, page);
    }

    [Fact]
    public async Task Shows_each_matched_pair_with_the_self_answer_beside_the_external_answer()
    {
        var (context, page) = await Render("zh-CN");
        await using var _ = context;

        Assert.Equal("false", page.Find("[data-same-instrument]").GetAttribute("data-same-instrument"));
        Assert.Contains("32", page.Find("[data-testid=matched-only]").TextContent);
        var cards = page.FindAll("[data-testid=matched-pairs] [data-testid=item-cards] > li");
        Assert.Equal(32, cards.Count);
        var barriers = page.Find("[data-testid=matched-pairs] li[data-item=po_dept_interest_refusal]");
        Assert.Contains("sa_po_dept_interest_refusal ↔ po_dept_interest_refusal", barriers.TextContent);
        var scores = barriers.QuerySelectorAll("[data-score]").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["50.0", "25.0"], scores); // self "3" reversed 0.5; external "4" | "4" reversed 0.25
        Assert.Contains("4 | 4", barriers.TextContent);
        Assert.Contains("seed 003-technology-organization-quadrants.txt", barriers.TextContent);
        var portal = page.Find("[data-testid=matched-pairs] li[data-item=if_one_network_one_app]");
        Assert.Equal(["100.0", "35.0"], portal.QuerySelectorAll("[data-score]").Select(e => e.TextContent.Trim()));
        Assert.Contains("种子文献未涉及", portal.TextContent);
        Assert.Empty(page.FindAll("[data-testid=overstated]"));
    }

    [Fact]
    public async Task The_English_page_names_the_matched_comparison_in_English()
    {
        var (context, page) = await Render("en");
        await using var _ = context;

        Assert.Contains("matched", page.Find("[data-testid=matched-only]").TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(32, page.FindAll("[data-testid=matched-pairs] [data-testid=item-cards] > li").Count);
    }
}
