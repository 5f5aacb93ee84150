using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>A likert scale declared once under `scales:` and referred to by items with `scale: id`.</summary>
internal sealed record LikertScale(int Points, IReadOnlyList<LikertLabel>? Labels);

/// <summary>Reads `scales:` and the points/labels pair that both a scale and an inline likert item carry.</summary>
internal static class ScaleReader
{
    /// <summary>Every declared scale id; the value is null for a scale with problems (already reported), so items
    /// referring to it are not also told it does not exist.</summary>
    public static IReadOnlyDictionary<string, LikertScale?> Read(YamlNode? node, Scalars read)
    {
        var scales = new Dictionary<string, LikertScale?>(StringComparer.Ordinal);
        if (node is null) return scales;
        if (node is not YamlMappingNode mapping)
        {
            read.Problems.Add(node, "scales", $"must be a mapping from scale id to {{points, labels}} (got {Describe.Node(node)})");
            return scales;
        }
        foreach (var (keyNode, value) in mapping.Children)
        {
            // YamlDotNet rejects a repeated key as malformed YAML, so scale ids are unique once they parse.
            var id = read.Id(keyNode, "scales", "scale id");
            if (id is null) continue;
            scales[id] = null;
            var path = KeyPath.Key("scales", id);
            var fields = Fields.Of(value, path, InstrumentKeys.Scale, read.Problems, "a mapping (a likert scale)");
            if (fields is null) continue;
            var points = Points(fields.Required("points", "give the number of points, e.g. points: 5"), fields.PathOf("points"), read);
            var labels = points is null ? null : Labels(fields, points.Value, read);
            if (points is not null && (labels is not null || !fields.Has("labels"))) scales[id] = new LikertScale(points.Value, labels);
        }
        return scales;
    }

    public static int? Points(YamlNode? node, string path, Scalars read)
    {
        var points = read.Integer(node, path, "a whole number of at least 2");
        if (points is null or >= 2) return points;
        read.Problems.Add(node!, path, $"a likert scale needs at least 2 points (got {points})");
        return null;
    }

    /// <summary>Optional labels, exactly one per point, point 1 first.</summary>
    public static IReadOnlyList<LikertLabel>? Labels(Fields fields, int points, Scalars read)
    {
        var path = fields.PathOf("labels");
        var list = read.List(fields.Optional("labels"), path, "label");
        if (list is null) return null;
        var labels = list.Children.Select((child, i) => read.Text(child, KeyPath.Index(path, i))).ToArray();
        if (labels.Length != points)
        {
            read.Problems.Add(list, path,
                $"has {labels.Length} labels but the scale has {points} points; give exactly one label per point, point 1 first");
            return null;
        }
        return labels.All(l => l is not null) ? labels.Select((text, i) => new LikertLabel(i + 1, text!)).ToArray() : null;
    }
}
