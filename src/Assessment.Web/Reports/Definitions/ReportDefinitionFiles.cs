namespace Assessment.Web.Reports.Definitions;

/// <summary>
/// Where the shipped definitions are: reports/definitions at the top of the repository (or wherever
/// ASSESSMENT_REPORTS points), found by walking up from the working folder and from the program's folder,
/// so the app, the command line and the tests read the same files a user edits.
/// </summary>
public static class ReportDefinitionFiles
{
    public static string? Folder()
    {
        if (Environment.GetEnvironmentVariable("ASSESSMENT_REPORTS") is { Length: > 0 } configured) return Path.Combine(configured, "definitions");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "reports", "definitions");
                if (Directory.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>The shipped definition of a kind in a language: reports/definitions/jurisdiction.zh.yaml and so on.</summary>
    /// <exception cref="FileNotFoundException">No definitions folder, or no file for this kind and language.</exception>
    public static ReportDefinition Shipped(ReportKind kind, string language)
    {
        var folder = Folder() ?? throw new FileNotFoundException("no reports/definitions folder found (set ASSESSMENT_REPORTS to the reports folder)");
        var file = Path.Combine(folder, $"{kind.ToString().ToLowerInvariant()}.{language}.yaml");
        if (!File.Exists(file)) throw new FileNotFoundException($"{file}: no such report definition");
        return ReportDefinitionLoader.Load(file);
    }
}
