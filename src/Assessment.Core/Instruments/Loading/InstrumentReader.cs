using YamlDotNet.RepresentationModel;

namespace Assessment.Core.Instruments.Loading;

/// <summary>
/// Walks one parsed instrument document top-down, checking every rule of the format and building the model.
/// It never stops at a problem: it records it, carries on with what it can read, and the instrument is only
/// built when nothing was found.
/// </summary>
internal sealed class InstrumentReader
{
    private const string TextHint = "{zh: ..., en: ...}";
    private readonly ProblemList problems;
    private readonly Scalars read;
    private readonly IdRegistry ids;
    private readonly MirrorCheck? mirror;

    private InstrumentReader(ProblemList problems, Instrument? external)
    {
        this.problems = problems;
        mirror = external is null ? null : new MirrorCheck(external);
        read = new Scalars(problems);
        ids = new IdRegistry(problems, "id", "layers, indicators and items share one set of ids, so rename one");
    }

    /// <param name="fileName">The file's name when read from a file: it must be &lt;id&gt;-&lt;version&gt;.yaml.</param>
    /// <param name="external">When given, the external instrument whose items the <c>matches</c> keys must name.</param>
    public static Instrument? Read(YamlNode root, ProblemList problems, string? fileName, Instrument? external = null) =>
        new InstrumentReader(problems, external).ReadRoot(root, fileName);

    private Instrument? ReadRoot(YamlNode root, string? fileName)
    {
        var fields = Fields.Of(root, "", InstrumentKeys.Root, problems, "a mapping (an instrument)");
        if (fields is null) return null;

        var id = read.Id(fields.Required("id", "give the instrument an id such as id: egov-iceberg-external"), "id", "instrument id");
        var version = ReadVersion(fields.Required("version", "give the version as a quoted string such as version: \"2026.1\""));
        CheckFileName(fileName, id, version);
        var title = read.Text(fields.Required("title", $"give the instrument a title: {TextHint}"), "title");
        var description = read.Text(fields.Optional("description"), "description");
        var thresholds = ReadQuadrants(fields.Optional("quadrants"));
        var stages = ReadStages(fields.Required("stages", "list the maturity stages, the first with min: 0"));
        var scales = ScaleReader.Read(fields.Optional("scales"), read);
        var layers = ReadList(fields.Required("layers", "list at least one layer"), "layers", "layer",
            (node, path) => ReadLayer(node, path, scales));

        if (problems.Count > 0 || id is null || version is null || title is null || stages is null || layers is null) return null;
        return new Instrument(id, version, title, description, thresholds, stages, layers);
    }

    private string? ReadVersion(YamlNode? node)
    {
        // An unquoted 2026.10 is the number 2026.1 to every other YAML reader (and to the JSON Schema), so the
        // version must be quoted for all of them to agree on it.
        if (node is YamlScalarNode scalar && Scalars.IsPlainNumber(scalar) && scalar.Value is { } text)
        {
            problems.Add(node, "version", $"must be a quoted string such as \"{text}\", not a number (YAML would read 2026.10 as 2026.1)");
            return null;
        }
        var version = read.String(node, "version", "the instrument version as a quoted string such as \"2026.1\"");
        if (version is null || Scalars.FullMatch(Scalars.VersionPattern(), version)) return version;
        problems.Add(node!, "version", $"'{Describe.Shorten(version)}' cannot be part of a file name; use letters, digits, '_', '.', '-'");
        return null;
    }

    // instruments/<id>-<version>.yaml: the name says which instrument version a file holds without opening it,
    // and two files cannot both claim one version.
    private void CheckFileName(string? fileName, string? id, string? version)
    {
        if (fileName is null || id is null || version is null) return;
        var expected = $"{id}-{version}.yaml";
        if (fileName == expected) return;
        problems.Add(new YamlDotNet.Core.Mark(),
            $"the file name must be '{expected}' (<id>-<version>.yaml) to match its id and version; rename the file");
    }

    private QuadrantThresholds ReadQuadrants(YamlNode? node)
    {
        var fields = Fields.Of(node, "quadrants", InstrumentKeys.Quadrants, problems, "a mapping");
        if (fields is null) return new QuadrantThresholds();
        return new QuadrantThresholds(
            Threshold(fields, "technology_threshold") ?? 50,
            Threshold(fields, "organization_threshold") ?? 50);
    }

    private double? Threshold(Fields fields, string key)
    {
        var node = fields.Optional(key);
        var value = read.Number(node, fields.PathOf(key), "a number from 0 to 100");
        if (value is >= 0 and <= 100 or null) return value;
        problems.Add(node!, fields.PathOf(key), $"must be a number from 0 to 100 (got {Describe.Node(node!)})");
        return null;
    }

    private IReadOnlyList<Stage>? ReadStages(YamlNode? node)
    {
        var stageIds = new IdRegistry(problems, "stage id", "stage ids must be unique among the stages");
        double? previousMin = null;
        return ReadList(node, "stages", "stage", (stageNode, path) =>
        {
            var fields = Fields.Of(stageNode, path, InstrumentKeys.Stage, problems, "a mapping (a stage)");
            if (fields is null) return null;
            var idNode = fields.Required("id", "give the stage an id such as id: emerging");
            var id = read.Id(idNode, fields.PathOf("id"), "stage id");
            stageIds.Register(id, idNode, fields.PathOf("id"));
            var minNode = fields.Required("min", "give the lowest composite score of this stage, e.g. min: 40");
            var min = ReadStageMin(minNode, fields.PathOf("min"), previousMin, isFirst: path == "stages[0]");
            if (min is not null) previousMin = min;
            var minLayer = ReadMinLayer(fields, isFirst: path == "stages[0]", out var minLayerOk);
            var title = read.Text(fields.Required("title", $"give the stage a title: {TextHint}"), fields.PathOf("title"));
            return id is null || min is null || title is null || !minLayerOk ? null : new Stage(id, min.Value, title, minLayer);
        });
    }

