using System.Text.RegularExpressions;

namespace Assessment.Core.Tests.Instruments;

/// <summary>The seed papers (shared/seeds beside the clone), with the inline pinyin glosses of seeds 000 and 003 removed.</summary>
internal static partial class Seeds
{
    public static string Text(string number) => Strip(Directory.GetFiles(Folder(), number + "-*.txt").Single());

    /// <summary>The text of the seed file named exactly (e.g. 003-technology-organization-quadrants.txt), glosses removed.</summary>
    public static string TextOfFile(string fileName)
    {
        var path = Path.Combine(Folder(), fileName);
        return File.Exists(path) ? Strip(path) : throw new FileNotFoundException($"no seed file named {fileName} in {Folder()}");
    }

    private static string Folder() =>
        Path.GetDirectoryName(RepositoryFile.PathOf(Path.Combine("shared", "seeds", "003-technology-organization-quadrants.txt")))!;

    private static string Strip(string file) => Gloss().Replace(File.ReadAllText(file), "");

    // 協(xié): a character followed by its pinyin in ASCII parentheses.
    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")]
    private static partial Regex Gloss();
}
