using System.Text.Json;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

// instruments/instrument.schema.json helps editors; these tests keep it describing exactly what the loader accepts.
public class SchemaTests
{
    private static readonly JsonElement Schema = LoadSchema();

    public static TheoryData<string, string[]> Levels => new()
    {
        { "quadrants", InstrumentKeys.Quadrants.ToArray() },
        { "stage", InstrumentKeys.Stage.ToArray() },
        { "scale", InstrumentKeys.Scale.ToArray() },
        { "layer", InstrumentKeys.Layer.ToArray() },
        { "indicator", InstrumentKeys.Indicator.ToArray() },
        { "item", InstrumentKeys.Item.ToArray() },
        { "option", InstrumentKeys.Option.ToArray() },
        { "text", InstrumentKeys.Text.ToArray() },
    };

    [Fact]
    public void The_schema_is_draft_2020_12_and_closes_the_top_level()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
        Assert.False(Schema.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(InstrumentKeys.Root, PropertyNames(Schema));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_of_the_schema_allows_exactly_the_keys_the_loader_accepts(string definition, string[] loaderKeys)
    {
        var level = Schema.GetProperty("$defs").GetProperty(definition);

        Assert.Equal(loaderKeys, PropertyNames(level));
        Assert.False(level.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void The_schema_lists_the_same_item_types_axes_and_evidence_rules_as_the_loader()
    {
        var item = Schema.GetProperty("$defs").GetProperty("item").GetProperty("properties");

        Assert.Equal(InstrumentKeys.ItemTypes, Enum(item.GetProperty("type")));
        Assert.Equal(InstrumentKeys.Axes, Enum(item.GetProperty("axis")));
        Assert.Equal(InstrumentKeys.EvidenceRules, Enum(item.GetProperty("evidence")));
        Assert.Equal(InstrumentKeys.Sources, Enum(item.GetProperty("source")));
        Assert.Equal(InstrumentKeys.Equivalences, Enum(item.GetProperty("equivalence")));
    }

    [Fact]
    public void The_schema_uses_the_loaders_id_and_version_patterns()
    {
        Assert.Equal(InstrumentKeys.IdPattern, Schema.GetProperty("$defs").GetProperty("id").GetProperty("pattern").GetString());
        Assert.Equal(InstrumentKeys.VersionPattern, Schema.GetProperty("properties").GetProperty("version").GetProperty("pattern").GetString());
    }

    [Fact]
    public void The_schema_requires_the_keys_the_loader_requires()
    {
        var defs = Schema.GetProperty("$defs");

        Assert.Equal(["id", "version", "title", "stages", "layers"], Required(Schema));
        Assert.Equal(["id", "min", "title"], Required(defs.GetProperty("stage")));
        Assert.Equal(["points"], Required(defs.GetProperty("scale")));
        Assert.Equal(["id", "title", "indicators"], Required(defs.GetProperty("layer")));
        Assert.Equal(["id", "title", "items"], Required(defs.GetProperty("indicator")));
        Assert.Equal(["id", "type", "text"], Required(defs.GetProperty("item")));
        Assert.Equal(["key", "score", "text"], Required(defs.GetProperty("option")));
        Assert.Equal(["zh", "en"], Required(defs.GetProperty("text")));
    }

    private static string[] PropertyNames(JsonElement level) =>
        level.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static string[] Enum(JsonElement property) =>
        property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static string[] Required(JsonElement level) =>
        level.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static JsonElement LoadSchema() =>
        JsonDocument.Parse(RepositoryFile.Read(Path.Combine("instruments", "instrument.schema.json"))).RootElement.Clone();
}
