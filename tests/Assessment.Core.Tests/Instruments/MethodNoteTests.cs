using System.Globalization;
using System.Text.RegularExpressions;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

/// <summary>instruments/METHOD.md: its quotations are in the seeds and its self-report table matches the instruments.</summary>
public partial class MethodNoteTests
{
    private static readonly string Method = RepositoryFile.Read(Path.Combine("instruments", "METHOD.md"));

    [Fact]
    public void Every_quoted_passage_is_verbatim_in_the_seed_it_names()
    {
        var quotes = Quotes().Matches(Method).Select(m => (Seed: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();

        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Contains(q.Text, Seeds.Text(q.Seed), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("## 1. Construct")]
    [InlineData("## 3. Provisional cuts")]
    [InlineData("## 4. Threats to validity")]
    [InlineData("## 5. Validation plan")]
    [InlineData("**A model induced from successful cases.**")]
    [InlineData("**Counting documents and meetings rewards 形式化.**")]
    [InlineData("**Values measured by artefacts.**")]
    [InlineData("**Confirmatory factor analysis**")]
    public void The_note_has_the_parts_the_issue_asks_for(string heading) => Assert.Contains(heading, Method, StringComparison.Ordinal);

    [Fact]
    public void The_self_report_table_gives_each_layers_share_by_source_as_the_instruments_weigh_it()
    {
        var rows = Row().Matches(Method).ToList();
        Assert.Equal(8, rows.Count);
        foreach (Match row in rows)
        {
            var instrument = row.Groups[1].Value == "external" ? Instruments2026.External : Instruments2026.Self;
            var layer = instrument.Layers.Single(l => l.Id == row.Groups[2].Value);
            for (var (column, source) = (3, ItemSource.Public); column <= 5; column++, source++)
            {
                var expected = double.Parse(row.Groups[column].Value, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(expected - 100 * Share(layer, source)) < 0.05,
                    $"{row.Groups[1].Value} {layer.Id} {source}: METHOD.md says {expected}%, the instrument gives {100 * Share(layer, source):0.00}%");
            }
        }
    }

    // An item's share of its layer: its weight over its indicator's scored weight, times the indicator's weight over the layer's.
    private static double Share(Layer layer, ItemSource source)
    {
        var indicators = layer.Indicators.Where(i => i.Items.Any(x => x.IsScored)).ToList();
        var total = indicators.Sum(i => i.Weight);
        return indicators.Sum(i =>
        {
            var items = i.Items.Where(x => x.IsScored).ToList();
            return i.Weight / total * items.Where(x => x.Source == source).Sum(x => x.Weight) / items.Sum(x => x.Weight);
        });
    }

    [GeneratedRegex(@"(\d{3})「([^」]+)」")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\| (external|self) \| (\w+) \| ([0-9.]+)% \| ([0-9.]+)% \| ([0-9.]+)% \|")]
    private static partial Regex Row();
}
