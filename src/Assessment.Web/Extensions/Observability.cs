using System.Net;
using Assessment.Data.Telemetry;
using Assessment.Web.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Assessment.Web.Extensions;

/// <summary>
/// Health endpoints for a load balancer or an orchestrator, and metrics for Prometheus or an OTLP collector.
/// Both exporters are off unless configured: a default installation sends nothing anywhere.
/// </summary>
public static class Observability
{
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddAssessmentObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // ASP.NET Core logs every request's full address at Information: query strings carry filters that name
        // people (the audit page's actor) and return addresses, and the log must hold no personal data. Warnings and
        // errors stay; Logging:LogLevel:Microsoft.AspNetCore in the configuration still overrides this default.
        if (builder.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] is null)
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        services.AddSingleton<CircuitHandler, CircuitCounter>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<DiskSpaceHealthCheck>("disk", tags: [ReadyTag]);

        var settings = TelemetrySettings.From(builder.Configuration);
        if (!settings.Enabled) return builder;
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddMeter(StoreMetrics.MeterName);
            // ASP.NET Core's own meters: request durations, Kestrel connections, SignalR (circuit) connections.
            metrics.AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections");
            // The runtime's own meter: GC heap after the last collection, working set, CPU (the load driver's memory
            // per circuit is read from these after it forces a full collection).
            metrics.AddMeter("System.Runtime");
            if (settings.Prometheus) metrics.AddPrometheusExporter();
            if (settings.OtlpEndpoint is { } endpoint) metrics.AddOtlpExporter(o => o.Endpoint = endpoint);
        });
        return builder;
    }

    public static WebApplication MapAssessmentObservability(this WebApplication app)
    {
        // Live: the process answers. Ready: it can serve a save (database, migrations, disk). Status words only:
        // the details (paths, free space) go to the log, not to anyone who can reach the port.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) });

        var settings = TelemetrySettings.From(app.Configuration);
        if (settings.Prometheus)
        {
            // The scrape endpoint is for the monitoring host, not the public: loopback and configured addresses only.
            app.UseWhen(c => c.Request.Path.StartsWithSegments(TelemetrySettings.PrometheusPath) && !settings.MayScrape(c.Connection.RemoteIpAddress),
                refused => refused.Run(c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; }));
            app.MapPrometheusScrapingEndpoint(TelemetrySettings.PrometheusPath);
        }
        return app;
    }
}

/// <summary>Telemetry settings: <c>Telemetry:Prometheus</c> (true/false), <c>Telemetry:PrometheusAllowedFrom</c>
/// (addresses besides loopback, comma-separated) and <c>Telemetry:OtlpEndpoint</c> (a URL).</summary>
public sealed record TelemetrySettings(bool Prometheus, IReadOnlySet<IPAddress> ScrapersAllowed, Uri? OtlpEndpoint)
{
    public const string PrometheusPath = "/metrics";

    public bool Enabled => Prometheus || OtlpEndpoint is not null;

    public bool MayScrape(IPAddress? remote) =>
        remote is not null && (IPAddress.IsLoopback(remote) || ScrapersAllowed.Contains(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote));

    public static TelemetrySettings From(IConfiguration configuration)
    {
        var allowed = (configuration["Telemetry:PrometheusAllowedFrom"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IPAddress.Parse).ToHashSet();
        var otlp = configuration["Telemetry:OtlpEndpoint"];
        return new TelemetrySettings(configuration.GetValue("Telemetry:Prometheus", false), allowed,
            string.IsNullOrWhiteSpace(otlp) ? null : new Uri(otlp));
    }
}
