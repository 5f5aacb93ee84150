using System.Diagnostics;
using System.Globalization;
using Assessment.Data.Scores;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports;
using Assessment.Web.Reports.Definitions;
using UglyToad.PdfPig;

namespace Assessment.Web.Tests.Reports;

/// <summary>
/// The shipped reports printed by Debian's Chromium: the PDF's text (poppler's pdftotext) holds the four layer names
/// and the engine's composites; its page count is in a sensible range (PdfPig). Page images (pdftoppm) are left in
/// bin/.../report-pages for a person to look at. tests/run installs chromium and poppler-utils when missing.
/// </summary>
public class ReportPdfTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Theory]
    [InlineData("en", 3, 12, "Interface integration", "Process optimization", "Safeguard system", "Value orientation")]
    [InlineData("zh", 3, 12, "界面整合", "流程优化", "保障体系", "价值理念")]
    public async Task The_comparative_pdf_holds_the_layers_and_every_composite(string lang, int minPages, int maxPages, params string[] layers)
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Comparative, lang);
        var pdf = await Print(renderer => fixture.Service().ComparativeAsync(ReportFixture.ExternalRound, definition).ContinueWith(t => renderer.RenderAsync(t.Result)).Unwrap(), definition, $"comparative-{lang}");

        Assert.InRange(Pages(pdf), minPages, maxPages);
        var text = Text(pdf);
        foreach (var layer in layers) Assert.Contains(layer, text);
        foreach (var s in RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound))
            Assert.Contains(s.Result.Composite!.Value.ToString("0.0", CultureInfo.InvariantCulture), text);
        Assert.True(PageImages(pdf) >= minPages);
    }

    [Fact]
    public async Task The_jurisdiction_pdf_holds_the_layers_and_its_composite()
    {
        var definition = ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, "zh");
        var pdf = await Print(renderer => fixture.Service().JurisdictionAsync(ReportFixture.ExternalRound, "DEMO-H", definition).ContinueWith(t => renderer.RenderAsync(t.Result)).Unwrap(), definition, "jurisdiction-DEMO-H-zh");

        Assert.InRange(Pages(pdf), 5, 40);
        var text = Text(pdf);
        foreach (var layer in new[] { "界面整合", "流程优化", "保障体系", "价值理念" }) Assert.Contains(layer, text);
        var composite = RoundScores.ForRound(fixture.Demo.Db, ReportFixture.ExternalRound).Single(s => s.JurisdictionCode == "DEMO-H").Result.Composite!.Value;
        Assert.Contains(composite.ToString("0.0", CultureInfo.InvariantCulture), text);
        Assert.Contains("示例数据", text);
        Assert.True(PageImages(pdf) >= 5);
    }

    private static async Task<string> Print(Func<ReportRenderer, Task<string>> render, ReportDefinition definition, string name)
    {
        await using var printer = new PdfPrinter();
        Assert.True(printer.IsAvailable, $"no Chromium at {printer.ChromiumPath}: run tests/run (it installs Debian's chromium)");
        await using var renderer = new ReportRenderer();
        var bytes = await printer.PrintAsync(await render(renderer), definition.Culture);
        var path = Path.Combine(ReportFixture.OutputFolder, name + ".pdf");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private static int Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static string Text(string pdf) => Tool("pdftotext", "-layout", pdf, "-");

    // One PNG per page beside the PDF (name-1.png, name-2.png, ...); returns how many there are.
    private static int PageImages(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        Tool("pdftoppm", "-r", "60", "-png", pdf, prefix);
        return Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "-*.png").Length;
    }

    private static string Tool(string name, params string[] args)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start (tests/run installs poppler-utils)");
        var output = process.StandardOutput.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} failed: {process.StandardError.ReadToEnd()}");
        return output.Result;
    }
}
