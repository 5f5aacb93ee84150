namespace Assessment.Data.Jurisdictions;

/// <summary>A place in the administrative hierarchy. Level: province, prefecture or county; Kind: see 0001.</summary>
public sealed record Jurisdiction(string Code, string NameZh, string NameEn, string Level, string Kind, string? ParentCode)
{
    public static readonly IReadOnlySet<string> Levels = new HashSet<string> { "province", "prefecture", "county" };

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>
    {
        "province", "autonomous_region", "municipality",
        "city", "autonomous_prefecture", "prefecture", "league", "grouping",
        "district", "county", "county_city", "banner", "autonomous_county", "special_area",
        "ministry_platform", "other",
    };
}
