using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using BenchmarkDotNet.Attributes;

namespace Assessment.Benchmarks;

/// <summary>
/// Issue 2, item 7: scoring a national round in memory (3,351 jurisdictions x the full instrument x 3 raters) on
/// one core. Target: at least 5 million item answers per second. Rate = answers per round / mean time per round.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Instrument instrument = null!;
    private IReadOnlyList<JurisdictionAnswers> round = null!;

    [GlobalSetup]
    public void Setup()
    {
        instrument = SyntheticRound.FullInstrument();
        round = SyntheticRound.Generate(instrument);
        var answers = (long)round.Count * SyntheticRound.Raters * instrument.Items.Count(i => i.IsScored);
        Console.WriteLine($"// round: {round.Count} jurisdictions x {instrument.Items.Count(i => i.IsScored)} scored items x {SyntheticRound.Raters} raters = {answers:N0} item answers");
    }

    [Benchmark(Description = "score a national round (3,351 x full instrument x 3 raters)")]
    public double ScoreNationalRound()
    {
        var sum = 0.0;
        foreach (var jurisdiction in round) sum += Scorer.Score(instrument, jurisdiction.Items).Composite ?? 0;
        return sum;
    }
}
