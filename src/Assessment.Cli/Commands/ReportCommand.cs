using System.CommandLine;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Reports;
using Assessment.Web.Reports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Spectre.Console;

namespace Assessment.Cli.Commands;

/// <summary>
/// <c>report</c>: writes a round's comparative report, or one jurisdiction report per jurisdiction, as HTML or PDF.
/// The command reads as an administrator would (CurrentUser.Operator) through the web app's report service, so the
/// files hold what the dashboards show. Each file is written whole or not at all (ReportFile).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var round = CommonOptions.Round();
        var kind = new Option<string>("--kind") { Required = true, HelpName = "jurisdiction|comparative", Description = "one report per jurisdiction, or one for the round" };
        kind.AcceptOnlyFromAmong("jurisdiction", "comparative");
        var jurisdiction = CommonOptions.Optional("--jurisdiction", "code", "the jurisdiction to report on (--kind jurisdiction)");
        var all = new Option<bool>("--all") { Description = "every jurisdiction of the round (--kind jurisdiction), narrowed by the definition's filter" };
        var format = new Option<string>("--format") { Required = true, HelpName = "html|pdf", Description = "self-contained HTML, or PDF printed by Chromium" };
        format.AcceptOnlyFromAmong("html", "pdf");
        var lang = CommonOptions.Optional("--lang", "zh|en", "the language of the shipped definition (default zh)");
        lang.AcceptOnlyFromAmong("zh", "en");
        var definition = CommonOptions.Optional("--definition", "yaml", "a report definition (default: reports/definitions/<kind>.<lang>.yaml)");
        var output = CommonOptions.Required("--out", "folder", "the folder to write the reports into (created when missing)");
        var chromium = CommonOptions.Optional("--chromium", "path", "the Chromium that prints PDF (default: ASSESSMENT_CHROMIUM, else /usr/bin/chromium)");
        var command = new Command("report", "Write a round's comparative report or its jurisdiction reports (HTML or PDF)")
            { db, round, kind, jurisdiction, all, format, lang, definition, output, chromium };
        command.SetAction(r => Run(new ReportRequest(r.GetValue(db)!, r.GetValue(round), r.GetValue(kind)!, r.GetValue(jurisdiction), r.GetValue(all),
            r.GetValue(format)!, r.GetValue(lang), r.GetValue(definition), r.GetValue(output)!, r.GetValue(chromium)), r.Out(), r.Err()));
        return command;
    }

    public sealed record ReportRequest(string Db, long Round, string Kind, string? Jurisdiction, bool All, string Format, string? Lang, string? Definition, string Out, string? Chromium = null)
    {
        public string ChromiumPath => Chromium ?? PdfPrinter.DefaultPath;
    }

    public static int Run(ReportRequest request, TextWriter stdout, TextWriter stderr)
    {
        var kind = request.Kind == "jurisdiction" ? ReportKind.Jurisdiction : ReportKind.Comparative;
        if (kind == ReportKind.Jurisdiction && (request.Jurisdiction is null) == !request.All)
            return Usage(stderr, "report: --kind jurisdiction needs either --jurisdiction <code> or --all");
        if (kind == ReportKind.Comparative && (request.Jurisdiction is not null || request.All))
            return Usage(stderr, "report: --jurisdiction and --all go with --kind jurisdiction only");
        if (request.Format == "pdf" && !File.Exists(request.ChromiumPath))
            return Usage(stderr, $"report: {ReportTexts.NoChromium.En} (looked for {request.ChromiumPath}; install Debian's chromium or name it with --chromium)");

        ReportDefinition definition;
        try
        {
            definition = request.Definition is { } file ? ReportDefinitionLoader.Load(file) : ReportDefinitionFiles.Shipped(kind, request.Lang ?? "zh");
        }
        catch (ReportDefinitionException e)
        {
            foreach (var located in e.Problems) stderr.WriteLine(located);
            return 2;
        }
        catch (FileNotFoundException e) { return Usage(stderr, $"report: {e.Message}"); }
        if (definition.Kind != kind) return Usage(stderr, $"{definition.File}: a {definition.Kind.ToString().ToLowerInvariant()} report definition, but --kind is {request.Kind}");
        if (request.Lang is { } l && l != definition.Language) return Usage(stderr, $"{definition.File}: written in {definition.Language}, but --lang is {l}");

        using var db = Store.Open(request.Db, stderr);
        if (db is null) return 2;
        if (new RoundStore(db).Find(request.Round) is null) return Usage(stderr, $"{request.Db}: no round has id {request.Round}");
        if (OutputFolder(request.Out) is { } problem) return Usage(stderr, $"report: cannot write to {request.Out}: {problem}");

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += stop;
        try
        {
            return new ReportBatch(db, definition, request.Format, request.Out).RunAsync(request, kind, stdout, stderr, cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("report: stopped; every file written is whole; those in progress were not written");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= stop;
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return 2;
    }

    // The folder exists or can be made, and a file can be created in it: checked before any report is rendered.
    private static string? OutputFolder(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return e.Message; }
    }
}

