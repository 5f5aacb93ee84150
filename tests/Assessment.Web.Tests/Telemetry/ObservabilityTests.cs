using System.Net;
using System.Text.RegularExpressions;
using Assessment.Data.Answers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Telemetry;

/// <summary>The Prometheus exporter switched on (it is off by default), requests coming from <see cref="RemoteAddress"/>.</summary>
public sealed class MonitoredApp : InProcessApp
{
    /// <summary>TestServer leaves the peer address empty; Kestrel always sets it. Tests choose it here.</summary>
    public IPAddress RemoteAddress { get; set; } = IPAddress.Loopback;

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Telemetry:Prometheus", "true");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new PeerAddressFilter(() => RemoteAddress)));
    }
}

public sealed class ObservabilityTests(MonitoredApp app) : IClassFixture<MonitoredApp>
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_with_status_words_only()
    {
        using var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Ready_is_unhealthy_when_the_data_folder_has_less_free_space_than_the_minimum()
    {
        // A minimum larger than any disk: the node must stop taking traffic rather than fail saves.
        await using var starved = new StarvedApp();
        using var client = starved.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task The_scrape_shows_saves_and_sign_in_failures()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/signin");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "nobody-here",
            ["password"] = "not-a-password",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        var refused = await app.Services.GetRequiredService<AnswerStore>().SaveAsync(new AnswerWrite(999_999, "q1", "1", 0, 1));
        Assert.IsType<SaveResult.Invalid>(refused);   // no such response

        var text = await client.GetStringAsync("/metrics");

        Assert.Matches("assessment_answer_saves_total\\{[^}]*outcome=\"invalid\"[^}]*\\} [1-9]", text);
        Assert.Contains("assessment_answer_save_duration_milliseconds_bucket", text);
        Assert.Matches("assessment_signin_failures_total\\{[^}]*\\} [1-9]", text);
    }

    [Fact]
    public async Task The_scrape_shows_the_runtimes_gc_heap_after_a_collection()
    {
        // The load driver's memory per circuit is the heap a forced full collection leaves, read from this meter.
        using var client = app.CreateClient();
        GC.Collect();
        await Task.Delay(500); // the exporter may answer from its cache of an earlier scrape (300 ms)
        var text = await client.GetStringAsync("/metrics");
        Assert.Matches("dotnet_gc_last_collection_heap_size_bytes\\{[^}]*gc_heap_generation=\"gen2\"[^}]*\\} [1-9]", text);
        Assert.Matches("dotnet_gc_collections_total\\{[^}]*gc_heap_generation=\"gen2\"[^}]*\\} [1-9]", text);
    }

    [Fact]
    public async Task The_scrape_is_refused_to_addresses_other_than_loopback_and_the_configured_ones()
    {
        app.RemoteAddress = IPAddress.Parse("203.0.113.9");
        try
        {
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/metrics")).StatusCode);
        }
        finally
        {
            app.RemoteAddress = IPAddress.Loopback;
        }
    }
}

public sealed class StarvedApp : InProcessApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Health:MinimumFreeMegabytes", "1000000000");
}
