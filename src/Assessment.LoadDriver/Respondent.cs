using System.Diagnostics;
using Assessment.LoadDriver.Circuit;

namespace Assessment.LoadDriver;

/// <summary>
/// One official at work: signs in, opens their questionnaire, answers items one at a time with a pause to think,
/// sometimes changes an answer, adds evidence, reloads the page, and submits at the end. Every click goes to the
/// app as a browser event on a real circuit and is saved by the page's own save path; the ledger records what the
/// page confirmed. When the server goes away the respondent comes back as a browser would: a new page load.
/// </summary>
public sealed class Respondent(Participant who, long roundId, string baseUrl, LoadOptions options, Ledger ledger, RunStats stats, Random random)
{
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(30);
    private HttpClient? http;
    private System.Net.CookieContainer? cookies;
    private BlazorCircuit? page;
    private List<string> radioItems = [];
    // What this page's inputs hold where it differs from the last acknowledged save: a refused or unconfirmed save keeps
    // its input on the page. A page loaded again starts from the database, so this is cleared on every page load.
    private readonly Dictionary<string, (string? Value, string? Evidence)> onPage = new();
    // Items whose page, when loaded, showed another version than the last acknowledged one (an unconfirmed save was
    // committed): what they hold is not known to the driver, so it leaves them alone.
    private readonly HashSet<string> unknown = new();
    private int evidenceNumber;
    private readonly HashSet<string> servedBy = new();

    private string Path => $"/respond/{roundId}/{Uri.EscapeDataString(who.Jurisdiction)}";

    /// <summary>True once the respondent's questionnaire has opened (a reload or a cut closes it for a moment after).</summary>
    public bool Opened { get; private set; }

    /// <summary>True while the respondent holds an open questionnaire circuit.</summary>
    public bool Connected => page is { Closed: false, Error: null };

    /// <summary>The nodes that served this respondent's pages (named by the proxy; empty without one).</summary>
    public IReadOnlyCollection<string> ServedBy
    {
        get { lock (servedBy) return servedBy.ToList(); }
    }

    /// <summary>Why the page's connection ended, if it did (for the report when circuits go missing).</summary>
    public string? PageError => page?.Error;

