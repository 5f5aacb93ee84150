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

    public static string Css { get; } = Load();

    private static string Load()
    {
        var assembly = typeof(ReportStyles).Assembly;
        return string.Join('\n', Charts.Select(c => Read(assembly, $"ScopedCss/{c}.razor.css")).Prepend(Read(assembly, "Reports.report.css")));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"resource {name} is missing from the build");
        return new StreamReader(stream).ReadToEnd();
    }
}
