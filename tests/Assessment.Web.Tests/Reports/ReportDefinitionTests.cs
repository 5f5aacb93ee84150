using Assessment.Web.Reports.Definitions;

namespace Assessment.Web.Tests.Reports;

public class ReportDefinitionTests
{
    [Theory]
    [InlineData(ReportKind.Jurisdiction, "zh")]
    [InlineData(ReportKind.Jurisdiction, "en")]
    [InlineData(ReportKind.Comparative, "zh")]
    [InlineData(ReportKind.Comparative, "en")]
    public void Every_shipped_definition_loads_with_its_kind_and_language(ReportKind kind, string language)
    {
        var definition = ReportDefinitionFiles.Shipped(kind, language);
        Assert.Equal(kind, definition.Kind);
        Assert.Equal(language, definition.Language);
        Assert.Equal(ReportDefinition.SectionsOf(kind), definition.Sections);
    }

    [Fact]
    public void A_bad_definition_lists_every_problem_at_its_line_and_column()
    {
        var text = """
            kind: comparative
            language: fr
            title: Test
            colour: blue
            sections: [cover, iceberg, cover]
            filter:
              levels: [town]
            """;
        var e = Assert.Throws<ReportDefinitionException>(() => ReportDefinitionLoader.Parse(text, "bad.yaml"));
        Assert.Equal(
        [
            "bad.yaml:2:11: language: must be zh or en (got 'fr')",
            "bad.yaml:4:1: unknown key 'colour' (known: kind, language, title, published_only, sections, filter)",
            "bad.yaml:5:19: sections: 'iceberg' is not a section of a comparative report (known: cover, method, ranking, counts, quadrant_map, distributions, heatmap, movements, method_quality, profiles)",
            "bad.yaml:5:28: sections: 'cover' is listed twice",
            "bad.yaml:7:12: filter.levels: 'town' is not a level (known: province, prefecture, county)",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Method_quality_is_a_comparative_section_and_a_misspelling_of_it_is_located()
    {
        Assert.Equal(["cover", "method_quality"], ReportDefinitionLoader.Parse("kind: comparative\nlanguage: en\ntitle: T\nsections: [cover, method_quality]\n", "ok.yaml").Sections);
        var typo = Assert.Throws<ReportDefinitionException>(() =>
            ReportDefinitionLoader.Parse("kind: comparative\nlanguage: en\ntitle: T\nsections: [cover, method_qualty]\n", "typo.yaml"));
        Assert.StartsWith("typo.yaml:4:19: sections: 'method_qualty' is not a section of a comparative report", Assert.Single(typo.Problems).ToString());
        var wrongKind = Assert.Throws<ReportDefinitionException>(() =>
            ReportDefinitionLoader.Parse("kind: jurisdiction\nlanguage: zh\ntitle: T\nsections: [method_quality]\n", "kind.yaml"));
        Assert.StartsWith("kind.yaml:4:12: sections: 'method_quality' is not a section of a jurisdiction report", Assert.Single(wrongKind.Problems).ToString());
    }

    [Fact]
    public void Missing_keys_are_named()
    {
        var e = Assert.Throws<ReportDefinitionException>(() => ReportDefinitionLoader.Parse("kind: jurisdiction\n", "short.yaml"));
        Assert.Equal(["short.yaml:1:1: language: is missing", "short.yaml:1:1: title: is missing", "short.yaml:1:1: sections: is missing"],
            e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_filter_narrows_by_level_province_kind_and_code()
    {
        var filter = new ReportFilter(["prefecture"], ["33"], [], []);
        Assert.True(filter.Admits("3301", "prefecture", "city", "33"));
        Assert.False(filter.Admits("3201", "prefecture", "city", "32"));
        Assert.False(filter.Admits("33", "province", "province", "33"));
        Assert.True(ReportFilter.None.Admits("x", "county", "district", null));
    }
}
