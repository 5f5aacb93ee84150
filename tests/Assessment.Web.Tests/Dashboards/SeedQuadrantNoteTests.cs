using Assessment.Core.Instruments;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// The profile's note on a seed case: where the tool's scoring puts the case in another quadrant than its seed paper
/// does (Cases/*.yaml: seed_quadrant), the page says so in the page's language; where they agree it says that.
/// </summary>
public sealed class SeedQuadrantNoteTests
{
    private static AppTestContext Context(string culture)
    {
        var context = new AppTestContext(culture);
        context.Services.AddSingleton(new CaseLibrary(CaseLibrary.LoadEmbedded(), NullLogger<CaseLibrary>.Instance));
        return context;
    }

    private static IRenderedComponent<SeedQuadrantNote> Render(AppTestContext context, string code, string name, Quadrant? scored, bool demo = true) =>
        context.Render<SeedQuadrantNote>(p => p.Add(n => n.Code, code).Add(n => n.Name, name).Add(n => n.Scored, scored).Add(n => n.IllustrativeRound, demo));

    [Fact]
    public async Task A_case_scored_outside_its_seed_quadrant_is_said_to_differ_in_Chinese()
    {
        await using var context = Context(UiCulture.Chinese);
        var note = Render(context, "DEMO-Z", "Z市（示例）", Quadrant.I).Find("[data-testid=seed-quadrant]");

        Assert.Equal("false", note.GetAttribute("data-agrees"));
        Assert.Contains("按本工具评分，Z市（示例）落在Ⅰ 技术无效 · 组织规制象限；种子文献 003 将其归为Ⅲ 技术赋能 · 组织规制象限。", note.TextContent);
        Assert.Contains("没有为迎合象限而调整", note.TextContent);
        Assert.DoesNotContain("Scored", note.TextContent);
    }

    [Fact]
    public async Task The_same_difference_in_English_for_H_city_and_a_benchmark_province()
    {
        await using var context = Context("en");
        var h = Render(context, "DEMO-H", "H City (illustrative)", Quadrant.III).Find("[data-testid=seed-quadrant]");
        var guangdong = Render(context, "44", "Guangdong", Quadrant.III).Find("[data-testid=seed-quadrant]");

        Assert.Contains("Scored with this tool, H City (illustrative) lands in quadrant III Empowering technology · organizational constraint; seed paper 003 places it in quadrant IV Empowering technology · organizational push.", h.TextContent);
        Assert.Contains("seed paper 000 places it in quadrant IV", guangdong.TextContent);
        Assert.DoesNotContain("种子", h.TextContent);
    }

    // A real round may rate a seed jurisdiction (Guangdong in a national round): its answers are the raters', not the demo's.
    [Fact]
    public async Task On_a_round_that_is_not_the_demo_the_note_says_nothing_of_illustrative_answers()
    {
        await using var zh = Context(UiCulture.Chinese);
        var note = Render(zh, "44", "广东省", Quadrant.III, demo: false).Find("[data-testid=seed-quadrant]");
        Assert.Equal("按本工具评分，广东省落在Ⅲ 技术赋能 · 组织规制象限；种子文献 000 将其归为Ⅳ 技术赋能 · 组织推动象限。", note.TextContent.Trim());

        await using var en = Context("en");
        Assert.DoesNotContain("illustrative", Render(en, "44", "Guangdong", Quadrant.III, demo: false).Find("[data-testid=seed-quadrant]").TextContent);
    }

    [Fact]
    public async Task A_case_where_its_seed_puts_it_says_they_agree()
    {
        await using var context = Context(UiCulture.Chinese);
        var note = Render(context, "DEMO-TG", "T市G区（示例）", Quadrant.II).Find("[data-testid=seed-quadrant]");

        Assert.Equal("true", note.GetAttribute("data-agrees"));
        Assert.Contains("落在Ⅱ 技术无效 · 组织推动象限，与种子文献 003 的归类一致", note.TextContent);
    }

    [Fact]
    public async Task No_axis_means_no_quadrant_and_the_note_says_so()
    {
        await using var context = Context("en");
        var note = Render(context, "DEMO-H", "H City (illustrative)", null).Find("[data-testid=seed-quadrant]");

        Assert.Contains("has no quadrant", note.TextContent);
    }

    [Fact]
    public async Task A_jurisdiction_no_seed_places_gets_no_note()
    {
        await using var context = Context(UiCulture.Chinese);
        Assert.Empty(Render(context, "3301", "杭州市", Quadrant.IV).FindAll("[data-testid=seed-quadrant]"));
    }
}
