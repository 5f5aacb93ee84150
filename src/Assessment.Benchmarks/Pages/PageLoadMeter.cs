using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Assessment.Benchmarks.Pages;

/// <summary>One page load: milliseconds from navigation start, bytes of the HTTP responses, bytes of WebSocket frames received.</summary>
public sealed record PageLoad(double Milliseconds, long HttpBytes, long WebSocketBytes);

/// <summary>
/// Measures the loads of one browser page through the Chrome DevTools Protocol. Interactive = the layout element carries
/// data-circuit-ready="true" (the layout sets it once the interactive circuit renders), seen by a MutationObserver
/// installed before any script of the page runs and timed in the page's own clock (performance.now(), zero at
/// navigation start). HTTP bytes = encodedDataLength of every Network.loadingFinished until the network is quiet
/// after interactive; WebSocket bytes = payloads of the frames received (the circuit's SignalR connection) until interactive.
/// </summary>
public sealed class PageLoadMeter
{
    private const string ReadyObserver = """
        (() => {
            const mark = () => {
                if (window.__circuitReadyAt === undefined && document.querySelector('[data-circuit-ready="true"]'))
                    window.__circuitReadyAt = performance.now();
            };
            new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-circuit-ready'] });
        })();
        """;

    private readonly IPage page;
    private readonly ICDPSession cdp;
    private readonly Lock gate = new();
    private readonly List<(double Time, long Bytes)> frames = [];
    private readonly Dictionary<string, string> inFlight = [];
    private readonly Stopwatch sinceLastRequestEvent = Stopwatch.StartNew();
    private long httpBytes;
    private double? documentRequestTime;

    private PageLoadMeter(IPage page, ICDPSession cdp) => (this.page, this.cdp) = (page, cdp);

    public static async Task<PageLoadMeter> AttachAsync(IPage page)
    {
        await page.AddInitScriptAsync(ReadyObserver);
        var meter = new PageLoadMeter(page, await page.Context.NewCDPSessionAsync(page));
        meter.cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) => meter.OnRequest(e!.Value);
        meter.cdp.Event("Network.loadingFinished").OnEvent += (_, e) => meter.OnLoadingFinished(e!.Value);
        meter.cdp.Event("Network.loadingFailed").OnEvent += (_, e) => meter.OnLoadingFailed(e!.Value);
        meter.cdp.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => meter.OnFrame(e!.Value);
        await meter.cdp.SendAsync("Network.enable");
        return meter;
    }

    /// <summary>Loads a page of the app and checks it is the page asked for (no redirect to the sign-in page) showing <paramref name="marker"/>.</summary>
    public async Task<PageLoad> LoadAsync(string path, string marker)
    {
        Reset();
        await page.GotoAsync(path);
        var readyAt = await (await page.WaitForFunctionAsync("() => window.__circuitReadyAt")).JsonValueAsync<double>();
        var fetchStart = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].fetchStart");
        await WaitForQuietNetworkAsync();
        await CheckShowsAsync(page, path, marker);
        lock (gate)
        {
            // CDP stamps network events on its own monotonic clock (seconds); the document's request went out at fetchStart.
            var documentSent = documentRequestTime ?? throw new InvalidOperationException($"No document request seen for {path}.");
            var cutoff = documentSent + (readyAt - fetchStart) / 1000;
            return new PageLoad(readyAt, httpBytes, frames.Where(f => f.Time <= cutoff).Sum(f => f.Bytes));
        }
    }

    /// <summary>A static file opened as a document: time until its response has arrived (responseEnd).</summary>
    public async Task<PageLoad> LoadStaticAsync(string path)
    {
        Reset();
        var response = await page.GotoAsync(path);
        if (response is not { Ok: true }) throw new InvalidOperationException($"{path}: {response?.Status} instead of the static file.");
        var responseEnd = await page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].responseEnd");
        await WaitForQuietNetworkAsync();
        lock (gate) return new PageLoad(responseEnd, httpBytes, 0);
    }

    /// <summary>The URL did not move (a missing session redirects to /signin) and the page shows its own content.</summary>
    public static async Task CheckShowsAsync(IPage page, string path, string marker)
    {
        var landed = new Uri(page.Url).AbsolutePath;
        if (landed != path) throw new InvalidOperationException($"{path} ended at {landed}: the session is missing or the page moved.");
        try { await page.Locator(marker).First.WaitForAsync(new() { Timeout = 15_000 }); }
        catch (PlaywrightException) { throw new InvalidOperationException($"{path} shows no {marker}: the page failed or its markup changed."); }
    }

    /// <summary>
    /// No request in flight and none started or ended for half a second. Not Playwright's NetworkIdle: that fires once
    /// per navigation and may have fired while the circuit was connecting, before the interactive render fetched more
    /// (the theme stylesheet is attached again then).
    /// </summary>
    private async Task WaitForQuietNetworkAsync()
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(50))
        {
            // The answer to a command comes after every event the browser sent before it, so the state is current.
            await cdp.SendAsync("Runtime.evaluate", new() { ["expression"] = "0" });
            lock (gate)
            {
                if (inFlight.Count == 0 && sinceLastRequestEvent.ElapsedMilliseconds >= 500) return;
                if (DateTime.UtcNow > deadline)
                    throw new InvalidOperationException($"{page.Url}: requests still open after 30 s: {string.Join(", ", inFlight.Values.Take(5))}");
            }
        }
    }

    private void Reset()
    {
        lock (gate)
        {
            (httpBytes, documentRequestTime) = (0, null);
            frames.Clear();
            inFlight.Clear();
        }
    }

    private void OnRequest(JsonElement e)
    {
        lock (gate)
        {
            if (documentRequestTime is null && e.TryGetProperty("type", out var type) && type.GetString() == "Document")
                documentRequestTime = e.GetProperty("timestamp").GetDouble();
            inFlight[e.GetProperty("requestId").GetString()!] = e.GetProperty("request").GetProperty("url").GetString()!;
            sinceLastRequestEvent.Restart();
        }
    }

    private void OnLoadingFinished(JsonElement e)
    {
        lock (gate)
        {
            httpBytes += (long)e.GetProperty("encodedDataLength").GetDouble();
            inFlight.Remove(e.GetProperty("requestId").GetString()!);
            sinceLastRequestEvent.Restart();
        }
    }

    private void OnLoadingFailed(JsonElement e)
    {
        lock (gate)
        {
            inFlight.Remove(e.GetProperty("requestId").GetString()!);
            sinceLastRequestEvent.Restart();
        }
    }

    private void OnFrame(JsonElement e)
    {
        var response = e.GetProperty("response");
        var payload = response.GetProperty("payloadData").GetString() ?? "";
        // Opcode 1 is a text frame (SignalR's JSON handshake); binary frames (the circuit's MessagePack) arrive base64-encoded.
        var bytes = response.GetProperty("opcode").GetDouble() == 1 ? Encoding.UTF8.GetByteCount(payload) : Base64Length(payload);
        lock (gate) frames.Add((e.GetProperty("timestamp").GetDouble(), bytes));
    }

    private static long Base64Length(string base64) => base64.Length / 4 * 3 - base64.Count(c => c == '=');
}
