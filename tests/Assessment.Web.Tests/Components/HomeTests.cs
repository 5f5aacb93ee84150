using Assessment.Web.Components.Pages.Home;

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
    public async Task Shows_the_illustrative_banner_only_when_the_demo_data_set_is_loaded()
    {
        var withDemo = await ComponentRenderer.RenderAsync<Home>("zh-CN", demoLoaded: true);
        Assert.Contains("data-testid=\"illustrative-banner\"", withDemo);
        Assert.Contains("并非实际评估", withDemo);
        var without = await ComponentRenderer.RenderAsync<Home>("zh-CN", demoLoaded: false);
        Assert.DoesNotContain("illustrative-banner", without);
    }
}
