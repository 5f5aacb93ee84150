using Assessment.Core.Instruments;
using Assessment.Core.Tests.Instruments;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Cases;

/// <summary>
/// The quadrant each seed case's seed gives it is data (Cases/*.yaml: seed_quadrant) with the passages that say so,
/// verbatim in the case's seed file: seed 003 types its three cases; seed 000 finds both technology and high-level
/// push in each of the eight.
/// </summary>
public sealed class CaseSeedQuadrantTests
{
    private static readonly CaseLoadResult Loaded = CaseLibrary.LoadEmbedded();

    [Theory]
    [InlineData("DEMO-H", Quadrant.IV, "003")]
    [InlineData("DEMO-Z", Quadrant.III, "003")]
    [InlineData("DEMO-TG", Quadrant.II, "003")]
    [InlineData("44", Quadrant.IV, "000")]
    [InlineData("3702", Quadrant.IV, "000")]
    public void A_seed_case_carries_the_quadrant_its_seed_gives(string code, Quadrant quadrant, string seed)
    {
        Assert.Empty(Loaded.Problems);
        var (study, jurisdiction) = Loaded.Cases.SelectMany(c => c.Jurisdictions.Select(j => (c, j))).Single(x => x.j.Code == code);
        Assert.Equal(quadrant, jurisdiction.SeedQuadrant);
        Assert.Equal(seed, study.SeedNumber);
    }

    [Fact]
    public void Every_passage_behind_a_seed_quadrant_is_verbatim_in_the_case_seed()
    {
        var placed = Loaded.Cases.SelectMany(c => c.Jurisdictions.Where(j => j.SeedQuadrant is not null).Select(j => (c, j))).ToList();

        Assert.Equal(11, placed.Count);
        var missing = placed.SelectMany(p => p.j.SeedPassages!.Where(q => !Seeds.TextOfFile(p.c.SeedFile).Contains(q, StringComparison.Ordinal))
            .Select(q => $"{p.j.Code}: 「{q}」 not in {p.c.SeedFile}")).ToList();
        Assert.True(missing.Count == 0, string.Join("\n", missing));
        Assert.All(placed, p => Assert.NotEmpty(p.j.SeedPassages!));
    }

    [Fact]
    public void A_seed_quadrant_that_is_not_one_of_the_four_is_reported_with_its_line()
    {
        var yaml = File.ReadAllText(Path.Combine(Web.Tests.EndToEnd.AppServer.RepositoryRoot(), "src", "Assessment.Web", "Cases", "003-z-city.yaml"))
            .Replace("seed_quadrant: III", "seed_quadrant: V");
        var result = CaseLibraryLoader.Load([("003-z-city.yaml", new StringReader(yaml))]);

        Assert.Empty(result.Cases);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("seed_quadrant 'V' is not one of I, II, III, IV", problem.Message);
        Assert.Equal(29, problem.Line);
    }
}
