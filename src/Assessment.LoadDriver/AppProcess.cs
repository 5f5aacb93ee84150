using System.Diagnostics;
using System.Globalization;

namespace Assessment.LoadDriver;

/// <summary>The built web app (Release) as a child process on a loopback port of the driver's, with metrics on.</summary>
public sealed class AppProcess : IDisposable
{
    private const int ReadySeconds = 180;

    private ChildProcess process;

    private AppProcess(ChildProcess process, string url)
    {
        this.process = process;
        Url = url;
    }

    public int Pid => process.Id;

    /// <summary>This node's own address (the respondents may reach it through the proxy instead).</summary>
    public string Url { get; }

    public static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Assessment.sln"))) return dir.FullName;
            throw new LoadException("Run the driver from inside the repository (Assessment.sln not found above " + AppContext.BaseDirectory + ").");
        }
    }

    private static string Executable => Path.Combine(Repository, "src", "Assessment.Web", "bin", "Release", "net10.0", "Assessment.Web");

    public static async Task<AppProcess> StartAsync(LoadOptions options, string dataFolder, string url)
    {
        var app = new AppProcess(Launch(options, dataFolder, url), url);
        try
        {
            await app.WaitReadyAsync();
            return app;
        }
        catch
        {
            // A node that never became ready is nobody's to stop otherwise: AppNodes disposes only the nodes it got.
            app.Dispose();
            throw;
        }
    }

    private static ChildProcess Launch(LoadOptions options, string dataFolder, string url)
    {
        if (!File.Exists(Executable)) throw new LoadException($"The web app is not built at {Executable}: dotnet build -c Release src/Assessment.Web");
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = Path.Combine(Repository, "src", "Assessment.Web"),
        };
        // The demo data set is off in Production unless asked for; the respondents are added to its open round.
        // Every simulated official signs in from 127.0.0.1, where real ones come from many addresses: the per-address
        // sign-in limit (10 a minute) would refuse all but the first few, so it is lifted for the driver's app only.
        foreach (var arg in new[] { "--urls", url, "--data", dataFolder, "--demo", "true", "--Telemetry:Prometheus", "true",
            "--Security:SignInsPerMinutePerAddress", "1000000" })
            start.ArgumentList.Add(arg);
        if (options.Database.Length > 0)
        {
            start.ArgumentList.Add("--database");
            start.ArgumentList.Add(options.Database);
        }
        if (options.Mode == "cut")
        {
            start.ArgumentList.Add("--Circuits:DisconnectedRetentionSeconds");
            start.ArgumentList.Add(options.RetentionSeconds.ToString(CultureInfo.InvariantCulture));
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (Environment.GetEnvironmentVariable("LOAD_DRIVER_TRACE") == "1") start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Components.Server"] = "Debug";
        return ChildProcess.Start(start, Path.Combine(Path.GetDirectoryName(dataFolder.TrimEnd('/'))!, "app.log"), "The web app");
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill would end it; then a fresh start on the same data.</summary>
    public async Task KillAndRestartAsync(LoadOptions options, string dataFolder)
    {
        await process.KillAsync();
        process = Launch(options, dataFolder, Url);
        await WaitReadyAsync();
    }

    private Task WaitReadyAsync() => process.WaitReadyAsync(Url + "/health/live", TimeSpan.FromSeconds(ReadySeconds),
        "The web app exited during start-up (see app.log beside the data folder).",
        $"The web app did not answer on {Url} within {ReadySeconds} s.");

    /// <summary>Resident memory (VmRSS) in MiB and CPU seconds used so far (user + system), from /proc.</summary>
    public (double RssMiB, double CpuSeconds) Usage() => process.Usage();

    public void Dispose() => process.Dispose();
}
