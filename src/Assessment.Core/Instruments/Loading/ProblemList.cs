using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>Collects every problem found in one file so the author sees them all in one run.</summary>
internal sealed class ProblemList(string file)
{
    private readonly List<InstrumentProblem> problems = [];

    public int Count => problems.Count;

    /// <summary>A problem with the node at <paramref name="path"/> (a key path such as layers[0].weight).</summary>
    public void Add(YamlNode node, string path, string message) => Add(node.Start, $"{path}: {message}");

    // One problem is one line of output (file:line:column: message), whatever text the file quoted into it.
    public void Add(Mark mark, string message) =>
        problems.Add(new(file, ToInt(mark.Line), ToInt(mark.Column), message.Replace("\r", "\\r").Replace("\n", "\\n")));

    /// <summary>In document order, so the list reads top to bottom like the file.</summary>
    public IReadOnlyList<InstrumentProblem> InDocumentOrder() =>
        problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.p.Column).ThenBy(x => x.i)
            .Select(x => x.p).ToArray();

    // YamlDotNet marks are 1-based longs; a file with more than int.MaxValue lines is not an instrument.
    private static int ToInt(long value) => (int)Math.Clamp(value, 1, int.MaxValue);
}

/// <summary>Key paths as the author reads them: layers[1].indicators[0].items[3].weight.</summary>
internal static class KeyPath
{
    public static string Key(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
