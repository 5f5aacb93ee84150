using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>Reads one item: the keys every item shares, then the keys its type takes (SCORING.md, "Item score").</summary>
internal static class ItemReader
{
    // Which type-specific keys each type takes; a key given to any other type is reported.
    private static readonly Dictionary<string, string[]> KeysByType = new()
    {
        ["likert"] = ["scale", "points", "labels"],
        ["boolean"] = [],
        ["choice"] = ["options"],
        ["multi"] = ["options"],
        ["numeric"] = ["anchors", "unit"],
        ["text"] = [],
    };

    private static readonly Dictionary<string, string> TypesTakingKey = new()
    {
        ["scale"] = "likert",
        ["points"] = "likert",
        ["labels"] = "likert",
        ["options"] = "choice and multi",
        ["anchors"] = "numeric",
        ["unit"] = "numeric",
    };

    public static Item? Read(
        YamlNode node, string path, Scalars read, IdRegistry ids, IReadOnlyDictionary<string, LikertScale?> scales, MirrorCheck? mirror)
    {
        var fields = Fields.Of(node, path, InstrumentKeys.Item, read.Problems, "a mapping (an item)");
        if (fields is null) return null;

        var idNode = fields.Required("id", "give the item an id unique in the instrument");
        var id = read.Id(idNode, fields.PathOf("id"), "item id");
        ids.Register(id, idNode, fields.PathOf("id"));
        var typeName = read.OneOf(fields.Required("type", $"give the item a type: {string.Join(", ", InstrumentKeys.ItemTypes)}"),
            fields.PathOf("type"), InstrumentKeys.ItemTypes, "item type");
        var text = read.Text(fields.Required("text", "give the question or statement as text: {zh: ..., en: ...}"), fields.PathOf("text"));
        var help = read.Text(fields.Optional("help"), fields.PathOf("help"));
        var weight = InstrumentReader.Weight(fields, read);
        var axis = read.OneOf(fields.Optional("axis"), fields.PathOf("axis"), InstrumentKeys.Axes, "axis");
        var reverse = read.Boolean(fields.Optional("reverse"), fields.PathOf("reverse")) ?? false;
        var allowNa = read.Boolean(fields.Optional("allow_na"), fields.PathOf("allow_na")) ?? false;
        var required = read.Boolean(fields.Optional("required"), fields.PathOf("required")) ?? false;
        var evidence = read.OneOf(fields.Optional("evidence"), fields.PathOf("evidence"), InstrumentKeys.EvidenceRules, "evidence rule");
        if (typeName is null) return null; // the type decides which other keys apply; it is already reported
        var mirroring = MatchReader.Read(fields, read, typeName);

        RejectKeysOfOtherTypes(fields, typeName, read);
        if (typeName == "text") RejectScoringKeys(fields, read);

        var type = Enum.Parse<ItemType>(typeName, ignoreCase: true);
        var item = type switch
        {
            ItemType.Likert => Likert(fields, read, scales),
            ItemType.Choice => Choice(fields, read, atLeast: 2),
            ItemType.Multi => Choice(fields, read, atLeast: 1),
            ItemType.Numeric => Numeric(fields, read),
            _ => new Partial(),
        };
        if (id is null || text is null || weight is null || item is null || !mirroring.Ok) return null;
        var built = new Item(id, type, text, weight.Value, help,
            axis is null ? Axis.None : Enum.Parse<Axis>(axis, ignoreCase: true),
            reverse, allowNa, required,
            evidence is null ? EvidenceRule.None : Enum.Parse<EvidenceRule>(evidence, ignoreCase: true),
            item.Points, item.Labels, item.Options, item.Anchors, item.Unit,
            mirroring.Matches, mirroring.Equivalence, mirroring.Source);
        return MatchReader.Check(built, fields, read, mirror) ? built : null;
    }

    /// <summary>What the type-specific readers contribute to the item.</summary>
    private sealed record Partial(
        int Points = 5,
        IReadOnlyList<LikertLabel>? Labels = null,
        IReadOnlyList<Option>? Options = null,
        IReadOnlyList<Anchor>? Anchors = null,
        LocalizedText? Unit = null);

    private static void RejectKeysOfOtherTypes(Fields fields, string typeName, Scalars read)
    {
        foreach (var (key, types) in TypesTakingKey)
        {
            if (fields.KeyNode(key) is { } keyNode && !KeysByType[typeName].Contains(key))
            {
                read.Problems.Add(keyNode, fields.PathOf(key), $"only {types} items take {key}; remove it or change the type ({typeName})");
            }
        }
    }

    // A text item is informational: it has no score to put on an axis or to reverse.
    private static void RejectScoringKeys(Fields fields, Scalars read)
    {
        foreach (var key in new[] { "axis", "reverse" })
        {
            if (fields.KeyNode(key) is { } keyNode)
            {
                read.Problems.Add(keyNode, fields.PathOf(key), $"a text item is not scored, so it takes no {key}; remove it");
            }
        }
    }

    private static Partial? Likert(Fields fields, Scalars read, IReadOnlyDictionary<string, LikertScale?> scales)
    {
        if (fields.Optional("scale") is not { } scaleNode)
        {
            var pointsNode = fields.Optional("points");
            var points = pointsNode is null ? 5 : ScaleReader.Points(pointsNode, fields.PathOf("points"), read);
            if (points is null) return null;
            var labels = ScaleReader.Labels(fields, points.Value, read);
            return fields.Has("labels") && labels is null ? null : new Partial(points.Value, labels);
        }

        var mixed = false;
        foreach (var key in new[] { "points", "labels" })
        {
            if (fields.KeyNode(key) is not { } keyNode) continue;
            read.Problems.Add(keyNode, fields.PathOf(key), $"the scale gives points and labels; remove {key} or remove scale");
            mixed = true;
        }
        var scaleId = read.String(scaleNode, fields.PathOf("scale"), "the id of a scale declared under scales:");
        if (scaleId is null) return null;
        if (!scales.TryGetValue(scaleId, out var scale))
        {
            var declared = scales.Count == 0 ? "no scales are declared under scales:" : $"declared scales: {string.Join(", ", scales.Keys)}";
            read.Problems.Add(scaleNode, fields.PathOf("scale"), $"unknown scale '{Describe.Shorten(scaleId)}'; {declared}");
            return null;
        }
        return mixed || scale is null ? null : new Partial(scale.Points, scale.Labels);
    }

    private static Partial? Choice(Fields fields, Scalars read, int atLeast)
    {
        var path = fields.PathOf("options");
        var optionsNode = fields.Required("options", $"list at least {atLeast} options as {{key, score, text}}");
        var list = read.List(optionsNode, path, "option", atLeast);
        if (list is null) return null;
        var keys = new IdRegistry(read.Problems, "option key", "option keys must be unique within the item");
        var options = list.Children.Select((child, i) => OptionReader.Read(child, KeyPath.Index(path, i), read, keys)).ToArray();
        return options.Length >= atLeast && options.All(o => o is not null) ? new Partial(Options: options.Select(o => o!).ToArray()) : null;
    }

    private static Partial? Numeric(Fields fields, Scalars read)
    {
        var anchors = OptionReader.Anchors(fields.Required("anchors", "give the scoring curve, e.g. anchors: [[0, 0], [100, 1]]"),
            fields.PathOf("anchors"), read);
        var unit = read.Text(fields.Optional("unit"), fields.PathOf("unit"));
        return anchors is null || (fields.Has("unit") && unit is null) ? null : new Partial(Anchors: anchors, Unit: unit);
    }
}
