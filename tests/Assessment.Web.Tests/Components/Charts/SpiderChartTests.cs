using Assessment.Web.Components.Pages.Dashboards.Shared;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>
/// The compare page's spider chart, rendered alone (bUnit; it was a test in the browser class CompareTests, but it
/// draws one component from given numbers). Centre (180, 180), radius 120: a score v lies 1.2 v from the centre,
/// the four axes up, right, down, left.
/// </summary>
public class SpiderChartTests
{
    [Fact]
    public async Task The_spider_chart_overlays_each_series_with_its_own_colour_class_and_legend()
    {
        var html = await ComponentRenderer.RenderAsync<SpiderChart>("zh-CN", new Dictionary<string, object?>
        {
            ["Axes"] = new List<string> { "界面整合", "流程优化", "保障体系", "价值理念" },
            ["Series"] = new List<SpiderSeries>
            {
                new("杭州市", [100, 100, 100, 100], SpiderChart.SeriesClass(0)),
                new("宁波市", [50, 50, 50, 50], SpiderChart.SeriesClass(1)),
                new("江苏省", [0, 25, null, 75], SpiderChart.SeriesClass(2)),
            },
            ["Label"] = "叠加",
        });
        // 100 -> 120 from the centre; 50 -> 60; 25 -> 30 right, 75 -> 90 left; NA drawn at the centre.
        Assert.Contains("points=\"180,60 300,180 180,300 60,180\" class=\"series series-0\" data-series=\"杭州市\"", html);
        Assert.Contains("points=\"180,120 240,180 180,240 120,180\" class=\"series series-1\" data-series=\"宁波市\"", html);
        Assert.Contains("points=\"180,180 210,180 180,180 90,180\" class=\"series series-2\" data-series=\"江苏省\"", html);
        Assert.Matches("class=\"swatch series-2\"[^>]*></span>江苏省", html);
        Assert.Equal("series-0", SpiderChart.SeriesClass(6));
    }
}
