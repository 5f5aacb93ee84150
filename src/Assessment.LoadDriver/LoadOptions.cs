using System.Globalization;
using System.Net;
using Assessment.Data.Database;

namespace Assessment.LoadDriver;

/// <summary>The driver's command line. Bounded: at most 2,000 respondents and 30 minutes; loopback targets only.</summary>
public sealed record LoadOptions
{
    public const int MaxRespondents = 2000;
    public const double MaxMinutes = 30;
    public const int MaxNodes = 4;

    public required string Mode { get; init; }
    public int Respondents { get; init; } = 20;
    public double Minutes { get; init; } = 1;
    public int Port { get; init; } = 5141;
    /// <summary>run and step: app processes on ports Port, Port+1, …, one PostgreSQL database, behind the proxy.</summary>
    public int Nodes { get; init; } = 1;
    /// <summary>--proxy-port as given; the proxy's port is Port+100 unless given.</summary>
    public int? ProxyPortOption { get; init; }
    public string Host { get; init; } = "127.0.0.1";
    public string Data { get; init; } = "";
    /// <summary>A PostgreSQL database (postgres://…) for the app, the seed and the ledger; empty: the SQLite file in the data folder.</summary>
    public string Database { get; init; } = "";
    public double RampSeconds { get; init; } = 30;
    public int ThinkMinMs { get; init; } = 2000;
    public int ThinkMaxMs { get; init; } = 5000;
    public double ReloadShare { get; init; } = 0.02;
    public double EvidenceShare { get; init; } = 0.10;
    public bool Submit { get; init; } = true;
    public double KillEverySeconds { get; init; } = 20;
    /// <summary>cut: share of turns in which a respondent's connection is cut for longer than the server keeps the page.</summary>
    public double CutShare { get; init; } = 0.03;
    /// <summary>cut: how long the app keeps a disconnected page (its Circuits:DisconnectedRetentionSeconds; 3 minutes by default).</summary>
    public double RetentionSeconds { get; init; } = 10;
    // step: respondents from, by, to; each count held this long (after its newcomers have started).
    public int From { get; init; } = 50;
    public int Step { get; init; } = 50;
    public int To { get; init; } = 1000;
    public double MinutesPerStep { get; init; } = 0.5;
    public double TargetP95Ms { get; init; } = 250;
    // memory: the numbers of idle circuits measured, and how long each is held (time for a gcdump by hand).
    public IReadOnlyList<int> Circuits { get; init; } = [0, 50, 100, 200];
    public double HoldSeconds { get; init; }
    public bool ExpectOutages => Mode == "kill-restart";
    public bool ExpectSaveFailures => Mode == "disk-full";

    /// <summary>The proxy stands in front of several nodes, and of one when --proxy-port asks for it (its cost alone).</summary>
    public bool Proxied => Nodes > 1 || ProxyPortOption is not null;
    public int ProxyPort => ProxyPortOption ?? Port + 100;

    /// <summary>Where the respondents go: the proxy when there is one, else the one app node.</summary>
    public string BaseUrl => Proxied ? $"http://{Host}:{ProxyPort}" : NodeUrl(0);

    /// <summary>The address of app node <paramref name="index"/> (0-based): Port, Port+1, ….</summary>
    public string NodeUrl(int index) => $"http://{Host}:{Port + index}";

    public const string Usage = """
        usage: Assessment.LoadDriver <run|kill-restart|backup|disk-full|cut|step|memory> [--respondents N] [--minutes M] [--port P]
               [--data DIR] [--database postgres://user:password@host:port/db] [--ramp-seconds S] [--think-ms MIN-MAX]
               [--kill-every S] [--host 127.0.0.1]
               run, step: [--nodes N] [--proxy-port P]
               cut:    [--retention S]
               step:   [--from N] [--step N] [--to N] [--minutes-per-step M] [--p95-ms MS] (--minutes bounds the whole run, default 12)
               memory: [--circuits 0,50,100,200] [--hold-seconds S]
          run           the load alone; reports save latency, memory per circuit, CPU
          kill-restart  the load, with the server killed (SIGKILL) every --kill-every seconds and restarted
          backup        the load, with `assessment backup` taken half-way; the copy is checked against the ledger
          disk-full     the load on a size-limited folder (tmpfs) that is filled half-way and freed later
          cut           the load, with respondents' connections cut for longer than the app keeps a page (--retention,
                        10 s): each must find the page gone, load it again and see every acknowledged answer saved
          step          respondents added --step at a time from --from to --to; per step latency, errors, CPU, memory per
                        circuit; stops at the first step whose save p95 is over --p95-ms or that has an error
          memory        idle questionnaire circuits opened in the numbers --circuits; live GC heap and RSS at each
        --database runs the app on an empty PostgreSQL database (not with backup or disk-full, which are about the SQLite file).
        --nodes N (1 to 4, run and step, with --database) starts N app processes on ports --port, --port+1, … one after the
                other on the one database, then the proxy on --proxy-port (default --port+100), through which every respondent
                goes; --proxy-port with one node puts the proxy in front of it alone. Server CPU and memory are summed over the nodes.
        The web app must be built first: dotnet build -c Release src/Assessment.Web (and src/Assessment.Cli for backup,
        src/Assessment.Proxy for --nodes and --proxy-port).
        """;

