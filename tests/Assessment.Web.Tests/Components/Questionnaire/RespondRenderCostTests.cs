using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using static Assessment.Web.Tests.Components.Questionnaire.Interact;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// Issue 14, item 2 (per-save work): a save re-renders the page (progress, section list), but only the item that
/// changed renders again; the other items of the layer and their MudBlazor inputs are left as they are.
/// </summary>
public sealed class RespondRenderCostTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();

    public RespondRenderCostTests()
    {
        ctx.Services.AddSingleton(db.Service);
        ctx.Services.AddSingleton(new ReviewComments(SignedIn.As(db.Db, db.Evaluator), db.Db));
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var module = ctx.JSInterop.SetupModule("./Components/Pages/Questionnaire/Respond.razor.js");
        module.SetupVoid("resumeAt", _ => true);
        module.SetupVoid("show", _ => true);
    }

    private Dictionary<string, int> RenderCounts(IRenderedComponent<Respond> cut) =>
        cut.FindComponents<QuestionItem>().ToDictionary(i => i.Instance.S.Item.Id, i => i.RenderCount);

    [Fact]
    public void A_save_renders_the_answered_item_again_and_no_other()
    {
        var cut = ctx.Render<Respond>(p => p.Add(r => r.RoundId, db.Round).Add(r => r.Jurisdiction, QuestionnaireDb.Jurisdiction));
        var before = RenderCounts(cut);
        Assert.Equal(5, before.Count);

        // 是 (yes) on the one-window item: the page goes through "saving" and "saved", re-rendering itself each time.
        Tick(cut.FindAll("#item-sa_if_one_window input[type=radio]")[0]);
        cut.WaitForAssertion(() => Assert.Equal("saved", cut.Find("#item-sa_if_one_window").GetAttribute("data-state")));
        Assert.Equal("yes", db.Stored("sa_if_one_window")?.Value);

        var after = RenderCounts(cut);
        Assert.True(after["sa_if_one_window"] > before["sa_if_one_window"]);
        foreach (var other in new[] { "sa_if_one_portal", "sa_if_cross_province", "sa_if_full_online_share", "sa_if_staff_errands" })
            Assert.Equal(before[other], after[other]);
        // The page's own parts that count saves did follow: 1 of the 23 scored items.
        Assert.Contains("1 / 23", cut.Find("[data-testid=overall-progress]").TextContent);
    }

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