    public async Task RunAsync(DateTime until, CancellationToken cancel)
    {
        try
        {
            while (DateTime.UtcNow < until && !cancel.IsCancellationRequested)
            {
                if (!Connected && !await OpenAsync(until, cancel)) break;
                await Task.Delay(Think(), cancel);
                if (DateTime.UtcNow >= until) break;
                var roll = random.NextDouble();
                try
                {
                    if (options.Mode == "cut" && roll > 1 - options.CutShare) await CutAsync(cancel);
                    else if (roll < options.ReloadShare) await ReloadAsync(cancel);
                    else if (roll < options.ReloadShare + options.EvidenceShare) await AddEvidenceAsync();
                    else await AnswerAsync();
                }
                catch (Exception e) when (!cancel.IsCancellationRequested)
                {
                    // The connection went away mid-action (the server died): the next round opens the page again.
                    Unconfirmed("connection", e.Message);
                    if (page is not null) await page.DisposeAsync();
                    page = null;
                }
            }
            if (options.Submit && Connected)
            {
                try { await SubmitAsync(); }
                catch (Exception e) when (e is not OperationCanceledException) { Unconfirmed("submit", e.Message); }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested) { }
        catch (Exception e)
        {
            // Whatever else ends a respondent early is reported, never lost silently.
            stats.Error("respondent", e.GetType().Name + ": " + e.Message);
        }
        finally
        {
            if (page is not null && http is not null) await page.LeaveAsync(http);
            http?.Dispose();
        }
    }

    private TimeSpan Think() => TimeSpan.FromMilliseconds(options.ThinkMinMs + random.Next(options.ThinkMaxMs - options.ThinkMinMs + 1));

    private async Task<bool> OpenAsync(DateTime until, CancellationToken cancel)
    {
        if (page is not null)
        {
            await page.DisposeAsync();
            page = null;
            stats.Count("reconnected (new page load)");
        }
        for (var attempt = 0; DateTime.UtcNow < until; attempt++)
        {
            try
            {
                if (http is null) (http, cookies) = await SignIn.AsAsync(baseUrl, who.UserName, LoadSeed.Password, cancel);
                var opened = Stopwatch.StartNew();
                page = await BlazorCircuit.OpenAsync(http, cookies!, baseUrl, Path, cancel);
                if (!await page.WaitAsync(() => page.Values(a => a.ContainsKey("data-value") && a.ContainsKey("onclick"), "name").Count > 0, SaveTimeout))
                    throw new LoadException($"the questionnaire did not become interactive: {page.Error}");
                radioItems = page.Values(a => a.ContainsKey("data-value") && a.ContainsKey("onclick") && a.ContainsKey("name"), "name")
                    .Select(n => n["item-".Length..^"-value".Length]).ToList();
                onPage.Clear();
                foreach (var item in radioItems)
                    if (page.Find("data-item", item) is { } c && page.Attribute(c, "data-version") != (ledger.Get(who.ResponseId, item)?.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
                        unknown.Add(item);
                stats.Count("page loads");
                if (page.ServedBy is { } node)
                {
                    stats.Count("page loads served by " + node);
                    lock (servedBy) servedBy.Add(node);
                }
                Opened = true;
                return true;
            }
            // Not OperationCanceledException alone: a request that timed out (HttpClient) is one too, and is an error.
            catch (Exception e) when (!cancel.IsCancellationRequested)
            {
                if (page is not null) await page.DisposeAsync();
                page = null;
                if (e is LoadException { Message: var m } && m.Contains("Sign-in", StringComparison.Ordinal)) { http?.Dispose(); http = null; }
                // A server being restarted refuses connections for a few seconds; only the last failure is an error.
                if (!options.ExpectOutages) stats.Error("open", e.Message);
                else stats.Count("page load retried");
                if (!options.ExpectOutages && attempt >= 2) return false;
                await Task.Delay(TimeSpan.FromSeconds(1 + random.NextDouble() * 2), cancel);
            }
        }
        return false;
    }

    private async Task AnswerAsync()
    {
        var p = page!;
        var known = radioItems.Where(i => !unknown.Contains(i)).ToList();
        if (known.Count == 0) return;
        var item = known[random.Next(known.Count)];
        var current = ledger.Get(who.ResponseId, item);
        // A value other than the one the page shows: after a refused save that is the refused one, not the last
        // acknowledged (clicking the chosen radio again changes nothing, as for a person; they would press Retry).
        var shown = Shown(item, current);
        var choices = p.Values(a => a.TryGetValue("name", out var n) && n.Value == $"item-{item}-value" && a.ContainsKey("onclick"), "data-value")
            .Where(v => v != shown && v != current?.Value).ToList();
        if (choices.Count == 0) return;
        var value = choices[random.Next(choices.Count)];
        stats.Count(current?.Value is null ? "answers" : "changed answers");
        var target = p.FindHandler(a => a.TryGetValue("name", out var n) && n.Value == $"item-{item}-value"
            && a.TryGetValue("data-value", out var v) && v.Value == value, "click");
        await SaveAsync(item, target, "click", new { detail = 1, button = 0, type = "click" }, value, ShownEvidence(item, current), null);
    }

    private async Task AddEvidenceAsync()
    {
        var p = page!;
        // Evidence is added to an item already answered, as an official would document an answer.
        var answered = radioItems.Where(i => ledger.Get(who.ResponseId, i)?.Value is not null && !unknown.Contains(i)
            && p.Find("id", $"item-{i}-evidence") is not null).ToList();
        if (answered.Count == 0) { await AnswerAsync(); return; }
        var item = answered[random.Next(answered.Count)];
        var current = ledger.Get(who.ResponseId, item)!;
        var text = $"佐证材料 {who.UserName} #{++evidenceNumber}：政务服务网办件统计";
        var input = p.FindHandler(a => a.TryGetValue("id", out var id) && id.Value == $"item-{item}-evidence", "input");
        var blur = p.FindHandler(a => a.TryGetValue("id", out var id) && id.Value == $"item-{item}-evidence", "blur");
        if (input is null || blur is null) { stats.Error("evidence", $"{item}: no evidence field"); return; }
        stats.Count("evidence");
        // Typing (one input event with the whole text, as a paste), then leaving the field: the page saves on blur, or
        // already after its pause in typing (600 ms) if the blur is slow to arrive, so the outcome counts from the input.
        var itemComponent = p.Find("data-item", item);
        var before = itemComponent is null ? 0 : p.OutcomeCount(itemComponent.Value);
        await p.DispatchAsync(input.Value.Handler, "input", new { value = text, type = "input" }, input.Value.Component, text);
        await SaveAsync(item, blur, "blur", new { type = "blur" }, Shown(item, current), text, null, before);
    }

    private async Task SaveAsync(string item, (int Component, ulong Handler)? target, string eventName, object args, string? value, string? evidence,
        string? fieldValue, int? outcomesBefore = null)
    {
        var p = page!;
        var itemComponent = p.Find("data-item", item);
        if (target is null || itemComponent is null) { stats.Error("page", $"{item}: input not found"); return; }
        var before = outcomesBefore ?? p.OutcomeCount(itemComponent.Value);
        ledger.Sent(who.ResponseId, item, value, evidence);
        onPage[item] = (value, evidence);
        var clock = Stopwatch.StartNew();
        try { await p.DispatchAsync(target.Value.Handler, eventName, args, fieldValue is null ? null : target.Value.Component, fieldValue); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Unconfirmed("send", e.Message);
            return;
        }
        // The outcome is the render in which the item's count of ended saves goes up, whatever its state was before.
        var settled = await p.WaitAsync(() => p.OutcomeAfter(itemComponent.Value, before) is not null, SaveTimeout);
        var (_, state, version) = p.OutcomeAfter(itemComponent.Value, before) ?? new(0, "", 0);
        if (state == "saved")
        {
            stats.Latency(clock.Elapsed.TotalMilliseconds);
            ledger.Acknowledged(who.ResponseId, item, value, evidence, version);
            stats.Count("saves acknowledged");
        }
        else if (!settled)
            Unconfirmed("no outcome", p.Error ?? $"{who.UserName} {item} ({eventName} {value}, {before} saves ended before): no outcome in {SaveTimeout.TotalSeconds} s; "
                + $"the item's last renders: {p.History(itemComponent.Value)}");
        else
        {
            // The page said the save did not happen (failed, invalid, conflict): it is not in the ledger, and it says so.
            stats.Count($"saves refused on the page ({state})");
            if (!options.ExpectSaveFailures) stats.Error("save " + state, item);
        }
    }

    // The answer the page's inputs hold: the last one sent (refused or unconfirmed saves keep the input), else the last acknowledged.
    private string? Shown(string item, LedgerEntry? e) => onPage.TryGetValue(item, out var p) ? p.Value : e?.Value;

    private string? ShownEvidence(string item, LedgerEntry? e) => onPage.TryGetValue(item, out var p) ? p.Evidence : e?.Evidence;

    private void Unconfirmed(string kind, string detail)
    {
        if (options.ExpectOutages) stats.Count("saves cut off by an outage");
        else stats.Error(kind, detail);
    }

    private async Task ReloadAsync(CancellationToken cancel)
    {
        await page!.LeaveAsync(http!);
        page = null;
        stats.Count("reloads");
        if (!await OpenAsync(DateTime.UtcNow.AddSeconds(60), cancel)) return;
        CheckAcknowledgedShown("reload");
    }

    /// <summary>
    /// The connection dies (the server sees it close) and stays away for longer than the server keeps the page: on
    /// return the server must have dropped it, and the page loaded again must show every acknowledged answer saved.
    /// (What was typed meanwhile is the browser tab's to keep: the questionnaire's own test covers that.)
    /// </summary>
    private async Task CutAsync(CancellationToken cancel)
    {
        var secret = page!.Secret!;
        await page.DropAsync();
        await page.DisposeAsync();
        page = null;
        stats.Count("connections cut");
        await Task.Delay(TimeSpan.FromSeconds(options.RetentionSeconds + 5), cancel);
        if (await BlazorCircuit.RejoinAsync(cookies!, baseUrl, secret, cancel))
            stats.Error("cut", $"{who.UserName}: the server still had the page {options.RetentionSeconds + 5:F0} s after the connection was cut");
        else stats.Count("rejoins refused after a cut (page gone)");
        if (!await OpenAsync(DateTime.UtcNow.AddSeconds(60), cancel)) return;
        CheckAcknowledgedShown("cut");
        stats.Count("pages loaded again after a cut");
    }

    // The page must show every answer this respondent saw acknowledged as saved.
    private void CheckAcknowledgedShown(string after)
    {
        foreach (var item in radioItems.Where(i => ledger.Get(who.ResponseId, i) is { Acknowledged: > 0 }))
            if (page!.Find("data-item", item) is { } c && page.Attribute(c, "data-state") != "saved")
                stats.Error(after, $"{who.UserName} {item}: acknowledged but shown as {page.Attribute(c, "data-state")}");
    }

    private async Task SubmitAsync()
    {
        var p = page!;
        var submit = p.FindHandler(a => a.TryGetValue("data-testid", out var t) && t.Value == "submit", "click");
        if (submit is null) return;
        var batches = p.BatchesReceived;
        await p.DispatchAsync(submit.Value.Handler, "click", new { detail = 1, button = 0, type = "click" });
        if (await p.WaitAsync(() => p.BatchesReceived > batches, SaveTimeout)) stats.Count("submits answered");
        else stats.Error("submit", "no answer");
    }
}
