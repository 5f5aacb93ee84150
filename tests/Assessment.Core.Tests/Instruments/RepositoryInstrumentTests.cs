using System.Text.RegularExpressions;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

/// <summary>The instruments shipped in instruments/ load cleanly and have the shape issue 2 asks of them.</summary>
public class RepositoryInstrumentTests
{
    private static readonly string[] IcebergLayers = ["interface", "process", "safeguard", "value"];

    private static Instrument Load(string file)
    {
        var path = RepositoryFile.PathOf("instruments/" + file);
        var result = InstrumentLoader.LoadFile(path);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Instrument!;
    }

    [Fact]
    public void The_external_instrument_has_four_iceberg_layers_of_four_to_six_indicators_and_60_to_90_items()
    {
        var instrument = Load("egov-iceberg-external-2026.1.yaml");

        Assert.Equal(IcebergLayers, instrument.Layers.Select(l => l.Id));
        Assert.All(instrument.Layers, l => Assert.InRange(l.Indicators.Count, 4, 6));
        Assert.InRange(instrument.Items.Count, 60, 90);
        Assert.Equal(Enum.GetValues<ItemType>().Order(), instrument.Items.Select(i => i.Type).Distinct().Order());
        Assert.All(instrument.Items, i => Assert.NotNull(i.Help));
        Assert.Contains(instrument.Items, i => i.Type == ItemType.Numeric && i.Unit is not null);
    }

    [Fact]
    public void The_self_assessment_is_short_with_the_same_layers_and_both_axes()
    {
        var instrument = Load("egov-self-assessment-2026.1.yaml");

        Assert.Equal(IcebergLayers, instrument.Layers.Select(l => l.Id));
        Assert.InRange(instrument.Items.Count, 15, 25);
        Assert.Contains(instrument.Items, i => i.Axis == Axis.Technology);
        Assert.Contains(instrument.Items, i => i.Axis == Axis.Organization);
    }

    [Theory]
    [InlineData("egov-iceberg-external-2026.1.yaml")]
    [InlineData("egov-self-assessment-2026.1.yaml")]
    public void Both_axes_have_items_and_every_reversed_item_is_a_scored_constraint(string file)
    {
        var instrument = Load(file);

        Assert.Contains(instrument.Items, i => i.Axis == Axis.Technology && !i.Reverse);
        Assert.Contains(instrument.Items, i => i.Axis == Axis.Organization && !i.Reverse);
        Assert.Contains(instrument.Items, i => i.Axis == Axis.Organization && i.Reverse);
        Assert.All(instrument.Items.Where(i => i.Reverse), i => Assert.True(i.IsScored));
        Assert.Equal(0, instrument.Stages[0].Min);
    }

    [Theory]
    [InlineData("External evaluation", "egov-iceberg-external-2026.1.yaml")]
    [InlineData("Self-assessment", "egov-self-assessment-2026.1.yaml")]
    public void Every_row_of_the_coverage_table_names_items_that_exist(string heading, string file)
    {
        var instrument = Load(file);
        var readme = File.ReadAllText(RepositoryFile.PathOf("instruments/README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### " + heading, StringComparison.Ordinal)..];
        var rows = section.Split('\n').Skip(1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Skip(2).ToArray();   // the header and its |---| line

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.Split('|');
            var ids = Regex.Matches(cells[^2], "`([^`]+)`").Select(m => m.Groups[1].Value).ToArray();
            Assert.True(ids.Length > 0, $"coverage row without items: {row}");
            foreach (var id in ids)
                Assert.True(instrument.FindItem(id) is { IsScored: true }, $"coverage row names '{id}', not a scored item of {file}: {row}");
        }
    }
}

public class InstrumentModelTests
{
    [Fact]
    public void A_copy_with_other_layers_lists_and_finds_the_new_items()
    {
        var text = new LocalizedText("题", "Q");
        Layer LayerWith(string itemId) => new("l", text, 1, [new Indicator("i", text, 1, [new Item(itemId, ItemType.Boolean, text)])]);
        var original = new Instrument("x", "1", text, null, new QuadrantThresholds(), [new Stage("s", 0, text)], [LayerWith("a")]);
        Assert.NotNull(original.FindItem("a"));

        var copy = original with { Layers = [LayerWith("b")] };

        Assert.Equal(["b"], copy.Items.Select(i => i.Id));
        Assert.Null(copy.FindItem("a"));
        Assert.NotNull(copy.FindItem("b"));
        Assert.NotNull(original.FindItem("a"));
    }
}
