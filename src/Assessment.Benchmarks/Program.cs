using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/Assessment.Benchmarks -- --filter '*'   (BenchmarkDotNet: in-memory scoring)
// dotnet run -c Release --project src/Assessment.Benchmarks -- store          (the store: import, score from SQLite, saves)
// dotnet run -c Release --project src/Assessment.Benchmarks -- dashboards     (the web app serving a national round; build it Release first)
// dotnet run -c Release --project src/Assessment.Benchmarks -- store import   (the million-answer import alone)
// dotnet run -c Release --project src/Assessment.Benchmarks -- store [import] [--database postgres://user:password@host:port/db] [--answers N]
//                                              (the same on an empty PostgreSQL database, and/or with N answers imported and scored)
// dotnet run -c Release --project src/Assessment.Benchmarks -- accounts       (bulk provisioning: 3,000 accounts from CSV)
// dotnet run -c Release --project src/Assessment.Benchmarks -- pages [--runs N] [--screenshots <folder>] [--out <file>]
//                                              (two pages of the demo in Chromium, cold and warm; README screenshots; build the web app Release first)
// dotnet run -c Release --project src/Assessment.Benchmarks -- reliability [--runs N]   (reliability + 1,000-draw sensitivity, national round)
// dotnet run -c Release --project src/Assessment.Benchmarks -- reports [--html N] [--pdf N]
//                                              (the comparative report of a national round, batches of jurisdiction reports to HTML and PDF)
if (args is ["reliability", ..]) Assessment.Benchmarks.ReliabilityBenchmarks.Run(args[1..]);
else if (args is ["store", .. var rest] && rest.Length % 2 == (rest is ["import", ..] ? 1 : 0))
{
    var importOnly = rest is ["import", ..];
    var named = rest[(importOnly ? 1 : 0)..].Chunk(2).ToDictionary(o => o[0], o => o[1]);
    Assessment.Benchmarks.StoreBenchmarks.Run(importOnly, database: named.GetValueOrDefault("--database"),
        answers: named.TryGetValue("--answers", out var n) ? long.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : null);
}
else if (args is ["accounts"]) Assessment.Benchmarks.AccountBenchmarks.Run();
else if (args is ["dashboards", ..]) await Assessment.Benchmarks.Dashboards.DashboardBenchmarks.RunAsync(args[1..]);
else if (args is ["reports", ..]) await Assessment.Benchmarks.Reports.ReportBenchmarks.RunAsync(args[1..]);
else if (args is ["pages", ..]) await Assessment.Benchmarks.Pages.PageBenchmarks.RunAsync(args[1..]);
else BenchmarkSwitcher.FromAssembly(typeof(Assessment.Benchmarks.ScoringBenchmarks).Assembly).Run(args);
