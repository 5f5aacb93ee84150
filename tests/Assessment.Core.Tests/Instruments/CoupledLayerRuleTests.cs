namespace Assessment.Core.Tests.Instruments;

// min_layer on a stage (SCORING.md, "Maturity stage"): a number from 0 to 100, never on the first stage.
public class CoupledLayerRuleTests
{
    [Fact]
    public void A_min_layer_on_a_later_stage_is_read()
    {
        var yaml = Yaml.With("{id: developing, min: 40,", "{id: developing, min: 40, min_layer: 35.5,");

        var instrument = Yaml.Load(yaml).Instrument!;
        Assert.Null(instrument.Stages[0].MinLayer);
        Assert.Equal(35.5, instrument.Stages[1].MinLayer);
    }

    [Theory]
    [InlineData("101", "must be a number from 0 to 100 (got 101)")]
    [InlineData("-1", "must be a number from 0 to 100 (got -1)")]
    [InlineData("high", "must be a number from 0 to 100 (got high)")]
    public void A_min_layer_outside_0_to_100_is_reported_at_its_value(string value, string message)
    {
        var yaml = Yaml.With("{id: developing, min: 40,", $"{{id: developing, min: 40, min_layer: {value},");

        Yaml.AssertProblem(yaml, value + ",", 0, "stages[1].min_layer: " + message);
    }

    [Fact]
    public void A_min_layer_on_the_first_stage_is_reported_at_its_key()
    {
        var yaml = Yaml.With("{id: emerging, min: 0,", "{id: emerging, min: 0, min_layer: 10,");

        Yaml.AssertProblem(yaml, "min_layer: 10", 0, "stages[0].min_layer: the first stage always holds, so it takes no min_layer");
    }
}
