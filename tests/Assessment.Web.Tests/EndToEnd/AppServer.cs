using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// The web app as a separate process: the self-contained executable the build produced, on a free loopback
/// port, with a fresh data folder. It can be killed and started again on the same folder and port, which is how
/// the tests check that nothing acknowledged as saved is lost when the server dies.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    // One app starts at a time: the shared apps of the browser collections are set up together, and two start-ups at
    // once on a loaded two-core machine both missed their deadline.
    private static readonly SemaphoreSlim StartGate = new(1, 1);

    // The ports of the apps of this test run, held from start to dispose: an app that is killed and restarted keeps its
    // port (RestartAsync), and while it is down the port is free for the system to hand out again, so an app started
    // meanwhile by the other browser collection could take it. Two apps of the run never share a port.
    private static readonly HashSet<int> PortsInUse = [];
    private readonly StringBuilder output = new();
    private Process? process;

    private readonly string? instrumentsFolder;
    private (string Key, string Value)[] settings = [];

    private AppServer(string dataFolder, int port, string? instrumentsFolder)
    {
        this.instrumentsFolder = instrumentsFolder;
        DataFolder = dataFolder;
        Port = port;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string DataFolder { get; }
    public int Port { get; }
    public string BaseUrl { get; }

    /// <summary>Everything the app wrote to stdout and stderr, for failure messages.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <param name="instrumentsFolder">Instead of the repository's instruments/ (e.g. a copy with a broken file).</param>
    /// <param name="settings">Further configuration, as (key, value) command-line settings.</param>
    public static async Task<AppServer> StartAsync(string? instrumentsFolder = null, params (string Key, string Value)[] settings)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "assessment-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataFolder);
        var server = new AppServer(dataFolder, FreePort(), instrumentsFolder) { settings = settings };
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>Ends the process at once, the way a crash or a power cut would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.WaitForExit(10_000);
        process?.Dispose();
        process = null;
    }

    public Task RestartAsync()
    {
        Kill();
        return StartProcessAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        ReleasePort(Port);
        await Task.Yield();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }

    private async Task StartProcessAsync()
    {
        await StartGate.WaitAsync();
        try { await StartGateHeldAsync(); }
        finally { StartGate.Release(); }
    }

    private async Task StartGateHeldAsync()
    {
        var start = new ProcessStartInfo(Executable())
        {
            // The project folder as content root, as under `dotnet run`; the instruments folder is found from it.
            WorkingDirectory = Path.Combine(RepositoryRoot(), "src", "Assessment.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.ArgumentList.Add("--data");
        start.ArgumentList.Add(DataFolder);
        // Production with the demo switched on, as the README's demo run; sign-ins from the one test address unthrottled.
        start.ArgumentList.Add("--demo");
        start.ArgumentList.Add("true");
        start.ArgumentList.Add("--Security:SignInsPerMinutePerAddress");
        start.ArgumentList.Add("10000");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }
        if (instrumentsFolder is not null)
        {
            start.ArgumentList.Add("--instruments");
            start.ArgumentList.Add(instrumentsFolder);
        }
        // Production: the friendly error pages the users get, not the developer exception page.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        process = Process.Start(start) ?? throw new InvalidOperationException("The web app did not start: " + start.FileName);
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        LogStart();
        await WaitUntilAnsweringAsync();
    }

    /// <summary>
    /// One line per app process started, in the file ASSESSMENT_APP_STARTS_LOG names (when set): how many apps a test
    /// run starts is what the shared fixtures save, and the machine is too noisy for times alone to show it.
    /// </summary>
    private void LogStart()
    {
        var log = Environment.GetEnvironmentVariable("ASSESSMENT_APP_STARTS_LOG");
        if (string.IsNullOrEmpty(log)) return;
        lock (Http) File.AppendAllText(log, $"{DateTime.UtcNow:O} app started on {BaseUrl}, data {DataFolder}{Environment.NewLine}");
    }

    private async Task WaitUntilAnsweringAsync()
    {
        // Generous: the wait ends as soon as the app answers, and the machine the tests share can be very busy.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (process is null || process.HasExited)
                throw new InvalidOperationException($"The web app exited during start-up. Its output:\n{Output}");
            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/");
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The web app did not answer on {BaseUrl} within 180 s. Its output:\n{Output}");
    }

    /// <summary>A loopback port free now and not held by another app of this run; held until <see cref="ReleasePort"/>.</summary>
    internal static int FreePort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            lock (PortsInUse)
                if (PortsInUse.Add(port)) return port;
        }
    }

    internal static void ReleasePort(int port)
    {
        lock (PortsInUse) PortsInUse.Remove(port);
    }

    /// <summary>src/{project}/bin/{Configuration}/{tfm}/{project} (framework-dependent apphost), built by this project's reference.</summary>
    internal static string Executable(string project = "Assessment.Web")
    {
        var configuration = typeof(AppServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var tfm = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var path = Path.Combine(RepositoryRoot(), "src", project, "bin", configuration, tfm, project);
        return File.Exists(path) ? path
            : throw new FileNotFoundException($"The {project} executable is missing at {path}; build tests/Assessment.Web.Tests first.");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Assessment.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Assessment.sln not found above " + AppContext.BaseDirectory);
    }
}
