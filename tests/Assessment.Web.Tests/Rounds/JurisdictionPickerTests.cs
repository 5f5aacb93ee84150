using Assessment.Data.Jurisdictions;
using Assessment.Web.Components.Pages.Rounds;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Bunit;
using MudBlazor;

namespace Assessment.Web.Tests.Rounds;

public class JurisdictionPickerTests
{
    // Two provinces; Zhejiang with two prefectures and two counties under Hangzhou. 7 units in all.
    private static readonly JurisdictionPlaces Places = JurisdictionPlaces.From(
    [
        new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
        new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
        new Jurisdiction("330102", "上城区", "Shangcheng District", "county", "district", "3301"),
        new Jurisdiction("330105", "拱墅区", "Gongshu District", "county", "district", "3301"),
        new Jurisdiction("3302", "宁波市", "Ningbo", "prefecture", "city", "33"),
        new Jurisdiction("32", "江苏省", "Jiangsu", "province", "province", null),
        new Jurisdiction("3201", "南京市", "Nanjing", "prefecture", "city", "32"),
    ]);

    private sealed class Parent
    {
        public HashSet<string> Selected { get; } = new(StringComparer.Ordinal);
        public int Reports { get; set; }
    }

    private sealed record Rendered(IRenderedComponent<JurisdictionPicker> Picker, IRenderedComponent<MudPopoverProvider> Popovers);

    private static Rendered Render(AppTestContext ctx, Parent parent)
    {
        // The select's options render into the popover provider, not into the picker's own markup.
        var popovers = ctx.Render<MudPopoverProvider>();
        var picker = ctx.Render<JurisdictionPicker>(p => p
            .Add(c => c.Places, Places)
            .Add(c => c.Selected, parent.Selected)
            .Add(c => c.SelectionChanged, () => parent.Reports++));
        return new Rendered(picker, popovers);
    }

    private static List<string> ShownCodes(Rendered r) =>
        r.Picker.FindAll("input[type=checkbox][data-code]").Select(b => b.GetAttribute("data-code")!).ToList();

    private static void Search(Rendered r, string text) => r.Picker.Find("input[data-testid=picker-search]").Input(text);

    /// <summary>
    /// The list after a filter: the text field's value and the grid's items reach the markup through MudBlazor's
    /// asynchronous steps, which a loaded machine can leave unfinished when the event handler returns (seen once
    /// in a run beside the browser tests), so wait for the render rather than read the markup at once.
    /// </summary>
    private static void AssertShown(Rendered r, IEnumerable<string> expected) =>
        r.Picker.WaitForAssertion(() => Assert.Equal(expected, ShownCodes(r)), TimeSpan.FromSeconds(10));

    private static void ChooseProvince(Rendered r, string provinceName)
    {
        // MudSelect opens on a pointer press anywhere on its field, as a user's click does.
        r.Picker.Find("input[data-testid=picker-province]").Closest(".mud-input-control")!.MouseDown();
        var option = r.Popovers.WaitForElements(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == provinceName);
        option.Click();
    }

    [Fact]
    public async Task Lists_every_unit_in_code_order_with_nothing_selected()
    {
        await using var ctx = new AppTestContext();
        var r = Render(ctx, new Parent());

        Assert.Equal(["32", "3201", "33", "3301", "330102", "330105", "3302"], ShownCodes(r));
        Assert.Contains("已选择: 0", r.Picker.Find("[data-testid=selected-count]").TextContent);
    }

    [Theory]
    [InlineData("宁波", new[] { "3302" })]
    [InlineData("nan", new[] { "3201" })]
    [InlineData("3301", new[] { "3301", "330102", "330105" })]
    [InlineData("District", new[] { "330102", "330105" })]
    public async Task Search_matches_Chinese_names_English_names_ignoring_case_and_code_prefixes(string text, string[] expected)
    {
        await using var ctx = new AppTestContext();
        var r = Render(ctx, new Parent());

        Search(r, text);

        AssertShown(r, expected);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        await using var ctx = new AppTestContext();
        var r = Render(ctx, new Parent());

        Search(r, "上海");

        AssertShown(r, []);
        Assert.Contains("没有符合筛选条件的地区。", r.Picker.Markup);
    }

    [Fact]
    public async Task Filtering_by_province_keeps_the_province_and_every_unit_under_it()
    {
        await using var ctx = new AppTestContext();
        var r = Render(ctx, new Parent());

        ChooseProvince(r, "浙江省");

        AssertShown(r, ["33", "3301", "330102", "330105", "3302"]);
    }

    [Fact]
    public async Task Ticking_a_province_selects_that_province_only_and_unticking_deselects_it_only()
    {
        var parent = new Parent();
        parent.Selected.Add("3302");
        await using var ctx = new AppTestContext();
        var r = Render(ctx, parent);

        r.Picker.Find("input[data-code='33']").Change(true);

        Assert.Equal(["33", "3302"], parent.Selected.Order(StringComparer.Ordinal));
        Assert.Equal(1, parent.Reports);
        Assert.False(r.Picker.Find("input[data-code='3301']").HasAttribute("checked"));

        r.Picker.Find("input[data-code='33']").Change(false);

        Assert.Equal(["3302"], parent.Selected);
        Assert.Equal(2, parent.Reports);
    }

    [Fact]
    public async Task Select_all_shown_after_choosing_a_province_selects_the_province_with_its_children_and_reports_them()
    {
        var parent = new Parent();
        await using var ctx = new AppTestContext();
        var r = Render(ctx, parent);
        ChooseProvince(r, "浙江省");

        r.Picker.Find("[data-testid=select-shown]").Click();

        Assert.Equal(["33", "3301", "330102", "330105", "3302"], parent.Selected.Order(StringComparer.Ordinal));
        Assert.Equal(1, parent.Reports);
        Assert.Contains("已选择: 5", r.Picker.Find("[data-testid=selected-count]").TextContent);

        r.Picker.Find("[data-testid=clear-selection]").Click();

        Assert.Empty(parent.Selected);
        Assert.Equal(2, parent.Reports);
    }

    [Fact]
    public async Task A_selection_survives_a_new_filter_that_hides_it()
    {
        var parent = new Parent();
        await using var ctx = new AppTestContext();
        var r = Render(ctx, parent);
        r.Picker.Find("input[data-code='3201']").Change(true);

        Search(r, "杭州");

        AssertShown(r, ["3301"]);
        Assert.Equal(["3201"], parent.Selected);
        Assert.Contains("已选择: 1", r.Picker.Find("[data-testid=selected-count]").TextContent);
    }

    [Theory]
    [InlineData("zh-CN", "选择 杭州市 3301", new[] { "层级", "省份", "搜索名称或代码" })]
    [InlineData("en", "Select Hangzhou 3301", new[] { "Level", "Province", "Search name or code" })]
    public async Task Every_box_is_a_native_enabled_checkbox_named_for_its_unit_and_every_filter_is_labelled(string culture, string boxName, string[] filterLabels)
    {
        await using var ctx = new AppTestContext(culture);
        var r = Render(ctx, new Parent());

        var box = r.Picker.Find("input[data-code='3301']");
        Assert.Equal("checkbox", box.GetAttribute("type"));
        // Named through aria-labelledby, the name a screen reader and Playwright's GetByLabel read.
        Assert.Equal(boxName, r.Picker.Find($"#{box.GetAttribute("aria-labelledby")}").TextContent.Trim());
        Assert.False(box.HasAttribute("disabled"));
        Assert.NotEqual("-1", box.GetAttribute("tabindex"));
        var labels = r.Picker.FindAll(".filters label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(filterLabels, labels);
    }
}
