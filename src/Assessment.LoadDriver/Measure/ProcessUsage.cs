using System.Globalization;

namespace Assessment.LoadDriver.Measure;

/// <summary>A process's resident memory and CPU time, as the kernel counts them (/proc).</summary>
public static class ProcessUsage
{
    /// <summary>Resident memory (VmRSS) in MiB and CPU seconds used so far (user + system).</summary>
    public static (double RssMiB, double CpuSeconds) Of(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        var rss = long.Parse(status.Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (rss, ticks / 100.0);
    }
}
