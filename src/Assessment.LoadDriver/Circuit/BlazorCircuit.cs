using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Assessment.LoadDriver.Circuit;

/// <summary>
/// One browser tab's interactive session, spoken over SignalR as blazor.web.js does: the prerendered page's
/// component markers start a circuit (StartCircuit, UpdateRootComponents), render batches are read and acknowledged
/// (OnRenderCompleted), the server's JavaScript calls are answered, and user input goes in as browser events
/// (DispatchBrowserEvent) on the event handler ids the render batches carry.
/// The page is kept as the attributes of each component (its own elements' and its children's parameters), which is
/// what finding an input (name and data-value, id) and a save's outcome (the item's data-outcomes, see ItemOutcomes) needs.
/// </summary>
public sealed partial class BlazorCircuit : IAsyncDisposable
{
    private readonly object gate = new();
    private readonly Dictionary<int, Dictionary<string, FrameAttribute>> attributes = new();
    private readonly ItemOutcomes outcomes = new();
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> waiters = new();
    private readonly HubConnection hub;
    private long nextJsObject = 1;
    private long rendererInterop = -1;
    private long nextCall;
    private static readonly bool Trace = Environment.GetEnvironmentVariable("LOAD_DRIVER_TRACE") == "1";

    public string? Error { get; private set; }
    public string? Secret { get; private set; }
    public bool Closed { get; private set; }
    public long BatchesReceived { get; private set; }
    public long BytesReceived { get; private set; }

    /// <summary>The node that served the page, as the proxy named it (X-Assessment-Node); null without a proxy.</summary>
    public string? ServedBy { get; private set; }

    private BlazorCircuit(HubConnection hub) => this.hub = hub;

