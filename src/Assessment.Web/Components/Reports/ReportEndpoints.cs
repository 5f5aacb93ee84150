using Assessment.Data.Database;
using Assessment.Data.Exports;
using Assessment.Web.Localization;
using Assessment.Web.Reports;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Microsoft.AspNetCore.Components.Authorization;

namespace Assessment.Web.Components.Reports;

/// <summary>
/// Downloads behind the dashboard pages' report and export buttons (ReportLinks). The services decide who may have
/// what (ReportService through DashboardService; exports need ViewResults and a round the person may see); these
/// endpoints only translate their refusals into 403 and 404. They live with the report components because they
/// render them (ReportRenderer), while the components read the models in Reports.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReportEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/reports").RequireAuthorization(nameof(Permission.ViewDashboards));
        reports.MapGet("/{roundId:long}/comparative.{format}", (long roundId, string format, string? lang, HttpContext http) =>
            Respond(http, format, lang, ReportKind.Comparative, $"round-{roundId}-comparative", async (service, definition, renderer) =>
                await renderer.RenderAsync(await service.ComparativeAsync(roundId, definition))));
        reports.MapGet("/{roundId:long}/jurisdiction/{code}.{format}", (long roundId, string code, string format, string? lang, HttpContext http) =>
            Respond(http, format, lang, ReportKind.Jurisdiction, $"round-{roundId}-{ReportFileName.Safe(code)}", async (service, definition, renderer) =>
                await renderer.RenderAsync(await service.JurisdictionAsync(roundId, code, definition))));

        app.MapGet("/exports/{roundId:long}.xlsx", async (long roundId, HttpContext http, TimeProvider time) =>
        {
            if (await Refusal(http, roundId) is { } refused) return refused;
            var tables = ResearchExport.Tables(http.RequestServices.GetRequiredService<AssessmentDb>(), roundId, time.GetUtcNow());
            var bytes = new MemoryStream();
            ExportWriters.WriteXlsx(tables, bytes);
            return Results.File(bytes.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"round-{roundId}.xlsx");
        }).RequireAuthorization(nameof(Permission.ViewResults));
    }

    private static async Task<IResult> Respond(HttpContext http, string format, string? lang, ReportKind kind, string name,
        Func<ReportService, ReportDefinition, ReportRenderer, Task<string>> render)
    {
        if (format is not ("html" or "pdf")) return Results.NotFound();
        SignIn(http);
        var language = lang is "en" ? "en" : lang is "zh" ? "zh" : UiCultureLanguage();
        var printer = http.RequestServices.GetRequiredService<PdfPrinter>();
        if (format == "pdf" && !printer.IsAvailable) return Results.Problem(ReportTexts.NoChromium.For(language), statusCode: 503);
        try
        {
            var definition = ReportDefinitionFiles.Shipped(kind, language);
            await using var renderer = new ReportRenderer();
            var html = await render(http.RequestServices.GetRequiredService<ReportService>(), definition, renderer);
            var file = $"{name}-{language}.{format}";
            if (format == "html") return Results.File(System.Text.Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", file);
            var pdf = await printer.PrintAsync(html, definition.Culture, http.RequestAborted);
            return Results.File(pdf, "application/pdf", file);
        }
        catch (ForbiddenException e) { return Results.Problem(e.Message, statusCode: 403); }
        catch (ArgumentException e) { return Results.Problem(e.Message, statusCode: 404); }
        catch (ReportDefinitionException e) { return Results.Problem(e.Message, statusCode: 500); }
        catch (FileNotFoundException e) { return Results.Problem(e.Message, statusCode: 500); }
    }

    // A round the person may see (DashboardService's rule), and rater-level data only for those who read results.
    private static async Task<IResult?> Refusal(HttpContext http, long roundId)
    {
        SignIn(http);
        try
        {
            await http.RequestServices.GetRequiredService<CurrentUser>().RequireAsync(Permission.ViewResults);
            await http.RequestServices.GetRequiredService<DashboardService>().RoundAsync(roundId);
            return null;
        }
        catch (ForbiddenException e) { return Results.Problem(e.Message, statusCode: 403); }
        catch (ArgumentException e) { return Results.Problem(e.Message, statusCode: 404); }
    }

    // Outside Blazor's rendering the authentication state is not set for the request: the services read the
    // signed-in person through it, so hand it the request's user.
    private static void SignIn(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
    }

    private static string UiCultureLanguage() => UiCulture.HtmlLang == "en" ? "en" : "zh";
}
