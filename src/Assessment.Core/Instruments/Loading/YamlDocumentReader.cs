using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// Parses the text into one YAML document, turning every way the text can fail to be YAML into a located problem.
/// The events are read first in a loop (the parser keeps its own stack) so that absurd nesting is refused before
/// YamlDotNet's recursive tree builder could overflow the process stack, then the same events build the tree.
/// Aliases are refused among the events, before anything is expanded.
/// </summary>
internal static class YamlDocumentReader
{
    // Real instruments nest about ten levels (layers > indicators > items > options > text).
    private const int MaxDepth = 64;

    public static YamlNode? Read(string text, ProblemList problems)
    {
        var events = ReadEvents(text, problems);
        if (events is null) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new Replay(events));
        }
        catch (YamlException e)
        {
            // Repeated keys in one mapping and aliases to unknown anchors are found while building the tree.
            problems.Add(e.Start, $"malformed YAML: {e.Message}");
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            problems.Add(new Mark(), "the file holds no instrument; it starts with keys such as id:, version:, title:");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            problems.Add(stream.Documents[1].RootNode.Start, "one instrument version per file; move this second YAML document to its own file");
        }
        return stream.Documents[0].RootNode;
    }

    private static List<ParsingEvent>? ReadEvents(string text, ProblemList problems)
    {
        var parser = new Parser(new StringReader(text));
        var events = new List<ParsingEvent>();
        var open = new Stack<ParsingEvent>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                // An alias repeats a whole subtree: ten lines of anchors can stand for billions of nodes. No
                // instrument needs one, so none is expanded.
                if (current is AnchorAlias alias)
                {
                    problems.Add(alias.Start, $"YAML aliases (*{alias.Value}) are not allowed in an instrument; write the value out in full");
                    return null;
                }
                events.Add(current);
                if (current.NestingIncrease > 0) open.Push(current);
                else if (current.NestingIncrease < 0 && open.Count > 0) open.Pop();
                if (open.Count > MaxDepth)
                {
                    problems.Add(current.Start, $"the YAML nests deeper than {MaxDepth} levels, far beyond any instrument");
                    return null;
                }
            }
            return events;
        }
        catch (YamlException e)
        {
            problems.Add(TabIndentation(text, e) ?? e.Start, $"malformed YAML: {e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3's scanner throws this instead of a YamlException on some malformed flow collections,
            // most often a { or [ that is never closed; the innermost open one is the most useful place to point at.
            var flow = open.FirstOrDefault(e => e is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow });
            problems.Add(flow?.Start ?? (events.Count > 0 ? events[^1].End : new Mark()), flow is null
                ? "malformed YAML: the text after this point cannot be read as YAML"
                : "malformed YAML: this { } or [ ] cannot be read to its end; check for a missing closing bracket, comma or quote");
        }
        return null;
    }

    // YamlDotNet reports a tab used as indentation at the start of the enclosing mapping, often line 1;
    // the tab itself is where the author has to look.
    private static Mark? TabIndentation(string text, YamlException e)
    {
        if (!e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0) return new Mark(0, i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>Feeds already-parsed events to the tree builder.</summary>
    private sealed class Replay(List<ParsingEvent> events) : IParser
    {
        private int index = -1;

        public ParsingEvent? Current => index >= 0 && index < events.Count ? events[index] : null;

        public bool MoveNext() => ++index < events.Count;
    }
}
