using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Assessment.Benchmarks.Dashboards;

/// <summary>
/// The built web app (Release apphost) as a separate process on a free loopback port, started the
/// way the end-to-end tests start it (tests/Assessment.Web.Tests/EndToEnd/AppServer.cs): without the demo data
/// unless asked (the app loads it on an empty database).
/// </summary>
public sealed class WebAppProcess : IDisposable
{
    private readonly Process process;

    private WebAppProcess(Process process, string baseUrl) => (this.process, BaseUrl) = (process, baseUrl);

    public string BaseUrl { get; }
    public int Pid => process.Id;

    public static string Executable => Path.Combine(Repository, "src", "Assessment.Web", "bin", "Release", "net10.0", "Assessment.Web");

    public static string Repository => Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(SyntheticRound.RepositoryFile("src/Assessment.Web/Assessment.Web.csproj")))!)!;

    /// <param name="port">A loopback port of the caller's choice; a free one when null.</param>
    public static async Task<WebAppProcess> StartAsync(string dataFolder, bool demo = false, int? port = null)
    {
        if (!File.Exists(Executable))
            throw new FileNotFoundException($"The web app is not built at {Executable}. Build it first: dotnet build -c Release src/Assessment.Web");
        var baseUrl = $"http://127.0.0.1:{port ?? FreePort()}";
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = Path.Combine(Repository, "src", "Assessment.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--urls", baseUrl, "--data", dataFolder, "--demo", demo ? "true" : "false" }) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  [app] " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("  [app] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new WebAppProcess(process, baseUrl);
        await app.WaitUntilAnsweringAsync();
        return app;
    }

    /// <summary>The process's resident set (VmRSS) and its peak (VmHWM), in MiB, from /proc.</summary>
    public (double Rss, double Peak) WorkingSet()
    {
        var status = File.ReadAllLines($"/proc/{process.Id}/status");
        double Read(string key) => long.Parse(status.Single(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        return (Read("VmRSS"), Read("VmHWM"));
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            if (process.HasExited) throw new InvalidOperationException("The web app exited during start-up (its output is above).");
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
        }
        throw new TimeoutException($"The web app did not answer on {BaseUrl} within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
