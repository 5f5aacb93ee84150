namespace Assessment.Web.Configuration;

/// <summary>
/// Where the app keeps its database and reads its instruments. The data folder defaults to ./data under the
/// content root (overridden by <c>--data DIR</c> or ASSESSMENT_DATA); the instruments folder defaults to the
/// repository's instruments/ found by walking up from the content root (overridden by <c>--instruments DIR</c>
/// or ASSESSMENT_INSTRUMENTS), so `dotnet run --project src/Assessment.Web` finds it without set-up.
/// </summary>
public sealed record AppPaths(string DataFolder, string InstrumentsFolder)
{
    public string DatabaseFile => Path.Combine(DataFolder, "assessment.db");

    public static AppPaths From(IConfiguration configuration, string contentRoot)
    {
        var data = configuration["data"] ?? configuration["ASSESSMENT_DATA"];
        var instruments = configuration["instruments"] ?? configuration["ASSESSMENT_INSTRUMENTS"];
        return new AppPaths(
            Path.GetFullPath(data ?? Path.Combine(contentRoot, "data"), contentRoot),
            Path.GetFullPath(instruments ?? FindInstrumentsFolder(contentRoot), contentRoot));
    }

    // Walks up because the content root is src/Assessment.Web under `dotnet run` and the repository root when
    // the app is started from there; a missing folder is reported by the instruments page, not at start-up.
    private static string FindInstrumentsFolder(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "instruments");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(contentRoot, "instruments");
    }
}
