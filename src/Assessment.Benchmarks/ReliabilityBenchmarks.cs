using System.Diagnostics;
using Assessment.Core.Analytics.Reliability;
using Assessment.Core.Analytics.Robustness;
using Assessment.Core.Scoring;

namespace Assessment.Benchmarks;

/// <summary>
/// Reliability plus 1,000-draw weight sensitivity (and the rater bootstrap) for a national round: 3,351
/// jurisdictions x the full instrument x 3 raters. Target: under 10 s on this machine. Floors measured in the same
/// run: visiting every answer once, and scoring the round once with Scorer.Score.
/// </summary>
public static class ReliabilityBenchmarks
{
    public static void Run(string[] args)
    {
        var runs = args is ["--runs", var r] ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 3;
        var instrument = SyntheticRound.FullInstrument();
        var round = SyntheticRound.Generate(instrument);
        var scored = instrument.Items.Count(i => i.IsScored);
        Console.WriteLine($"round: {round.Count:N0} jurisdictions x {scored} scored items x {SyntheticRound.Raters} raters; {runs} runs, medians; {Environment.ProcessorCount} cores");

        double Time(Action action)
        {
            var times = new List<double>();
            action(); // warm-up: JIT and caches
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                action();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            return times[times.Count / 2];
        }

        var visit = Time(() =>
        {
            var count = 0;
            foreach (var j in round)
                foreach (var item in j.Items.Values)
                    foreach (var answer in item.ByRater)
                        if (answer is not null) count++;
            GC.KeepAlive(count);
        });
        var score = Time(() => { foreach (var j in round) GC.KeepAlive(Scorer.Score(instrument, j.Items)); });
        var reliability = Time(() => GC.KeepAlive(RoundReliability.Compute(instrument, round)));
        var sensitivity = Time(() => GC.KeepAlive(WeightSensitivity.Compute(instrument, round, new SensitivityOptions(Draws: 1000))));
        var bootstrap = Time(() => GC.KeepAlive(RaterBootstrap.Compute(instrument, round)));
        var total = reliability + sensitivity + bootstrap;

        Console.WriteLine();
        Console.WriteLine("| step | median | ratio to scoring floor |");
        Console.WriteLine("|---|---:|---:|");
        void Row(string step, double ms) => Console.WriteLine($"| {step} | {ms:N0} ms | {ms / score:N1}x |");
        Row("floor: visit every answer once", visit);
        Row("floor: score the round once (Scorer.Score per jurisdiction)", score);
        Row("reliability (ICC, Krippendorff per item, indicator, layer, composite; Cronbach per layer)", reliability);
        Row("weight sensitivity, 1,000 draws, and leave-one-indicator-out", sensitivity);
        Row("rater bootstrap (exact, 10 resamples per jurisdiction)", bootstrap);
        Row("**all three**", total);
        Console.WriteLine();
        Console.WriteLine($"Target: reliability plus 1,000-draw sensitivity under 10 s: {(reliability + sensitivity < 10_000 ? "met" : "NOT met")} ({(reliability + sensitivity) / 1000:N2} s; with the bootstrap {total / 1000:N2} s).");
    }
}
