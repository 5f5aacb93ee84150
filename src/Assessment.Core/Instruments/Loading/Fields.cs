using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// One YAML mapping checked against the keys allowed at its level. Unknown keys are reported when it is built;
/// reading a required key that is absent reports it at the mapping's start, naming the key.
/// </summary>
internal sealed class Fields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> values = new(StringComparer.Ordinal);
    private readonly ProblemList problems;

    private Fields(YamlMappingNode mapping, string path, IReadOnlyList<string> allowed, ProblemList problems, string? unknownKeyHint)
    {
        Mapping = mapping;
        Path = path;
        this.problems = problems;
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                problems.Add(keyNode, path.Length == 0 ? "(top level)" : path,
                    $"keys must be plain names; allowed keys here: {string.Join(", ", allowed)}");
            }
            else if (!allowed.Contains(key))
            {
                problems.Add(keyNode, KeyPath.Key(path, Describe.Shorten(key)), UnknownKey(key, allowed) + (unknownKeyHint ?? ""));
            }
            else
            {
                // YamlDotNet already rejects a key repeated in one mapping as malformed YAML.
                values[key] = (keyNode, value);
            }
        }
    }

    public YamlMappingNode Mapping { get; }

    public string Path { get; }

    /// <summary>The fields of <paramref name="node"/>, or null (reported) when it is not a mapping.</summary>
    /// <param name="unknownKeyHint">Appended to unknown-key messages, for the mistake most likely at this level.</param>
    public static Fields? Of(
        YamlNode? node, string path, IReadOnlyList<string> allowed, ProblemList problems, string what, string? unknownKeyHint = null)
    {
        if (node is YamlMappingNode mapping) return new Fields(mapping, path, allowed, problems, unknownKeyHint);
        if (node is not null)
        {
            problems.Add(node, path.Length == 0 ? "(top level)" : path,
                $"must be {what} with the keys {string.Join(", ", allowed)} (got {Describe.Node(node)})");
        }
        return null;
    }

    public string PathOf(string key) => KeyPath.Key(Path, key);

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>The value of an optional key, or null when absent.</summary>
    public YamlNode? Optional(string key) => values.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>The key node itself, to point at a key that is present but not allowed in this context.</summary>
    public YamlNode? KeyNode(string key) => values.TryGetValue(key, out var entry) ? entry.Key : null;

    /// <summary>The value of a required key; when absent, reports it and returns null.</summary>
    public YamlNode? Required(string key, string hint)
    {
        if (values.TryGetValue(key, out var entry)) return entry.Value;
        problems.Add(Mapping.Start, $"{PathOf(key)}: required key is missing; {hint}");
        return null;
    }

    private static string UnknownKey(string key, IReadOnlyList<string> allowed)
    {
        var nearest = allowed.MinBy(a => Distance(a, key.ToLowerInvariant()))!;
        var suggestion = Distance(nearest, key.ToLowerInvariant()) <= 2 ? $"did you mean '{nearest}'? " : "";
        return $"unknown key; {suggestion}allowed keys here: {string.Join(", ", allowed)}";
    }

    // Levenshtein distance, only to suggest the key the author probably meant ("wieght" -> "weight").
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.Length];
    }
}

/// <summary>How a node is quoted back to the author in a message: "(got -1)", "(got a list)".</summary>
internal static class Describe
{
    public static string Node(YamlNode node) => node switch
    {
        YamlScalarNode scalar when Scalars.IsNull(scalar) => "nothing",
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var value } => Shorten(value ?? ""),
        YamlScalarNode { Value: var value } => $"\"{Shorten(value ?? "")}\"",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    /// <summary>A value shown on one line of a message: line breaks and tabs escaped, long values cut.</summary>
    public static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return oneLine.Length <= 40 ? oneLine : oneLine[..37] + "...";
    }
}