    /// <summary>Parses the command line; a usage error is a located message (exit 2 in Program).</summary>
    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("run" or "kill-restart" or "backup" or "disk-full" or "cut" or "step" or "memory"))
            throw new UsageException("the first argument is the mode: run, kill-restart, backup, disk-full, cut, step or memory");
        // A step run is bounded as a whole (12 minutes unless --minutes says otherwise), not per respondent.
        var o = new LoadOptions { Mode = args[0], Minutes = args[0] == "step" ? 12 : 1, RampSeconds = args[0] == "step" ? 10 : 30 };
        for (var i = 1; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length) throw new UsageException($"{args[i]}: a value is missing");
            var v = args[i + 1];
            o = args[i] switch
            {
                "--respondents" => o with { Respondents = Int(args[i], v, 1, MaxRespondents) },
                "--minutes" => o with { Minutes = Number(args[i], v, 0.1, MaxMinutes) },
                "--port" => o with { Port = Int(args[i], v, 1024, 65535) },
                "--nodes" => o with { Nodes = Int(args[i], v, 1, MaxNodes) },
                "--proxy-port" => o with { ProxyPortOption = Int(args[i], v, 1024, 65535) },
                "--host" => o with { Host = v },
                "--data" => o with { Data = v },
                "--database" => DatabaseLocation.LooksLikePostgres(v) ? o with { Database = v }
                    : throw new UsageException($"--database: '{v}' is not a postgres:// URL (without it the app uses the SQLite file in the data folder)"),
                "--ramp-seconds" => o with { RampSeconds = Number(args[i], v, 0, 600) },
                "--kill-every" => o with { KillEverySeconds = Number(args[i], v, 5, 600) },
                "--retention" => o with { RetentionSeconds = Number(args[i], v, 1, 600) },
                "--from" => o with { From = Int(args[i], v, 1, MaxRespondents) },
                "--step" => o with { Step = Int(args[i], v, 1, MaxRespondents) },
                "--to" => o with { To = Int(args[i], v, 1, MaxRespondents) },
                "--minutes-per-step" => o with { MinutesPerStep = Number(args[i], v, 0.1, MaxMinutes) },
                "--p95-ms" => o with { TargetP95Ms = Number(args[i], v, 1, 60_000) },
                "--hold-seconds" => o with { HoldSeconds = Number(args[i], v, 0, 600) },
                "--circuits" => o with { Circuits = CountList(args[i], v) },
                "--think-ms" => v.Split('-') is [var a, var b]
                    ? o with { ThinkMinMs = Int(args[i], a, 0, 60_000), ThinkMaxMs = Int(args[i], b, 0, 60_000) }
                    : throw new UsageException($"--think-ms: '{v}' is not MIN-MAX in milliseconds"),
                _ => throw new UsageException($"{args[i]}: unknown option"),
            };
        }
        if (o.ThinkMaxMs < o.ThinkMinMs) throw new UsageException("--think-ms: the maximum is below the minimum");
        if (o.To < o.From) throw new UsageException("--to: below --from");
        if (o.Database.Length > 0 && o.Mode is "backup" or "disk-full")
            throw new UsageException($"--database: {o.Mode} is about the SQLite file and its folder; it does not run on PostgreSQL");
        CheckNodes(o);
        // Loopback only: the driver is a load test of this machine's app, never of someone else's server.
        if (!IPAddress.TryParse(o.Host, out var ip) || !IPAddress.IsLoopback(ip))
            throw new UsageException($"--host: '{o.Host}' is not a loopback address (127.0.0.1 or ::1); the driver refuses other targets");
        return o;
    }

    private static void CheckNodes(LoadOptions o)
    {
        if (!o.Proxied) return;
        var option = o.Nodes > 1 ? $"--nodes {o.Nodes}" : "--proxy-port";
        // The other modes measure one process (its kill, its file, its memory); only run and step spread respondents.
        if (o.Mode is not ("run" or "step"))
            throw new UsageException($"{option}: {o.Mode} runs one app process; several nodes and the proxy are for run and step");
        // Two processes on one SQLite file would each take its folder's lock; the database that serves several is PostgreSQL.
        if (o.Nodes > 1 && o.Database.Length == 0)
            throw new UsageException($"{option}: several nodes share one PostgreSQL database; give --database postgres://…");
        if (o.Port + o.Nodes - 1 > 65535)
            throw new UsageException($"--nodes {o.Nodes}: the nodes' ports {o.Port} to {o.Port + o.Nodes - 1} pass 65535");
        if (o.ProxyPort > 65535)
            throw new UsageException($"--proxy-port: the default, --port + 100 = {o.ProxyPort}, passes 65535; give one");
        if (o.ProxyPort >= o.Port && o.ProxyPort < o.Port + o.Nodes)
            throw new UsageException($"--proxy-port: {o.ProxyPort} is one of the nodes' ports ({o.Port} to {o.Port + o.Nodes - 1})");
    }

    private static List<int> CountList(string name, string v)
    {
        var list = v.Split(',').Select(c => Int(name, c.Trim(), 0, MaxRespondents)).ToList();
        return list.Zip(list.Skip(1)).All(p => p.First < p.Second) ? list
            : throw new UsageException($"{name}: '{v}' is not a rising list of counts such as 0,50,100,200");
    }

    private static int Int(string name, string v, int min, int max) =>
        int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw new UsageException($"{name}: '{v}' is not a whole number from {min} to {max}");

    private static double Number(string name, string v, double min, double max) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
            : throw new UsageException($"{name}: '{v}' is not a number from {min} to {max}");
}

public sealed class UsageException(string message) : Exception(message);
