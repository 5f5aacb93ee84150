using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Assessment.Benchmarks.Dashboards;

/// <summary>
/// Issue 5, item 9: the dashboards at national scale, measured against the built web app as a separate process.
/// Server time to first complete render = the time of a GET of the page for a signed-in researcher: the pages are
/// prerendered (Routes renders InteractiveServer with prerendering), so the response holds the finished page with
/// every number, after the service has loaded the round. The floor is a static file from the same server.
/// dotnet build -c Release src/Assessment.Web; dotnet run -c Release --project src/Assessment.Benchmarks -- dashboards [requests] [circuits]
/// </summary>
public static class DashboardBenchmarks
{
    private const string Command = "dotnet run -c Release --project src/Assessment.Benchmarks -- dashboards";

    public static async Task RunAsync(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var circuits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 50;
        Console.WriteLine($"{Environment.ProcessorCount} cores; building the national round ...");
        var watch = Stopwatch.StartNew();
        var data = NationalRoundFolder.Create();
        Console.WriteLine($"round {data.RoundId}: {data.Jurisdictions:N0} jurisdictions x {data.Items} items x 3 raters = {data.Answers:N0} answers, published ({watch.Elapsed.TotalSeconds:F0} s)");
        try
        {
            using var app = await WebAppProcess.StartAsync(data.Folder);
            var (client, cookies) = await SignedInClient.CreateAsync(app.BaseUrl, NationalRoundFolder.Researcher, NationalRoundFolder.Password);
            using (client)
            {
                // The first load scores the round (once per server for a published round); timed apart from the steady state.
                var first = Stopwatch.StartNew();
                await GetPageAsync(client, $"/dashboards/{data.RoundId}/overview", "data-testid=\"ranking\"");
                Console.WriteLine($"first overview after start (scores the round, JIT): {first.Elapsed.TotalMilliseconds:F0} ms");

                var pages = new (string Name, string Path, string Marker)[]
                {
                    ("overview", $"/dashboards/{data.RoundId}/overview", "data-testid=\"ranking\""),
                    ("quadrant map", $"/dashboards/{data.RoundId}/quadrants", "data-testid=\"quadrant-map\""),
                    ("heatmap, first page", $"/dashboards/{data.RoundId}/heatmap", "data-testid=\"heatmap\""),
                };
                var results = new List<(string Name, Timing Timing, long Bytes)>();
                foreach (var (name, path, marker) in pages)
                {
                    var (timing, bytes) = await MeasureAsync(client, requests, () => GetPageAsync(client, path, marker));
                    results.Add((name, timing, bytes));
                }
                var (floor, floorBytes) = await MeasureAsync(client, requests, () => GetPageAsync(client, "/app.css", "{"));

                var idle = app.WorkingSet();
                var (open, loaded) = await OpenCircuitsAsync(app.BaseUrl, cookies, circuits, pages.Select(p => p.Path).ToList(), app.WorkingSet);

                Console.WriteLine();
                Console.WriteLine($"Command: {Command}");
                Console.WriteLine($"Round: {data.Jurisdictions:N0} jurisdictions x {data.Items} items x 3 raters ({data.Answers:N0} answers), published; signed in as a researcher; {requests} sequential GETs per page after 5 warm-up GETs");
                Console.WriteLine();
                Console.WriteLine("| page (prerendered GET)       |   p50 ms |   p95 ms |   max ms |   KiB | p95 / static p95 | target p95 < 300 ms |");
                Console.WriteLine("|------------------------------|---------:|---------:|---------:|------:|-----------------:|---------------------|");
                foreach (var (name, t, bytes) in results)
                    Console.WriteLine($"| {name,-28} | {t.P50,8:F1} | {t.P95,8:F1} | {t.Max,8:F1} | {bytes / 1024.0,5:F1} | {t.P95 / floor.P95,15:F0}x | {(t.P95 < 300 ? "met" : "MISSED"),-19} |");
                Console.WriteLine($"| {"static file /app.css (floor)",-28} | {floor.P50,8:F1} | {floor.P95,8:F1} | {floor.Max,8:F1} | {floorBytes / 1024.0,5:F1} | {1,15:F0}x |                     |");
                Console.WriteLine();
                Console.WriteLine($"Server working set (VmRSS): {idle.Rss:F0} MiB after the timed requests; {loaded.Rss:F0} MiB with {open} dashboard circuits open " +
                                  $"(+{(loaded.Rss - idle.Rss) / Math.Max(1, open):F1} MiB per circuit); peak (VmHWM) {loaded.Peak:F0} MiB");
            }
        }
        finally
        {
            data.Delete();
        }
    }

    private sealed record Timing(double P50, double P95, double Max);

    private static async Task<(Timing, long Bytes)> MeasureAsync(HttpClient client, int requests, Func<Task<long>> get)
    {
        for (var i = 0; i < 5; i++) await get();
        var times = new double[requests];
        long bytes = 0;
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            bytes = await get();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        return (new Timing(times[requests / 2], times[(int)Math.Ceiling(requests * 0.95) - 1], times[^1]), bytes);
    }

    /// <summary>The whole response, checked to be the page asked for (not the sign-in page or an error page).</summary>
    private static async Task<long> GetPageAsync(HttpClient client, string path, string marker)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || !body.Contains(marker, StringComparison.Ordinal))
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}, the page lacks {marker}; it starts: {body[..Math.Min(300, body.Length)]}");
        return System.Text.Encoding.UTF8.GetByteCount(body);
    }

    /// <summary>
    /// Dashboard pages in Debian's Chromium, each with its own interactive circuit, held open together; the three
    /// dashboards in turn. Returns how many circuits came up and the server's working set while they are all open.
    /// </summary>
    private static async Task<(int Open, (double Rss, double Peak) WorkingSet)> OpenCircuitsAsync(
        string baseUrl, System.Net.CookieContainer cookies, int count, IReadOnlyList<string> paths, Func<(double, double)> workingSet)
    {
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = baseUrl });
        await context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Cookie { Name = c.Name, Value = c.Value, Url = baseUrl }));
        context.SetDefaultTimeout(120_000);
        var watch = Stopwatch.StartNew();
        var open = 0;
        for (var i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(paths[i % paths.Count]);
            await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('[data-circuit-ready]') !== null");
            open++;
        }
        Console.WriteLine($"{open} circuits open in {watch.Elapsed.TotalSeconds:F0} s; settling 5 s before reading the working set");
        await Task.Delay(5_000);
        return (open, workingSet());
    }
}
