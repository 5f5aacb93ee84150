using Microsoft.Playwright;

namespace Assessment.Benchmarks.Pages;

/// <summary>A README screenshot: the page at a path, as seen by an account, checked to show its marker; the viewport,
/// taller where the marker (a chart) runs below it.</summary>
public sealed record Screenshot(string FileName, DemoAccount Account, string Path, string Marker, bool ShowMarkerWhole = false);

public static class PageScreenshots
{
    /// <summary>Screenshots 1366 wide (the contexts' viewport is 1366x800), once the circuit is up, the network quiet and the fonts loaded.</summary>
    public static async Task TakeAsync(DemoSessions sessions, IEnumerable<Screenshot> shots, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var shot in shots)
        {
            var context = await sessions.NewContextAsync(shot.Account);
            try
            {
                var page = await context.NewPageAsync();
                // Until interactive and the network quiet: the interactive render attaches the theme stylesheet again.
                await (await PageLoadMeter.AttachAsync(page)).LoadAsync(shot.Path, shot.Marker);
                await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
                // The top of the page, without the focus ring navigation puts on the heading. The questionnaire opens
                // at the item saved last, and the layout may scroll a body element rather than the window.
                await page.EvaluateAsync("""
                    () => {
                        document.activeElement?.blur();
                        for (const e of [document.scrollingElement, ...document.querySelectorAll('*')]) if (e && e.scrollTop > 0) e.scrollTop = 0;
                    }
                    """);
                if (shot.ShowMarkerWhole) await GrowViewportToShowAsync(page, shot.Marker);
                var file = Path.Combine(folder, shot.FileName);
                await page.ScreenshotAsync(new() { Path = file, Animations = ScreenshotAnimations.Disabled });
                Console.WriteLine($"  {file}");
            }
            finally
            {
                await context.CloseAsync();
            }
        }
    }

    /// <summary>
    /// Grows the viewport (never the width) down to the bottom of the marker's panel: the nearest enclosing boxes that
    /// end less than 200 px below the marker (its card, its row of cards), not the whole page. Not Playwright's
    /// FullPage: the layout may scroll a body element inside a viewport-high document, and a long page (the profile's
    /// item tables) would make a picture too tall for a README.
    /// </summary>
    private static async Task GrowViewportToShowAsync(IPage page, string marker)
    {
        var bottom = await page.EvaluateAsync<int>("""
            selector => {
                const marker = document.querySelector(selector);
                const own = marker.getBoundingClientRect().bottom;
                let bottom = own;
                for (let e = marker.parentElement; e && e.getBoundingClientRect().bottom - own < 200; e = e.parentElement)
                    bottom = Math.max(bottom, e.getBoundingClientRect().bottom);
                return Math.ceil(bottom);
            }
            """, marker);
        var size = page.ViewportSize!;
        if (bottom + 24 <= size.Height) return;
        await page.SetViewportSizeAsync(size.Width, bottom + 24);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
