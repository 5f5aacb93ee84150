using System.Text;
using Assessment.Core.Instruments;
using Assessment.Web.Components.Pages.Dashboards;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Bunit;
using static Assessment.Web.Tests.Components.Charts.ChartFixtures;


namespace Assessment.Web.Tests.Components.Charts;

/// <summary>The quadrant map: x = 60 + 4.8 T, y = 524 - 4.8 O on a 480-pixel frame from (60, 44) to (540, 524).</summary>
public class QuadrantMapTests : AppTestContext
{
    private static readonly QuadrantThresholds Thresholds = new(50, 60);

    private static readonly List<QuadrantPoint> Two =
    [
        new("3301", "杭州市", 75, 25, "dashboards/7/profile/3301", (25, 50)),
        new("3302", "宁波市", 10, 90, "dashboards/7/profile/3302"),
    ];

    [Fact]
    public void Points_sit_at_their_scores_with_the_thresholds_a_profile_link_and_an_arrow_from_the_earlier_round()
    {
        using var _ = new UiCultureScope("zh-CN");
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, Two).Add(p => p.Thresholds, Thresholds));

        var hangzhou = cut.Find("a[data-point='3301']");
        Assert.Equal("dashboards/7/profile/3301", hangzhou.GetAttribute("href"));
        var circle = hangzhou.QuerySelector("circle")!;
        Assert.Equal((420, 404), (Number(circle, "cx"), Number(circle, "cy")));
        Assert.Equal("杭州市: T 75.0, O 25.0", hangzhou.QuerySelector("title")!.TextContent);
        var ningbo = cut.Find("a[data-point='3302'] circle");
        Assert.Equal((108, 92), (Number(ningbo, "cx"), Number(ningbo, "cy")));

        var technology = cut.Find("[data-testid=technology-threshold]");
        Assert.Equal((300, 44, 300, 524), (Number(technology, "x1"), Number(technology, "y1"), Number(technology, "x2"), Number(technology, "y2")));
        Assert.Equal(236, Number(cut.Find("[data-testid=organization-threshold]"), "y1"));

        // The arrow runs from (25, 50) in the earlier round to (75, 25) now; Ningbo has no earlier position.
        var arrow = Assert.Single(cut.FindAll("line.movement"));
        Assert.Equal((180, 284, 420, 404), (Number(arrow, "x1"), Number(arrow, "y1"), Number(arrow, "x2"), Number(arrow, "y2")));
        Assert.Equal("3301", arrow.GetAttribute("data-from"));

        Assert.Equal(["Ⅱ 技术无效", "组织推动", "Ⅳ 技术赋能", "组织推动", "Ⅰ 技术无效", "组织规制", "Ⅲ 技术赋能", "组织规制"],
            cut.FindAll("text.quadrant-name").Select(t => t.TextContent));
        Assert.Equal(["杭州市", "宁波市"], cut.FindAll("text.point-name").Select(t => t.TextContent));
    }

    [Fact]
    public void Quadrant_names_switch_to_English()
    {
        using var _ = new UiCultureScope("en");
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, Two).Add(p => p.Thresholds, Thresholds));
        Assert.Contains("IV Empowering technology", cut.FindAll("text.quadrant-name").Select(t => t.TextContent));
        Assert.Equal("Technology T", cut.Find("text.axis-title").TextContent);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void The_demo_round_benchmark_group_is_labelled_without_two_names_overlapping(string culture)
    {
        using var _ = new UiCultureScope(culture);
        // The eight benchmark jurisdictions of the demo round (scores as seeded, to one decimal).
        var group = new (string Code, string Zh, string En, double T, double O)[]
        {
            ("11", "北京市", "Beijing", 94.7, 96.9), ("31", "上海市", "Shanghai", 97.5, 97.3), ("32", "江苏省", "Jiangsu", 95.7, 96.9),
            ("33", "浙江省", "Zhejiang", 99.0, 97.7), ("34", "安徽省", "Anhui", 94.9, 94.0), ("3702", "青岛市", "Qingdao", 93.8, 96.9),
            ("44", "广东省", "Guangdong", 99.1, 97.3), ("52", "贵州省", "Guizhou", 95.8, 96.9),
        };
        var points = group.Select(g => new QuadrantPoint(g.Code, culture == "en" ? g.En : g.Zh, g.T, g.O, null)).ToList();
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, points).Add(p => p.Thresholds, Thresholds));

        var names = cut.FindAll("text.point-name").ToList();
        Assert.Equal(8, names.Count);
        Assert.Empty(cut.FindAll("[data-testid=unlabelled]"));
        // Boxes from the drawn positions: 11 px font, CJK 11 px a glyph, Latin 6.6 px.
        var boxes = names.Select(n => (Name: n.TextContent, Left: Number(n, "x"), Top: Number(n, "y") - 11 * 0.95,
            Width: n.TextContent.Sum(c => c >= 0x2E80 ? 11 : 6.6), Height: 11 * 1.25)).ToList();
        for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                Assert.False(a.Left < b.Left + b.Width && b.Left < a.Left + a.Width && a.Top < b.Top + b.Height && b.Top < a.Top + a.Height,
                    $"{a.Name} and {b.Name} overlap");
            }
        Assert.True(cut.FindAll("line.leader").Count >= 4, "names moved out of the crowd get a leader line");
    }

    [Fact]
    public void The_table_view_lists_exactly_the_points_the_map_draws()
    {
        using var _ = new UiCultureScope("zh-CN");
        var dashboard = Dashboard(
            Row(1, "3301", "杭州市", 75, 25, Quadrant.III),
            Row(2, "3302", "宁波市", 10, 90, Quadrant.II),
            Row(3, "3201", "南京市", null, 40, null));
        var cut = Render<ChartPanel>(ps => ps
            .Add(p => p.Title, "象限图").Add(p => p.Round, dashboard.Round).Add(p => p.FileName, "quadrant-map")
            .Add(p => p.Table, DashboardTables.Quadrants(dashboard))
            .AddChildContent<QuadrantMap>(map => map.Add(p => p.Points, QuadrantPoint.Of(dashboard, new Dictionary<string, (double, double)>()))
                .Add(p => p.Thresholds, Thresholds)));

        var drawn = cut.FindAll("a[data-point]").Select(a => a.GetAttribute("data-point")).ToList();
        Assert.Equal(["3301", "3302"], drawn);
        var circle = cut.Find("a[data-point='3302'] circle");
        Assert.Equal((10.0, 90.0), ((Number(circle, "cx") - 60) / 4.8, (524 - Number(circle, "cy")) / 4.8));

        cut.Find("[data-testid=show-table]").Click();
        var rows = TableRows(cut);
        // Nanjing has no technology score: listed with NA, not drawn.
        Assert.Equal(["杭州市", "3301", "75.0", "25.0", "Ⅲ 技术赋能 · 组织规制"], rows[0]);
        Assert.Equal(["宁波市", "3302", "10.0", "90.0", "Ⅱ 技术无效 · 组织推动"], rows[1]);
        Assert.Equal(["南京市", "3201", "不适用", "40.0", ""], rows[2]);
    }

    [Fact]
    public async Task A_national_round_prerenders_under_its_share_of_the_page_budget()
    {
        var points = LabelPlacementTests.NationalPoints();
        // As the server prerenders it: bUnit's markup also carries its own blazor:* handler and reference attributes,
        // which prerendered HTML does not, so they are taken out before counting. The whole page must stay under
        // 250 KiB; the rest of the quadrant page (header, the table's first 50 rows, the advice) is about 30 KiB.
        var rendered = await ComponentRenderer.RenderAsync<QuadrantMap>("zh-CN", new Dictionary<string, object?> { ["Points"] = points, ["Thresholds"] = Thresholds });
        var html = System.Text.RegularExpressions.Regex.Replace(rendered, @" blazor:[A-Za-z]+(=""[^""]*"")?", "");
        var bytes = Encoding.UTF8.GetByteCount(html);
        Assert.True(bytes < 100 * 1024, $"the map weighs {bytes / 1024.0:F1} KiB");
    }

    [Fact]
    public void A_national_round_draws_a_density_cell_per_square_holding_every_point()
    {
        using var _ = new UiCultureScope("zh-CN");
        var points = LabelPlacementTests.NationalPoints();
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, points).Add(p => p.Thresholds, Thresholds));
        var cells = cut.FindAll("g.cell");
        Assert.Equal(3351, cells.Sum(c => int.Parse(c.GetAttribute("data-count")!)));
        Assert.Empty(cut.FindAll("circle.point"));
        // The fullest cell: the tight cloud around (57.5, 52.5) falls in the square T 55-60, O 50-55.
        var fullest = cells.OrderByDescending(c => int.Parse(c.GetAttribute("data-count")!)).First();
        Assert.Equal("55-50", fullest.GetAttribute("data-cell"));
        var rect = fullest.QuerySelector("rect")!;
        Assert.Equal((324, 260, 24, 24), (Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height")));
        Assert.StartsWith(fullest.GetAttribute("data-count") + " 个地区：T 55–60，O 50–55", fullest.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void A_cell_opens_by_click_or_keyboard_and_lists_labels_and_links_its_jurisdictions()
    {
        using var _ = new UiCultureScope("zh-CN");
        var points = LabelPlacementTests.NationalPoints();
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, points).Add(p => p.Thresholds, Thresholds));
        var small = cut.FindAll("g.cell").First(c => int.Parse(c.GetAttribute("data-count")!) is >= 2 and <= 10);
        var key = small.GetAttribute("data-cell")!;
        var count = int.Parse(small.GetAttribute("data-count")!);
        Assert.Equal("button", small.GetAttribute("role"));
        Assert.Equal("0", small.GetAttribute("tabindex"));

        small.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        Assert.Equal("true", cut.Find($"g.cell[data-cell='{key}']").GetAttribute("aria-expanded"));
        Assert.Equal(count, cut.FindAll("[data-testid=cell-members] li a").Count);
        var drawn = cut.FindAll("a[data-point] circle");
        Assert.Equal(count, drawn.Count);
        // Every point drawn lies inside the opened square.
        var (t0, o0) = (double.Parse(key.Split('-')[0]), double.Parse(key.Split('-')[1]));
        Assert.All(drawn, c =>
        {
            Assert.InRange((Number(c, "cx") - 60) / 4.8, t0 - 0.01, t0 + 5.01);
            Assert.InRange((524 - Number(c, "cy")) / 4.8, o0 - 0.01, o0 + 5.01);
        });
        Assert.Equal(count, cut.FindAll("text.point-name").Count);

        cut.Find($"g.cell[data-cell='{key}']").Click();
        Assert.Empty(cut.FindAll("[data-testid=cell-members]"));
        Assert.Empty(cut.FindAll("a[data-point]"));
    }

    [Fact]
    public void Finding_a_jurisdiction_by_name_draws_labels_and_links_it()
    {
        using var _ = new UiCultureScope("zh-CN");
        var points = LabelPlacementTests.NationalPoints();
        var cut = Render<QuadrantMap>(ps => ps.Add(p => p.Points, points).Add(p => p.Thresholds, Thresholds));
        cut.Find("[data-testid=quadrant-find]").Input("杭州");
        var hangzhou = cut.Find("a[data-point='3301']");
        Assert.Equal("dashboards/9/profile/3301", hangzhou.GetAttribute("href"));
        Assert.Equal("杭州市", cut.Find("text.point-name[data-for='3301']").TextContent);
        cut.Find("[data-testid=quadrant-find]").Input("没有这个地方");
        Assert.Empty(cut.FindAll("a[data-point]"));
        Assert.Contains("没有匹配的地区", cut.Markup);
    }
}
