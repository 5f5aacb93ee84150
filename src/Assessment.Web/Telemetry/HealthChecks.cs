using Assessment.Data.Database;
using Assessment.Web.Configuration;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assessment.Web.Telemetry;

/// <summary>Ready means the database answers a query and carries every migration this program has.</summary>
public sealed class DatabaseHealthCheck(AssessmentDb db) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = db.OpenRead();
            var applied = connection.ExecuteScalar<long>("SELECT coalesce(max(version), 0) FROM schema_version");
            var expected = db.Dialect.Migrations.Scripts.Max(m => m.Version);
            return Task.FromResult(applied == expected
                ? HealthCheckResult.Healthy($"schema version {applied}")
                : HealthCheckResult.Unhealthy($"schema version {applied}, this program needs {expected}"));
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or System.Net.Sockets.SocketException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("database not reachable", e));
        }
    }
}

/// <summary>
/// Free space in the data folder. Below the minimum saves are about to fail, so the node stops taking traffic
/// (unhealthy); below twice the minimum it warns (degraded) while there is still time to act.
/// </summary>
public sealed class DiskSpaceHealthCheck(AppPaths paths, IConfiguration configuration) : IHealthCheck
{
    public const long DefaultMinimumFreeMegabytes = 200;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var minimum = configuration.GetValue("Health:MinimumFreeMegabytes", DefaultMinimumFreeMegabytes) * 1024 * 1024;
        var free = FreeBytes(paths.DataFolder);
        var text = $"{free / (1024 * 1024)} MiB free in the data folder (minimum {minimum / (1024 * 1024)} MiB)";
        return Task.FromResult(free < minimum ? HealthCheckResult.Unhealthy(text)
            : free < 2 * minimum ? HealthCheckResult.Degraded(text)
            : HealthCheckResult.Healthy(text));
    }

    private static long FreeBytes(string folder) => new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
}
