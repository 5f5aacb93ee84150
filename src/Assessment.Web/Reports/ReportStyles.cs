using System.Reflection;

namespace Assessment.Web.Reports;

/// <summary>
/// The report's inline stylesheet: its own print rules (report.css: A4 pages, page breaks, CJK fonts named) and the
/// scoped styles of the dashboards' chart components, embedded at build time with the scope attributes the compiled
/// components carry, so a chart in a report looks as it does on its page.
/// </summary>
public static class ReportStyles
{
    private static readonly string[] Charts = ["IcebergChart", "SpiderChart", "QuadrantMap", "HeatmapGrid", "BoxPlot", "CountBars", "RankIntervalChart"];

    /// <summary>
    /// Fonts on paper (the PDF, and a browser's print): a TrueType CJK font first. Chromium embeds it as a subset font,
    /// while Noto Sans CJK (CFF outlines in a font collection) goes into the PDF as Type 3 glyph drawings: a demo
    /// jurisdiction report printed in 3.4 s with Noto and 1.9 s with WenQuanYi Micro Hei, 794 KB against 503 KB
    /// (reports/benchmarks/2026-12-02-reports.md). Where it is not installed, Noto as on screen. The font has no bold, and
    /// Chromium draws a synthetic bold as Type 3 glyphs again (a further 2.3 times the printing time), so on paper
    /// headings and labels are set in regular weight and told apart by size, colour and shading, as Chinese official
    /// documents set their headings in regular-weight 黑体.
    /// </summary>
    public const string PrintFonts = "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

    public static string Css { get; } = Load();

    private static string Load()
    {
        var assembly = typeof(ReportStyles).Assembly;
        return string.Join('\n', Charts.Select(c => Read(assembly, $"ScopedCss/{c}.razor.css")).Prepend(Read(assembly, "Reports.report.css"))
            .Append($"@media print {{ html {{ font-family: {PrintFonts}; }} * {{ font-weight: normal !important; }} " +
                    "h1, h2, h3, .rater, .figures dd { color: #1e3a8a; } .report-table th { background: #f4f4f5; } }"));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        return new StreamReader(stream).ReadToEnd();
    }
}
