using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>The scored parts of choice, multi and numeric items: options and anchors.</summary>
internal static class OptionReader
{
    public static Option? Read(YamlNode node, string path, Scalars read, IdRegistry keys)
    {
        var fields = Fields.Of(node, path, InstrumentKeys.Option, read.Problems, "a mapping (an option)");
        if (fields is null) return null;
        var keyNode = fields.Required("key", "give the option a key such as key: full");
        var key = read.Id(keyNode, fields.PathOf("key"), "option key");
        // NA is how every answer file and form writes "not applicable", so an option may not be called that.
        if (key is not null && key.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            read.Problems.Add(keyNode!, fields.PathOf("key"), "'NA' means not applicable in answers; choose another key (use allow_na: true for NA)");
            key = null;
        }
        keys.Register(key, keyNode, fields.PathOf("key"));
        var score = Fraction(fields.Required("score", "give the option's score from 0 to 1, e.g. score: 0.5"), fields.PathOf("score"), read);
        var text = read.Text(fields.Required("text", "give the option's text: {zh: ..., en: ...}"), fields.PathOf("text"));
        return key is null || score is null || text is null ? null : new Option(key, score.Value, text);
    }

    /// <summary>At least two [x, s] pairs, x strictly ascending, s from 0 to 1.</summary>
    public static IReadOnlyList<Anchor>? Anchors(YamlNode? node, string path, Scalars read)
    {
        var list = read.List(node, path, "[x, s] pair", atLeast: 2);
        if (list is null) return null;
        var anchors = new List<Anchor>();
        var failed = list.Children.Count < 2;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var pairPath = KeyPath.Index(path, i);
            if (list.Children[i] is not YamlSequenceNode { Children.Count: 2 } pair)
            {
                read.Problems.Add(list.Children[i], pairPath, $"must be a pair [x, s] (got {Describe.Node(list.Children[i])})");
                failed = true;
                continue;
            }
            var x = read.Number(pair.Children[0], KeyPath.Index(pairPath, 0), "a number (the answer value x)");
            var s = Fraction(pair.Children[1], KeyPath.Index(pairPath, 1), read);
            if (x is not null && anchors.Count > 0 && x <= anchors[^1].X)
            {
                read.Problems.Add(pair.Children[0], KeyPath.Index(pairPath, 0),
                    $"anchor x values must be strictly ascending: {Describe.Node(pair.Children[0])} is not greater than the previous x {anchors[^1].X}");
                x = null;
            }
            if (x is null || s is null) failed = true;
            else anchors.Add(new Anchor(x.Value, s.Value));
        }
        return failed ? null : anchors;
    }

    /// <summary>A score in [0, 1].</summary>
    private static double? Fraction(YamlNode? node, string path, Scalars read)
    {
        var value = read.Number(node, path, "a score from 0 to 1");
        if (value is null or (>= 0 and <= 1)) return value;
        read.Problems.Add(node!, path, $"must be a score from 0 to 1 (got {Describe.Node(node!)})");
        return null;
    }
}
