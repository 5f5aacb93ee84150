using Assessment.Web.Components.Shared;

namespace Assessment.Web.Tests.Components;

public class IllustrativeDataBannerTests
{
    [Fact]
    public async Task Says_illustrative_data_in_Chinese()
    {
        var html = await ComponentRenderer.RenderAsync<IllustrativeDataBanner>("zh-CN");
        Assert.Contains("示例数据", html);
        Assert.Contains("并非官方评估结果", html);
        Assert.DoesNotContain("Illustrative", html);
    }

    [Fact]
    public async Task Says_not_an_official_evaluation_in_English()
    {
        var html = await ComponentRenderer.RenderAsync<IllustrativeDataBanner>("en");
        Assert.Contains("Illustrative data", html);
        Assert.Contains("not an official evaluation", html);
        Assert.DoesNotContain("示例数据", html);
    }

    [Fact]
    public async Task Is_announced_as_a_note_to_screen_readers()
    {
        var html = await ComponentRenderer.RenderAsync<IllustrativeDataBanner>("zh-CN");
        Assert.Contains("role=\"note\"", html);
    }
}
