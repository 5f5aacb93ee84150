using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Benchmarks;

/// <summary>
/// A national round made up for measuring: China's 3,351 provinces, prefectures and counties, each answered by
/// three raters on every item of an instrument, with a fixed seed so every run scores the same data.
/// Answers are drawn per type; about 3% NA where allowed and 5% left unanswered, as in a real round.
/// </summary>
public static class SyntheticRound
{
    public const int Jurisdictions = 3351;
    public const int Raters = 3;

    public static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }

    public static Instrument FullInstrument()
    {
        var result = InstrumentLoader.LoadFile(RepositoryFile("instruments/egov-iceberg-external-2026.1.yaml"));
        return result.Instrument ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    public static IReadOnlyList<JurisdictionAnswers> Generate(Instrument instrument, int jurisdictions = Jurisdictions, int seed = 2026)
    {
        var random = new Random(seed);
        var builder = new AnswerSetBuilder(instrument);
        for (var j = 0; j < jurisdictions; j++)
        {
            var name = $"J{j:D4}";
            for (var r = 0; r < Raters; r++)
            {
                var rater = $"rater{r + 1}";
                builder.AddRater(name, rater);
                foreach (var item in instrument.Items)
                    builder.Add(name, rater, item.Id, Draw(item, random));
            }
        }
        return builder.Build();
    }

    public static Answer? Draw(Item item, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.05) return null;
        if (item.AllowNa && roll < 0.08) return Answer.NotApplicable.Instance;
        return item.Type switch
        {
            ItemType.Likert => new Answer.Likert(random.Next(1, item.Points + 1)),
            ItemType.Boolean => new Answer.YesNo(random.Next(2) == 1),
            ItemType.Choice => new Answer.Choice(item.OptionList[random.Next(item.OptionList.Count)].Key),
            ItemType.Multi => new Answer.Multi(item.OptionList.Where(_ => random.Next(2) == 1).Select(o => o.Key).ToArray()),
            ItemType.Numeric => new Answer.Number(Between(item.Anchors![0].X, item.Anchors[^1].X, random)),
            _ => new Answer.Text("note"),
        };
    }

    private static double Between(double low, double high, Random random) =>
        low - 0.1 * (high - low) + random.NextDouble() * 1.2 * (high - low);
}