    /// <summary>Loads the page over HTTP (prerendered) and starts its circuit.</summary>
    public static async Task<BlazorCircuit> OpenAsync(HttpClient http, CookieContainer cookies, string baseUrl, string path, CancellationToken cancel)
    {
        using var response = await http.GetAsync(path, cancel);
        if (response.StatusCode != HttpStatusCode.OK) throw new LoadException($"GET {path}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(cancel);
        var markers = ServerMarker().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject()).ToList();
        if (markers.Count == 0) throw new LoadException($"GET {path}: no interactive server component on the page");
        var state = ComponentState().Match(html) is { Success: true } s ? s.Groups[1].Value : "";

        var hub = Connect(baseUrl, cookies);
        var circuit = new BlazorCircuit(hub)
        {
            ServedBy = response.Headers.TryGetValues(ProxyProcess.ServedByHeader, out var node) ? node.FirstOrDefault() : null,
        };
        circuit.Listen();
        await hub.StartAsync(cancel);
        var secret = await hub.InvokeAsync<string?>("StartCircuit", baseUrl + "/", baseUrl + path, "[]", "", cancel);
        if (string.IsNullOrEmpty(secret)) throw new LoadException($"StartCircuit for {path} was refused: {circuit.Error}");
        circuit.Secret = secret;
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(markers.Select((m, i) =>
            {
                m.Remove("prerenderId");
                return (JsonNode)new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = m };
            }).ToArray()),
        };
        await hub.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, cancel);
        return circuit;
    }

    /// <summary>
    /// What a browser does first when its connection comes back: a new connection asking for the same circuit
    /// (ConnectCircuit with the circuit's secret). True if the server still had it; false if it dropped it (then the
    /// browser loads the page again).
    /// </summary>
    public static async Task<bool> RejoinAsync(CookieContainer cookies, string baseUrl, string secret, CancellationToken cancel)
    {
        await using var hub = Connect(baseUrl, cookies);
        await hub.StartAsync(cancel);
        return await hub.InvokeAsync<bool>("ConnectCircuit", secret, cancel);
    }

    private static HubConnection Connect(string baseUrl, CookieContainer cookies)
    {
        var builder = new HubConnectionBuilder();
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        // LOAD_DRIVER_TRACE=1 shows the SignalR client's own log (binding failures, closes) when a page misbehaves.
        if (Environment.GetEnvironmentVariable("LOAD_DRIVER_TRACE") == "1")
            builder.Services.AddLogging(l => l.AddConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Debug));
        return builder
            .WithUrl(baseUrl + "/_blazor", options =>
            {
                options.Cookies = cookies;
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = false;
            })
            .Build();
    }

    private void Listen()
    {
        hub.On("JS.RenderBatch", [typeof(long), typeof(byte[])], async args =>
        {
            var id = (long)args[0]!;
            var bytes = (byte[])args[1]!;
            try { Apply(bytes); }
            catch (Exception e) { Error ??= "render batch: " + e.Message; }
            await hub.SendAsync("OnRenderCompleted", id, null);
        });
        // .NET 10: async handle, identifier, arguments (JSON), result type, target instance, call type.
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], async args =>
        {
            var handle = (long)args[0]!;
            var resultType = (int)args[3]!;
            // Since .NET 8 the renderer hands the page an object to dispatch events to (WebRendererInteropMethods).
            if ((string?)args[1] == "Blazor._internal.attachWebRendererInterop" && DotNetObject().Match((string?)args[2] ?? "") is { Success: true } m)
                rendererInterop = long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            // 1 = a JS object reference (a module import): a fresh id; anything else: no value, as a page whose
            // scripts ran without returning anything (scrolling, focusing) would answer.
            var result = resultType == 1 ? $"{{\"__jsObjectId\":{Interlocked.Increment(ref nextJsObject)}}}" : "null";
            await hub.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
        });
        // Where a root component's DOM goes: the driver keeps no DOM, so nothing to do.
        hub.On("JS.AttachComponent", [typeof(int), typeof(string)], _ => Task.CompletedTask);
        hub.On("JS.Error", [typeof(string)], args =>
        {
            Error ??= (string?)args[0];
            Wake();
            return Task.CompletedTask;
        });
        hub.Closed += e =>
        {
            Closed = true;
            Error ??= e?.Message ?? "closed";
            Wake();
            return Task.CompletedTask;
        };
    }

    private void Apply(byte[] batch)
    {
        var (diffs, disposed) = RenderBatchReader.Read(batch);
        if (Trace) Console.WriteLine($"batch {batch.Length} B: " + string.Join(", ", diffs.Where(d => d.Attributes.Count > 0).Take(20).Select(d => $"{d.ComponentId}[{string.Join(" ", d.Attributes.Select(a => a.Name + "=" + a.Value).Take(6))}]")));
        lock (gate)
        {
            BatchesReceived++;
            BytesReceived += batch.Length;
            foreach (var diff in diffs)
            {
                if (!attributes.TryGetValue(diff.ComponentId, out var own)) attributes[diff.ComponentId] = own = new(StringComparer.Ordinal);
                foreach (var a in diff.Attributes) own[a.Name] = a;
                outcomes.Record(diff.ComponentId, own, diff.Attributes, BatchesReceived, DateTime.UtcNow);
            }
            foreach (var id in disposed)
            {
                attributes.Remove(id);
                outcomes.Forget(id);
            }
        }
        Wake();
    }

    private void Wake()
    {
        List<TaskCompletionSource> done;
        lock (gate)
        {
            done = waiters.Where(w => Error is not null || w.Done()).Select(w => w.Signal).ToList();
            waiters.RemoveAll(w => done.Contains(w.Signal));
        }
        foreach (var d in done) d.TrySetResult();
    }

    /// <summary>Waits until the page satisfies the condition (checked after each render batch).</summary>
    public async Task<bool> WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (condition()) return true;
            waiters.Add((condition, signal));
        }
        await Task.WhenAny(signal.Task, Task.Delay(timeout));
        lock (gate)
        {
            waiters.RemoveAll(w => w.Signal == signal);
            return condition();
        }
    }

    /// <summary>The component whose attributes hold name=value (e.g. data-item=sa_po_ecert).</summary>
    public int? Find(string name, string value)
    {
        lock (gate)
        {
            foreach (var (id, own) in attributes)
                if (own.TryGetValue(name, out var a) && a.Value == value) return id;
            return null;
        }
    }

    /// <summary>The handler for the event on the component whose attributes match.</summary>
    public (int Component, ulong Handler)? FindHandler(Func<IReadOnlyDictionary<string, FrameAttribute>, bool> match, string eventName)
    {
        lock (gate)
        {
            foreach (var (id, own) in attributes)
                if (match(own) && own.TryGetValue("on" + eventName, out var h) && h.EventHandlerId != 0) return (id, h.EventHandlerId);
            return null;
        }
    }

    /// <summary>Values of an attribute over the components that also match (e.g. the radio values of one item).</summary>
    public IReadOnlyList<string> Values(Func<IReadOnlyDictionary<string, FrameAttribute>, bool> match, string name)
    {
        lock (gate)
            return attributes.Values.Where(own => match(own) && own.TryGetValue(name, out var a) && a.Value is not null)
                .Select(own => own[name].Value!).Distinct().ToList();
    }

    /// <summary>How many saves the item (its component) had ended on the page when last rendered.</summary>
    public int OutcomeCount(int component)
    {
        lock (gate) return outcomes.Count(component);
    }

    /// <summary>The outcome of the item's next save after <paramref name="count"/> had ended, once the page has shown it.</summary>
    public ItemOutcomes.Outcome? OutcomeAfter(int component, int count)
    {
        lock (gate) return outcomes.After(component, count);
    }

    /// <summary>What the item's last renders set (its data- attributes), for the report of a save without an outcome.</summary>
    public string History(int component)
    {
        lock (gate) return outcomes.History(component) + $" (batches received {BatchesReceived})";
    }

    public string? Attribute(int component, string name)
    {
        lock (gate) return attributes.TryGetValue(component, out var own) && own.TryGetValue(name, out var a) ? a.Value : null;
    }

    public IEnumerable<(int Id, IReadOnlyDictionary<string, FrameAttribute> Attributes)> Components()
    {
        lock (gate) return attributes.Select(a => (a.Key, (IReadOnlyDictionary<string, FrameAttribute>)new Dictionary<string, FrameAttribute>(a.Value))).ToList();
    }

    /// <summary>
    /// Sends a browser event, as blazor.web.js does since .NET 8: a call of DispatchEventAsync on the renderer's
    /// interop object with the event descriptor and the event's arguments.
    /// </summary>
    public Task DispatchAsync(ulong handler, string eventName, object eventArgs, int? fieldComponent = null, string? fieldValue = null)
    {
        if (Trace) Console.WriteLine($"dispatch {eventName} #{handler} {JsonSerializer.Serialize(eventArgs)}");
        var descriptor = new JsonObject { ["eventHandlerId"] = handler, ["eventName"] = eventName };
        if (fieldComponent is { } c) descriptor["eventFieldInfo"] = new JsonObject { ["componentId"] = c, ["fieldValue"] = fieldValue };
        if (rendererInterop < 0) throw new LoadException("the page has not attached its renderer yet");
        var call = Interlocked.Increment(ref nextCall).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var arguments = $"[{descriptor.ToJsonString()},{JsonSerializer.Serialize(eventArgs)}]";
        return hub.SendAsync("BeginInvokeDotNetFromJS", call, null, "DispatchEventAsync", rendererInterop, arguments);
    }

    public async ValueTask DisposeAsync()
    {
        try { await hub.DisposeAsync(); }
        catch (Exception) { /* the server may already be gone */ }
    }

    /// <summary>Leaves the page as a closing tab does: tells the server the circuit can go (/_blazor/disconnect), then hangs up.</summary>
    public async Task LeaveAsync(HttpClient http)
    {
        try
        {
            using var _ = await http.PostAsync("/_blazor/disconnect", new FormUrlEncodedContent(new Dictionary<string, string> { ["circuitId"] = Secret ?? "" }));
        }
        catch (Exception) { /* the server may be gone */ }
        await DisposeAsync();
    }

    /// <summary>Cuts the connection without the goodbye a closing tab sends: the circuit is kept for reconnection.</summary>
    public Task DropAsync() => hub.StopAsync();

    [GeneratedRegex("\"__dotNetObject\":(\\d+)")]
    private static partial Regex DotNetObject();

    [GeneratedRegex("<!--Blazor:(\\{\"type\":\"server\".*?\\})-->")]
    private static partial Regex ServerMarker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex ComponentState();
}

