namespace Assessment.Core.Tests.Instruments;

internal static class RepositoryFile
{
    /// <summary>The full path of a file in the repository (tests run from bin/, somewhere below the repository root).</summary>
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, relativePath);
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>The text of a file in the repository.</summary>
    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));
}
