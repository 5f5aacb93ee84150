using System.Diagnostics;
using Assessment.Benchmarks.Dashboards;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Scores;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Benchmarks.Reports;

/// <summary>
/// Reports at national scale: the published round of 3,351 divisions x the full external instrument x 3 raters
/// (NationalRoundFolder). Times the comparative report to HTML (scoring from the database included), then a batch
/// of jurisdiction reports to HTML and to PDF through one renderer and one Chromium, as the report command runs
/// them, and states each batch as a rate and the time it implies for all 3,351. Floors from the same run: scoring
/// the round alone (RoundScores.ForRound), and printing a one-line page in the same browser.
/// </summary>
public static class ReportBenchmarks
{
    public static async Task RunAsync(string[] args)
    {
        var htmlSample = Option(args, "--html", 200);
        var pdfSample = Option(args, "--pdf", 20);
        Console.WriteLine("building the national round (3,351 divisions x 3 raters)...");
        var national = NationalRoundFolder.Create();
        try
        {
            using var db = AssessmentDb.Open(Path.Combine(national.Folder, "assessment.db"));
            var user = CurrentUser.Operator(new AccountStore(db));
            var dashboards = new DashboardService(user, db);
            var service = new ReportService(dashboards, new SelfVsExternalService(user, db), new MethodQualityService(user, db, dashboards), db, TimeProvider.System);
            await using var renderer = new ReportRenderer();
            var comparative = ReportDefinitionFiles.Shipped(ReportKind.Comparative, "zh");
            var jurisdiction = ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, "zh");

            var floorScore = Stopwatch.StartNew();
            RoundScores.ForRound(db, national.RoundId);
            floorScore.Stop();

            var clock = Stopwatch.StartNew();
            var model = await service.ComparativeAsync(national.RoundId, comparative);
            var modelTime = clock.Elapsed;
            var html = await renderer.RenderAsync(model);
            clock.Stop();
            Console.WriteLine($"comparative report, {national.Jurisdictions:N0} jurisdictions, to HTML: {clock.Elapsed.TotalSeconds:F2} s " +
                $"(scores and model {modelTime.TotalSeconds:F2} s, rendering {(clock.Elapsed - modelTime).TotalSeconds:F2} s), {html.Length / 1024.0 / 1024:F1} MiB; " +
                $"floor: scoring the round alone {floorScore.Elapsed.TotalSeconds:F2} s; target < 10 s: {(clock.Elapsed.TotalSeconds < 10 ? "met" : "NOT met")}");

            var codes = (await service.JurisdictionsAsync(national.RoundId, jurisdiction)).ToList();
            var htmlCodes = Spread(codes, htmlSample);
            clock.Restart();
            foreach (var code in htmlCodes) await renderer.RenderAsync(await service.JurisdictionAsync(national.RoundId, code, jurisdiction));
            clock.Stop();
            var htmlRate = htmlCodes.Count / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"jurisdiction reports to HTML: {htmlCodes.Count} in {clock.Elapsed.TotalSeconds:F2} s = {htmlRate:F1}/s; all {codes.Count:N0}: {codes.Count / htmlRate / 60:F1} min");

            await using var printer = new PdfPrinter();
            if (!printer.IsAvailable) { Console.WriteLine($"no Chromium at {printer.ChromiumPath}: PDF not measured"); return; }
            await printer.PrintAsync("<!DOCTYPE html><p>warm-up</p>", "zh-CN");
            var floorPdf = Stopwatch.StartNew();
            for (var i = 0; i < 5; i++) await printer.PrintAsync("<!DOCTYPE html><p>floor</p>", "zh-CN");
            floorPdf.Stop();
            var pdfCodes = Spread(codes, pdfSample);
            clock.Restart();
            await ReportPipeline.RunAsync(pdfCodes,
                async code => await renderer.RenderAsync(await service.JurisdictionAsync(national.RoundId, code, jurisdiction)),
                (_, html) => printer.PrintAsync(html, jurisdiction.Culture), PdfPrinter.PrintsAtOnce, CancellationToken.None);
            clock.Stop();
            var pdfRate = pdfCodes.Count / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"jurisdiction reports to PDF (one Chromium, {PdfPrinter.PrintsAtOnce} at once): {pdfCodes.Count} in {clock.Elapsed.TotalSeconds:F2} s = {pdfRate:F2}/s; all {codes.Count:N0}: {codes.Count / pdfRate / 60:F1} min " +
                $"(target < 30 min: {(codes.Count / pdfRate / 60 < 30 ? "met" : "NOT met")}); floor: a one-line page {floorPdf.Elapsed.TotalMilliseconds / 5:F0} ms per PDF");
        }
        finally
        {
            national.Delete();
        }
    }

    // Every k-th jurisdiction, so a sample mixes provinces, prefectures and counties as the whole round does.
    private static List<string> Spread(IReadOnlyList<string> codes, int count) =>
        count >= codes.Count ? codes.ToList() : Enumerable.Range(0, count).Select(i => codes[i * codes.Count / count]).ToList();

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) && n > 0 ? n : fallback;
    }
}