/// <summary>One run of the report command: renders with one renderer and, for PDF, one browser for the whole batch.</summary>
internal sealed class ReportBatch(AssessmentDb db, ReportDefinition definition, string format, string folder)
{
    public async Task<int> RunAsync(ReportCommand.ReportRequest request, ReportKind kind, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        var user = CurrentUser.Operator(new AccountStore(db));
        var dashboards = new DashboardService(user, db);
        var service = new ReportService(dashboards, new SelfVsExternalService(user, db), new MethodQualityService(user, db, dashboards), db, TimeProvider.System);
        await using var renderer = new ReportRenderer();
        await using var printer = format == "pdf" ? new PdfPrinter(request.ChromiumPath) : null;
        try
        {
            if (kind == ReportKind.Comparative)
            {
                cancellation.ThrowIfCancellationRequested();
                var path = await WriteAsync($"round-{request.Round}-comparative", await renderer.RenderAsync(await service.ComparativeAsync(request.Round, definition)), printer, cancellation);
                stdout.WriteLine(path);
                return 0;
            }
            var codes = request.All ? await service.JurisdictionsAsync(request.Round, definition) : [request.Jurisdiction!];
            if (ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected && codes.Count > 1)
            {
                await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask($"{codes.Count} {format} reports", maxValue: codes.Count);
                        await EachJurisdictionAsync(request.Round, codes, renderer, service, printer, (_, _) => task.Increment(1), stdout, cancellation);
                    });
            }
            else
            {
                await EachJurisdictionAsync(request.Round, codes, renderer, service, printer,
                    (code, written) => { if (codes.Count > 1) stderr.WriteLine($"[{written}/{codes.Count}] {code}"); }, stdout, cancellation);
            }
            return 0;
        }
        catch (ForbiddenException e) { stderr.WriteLine($"report: {e.Message}"); return 2; }
        catch (ArgumentException e) { stderr.WriteLine($"report: {e.Message}"); return 2; }
    }

    // HTML files are written in order, one at a time; PDFs print PdfPrinter.PrintsAtOnce at a time (ReportPipeline).
    private async Task EachJurisdictionAsync(long round, IReadOnlyList<string> codes, ReportRenderer renderer, ReportService service,
        PdfPrinter? printer, Action<string, int> written, TextWriter stdout, CancellationToken cancellation)
    {
        var count = 0;
        var report = new Lock();
        await ReportPipeline.RunAsync(codes,
            async code => await renderer.RenderAsync(await service.JurisdictionAsync(round, code, definition)),
            async (code, html) =>
            {
                var path = await WriteAsync($"round-{round}-{ReportFileName.Safe(code)}", html, printer, cancellation);
                lock (report)
                {
                    stdout.WriteLine(path);
                    written(code, ++count);
                }
            },
            printer is null ? 1 : PdfPrinter.PrintsAtOnce, cancellation);
    }

    private async Task<string> WriteAsync(string name, string html, PdfPrinter? printer, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        var path = Path.Combine(folder, $"{name}-{definition.Language}.{format}");
        if (printer is null) await ReportFile.WriteAsync(path, html, cancellation);
        else await ReportFile.WriteAsync(path, await printer.PrintAsync(html, definition.Culture, cancellation), cancellation);
        return path;
    }
}