    // min_layer: the layers' coupling (SCORING.md, "Maturity stage"). The first stage always holds, so a floor
    // there could never be applied; saying so beats silently ignoring it.
    private double? ReadMinLayer(Fields fields, bool isFirst, out bool ok)
    {
        ok = true;
        var node = fields.Optional("min_layer");
        if (node is null) return null;
        var path = fields.PathOf("min_layer");
        var value = read.Number(node, path, "a number from 0 to 100");
        if (value is >= 0 and <= 100 && !isFirst) return value;
        if (value is < 0 or > 100) problems.Add(node, path, $"must be a number from 0 to 100 (got {Describe.Node(node)})");
        else if (value is not null)
            problems.Add(fields.KeyNode("min_layer")!, path, "the first stage always holds, so it takes no min_layer; put it on a later stage");
        ok = false;
        return null;
    }

    private double? ReadStageMin(YamlNode? node, string path, double? previousMin, bool isFirst)
    {
        var min = read.Number(node, path, "a number from 0 to 100");
        if (min is null) return null;
        string? problem = null;
        if (min is < 0 or > 100) problem = $"must be a number from 0 to 100 (got {Describe.Node(node!)})";
        else if (isFirst && min != 0) problem = $"the first stage must start at 0 so every composite score has a stage (got {Describe.Node(node!)})";
        else if (previousMin is { } before && min <= before)
            problem = $"stage mins must be strictly ascending: {Describe.Node(node!)} is not greater than the previous stage's min {before}";
        if (problem is null) return min;
        problems.Add(node!, path, problem);
        return null;
    }

    private Layer? ReadLayer(YamlNode node, string path, IReadOnlyDictionary<string, LikertScale?> scales)
    {
        var fields = Fields.Of(node, path, InstrumentKeys.Layer, problems, "a mapping (a layer)");
        if (fields is null) return null;
        var id = ReadSharedId(fields, "layer");
        var title = read.Text(fields.Required("title", $"give the layer a title: {TextHint}"), fields.PathOf("title"));
        var description = read.Text(fields.Optional("description"), fields.PathOf("description"));
        var weight = Weight(fields);
        var indicators = ReadList(fields.Required("indicators", "list at least one indicator"), fields.PathOf("indicators"),
            "indicator", (child, childPath) => ReadIndicator(child, childPath, scales));
        return id is null || title is null || weight is null || indicators is null
            ? null
            : new Layer(id, title, weight.Value, indicators, description);
    }

    private Indicator? ReadIndicator(YamlNode node, string path, IReadOnlyDictionary<string, LikertScale?> scales)
    {
        var fields = Fields.Of(node, path, InstrumentKeys.Indicator, problems, "a mapping (an indicator)");
        if (fields is null) return null;
        var id = ReadSharedId(fields, "indicator");
        var title = read.Text(fields.Required("title", $"give the indicator a title: {TextHint}"), fields.PathOf("title"));
        var description = read.Text(fields.Optional("description"), fields.PathOf("description"));
        var weight = Weight(fields);
        var items = ReadList(fields.Required("items", "list at least one item"), fields.PathOf("items"), "item",
            (child, childPath) => ItemReader.Read(child, childPath, read, ids, scales, mirror));
        return id is null || title is null || weight is null || items is null
            ? null
            : new Indicator(id, title, weight.Value, items, description);
    }

    private string? ReadSharedId(Fields fields, string what)
    {
        var node = fields.Required("id", $"give the {what} an id unique in the instrument");
        var id = read.Id(node, fields.PathOf("id"), $"{what} id");
        ids.Register(id, node, fields.PathOf("id"));
        return id;
    }

    /// <summary>An optional weight: a number greater than 0, 1 when absent.</summary>
    public static double? Weight(Fields fields, Scalars read)
    {
        var node = fields.Optional("weight");
        if (node is null) return 1;
        var weight = read.Number(node, fields.PathOf("weight"), "a number greater than 0");
        if (weight is null or > 0) return weight;
        read.Problems.Add(node, fields.PathOf("weight"), $"must be a number greater than 0 (got {Describe.Node(node)})");
        return null;
    }

    private double? Weight(Fields fields) => Weight(fields, read);

    /// <summary>Reads every element of a required non-empty list; null when any element failed.</summary>
    private IReadOnlyList<T>? ReadList<T>(YamlNode? node, string path, string noun, Func<YamlNode, string, T?> readElement)
        where T : class
    {
        var list = read.List(node, path, noun);
        if (list is null) return null;
        var elements = list.Children.Select((child, i) => readElement(child, KeyPath.Index(path, i))).ToArray();
        return elements.Length > 0 && elements.All(e => e is not null) ? elements.Select(e => e!).ToArray() : null;
    }
}
