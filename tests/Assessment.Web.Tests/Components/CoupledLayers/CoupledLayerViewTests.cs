using Assessment.Core.Instruments;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Tests.Components.Charts;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;
using Quadrant = Assessment.Core.Instruments.Quadrant;

namespace Assessment.Web.Tests.Components.CoupledLayers;

/// <summary>Issue 16 on the pages: the layer gap beside the composite, the weakest layer on the iceberg, an item's source.</summary>
public class CoupledLayerViewTests : AppTestContext
{
    [Fact]
    public void The_ranking_shows_the_layer_gap_beside_the_composite()
    {
        using var _ = new UiCultureScope("zh-CN");
        // Layers 90, 40, NA, 65: gap 90 - 40 = 50.
        var row = Row(1, "3301", "杭州市", 60, 60, Quadrant.IV, [90, 40, null, 65], composite: 65);
        var table = DashboardTables.Ranking(Dashboard(row), [row]);

        var names = table.Columns.Select(c => c.CsvName).ToList();
        Assert.Equal(names.IndexOf("composite") + 1, names.IndexOf("layer_gap"));
        Assert.Equal("层面差距", table.Columns[names.IndexOf("layer_gap")].Header);
        Assert.Equal(("50.0", "50"), (table.Rows[0][names.IndexOf("layer_gap")].Display, table.Rows[0][names.IndexOf("layer_gap")].Raw));
    }

    [Fact]
    public void The_iceberg_marks_the_weakest_layer()
    {
        using var _ = new UiCultureScope("en-US");
        IcebergLayer[] layers = [new("Interface", 90), new("Process", 40, Weakest: true), new("Safeguard", null), new("Value", 65)];
        var cut = Render<IcebergChart>(ps => ps.Add(p => p.Layers, layers).Add(p => p.Label, "Iceberg"));

        var marked = cut.FindAll("g[data-weakest=true]");
        Assert.Single(marked);
        Assert.Equal("1", marked[0].GetAttribute("data-layer"));
        Assert.Contains("weakest", marked[0].QuerySelector("polygon")!.ClassList);
        Assert.Equal("Process 40.0 ▼ Weakest layer", marked[0].QuerySelector("text")!.TextContent);
        Assert.Equal(["Interface 90.0", "Safeguard N/A", "Value 65.0"],
            cut.FindAll("g[data-layer]").Where(g => !g.HasAttribute("data-weakest")).Select(g => g.QuerySelector("text")!.TextContent));
    }

    [Theory]
    [InlineData(ItemSource.Public, "zh-CN", "public", "答案依据：公开资料（评估员可自行核查）")]
    [InlineData(ItemSource.SelfReport, "zh-CN", "selfreport", "答案依据：被评地区的自述（无法独立核查）")]
    [InlineData(ItemSource.Submitted, "en-US", "submitted", "Answer from: documents the jurisdiction submits")]
    public async Task The_questionnaire_shows_where_an_items_answer_comes_from(ItemSource source, string culture, string attribute, string text)
    {
        await using var ctx = new AppTestContext(culture);
        var item = new Item("q", ItemType.Boolean, new("问题", "Question"), Source: source);
        var cut = ctx.Render<QuestionItem>(p => p
            .Add(x => x.S, new ItemState(item, null)).Add(x => x.Save, _ => Task.CompletedTask).Add(x => x.UseTheirs, _ => Task.CompletedTask));

        var shown = cut.Find("[data-testid=source]");
        Assert.Equal(attribute, shown.GetAttribute("data-source"));
        Assert.Equal(text, shown.TextContent);
    }

    [Fact]
    public async Task An_item_without_a_source_says_nothing_about_it()
    {
        await using var ctx = new AppTestContext("zh-CN");
        var item = new Item("q", ItemType.Boolean, new("问题", "Question"));
        var cut = ctx.Render<QuestionItem>(p => p
            .Add(x => x.S, new ItemState(item, null)).Add(x => x.Save, _ => Task.CompletedTask).Add(x => x.UseTheirs, _ => Task.CompletedTask));

        Assert.Empty(cut.FindAll("[data-testid=source]"));
    }
}
