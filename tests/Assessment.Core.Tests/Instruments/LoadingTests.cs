using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

public class LoadingTests
{
    [Fact]
    public void A_valid_instrument_loads_with_no_problems()
    {
        var result = Yaml.Load(Yaml.Valid);

        Assert.Empty(result.Problems);
        Assert.True(result.IsValid);
        var instrument = result.Instrument!;
        Assert.Equal("demo", instrument.Id);
        Assert.Equal("1.0", instrument.Version);
        Assert.Equal(new LocalizedText("演示", "Demo"), instrument.Title);
        Assert.Equal(["emerging", "developing"], instrument.Stages.Select(s => s.Id));
        Assert.Equal([0.0, 40.0], instrument.Stages.Select(s => s.Min));
        Assert.Equal(new LocalizedText("发展", "Developing"), instrument.Stages[1].Title);
        Assert.Equal(
            ["portal_likert", "portal_scaled", "portal_bool", "portal_choice", "portal_multi", "portal_numeric", "portal_note"],
            instrument.Items.Select(i => i.Id));
    }

    [Fact]
    public void Keys_left_out_take_the_defaults_of_the_format()
    {
        var instrument = Yaml.Load(Yaml.Valid).Instrument!;

        Assert.Null(instrument.Description);
        Assert.Equal(new QuadrantThresholds(50, 50), instrument.Thresholds);
        var layer = instrument.Layers.Single();
        Assert.Equal(1, layer.Weight);
        Assert.Null(layer.Description);
        Assert.Equal(1, layer.Indicators.Single().Weight);
        var likert = instrument.FindItem("portal_likert")!;
        Assert.Equal(ItemType.Likert, likert.Type);
        Assert.Equal(1, likert.Weight);
        Assert.Equal(5, likert.Points);
        Assert.Null(likert.Labels);
        Assert.Equal(Axis.None, likert.Axis);
        Assert.False(likert.Reverse);
        Assert.False(likert.AllowNa);
        Assert.False(likert.Required);
        Assert.Equal(EvidenceRule.None, likert.Evidence);
        Assert.Null(likert.Help);
    }

    [Fact]
    public void Every_key_that_is_given_reaches_the_model()
    {
        var yaml = Yaml.With("""
            title: {zh: 演示, en: Demo}
            stages:
            """, """
            title: {zh: 演示, en: Demo}
            description: {zh: 说明, en: About}
            quadrants: {technology_threshold: 60, organization_threshold: 45.5}
            stages:
            """);
        yaml = Yaml.With(yaml, """
                title: {zh: 界面, en: Interface}
                indicators:
            """, """
                title: {zh: 界面, en: Interface}
                description: {zh: 层说明, en: Layer note}
                weight: 3
                indicators:
            """);
        yaml = Yaml.With(yaml, """
                    title: {zh: 门户, en: Portal}
            """, """
                    title: {zh: 门户, en: Portal}
                    description: {zh: 指标说明, en: Indicator note}
                    weight: 0.5
            """);
        yaml = Yaml.With(yaml, """
                      - id: portal_likert
                        type: likert
            """, """
                      - id: portal_likert
                        type: likert
                        points: 4
                        labels: [{zh: 一, en: One}, {zh: 二, en: Two}, {zh: 三, en: Three}, {zh: 四, en: Four}]
                        help: {zh: 证据, en: Evidence}
                        required: true
                        evidence: required
            """);

        var instrument = Yaml.Load(yaml).Instrument!;

        Assert.Equal(new LocalizedText("说明", "About"), instrument.Description);
        Assert.Equal(new QuadrantThresholds(60, 45.5), instrument.Thresholds);
        Assert.Equal(3, instrument.Layers[0].Weight);
        Assert.Equal(new LocalizedText("层说明", "Layer note"), instrument.Layers[0].Description);
        Assert.Equal(0.5, instrument.Layers[0].Indicators[0].Weight);
        Assert.Equal(new LocalizedText("指标说明", "Indicator note"), instrument.Layers[0].Indicators[0].Description);
        var likert = instrument.FindItem("portal_likert")!;
        Assert.Equal(4, likert.Points);
        Assert.Equal([1, 2, 3, 4], likert.Labels!.Select(l => l.Point));
        Assert.Equal(new LocalizedText("四", "Four"), likert.Labels![3].Text);
        Assert.Equal(new LocalizedText("证据", "Evidence"), likert.Help);
        Assert.True(likert.Required);
        Assert.Equal(EvidenceRule.Required, likert.Evidence);
    }

    [Fact]
    public void A_likert_item_with_a_scale_gets_the_scales_points_and_labels()
    {
        var item = Yaml.Load(Yaml.Valid).Instrument!.FindItem("portal_scaled")!;

        Assert.Equal(3, item.Points);
        Assert.Equal(
            [new LikertLabel(1, new("不符合", "Disagree")), new LikertLabel(2, new("一般", "Neutral")), new LikertLabel(3, new("符合", "Agree"))],
            item.Labels!);
        Assert.Equal(Axis.Technology, item.Axis);
    }

    [Fact]
    public void Item_types_options_anchors_and_flags_are_read_as_written()
    {
        var instrument = Yaml.Load(Yaml.Valid).Instrument!;

        var boolean = instrument.FindItem("portal_bool")!;
        Assert.Equal((ItemType.Boolean, 2.0, true, Axis.Organization), (boolean.Type, boolean.Weight, boolean.Reverse, boolean.Axis));
        var choice = instrument.FindItem("portal_choice")!;
        Assert.Equal(ItemType.Choice, choice.Type);
        Assert.True(choice.AllowNa);
        Assert.Equal([new Option("none", 0, new("无", "None")), new Option("full", 1, new("全", "Full"))], choice.Options!);
        var multi = instrument.FindItem("portal_multi")!;
        Assert.Equal(ItemType.Multi, multi.Type);
        Assert.Equal(0.5, multi.FindOption("app")!.Score);
        var numeric = instrument.FindItem("portal_numeric")!;
        Assert.Equal([new Anchor(0, 0), new Anchor(60, 0.5), new Anchor(100, 1)], numeric.Anchors!);
        Assert.Equal(new LocalizedText("%", "%"), numeric.Unit);
        var note = instrument.FindItem("portal_note")!;
        Assert.Equal(ItemType.Text, note.Type);
        Assert.False(note.IsScored);
    }

    [Fact]
    public void A_file_named_after_its_id_and_version_loads_from_disk()
    {
        var folder = Directory.CreateTempSubdirectory("instrument-");
        try
        {
            var path = Path.Combine(folder.FullName, "demo-1.0.yaml");
            File.WriteAllText(path, Yaml.Valid);

            var result = InstrumentLoader.LoadFile(path);

            Assert.True(result.IsValid, string.Join("\n", result.Problems));
            Assert.Equal("demo", result.Instrument!.Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_whose_name_does_not_match_its_id_and_version_is_reported_with_the_other_problems()
    {
        var folder = Directory.CreateTempSubdirectory("instrument-");
        try
        {
            var path = Path.Combine(folder.FullName, "demo-2.0.yaml");
            var yaml = Yaml.With("weight: 2", "weight: -2");
            File.WriteAllText(path, yaml);

            var problems = InstrumentLoader.LoadFile(path).Problems;

            Assert.Equal(2, problems.Count);
            Assert.Equal($"{path}:1:1: the file name must be 'demo-1.0.yaml' (<id>-<version>.yaml) to match its id and version; rename the file",
                problems[0].ToString());
            Assert.Contains("items[2].weight: must be a number greater than 0 (got -2)", problems[1].Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
