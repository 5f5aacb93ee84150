namespace Assessment.Web.Reports.Definitions;

public enum ReportKind { Jurisdiction, Comparative }

/// <summary>Which jurisdictions a report covers; an empty list means no restriction on that field.</summary>
public sealed record ReportFilter(IReadOnlyList<string> Levels, IReadOnlyList<string> Provinces, IReadOnlyList<string> Kinds, IReadOnlyList<string> Codes)
{
    public static readonly ReportFilter None = new([], [], [], []);

    /// <param name="provinceCode">The code of the jurisdiction's province (itself for a province), if any.</param>
    public bool Admits(string code, string level, string kind, string? provinceCode) =>
        (Codes.Count == 0 || Codes.Contains(code)) && (Levels.Count == 0 || Levels.Contains(level))
        && (Kinds.Count == 0 || Kinds.Contains(kind)) && (Provinces.Count == 0 || (provinceCode is not null && Provinces.Contains(provinceCode)));
}

/// <summary>
/// One report as a user defines it in reports/definitions/*.yaml (documented in reports/README.md): its kind,
/// language, title, which sections in which order, which jurisdictions, and whether only published rounds may
/// be reported.
/// </summary>
public sealed record ReportDefinition(
    string File, ReportKind Kind, string Language, string Title, bool PublishedOnly, IReadOnlyList<string> Sections, ReportFilter Filter)
{
    /// <summary>The sections a report of each kind may hold, in their usual order.</summary>
    public static IReadOnlyList<string> SectionsOf(ReportKind kind) => kind == ReportKind.Jurisdiction
        ? ["cover", "summary", "iceberg", "spider", "indicators", "strengths", "recommendations", "self_vs_external", "appendix"]
        : ["cover", "method", "ranking", "counts", "quadrant_map", "distributions", "heatmap", "movements", "method_quality", "profiles"];

    public bool Has(string section) => Sections.Contains(section);

    /// <summary>The culture the report is written in.</summary>
    public string Culture => Language == "zh" ? Localization.UiCulture.Chinese : Localization.UiCulture.English;
}
