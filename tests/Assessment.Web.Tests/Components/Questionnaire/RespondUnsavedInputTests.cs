using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// Issue 14, item 3: a page that replaces one whose connection was lost gets from the browser tab what was typed and
/// never acknowledged (Respond.razor.js's <c>opened</c>, set up here), says what happened, and offers back only what
/// differs from what is saved; restored input is saved through the real service, dropped input is forgotten in the tab.
/// The browser half (noting input, the cut connection) is QuestionnaireTests' connection-cut test.
/// </summary>
public sealed class RespondUnsavedInputTests : IAsyncDisposable
{
    private const string Module = "./Components/Pages/Questionnaire/Respond.razor.js";
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly QuestionnaireDb db = new();
    private readonly BunitJSModuleInterop module;

    public RespondUnsavedInputTests()
    {
        ctx.Services.AddSingleton(db.Service);
        ctx.Services.AddSingleton(new ReviewComments(SignedIn.As(db.Db, db.Evaluator), db.Db));
        ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        module = ctx.JSInterop.SetupModule(Module);
        foreach (var function in new[] { "resumeAt", "discard", "acknowledged", "closed" }) module.SetupVoid(function, _ => true).SetVoidResult();
    }

    private IRenderedComponent<Respond> Render(string? lostAt, Dictionary<string, UnsavedInput> drafts)
    {
        module.Setup<OpenedPage?>("opened", _ => true).SetResult(new OpenedPage(lostAt, drafts));
        return ctx.Render<Respond>(p => p.Add(r => r.RoundId, db.Round).Add(r => r.Jurisdiction, QuestionnaireDb.Jurisdiction));
    }

    private static UnsavedInput Typed(string? value = null, string? evidence = null) => new(value, evidence, null, "2026-12-02T03:10:00.000Z");

    [Fact]
    public void The_page_says_when_the_connection_was_lost_and_offers_only_input_that_differs_from_what_is_saved()
    {
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        db.SavedElsewhere("sa_if_full_online_share", "12.5", 0);
        var cut = Render("2026-12-02T03:10:05.000Z", new()
        {
            ["sa_if_one_window"] = Typed("no"),                       // differs: offered
            ["sa_if_full_online_share"] = Typed("12.50"),             // the same number as saved: forgotten
            ["sa_if_one_portal"] = Typed(evidence: "门户清单，2026-11"), // evidence typed into an unanswered item: offered
        });

        var notice = cut.Find("[data-testid=connection-lost]");
        // 03:10 UTC is 11:10 in China, where the people answering are.
        Assert.Contains("与服务器的连接在 2026-12-02 11:10 中断过", notice.TextContent);
        Assert.Contains("以下 2 个条目", notice.TextContent);
        Assert.Equal(["sa_if_one_portal", "sa_if_one_window"], notice.QuerySelectorAll("[data-unsaved]").Select(a => a.GetAttribute("data-unsaved")!));
        var window = cut.Find("#item-sa_if_one_window [data-testid=unsaved-input]");
        Assert.Equal("否", window.QuerySelector("[data-testid=unsaved-value]")!.TextContent);
        Assert.Equal("是", window.QuerySelector("[data-testid=saved-now]")!.TextContent);
        Assert.Equal("门户清单，2026-11", cut.Find("#item-sa_if_one_portal [data-testid=unsaved-evidence]").TextContent);
        Assert.Empty(cut.FindAll("#item-sa_if_full_online_share [data-testid=unsaved-input]"));
        // The tab is told to forget what equals the saved answer, and only that.
        var forgotten = module.Invocations["discard"].Select(i => (string)i.Arguments[1]!).ToList();
        Assert.Equal(["sa_if_full_online_share"], forgotten);
        Assert.Equal(db.ResponseId.ToString(System.Globalization.CultureInfo.InvariantCulture), module.Invocations["opened"].Single().Arguments[0]);
    }

    [Fact]
    public void Restored_input_is_saved_through_the_service_and_acknowledged_to_the_tab()
    {
        var cut = Render(null, new() { ["sa_if_full_online_share"] = Typed("55", "断网时写的说明") });
        Assert.DoesNotContain("中断过", cut.Find("[data-testid=connection-lost]").TextContent);

        cut.Find("#item-sa_if_full_online_share [data-testid=restore-unsaved]").Click();

        cut.WaitForAssertion(() => Assert.Equal("55", db.Stored("sa_if_full_online_share")?.Value));
        Assert.Equal("断网时写的说明", db.Stored("sa_if_full_online_share")!.EvidenceText);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=connection-lost]")));
        var ack = module.Invocations["acknowledged"].Last().Arguments;
        Assert.Equal(["sa_if_full_online_share", "55", "断网时写的说明"], ack.Skip(1).Take(3));
    }

    [Fact]
    public void Dropped_input_is_forgotten_in_the_tab_and_nothing_is_saved()
    {
        db.SavedElsewhere("sa_if_one_window", "yes", 0);
        var cut = Render("2026-12-02T03:10:05.000Z", new() { ["sa_if_one_window"] = Typed("no") });

        cut.Find("#item-sa_if_one_window [data-testid=discard-unsaved]").Click();

        Assert.Empty(cut.FindAll("[data-testid=unsaved-input]"));
        Assert.Contains("中断前的输入都已保存", cut.Find("[data-testid=connection-lost]").TextContent);
        Assert.Equal("yes", db.Stored("sa_if_one_window")!.Value);
        Assert.Equal("sa_if_one_window", module.Invocations["discard"].Single().Arguments[1]);
    }

    [Fact]
    public void A_page_with_nothing_lost_shows_no_notice()
    {
        var cut = Render(null, []);
        Assert.Empty(cut.FindAll("[data-testid=connection-lost]"));
        Assert.Empty(cut.FindAll("[data-testid=unsaved-input]"));
    }

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
    }
}
