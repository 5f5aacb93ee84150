using System.Text.RegularExpressions;
using Assessment.Core.Instruments;

namespace Assessment.Core.Tests.Instruments;

/// <summary>
/// instruments/COVERAGE.md against the 2026.2 instruments and the seed papers: every item id it names exists, and
/// every passage it quotes is in the seed file it names, so the traceability it claims can be checked.
/// </summary>
public partial class CoverageTests
{
    private static readonly string Coverage = RepositoryFile.Read(Path.Combine("instruments", "COVERAGE.md"));

    [Fact]
    public void Every_item_id_the_coverage_names_exists_in_the_2026_2_instruments()
    {
        var external = Instruments2026.External;
        var self = Instruments2026.Self;
        var named = ItemIds().Matches(Coverage).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(named.Count > 80, $"only {named.Count} ids found; the tables should name every scored item");
        var missing = named.Where(id => external.FindItem(id) is null && self.FindItem(id) is null).ToList();
        Assert.True(missing.Count == 0, "COVERAGE.md names items the 2026.2 instruments do not have: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_scored_external_item_appears_in_the_coverage()
    {
        var named = ItemIds().Matches(Coverage).Select(m => m.Groups[1].Value).ToHashSet();

        var absent = Instruments2026.External.Items.Where(i => i.IsScored && !named.Contains(i.Id)).Select(i => i.Id).ToList();
        Assert.True(absent.Count == 0, "scored external items COVERAGE.md does not account for: " + string.Join(", ", absent));
    }

    [Fact]
    public void Every_quoted_passage_is_verbatim_in_the_seed_it_names()
    {
        var quotes = Quotes().Matches(Coverage).Select(m => (Seed: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();

        Assert.True(quotes.Count >= 30, $"only {quotes.Count} quotations found");
        var wrong = quotes.Where(q => !Seeds.Text(q.Seed).Contains(q.Text, StringComparison.Ordinal)).Select(q => $"{q.Seed}「{q.Text}」").ToList();
        Assert.True(wrong.Count == 0, "passages not found in their seed:\n" + string.Join("\n", wrong));
    }

    // `id` in backticks that looks like an item id (layer prefix and underscore); indicator ids contain a dot.
    [GeneratedRegex(@"`((?:sa_)?(?:if|po|sg|va)_[a-z0-9_]+)`")]
    private static partial Regex ItemIds();

    [GeneratedRegex(@"(\d{3})「([^」]+)」")]
    private static partial Regex Quotes();
}

/// <summary>The two 2026.2 instruments from the repository, the self-assessment loaded against the external one.</summary>
internal static class Instruments2026
{
    public static Instrument External { get; } = Load("egov-iceberg-external-2026.2.yaml", null);

    public static Instrument Self { get; } = Load("egov-self-assessment-2026.2.yaml", External);

    private static Instrument Load(string file, Instrument? external)
    {
        var result = InstrumentLoader.LoadFile(RepositoryFile.PathOf(Path.Combine("instruments", file)), external);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Instrument!;
    }
}
