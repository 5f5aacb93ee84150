using System.Diagnostics;
using System.Globalization;
using System.Text;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;

namespace Assessment.Benchmarks;

/// <summary>
/// Issue 3, item 8: the store's figures, measured with a stopwatch on a real SQLite file (BenchmarkDotNet's
/// repeated invocations fit neither a one-shot million-row import nor a p99 under 8 concurrent writers).
/// dotnet run -c Release --project src/Assessment.Benchmarks -- store
/// </summary>
public static class StoreBenchmarks
{
    /// <param name="database">A PostgreSQL database (postgres://…, empty and migrated or new) instead of a new SQLite file.</param>
    /// <param name="answers">How many answers the import and the scored round have (default: a million, and a national round).</param>
    public static void Run(bool importOnly = false, string? database = null, long? answers = null)
    {
        limit = answers;
        var folder = Path.Combine(Path.GetTempPath(), "assessment-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var db = database is null ? AssessmentDb.Open(Path.Combine(folder, "bench.db")) : AssessmentDb.Open(DatabaseLocation.Postgres(database));
            Console.WriteLine($"{db.Dialect} {db.ServerVersion}, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, database {db.Location}");
            var (yaml, source) = InstrumentText();
            var snapshot = new SnapshotStore(db).Add(yaml, source, "bench");
            if (snapshot.Snapshot is null) throw new InvalidOperationException(string.Join("\n", snapshot.Problems));
            new JurisdictionStore(db).Upsert(ChinaDivision.Load(), ChinaDivision.Source, "bench");
            _ = Enumerable.Range(1, 5).Select(r => new AccountStore(db).Create(new NewAccount($"rater{r}", $"Rater {r}", Roles.Evaluator), "bench")).ToList();
            var instrument = new SnapshotStore(db).ForRound(OpenRound(db, snapshot.Snapshot.Id, "warm-up"));
            var codes = new JurisdictionStore(db).List().Select(j => j.Code).ToList();
            Console.WriteLine($"instrument {instrument.Id} {instrument.Version} from {source}: {instrument.Items.Count} items; {codes.Count} jurisdictions");

            Import(db, snapshot.Snapshot.Id, instrument, codes, folder);
            if (importOnly) return;
            var scoredRound = Score(db, snapshot.Snapshot.Id, instrument, codes, folder);
            Saves(db, scoredRound);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Import(AssessmentDb db, long snapshotId, Instrument instrument, List<string> codes, string folder)
    {
        var csv = Path.Combine(folder, "million.csv");
        var rows = WriteCsv(csv, instrument, codes, raters: 5, limit: limit ?? 1_000_000);
        var round = OpenRound(db, snapshotId, "import");
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(csv);
        var result = AnswerImport.Import(db, round, reader, "bench");
        watch.Stop();
        if (!result.Ok) throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
        Console.WriteLine($"import {rows:N0} answers from CSV (parse, validate, write, audit): {watch.Elapsed.TotalSeconds:F2} s (target < {(db.Path is null ? 5 : 10)} s)");

        // Floors measured in the same run: reading and checking the file alone, and writing as many bare rows
        // (answer and audit) the fastest way the provider takes them, with nothing else.
        var import = watch.Elapsed;
        watch.Restart();
        using (var again = new StreamReader(csv)) _ = AnswerCsv.Read(again, instrument).Count(r => r.Error is null);
        var parse = watch.Elapsed;
        watch.Restart();
        StoreFloors.BareInserts(db, rows);
        var write = watch.Elapsed;
        Console.WriteLine($"  floors: parse and check the CSV only {parse.TotalSeconds:F2} s; bare {(db.Path is null ? "binary COPY" : "INSERT (SQLite API)")} and COMMIT of {rows:N0} answer + audit rows {write.TotalSeconds:F2} s; " +
                          $"ratio import / (parse + bare insert) {import / (parse + write):F2}x");
    }

    private static long Score(AssessmentDb db, long snapshotId, Instrument instrument, List<string> codes, string folder)
    {
        var csv = Path.Combine(folder, "round.csv");
        var rows = WriteCsv(csv, instrument, codes, raters: 3, limit: limit ?? long.MaxValue);
        var round = OpenRound(db, snapshotId, "national");
        using (var reader = new StreamReader(csv)) AnswerImport.Import(db, round, reader, "bench");

        RoundScores.ForRound(db, round); // warm-up: JIT, snapshot cache, page cache
        StoreFloors.BareSelect(db, round);
        // Taken in turns, so that both see the machine in the same state (it is shared, and its speed drifts by half
        // within a minute); the medians of seven of each are reported.
        var (score, select) = MedianPairs(7, () => RoundScores.ForRound(db, round).Count, () => StoreFloors.BareSelect(db, round));
        Console.WriteLine($"score national round from the database ({codes.Count} x {instrument.Items.Count} items x 3 raters = {rows:N0} answers): " +
                          $"{score.TotalMilliseconds:F0} ms (target < 1000 ms)");
        Console.WriteLine($"bare SELECT of the same answer rows ({(db.Path is null ? "one NpgsqlDataReader" : "SQLite API")}, every column fetched): {select.TotalMilliseconds:F0} ms; ratio {score / select:F2}x (target < 2x)");
        return round;
    }

    private static long? limit;

    private static void Saves(AssessmentDb db, long roundId)
    {
        const int writers = 8, savesEach = 250;
        // Warm-up, not measured: the first few hundred saves run code the JIT is still compiling and re-tiering,
        // which a server that has been up for a minute no longer does (the scoring figure is warmed up the same way).
        SaveLatencies(db, roundId, writers, 100);
        StoreFloors.BareSaves(db, writers, 100);
        // The saves and their floor in turns, two halves each, so that both see the machine in the same state.
        var (saves, floor) = (new List<double>(), new List<double>());
        for (var half = 0; half < 2; half++)
        {
            saves.AddRange(SaveLatencies(db, roundId, writers, savesEach / 2));
            floor.AddRange(StoreFloors.BareSaves(db, writers, savesEach / 2));
        }
        saves.Sort();
        floor.Sort();
        Console.WriteLine($"single answer save, {writers} concurrent writers x {savesEach}: p50 {saves[saves.Count / 2]:F2} ms, " +
                          $"p99 {P99(saves):F2} ms, max {saves[^1]:F2} ms (target p99 < 10 ms)");
        Console.WriteLine($"  floor: a bare one-row UPDATE and COMMIT through the same writer, {writers} x {savesEach}: p50 {floor[floor.Count / 2]:F2} ms, " +
                          $"p99 {P99(floor):F2} ms; ratio of the p99s {P99(saves) / P99(floor):F2}x");
    }

    private static double P99(List<double> sorted) => sorted[(int)(sorted.Count * 0.99)];

    /// <summary>Each of <paramref name="writers"/> tasks saves one likert answer of its own response again and again.</summary>
    private static double[] SaveLatencies(AssessmentDb db, long roundId, int writers, int savesEach)
    {
        var instrument = new SnapshotStore(db).ForRound(roundId);
        var likert = instrument.Items.First(i => i.Type == ItemType.Likert);
        var responses = new RoundStore(db).Responses(roundId);
        var answers = new AnswerStore(db);
        var latencies = new double[writers * savesEach];
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var response = responses[w * 10];
            var version = answers.Find(response.Id, likert.Id)?.Version ?? 0;
            for (var i = 0; i < savesEach; i++)
            {
                var watch = Stopwatch.StartNew();
                var result = await answers.SaveAsync(new AnswerWrite(response.Id, likert.Id, (1 + i % likert.Points).ToString(CultureInfo.InvariantCulture), version, response.RaterId));
                latencies[w * savesEach + i] = watch.Elapsed.TotalMilliseconds;
                version = result switch
                {
                    SaveResult.Saved s => s.Version,
                    SaveResult.Unchanged u => u.Version,
                    _ => throw new InvalidOperationException(result.ToString()),
                };
            }
        })).ToArray();
        Task.WaitAll(tasks);
        return latencies;
    }

    internal static long OpenRound(AssessmentDb db, long snapshotId, string name)
    {
        var rounds = new RoundStore(db);
        var round = rounds.Create(new NewRound(name, snapshotId, RoundMode.ExternalEvaluation), "bench");
        rounds.SetStatus(round.Id, RoundStatus.Open, "bench");
        return round.Id;
    }

    internal static long WriteCsv(string path, Instrument instrument, List<string> codes, int raters, long limit)
    {
        var random = new Random(2026);
        long rows = 0;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("jurisdiction,rater,item,value");
        foreach (var code in codes)
            for (var r = 1; r <= raters; r++)
                foreach (var item in instrument.Items)
                {
                    if (rows == limit) return rows;
                    // About 5% left unanswered (no row), as SyntheticRound draws them.
                    if (SyntheticRound.Draw(item, random) is not { } answer) continue;
                    var text = AnswerText.Format(answer);
                    writer.Write(code); writer.Write(",rater"); writer.Write(r); writer.Write(','); writer.Write(item.Id); writer.Write(',');
                    writer.WriteLine(text.Contains(',') || text.Contains('"') || text.Contains('\n') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text);
                    rows++;
                }
        return rows;
    }

    private static (TimeSpan First, TimeSpan Second) MedianPairs(int runs, Func<int> first, Func<int> second)
    {
        var (a, b) = (new List<TimeSpan>(), new List<TimeSpan>());
        for (var i = 0; i < runs; i++)
        {
            a.Add(Time(first));
            b.Add(Time(second));
        }
        a.Sort();
        b.Sort();
        return (a[runs / 2], b[runs / 2]);
    }

    private static TimeSpan Time(Func<int> work)
    {
        var watch = Stopwatch.StartNew();
        work();
        return watch.Elapsed;
    }

    /// <summary>The full instrument of the content branch when it exists, otherwise a generated one of 75 items.</summary>
    internal static (string Yaml, string Source) InstrumentText()
    {
        try
        {
            var path = SyntheticRound.RepositoryFile("instruments/egov-iceberg-external-2026.1.yaml");
            return (File.ReadAllText(path), path);
        }
        catch (FileNotFoundException)
        {
            return (GeneratedInstrument(), "generated (4 layers x 5 indicators, 75 items)");
        }
    }

    private static string GeneratedInstrument()
    {
        var y = new StringBuilder("id: bench-generated\nversion: \"1\"\ntitle:\n  zh: 基准\n  en: Benchmark\nstages:\n  - id: s0\n    min: 0\n    title:\n      zh: 起步\n      en: Start\n  - id: s1\n    min: 60\n    title:\n      zh: 成熟\n      en: Mature\nlayers:\n");
        var n = 0;
        for (var l = 0; l < 4; l++)
        {
            y.Append($"  - id: l{l}\n    title:\n      zh: 层{l}\n      en: Layer {l}\n    indicators:\n");
            for (var i = 0; i < 5; i++)
            {
                y.Append($"      - id: l{l}i{i}\n        title:\n          zh: 指标\n          en: Indicator\n        items:\n");
                for (var k = 0; k < (l * 5 + i < 15 ? 4 : 3); k++, n++)
                {
                    var (type, extra) = (n % 5) switch
                    {
                        0 or 1 => ("likert", "\n            allow_na: true"),
                        2 => ("boolean", $"\n            axis: {(n % 2 == 0 ? "technology" : "organization")}"),
                        3 => ("choice", "\n            options:\n              - key: a\n                score: 0\n                text:\n                  zh: 甲\n                  en: A\n              - key: b\n                score: 1\n                text:\n                  zh: 乙\n                  en: B"),
                        _ => ("numeric", "\n            anchors:\n              - [0, 0]\n              - [100, 1]"),
                    };
                    y.Append($"          - id: q{n:D2}\n            type: {type}\n            text:\n              zh: 题\n              en: Question{extra}\n");
                }
            }
        }
        return y.ToString();
    }
}
