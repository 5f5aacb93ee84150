using System.Collections;
using System.Resources;
using Assessment.Web.Localization;
using Assessment.Web.Tests.Components;
using MudBlazor;

namespace Assessment.Web.Tests.Localization;

public class MudTextsChineseTests
{
    /// <summary>Every key MudBlazor ships a text for, read from its own resources, so an upgrade cannot add an English fragment unnoticed.</summary>
    private static IReadOnlyList<string> MudBlazorKeys()
    {
        var assembly = typeof(MudLocalizer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("LanguageResource.resources", StringComparison.Ordinal));
        using var reader = new ResourceReader(assembly.GetManifestResourceStream(name)!);
        return reader.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Has_a_Chinese_text_for_every_key_MudBlazor_ships()
    {
        var keys = MudBlazorKeys();
        Assert.True(keys.Count > 100, $"only {keys.Count} keys found: the resource name may have changed");
        Assert.Equal([], keys.Where(k => !MudTextsChinese.Texts.ContainsKey(k)).ToList());
        Assert.Equal([], MudTextsChinese.Texts.Keys.Where(k => !keys.Contains(k)).ToList());
    }

    [Fact]
    public async Task Answers_in_Chinese_on_Chinese_pages_and_leaves_English_pages_to_MudBlazor()
    {
        await using (new AppTestContext(UiCulture.Chinese))
        {
            var localizer = new MudTextsChinese();
            Assert.Equal("每页行数：", localizer["MudDataGridPager_RowsPerPage"].Value);
            Assert.Equal("第 1–10 条，共 42 条", localizer["MudDataGridPager_InfoFormat", 1, 10, 42].Value);
            Assert.False(localizer["MudDataGrid_Sort"].ResourceNotFound);
        }
        await using (new AppTestContext(UiCulture.English))
        {
            var localizer = new MudTextsChinese();
            // MudBlazor's base localizer reports "not found", so its built-in English text is used.
            Assert.True(localizer["MudDataGrid_Sort"].ResourceNotFound);
        }
    }

    [Fact]
    public void No_Chinese_text_is_left_in_English()
    {
        var untranslated = MudTextsChinese.Texts.Where(t => t.Value.Any(char.IsAsciiLetter) && !t.Value.Contains("GUID", StringComparison.Ordinal));
        Assert.Empty(untranslated);
    }
}
