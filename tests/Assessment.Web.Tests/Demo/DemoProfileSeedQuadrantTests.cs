using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Localization;
using Assessment.Web.Reports;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Web.Tests.Demo;

/// <summary>
/// The profile page on the demo data: its note on a seed case's quadrant (SeedQuadrantNote) speaks of the round the page
/// shows. G district lands in quadrant I on the 2026.1 round (its push has no 2026.1 item) and in II, its seed's
/// quadrant, on the 2026.2 round (DemoGroundedRoundTests works both out); H city in I, then III, never in its seed's IV.
/// </summary>
public sealed class DemoProfileSeedQuadrantTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private async Task<(AppTestContext Context, IRenderedComponent<Profile> Page)> Render(string culture, string version, string code)
    {
        var context = new AppTestContext(culture, demoLoaded: true);
        context.AddAuthorization().SetAuthorized("researcher");
        var researcher = SignedIn.As(demo.Db, new AccountStore(demo.Db).FindByUserName("researcher")!);
        context.Services.AddSingleton(demo.Db);
        context.Services.AddSingleton(researcher);
        context.Services.AddSingleton(new DashboardService(researcher, demo.Db));
        context.Services.AddSingleton(new SelfVsExternalService(researcher, demo.Db));
        context.Services.AddSingleton(new CaseLibrary(CaseLibrary.LoadEmbedded(), NullLogger<CaseLibrary>.Instance));
        context.Services.AddSingleton(new PdfPrinter(Path.Combine(Path.GetTempPath(), "no-chromium-here")));
        var round = DashboardQueries.Rounds(demo.Db).Single(r => r.IsDemo && r.Mode == RoundMode.ExternalEvaluation && r.InstrumentVersion == version).Id;
        var page = context.Render<Profile>(p => p.Add(x => x.RoundId, round).Add(x => x.Code, code));
        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll("[data-testid=seed-quadrant]")));
        return (context, page);
    }

    [Theory]
    [InlineData("2026.1", "false", "按本工具评分，T市G区（示例）落在Ⅰ 技术无效 · 组织规制象限；种子文献 003 将其归为Ⅱ 技术无效 · 组织推动象限。")]
    [InlineData("2026.2", "true", "按本工具评分，T市G区（示例）落在Ⅱ 技术无效 · 组织推动象限，与种子文献 003 的归类一致。")]
    public async Task G_districts_note_speaks_of_the_round_shown(string version, string agrees, string sentence)
    {
        var (context, page) = await Render(UiCulture.Chinese, version, "DEMO-TG");
        await using var _ = context;

        var note = page.Find("[data-testid=seed-quadrant]");
        Assert.Equal(agrees, note.GetAttribute("data-agrees"));
        Assert.Contains(sentence, note.TextContent);
    }

    [Theory]
    [InlineData("2026.1", "quadrant I")]
    [InlineData("2026.2", "quadrant III")]
    public async Task H_citys_note_names_the_quadrant_of_the_round_shown_in_English(string version, string scored)
    {
        var (context, page) = await Render(UiCulture.English, version, "DEMO-H");
        await using var _ = context;

        var note = page.Find("[data-testid=seed-quadrant]");
        Assert.Equal("false", note.GetAttribute("data-agrees"));
        Assert.Contains($"lands in {scored} ", note.TextContent);
        Assert.Contains("seed paper 003 places it in quadrant IV", note.TextContent);
        Assert.Contains("not tuned to match", note.TextContent);
    }
}
