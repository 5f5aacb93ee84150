using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// Issue 10, item 8: the questionnaire renders one layer's section at a time (the first render over the circuit is
/// what an official on a slow connection waits for). The self-assessment instrument: interface (5 items), process
/// (7), safeguard (7), value (5 incl. a text item); every layer reachable from the section list, resumed at the
/// layer of the item saved last, and a missing item's link shows its layer.
/// </summary>
public sealed class RespondLayersTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();

    public RespondLayersTests()
    {
        ctx.Services.AddSingleton(db.Service);
        ctx.Services.AddSingleton(new ReviewComments(SignedIn.As(db.Db, db.Evaluator), db.Db));
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        // The page scrolls through its module (resume, bring into view); scrolling is the browser's, not tested here.
        var module = ctx.JSInterop.SetupModule("./Components/Pages/Questionnaire/Respond.razor.js");
        module.SetupVoid("resumeAt", _ => true);
        module.SetupVoid("show", _ => true);
    }

    private IRenderedComponent<Respond> Render() => ctx.Render<Respond>(p => p
        .Add(r => r.RoundId, db.Round).Add(r => r.Jurisdiction, QuestionnaireDb.Jurisdiction));

    private static string[] Shown(IRenderedComponent<Respond> cut) => cut.FindAll(".q-item").Select(i => i.GetAttribute("data-item")!).ToArray();

    [Fact]
    public void Only_the_first_layer_is_rendered_and_the_section_list_shows_the_others()
    {
        var cut = Render();
        Assert.Equal("interface", Assert.Single(cut.FindAll("section.q-layer")).GetAttribute("data-layer"));
        Assert.Equal(["sa_if_one_portal", "sa_if_one_window", "sa_if_cross_province", "sa_if_full_online_share", "sa_if_staff_errands"], Shown(cut));
        Assert.Equal("step", cut.Find("[data-testid=section-nav] li[data-layer=interface] a").GetAttribute("aria-current"));

        cut.Find("[data-testid=section-nav] li[data-layer=safeguard] a").Click();
        Assert.Equal("safeguard", Assert.Single(cut.FindAll("section.q-layer")).GetAttribute("data-layer"));
        Assert.Contains("sa_sg_top_leader", Shown(cut));
        Assert.DoesNotContain("sa_if_one_portal", Shown(cut));
        Assert.Null(cut.Find("[data-testid=section-nav] li[data-layer=interface] a").GetAttribute("aria-current"));

        // Next and previous step through the layers in order.
        cut.Find("[data-testid=next-layer]").Click();
        Assert.Equal("value", cut.Find("section.q-layer").GetAttribute("data-layer"));
        Assert.Empty(cut.FindAll("[data-testid=next-layer]"));
        cut.Find("[data-testid=previous-layer]").Click();
        Assert.Equal("safeguard", cut.Find("section.q-layer").GetAttribute("data-layer"));
    }

    [Fact]
    public void It_opens_on_the_layer_of_the_item_saved_last_and_counts_every_layer_in_the_progress()
    {
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        db.SavedElsewhere("sa_va_demand", "4", 0);
        var cut = Render();
        Assert.Equal("value", cut.Find("section.q-layer").GetAttribute("data-layer"));
        // Two of the 23 scored items, one of them in a layer not on the page.
        Assert.Contains("2 / 23", cut.Find("[data-testid=overall-progress]").TextContent);
    }

    [Fact]
    public void The_address_naming_an_item_opens_its_layer()
    {
        ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"respond/{db.Round}/{QuestionnaireDb.Jurisdiction}#item-sa_po_parallel");
        var cut = Render();
        Assert.Equal("process", cut.Find("section.q-layer").GetAttribute("data-layer"));
    }

    [Fact]
    public void Typed_input_waiting_for_its_pause_is_saved_when_another_layer_is_shown()
    {
        var cut = Render();
        cut.Find("#item-sa_if_full_online_share-value").Input("61");
        cut.Find("[data-testid=section-nav] li[data-layer=process] a").Click();
        cut.WaitForAssertion(() => Assert.Equal("61", db.Stored("sa_if_full_online_share")?.Value));
    }

    [Fact]
    public void A_missing_items_link_shows_its_layer()
    {
        var cut = Render();
        cut.Find("[data-testid=section-nav] li[data-layer=value] a").Click();
        cut.Find("[data-testid=submit]").Click();
        var link = cut.WaitForElement("[data-missing=sa_if_one_portal]");
        link.Click();
        Assert.Equal("interface", cut.Find("section.q-layer").GetAttribute("data-layer"));
        Assert.Single(cut.FindAll("#item-sa_if_one_portal"));
    }

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
