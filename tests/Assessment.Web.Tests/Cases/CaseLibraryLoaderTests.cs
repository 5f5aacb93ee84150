using System.Globalization;
using Assessment.Core.Instruments;
using Assessment.Web.Services;
using Microsoft.Extensions.Logging;

namespace Assessment.Web.Tests.Cases;

public class CaseLibraryLoaderTests
{
    private static readonly CaseLoadResult Embedded = CaseLibrary.LoadEmbedded();

    private static CaseStudy Case(string id) => Assert.Single(Embedded.Cases, c => c.Id == id);

    [Fact]
    public void All_seven_embedded_case_files_load_without_problems()
    {
        Assert.Empty(Embedded.Problems);
        Assert.Equal(
            ["award-platforms-2015", "benchmark-2020", "cross-province-policy-tools", "h-city", "shanghai-one-network", "t-city-g-district", "z-city"],
            Embedded.Cases.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(Embedded.Cases, c => Assert.True(File.Exists(Path.Combine(SeedsFolder, c.SeedFile)), $"{c.Id} cites {c.SeedFile}, which is not in {SeedsFolder}"));
    }

    [Fact]
    public void Every_case_text_is_there_in_both_languages()
    {
        foreach (var c in Embedded.Cases)
        {
            var texts = new List<LocalizedText> { c.Title, c.Summary };
            texts.AddRange(c.Narrative);
            texts.AddRange(c.Jurisdictions.Select(j => j.Name));
            foreach (var t in c.Tables)
            {
                texts.Add(t.Caption);
                texts.AddRange(t.Columns.Select(col => col.Title));
                texts.AddRange(t.Rows.SelectMany(r => r.Cells.Values));
                if (t.Note is { } note) texts.Add(note);
            }
            Assert.All(texts, text =>
            {
                Assert.False(string.IsNullOrWhiteSpace(text.Zh), $"{c.Id}: Chinese missing in {text}");
                Assert.False(string.IsNullOrWhiteSpace(text.En), $"{c.Id}: English missing in {text}");
            });
            Assert.NotEmpty(c.Narrative);
        }
    }

    [Fact]
    public void Benchmark_table_has_the_eight_of_seed_000_with_their_exact_2020_scores()
    {
        var scores = Case("benchmark-2020").Table("scores")!;
        var byCode = scores.Rows.ToDictionary(r => r["code"].Zh, r => r["score"].Zh);
        Assert.Equal(new Dictionary<string, string>
        {
            ["44"] = "96.73",
            ["33"] = "96.73",
            ["31"] = "93.93",
            ["11"] = "91.33",
            ["32"] = "91.90",
            ["52"] = "91.90",
            ["34"] = "90.82",
            ["3702"] = "90.13",
        }, byCode);
        // The seed prints the scores without their decimal point, e.g. 广东(9673): the same digits.
        var seed = SeedText("000-iceberg-model-egov-integration.txt");
        Assert.All(scores.Rows, r => Assert.Contains($"({r["score"].Zh.Replace(".", "")})", seed));
        Assert.Equal(["44", "33", "31", "11", "32", "52", "34", "3702"], Case("benchmark-2020").Jurisdictions.Select(j => j.Code));
    }

    [Fact]
    public void Award_platforms_table_has_seven_platforms_built_by_one_ministry_four_provinces_and_two_cities()
    {
        var platforms = Case("award-platforms-2015").Table("platforms")!;
        Assert.Equal(7, platforms.Rows.Count);
        var levels = platforms.Rows.GroupBy(r => r["builder"].En).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["ministry"] = 1, ["province"] = 4, ["city"] = 2 }, levels);
        Assert.All(platforms.Rows, r => Assert.False(string.IsNullOrEmpty(r["scope"].En)));
    }

    [Fact]
    public void Policy_tool_figures_of_seed_004_add_up()
    {
        var study = Case("cross-province-policy-tools");
        var layers = study.Table("layers")!.Rows.ToDictionary(r => r["layer"].En, r => int.Parse(r["count"].Zh, CultureInfo.InvariantCulture));
        Assert.Equal(436, layers["Strategic layer"]);
        Assert.Equal(910, layers["Comprehensive layer"]);
        Assert.Equal(360, layers["Basic-tool layer"]);
        Assert.Equal(1706, layers["Strategic layer"] + layers["Comprehensive layer"] + layers["Basic-tool layer"]);
        Assert.Equal(1706, layers["Total"]);

        var tools = study.Table("tools")!.Rows;
        var perLayer = tools.GroupBy(r => r["layer"].Zh).ToDictionary(g => g.Key, g => g.Sum(r => int.Parse(r["count"].Zh, CultureInfo.InvariantCulture)));
        Assert.Equal(new Dictionary<string, int> { ["战略层"] = 436, ["综合层"] = 910, ["基本工具层"] = 360 }, perLayer);
        // Every share the seed prints is its count over 1,706, to two decimals.
        foreach (var row in study.Table("layers")!.Rows.Concat(tools).Where(r => r["layer"].En != "Total"))
        {
            var count = int.Parse(row["count"].Zh, CultureInfo.InvariantCulture);
            Assert.Equal((100.0 * count / 1706).ToString("0.00", CultureInfo.InvariantCulture) + "%", row["share"].Zh);
        }
    }

    [Fact]
    public void A_malformed_file_is_skipped_with_its_file_and_line_and_the_others_still_load()
    {
        var good = File.ReadAllText(Path.Combine(CasesFolder, "003-h-city.yaml"));
        var badYaml = "id: broken\nseed: x.txt\ntitle: {zh: 标题, en: A}}\nyear: 2020\n";
        var noEnglish = good.Replace("id: h-city", "id: other-city").Replace("en: \"Type IV: technology empowering + organization pushing\"", "en: \"\"");
        var result = CaseLibraryLoader.Load([
            ("good.yaml", new StringReader(good)), ("bad.yaml", new StringReader(badYaml)), ("no-english.yaml", new StringReader(noEnglish))]);

        Assert.Equal(["h-city"], result.Cases.Select(c => c.Id));
        var bad = Assert.Single(result.Problems, p => p.File == "bad.yaml");
        Assert.Equal(3, bad.Line);
        var missing = Assert.Single(result.Problems, p => p.File == "no-english.yaml");
        Assert.Contains("English (en:)", missing.Message);
        var expectedLine = noEnglish.Split('\n').ToList().FindIndex(l => l.Contains("en: \"\"")) + 1;
        Assert.Equal(expectedLine, missing.Line);
    }

    [Fact]
    public void Missing_fields_and_unknown_models_are_named_with_their_line()
    {
        var text = "id: x\nseed: 009-x.txt\nyear: twenty\nmodel: pyramid\ntitle: {zh: 甲, en: A}\nnarrative: []\n";
        var result = CaseLibraryLoader.Load([("x.yaml", new StringReader(text))]);
        Assert.Empty(result.Cases);
        Assert.Contains(result.Problems, p => p.Line == 3 && p.Message.Contains("four-digit year"));
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Message.Contains("pyramid"));
        Assert.Contains(result.Problems, p => p.Message.Contains("'summary' is missing"));
        Assert.Contains(result.Problems, p => p.Line == 6 && p.Message.Contains("at least one entry"));
    }

    [Fact]
    public void The_library_logs_a_skipped_file_instead_of_failing()
    {
        var logger = new ListLogger();
        var library = new CaseLibrary(CaseLibraryLoader.Load([("bad.yaml", new StringReader("id: [\n"))]), logger);
        Assert.Empty(library.Cases);
        Assert.Contains(logger.Messages, m => m.Contains("Cases/bad.yaml line"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string CasesFolder => Path.Combine(RepositoryRoot(), "src", "Assessment.Web", "Cases");

    /// <summary>
    /// The seed papers, in shared/ beside the repository (as on CI and the developers' machines). Missing, the tests
    /// fail and say so: a test that passed without its seeds would claim a check it never made.
    /// </summary>
    private static string SeedsFolder
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "seeds"));
            return Directory.Exists(folder) ? folder
                : throw new DirectoryNotFoundException($"The seed papers are missing: expected them in {folder} (shared/seeds beside the clone, as on CI).");
        }
    }

    private static string SeedText(string file)
    {
        var path = Path.Combine(SeedsFolder, file);
        return File.Exists(path) ? File.ReadAllText(path) : throw new FileNotFoundException($"Seed paper {file} is missing from {SeedsFolder}.", path);
    }

    private sealed class ListLogger : ILogger<CaseLibrary>
    {
        public List<string> Messages { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
