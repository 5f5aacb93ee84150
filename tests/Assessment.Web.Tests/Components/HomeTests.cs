using Assessment.Web.Components.Pages.Home;
using Assessment.Web.Components.Shared;

namespace Assessment.Web.Tests.Components;

public class HomeTests
{
    [Theory]
    [InlineData("zh-CN", "数字政府治理成熟度评估平台", "Digital government maturity assessment")]
    [InlineData("en", "Digital government maturity assessment", "数字政府治理成熟度评估平台")]
    public async Task Renders_its_title_in_the_current_language_only(string culture, string expected, string otherLanguage)
    {
        var html = await ComponentRenderer.RenderAsync<Home>(culture);
        Assert.Contains(expected, html);
        Assert.DoesNotContain(otherLanguage, html);
    }

    [Fact]
    public async Task Says_what_the_demo_data_set_holds_only_when_it_is_loaded()
    {
        var withDemo = await ComponentRenderer.RenderAsync<Home>("zh-CN", demoLoaded: true);
        Assert.Contains("并非实际评估", withDemo);
        var without = await ComponentRenderer.RenderAsync<Home>("zh-CN", demoLoaded: false);
        Assert.DoesNotContain("demo-contents", without);
    }

    [Fact]
    public async Task The_layouts_notice_shows_the_illustrative_banner_only_when_the_demo_data_set_is_loaded()
    {
        var withDemo = await ComponentRenderer.RenderAsync<DemoDataNotice>("zh-CN", demoLoaded: true);
        Assert.Contains("data-testid=\"illustrative-banner\"", withDemo);
        var without = await ComponentRenderer.RenderAsync<DemoDataNotice>("zh-CN", demoLoaded: false);
        Assert.DoesNotContain("illustrative-banner", without);
    }
}
