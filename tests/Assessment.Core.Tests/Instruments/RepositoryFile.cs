namespace Assessment.Core.Tests.Instruments;

internal static class RepositoryFile
{
    /// <summary>The text of a file in the repository (tests run from bin/, somewhere below the repository root).</summary>
    public static string Read(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
