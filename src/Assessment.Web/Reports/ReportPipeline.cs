namespace Assessment.Web.Reports;

/// <summary>
/// A batch of reports: rendered to HTML one after another, then finished (printed and written) up to
/// <c>atOnce</c> at a time. Printing in Chromium is the slow step (a second or two per report, against about 90
/// HTML renders a second), and Chromium prints each tab in its own renderer process, so a second print in flight
/// uses the second core. Used by the report command and its benchmark, so the benchmark times what users run.
/// </summary>
public static class ReportPipeline
{
    public static async Task RunAsync<T>(IEnumerable<T> items, Func<T, Task<string>> render, Func<T, string, Task> finish,
        int atOnce, CancellationToken cancellation)
    {
        using var slots = new SemaphoreSlim(atOnce);
        var inFlight = new List<Task>();
        foreach (var item in items)
        {
            await slots.WaitAsync(cancellation);
            string html;
            try { html = await render(item); }
            catch { slots.Release(); throw; }
            inFlight.Add(FinishAsync(item, html));
        }
        await Task.WhenAll(inFlight);

        async Task FinishAsync(T item, string html)
        {
            try { await Task.Run(() => finish(item, html), cancellation); }
            finally { slots.Release(); }
        }
    }
}
