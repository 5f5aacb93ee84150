using Assessment.Data.Jurisdictions;

namespace Assessment.Data.Tests.Jurisdictions;

/// <summary>The English names generated into ReferenceData/ChinaDivision/names-en.csv, as loaded.</summary>
public class ChinaDivisionNamesTests
{
    private static readonly IReadOnlyList<Jurisdiction> Rows = ChinaDivision.Load();

    [Fact]
    public void Every_row_has_a_non_empty_latin_english_name_that_is_not_its_chinese_name()
    {
        Assert.Equal(3351, Rows.Count);
        var bad = Rows.Where(j => string.IsNullOrWhiteSpace(j.NameEn) || !j.NameEn.All(c => char.IsAscii(c) || c == 'ü') || j.NameEn == j.NameZh).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void No_two_rows_under_one_parent_share_an_english_name()
    {
        var duplicates = Rows
            .GroupBy(j => (j.ParentCode, Name: j.NameEn.ToLowerInvariant()))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(j => $"{j.Code} {j.NameZh}")) + $" = {g.Key.Name}")
            .ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void The_kind_suffix_tells_apart_a_county_level_city_and_a_county_of_one_name()
    {
        // 临夏市 and 临夏县 share a parent; so do 和田市/和田县 and 伊宁市/伊宁县.
        Assert.Equal("Linxia City", Name("622901"));
        Assert.Equal("Linxia County", Name("622921"));
    }

    [Theory]
    [InlineData("50", "重庆市", "Chongqing")]
    [InlineData("3502", "厦门市", "Xiamen")]
    [InlineData("3403", "蚌埠市", "Bengbu")]
    [InlineData("3415", "六安市", "Lu'an")]
    [InlineData("6101", "西安市", "Xi'an")]
    [InlineData("4301", "长沙市", "Changsha")]
    [InlineData("5111", "乐山市", "Leshan")]
    [InlineData("5329", "大理白族自治州", "Dali Bai Autonomous Prefecture")]
    [InlineData("110105", "朝阳区", "Chaoyang District")]
    [InlineData("440113", "番禺区", "Panyu District")]
    [InlineData("361124", "铅山县", "Yanshan County")]
    [InlineData("140428", "长子县", "Zhangzi County")]
    [InlineData("130225", "乐亭县", "Laoting County")]
    [InlineData("6531", "喀什地区", "Kashi Prefecture")]
    [InlineData("310112", "闵行区", "Minhang District")]
    [InlineData("420116", "黄陂区", "Huangpi District")]
    [InlineData("451228", "都安瑶族自治县", "Du'an Yao Autonomous County")]
    [InlineData("1507", "呼伦贝尔市", "Hulunbei'er")]
    [InlineData("1411", "吕梁市", "Lüliang")]
    public void Place_names_are_read_as_the_places_are_called(string code, string nameZh, string nameEn)
    {
        var row = Rows.Single(j => j.Code == code);
        Assert.Equal(nameZh, row.NameZh);
        Assert.Equal(nameEn, row.NameEn);
    }

    [Theory]
    [InlineData("3301", "Hangzhou")]
    [InlineData("330106", "Xihu District")]
    [InlineData("330122", "Tonglu County")]
    [InlineData("330182", "Jiande City")]
    [InlineData("1522", "Xing'an League")]
    [InlineData("5425", "Ali Prefecture")]
    [InlineData("150422", "Balin Left Banner")]
    [InlineData("150723", "Oroqen Autonomous Banner")]
    [InlineData("4228", "Enshi Tujia and Miao Autonomous Prefecture")]
    [InlineData("530925", "Shuangjiang Lahu, Va, Blang and Dai Autonomous County")]
    [InlineData("410104", "Guancheng Hui District")]
    [InlineData("120116", "Binhai New Area")]
    [InlineData("130271", "Hebei Tangshan Lutai Economic Development Zone")]
    [InlineData("1101", "Districts")]
    [InlineData("5002", "Counties")]
    [InlineData("4190", "Province-administered county-level divisions")]
    [InlineData("6590", "Region-administered county-level divisions")]
    public void Each_kind_of_division_carries_its_english_suffix(string code, string nameEn) =>
        Assert.Equal(nameEn, Name(code));

    [Fact]
    public void Provinces_have_their_conventional_english_names()
    {
        string[] expected =
        [
            "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia Autonomous Region", "Liaoning", "Jilin",
            "Heilongjiang", "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei",
            "Hunan", "Guangdong", "Guangxi Zhuang Autonomous Region", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan",
            "Tibet Autonomous Region", "Shaanxi", "Gansu", "Qinghai", "Ningxia Hui Autonomous Region",
            "Xinjiang Uygur Autonomous Region",
        ];
        Assert.Equal(expected, Rows.Where(j => j.Level == "province").OrderBy(j => j.Code, StringComparer.Ordinal).Select(j => j.NameEn));
        Assert.Equal("Shanxi", Name("14"));
        Assert.Equal("Shaanxi", Name("61"));
    }

    [Fact]
    public void A_code_without_an_english_name_stops_the_load_and_names_the_code()
    {
        var names = Rows.Where(j => j.Code != "330106").ToDictionary(j => j.Code, j => j.NameEn);

        var e = Assert.Throws<InvalidOperationException>(() => ChinaDivision.Load(names));

        Assert.Contains("no English name for 330106 西湖区", e.Message);
        Assert.Contains("tools/division-names", e.Message);
    }

    [Fact]
    public void An_english_name_for_a_code_the_package_lacks_stops_the_load()
    {
        var names = Rows.ToDictionary(j => j.Code, j => j.NameEn);
        names["999999"] = "Nowhere County";

        var e = Assert.Throws<InvalidOperationException>(() => ChinaDivision.Load(names));

        Assert.Contains("999999", e.Message);
    }

    private static string Name(string code) => Rows.Single(j => j.Code == code).NameEn;
}
