using System.Globalization;
using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Components.Pages.Audit;

/// <summary>
/// The audit CSV as a plain GET, so a trail of millions of rows streams to the browser's download instead of
/// passing through the circuit. The account is read from the store on each request, as the services do. It sits
/// beside the page whose export button links here: it calls AuditService, and the services use Security (in Security
/// it closed a namespace cycle).
/// </summary>
public static class AuditEndpoints
{
    public const string ExportPath = "/audit/export.csv";

    public static void MapAuditEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet(ExportPath, async (HttpContext http, AccountStore accounts, AuditQuery query) =>
        {
            var requester = http.User.AccountId() is { } id ? accounts.Find(id) : null;
            if (requester is null || !requester.Allows(Permission.ViewAudit)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            var filter = Filter(http.Request.Query);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
            // CsvHelper writes synchronously; on a pool thread (Task.Run) that is allowed for this one response, and
            // the 64 KiB writer flushes to the client as it fills, so memory stays flat whatever the trail's size.
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
            await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
            await Task.Run(() => AuditService.Export(requester, query, filter, writer));
            await writer.FlushAsync();
            return Results.Empty;
        });

    /// <summary>The page's filters as query parameters; values that do not parse are left out, never an error page.</summary>
    public static AuditFilter Filter(IQueryCollection q) => new(
        Actor: q["actor"].FirstOrDefault(),
        Entity: q["entity"].FirstOrDefault(),
        From: DateTimeOffset.TryParse(q["from"].FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from) ? from : null,
        To: DateTimeOffset.TryParse(q["to"].FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var to) ? to : null,
        RoundId: long.TryParse(q["round"].FirstOrDefault(), CultureInfo.InvariantCulture, out var round) && round > 0 ? round : null,
        JurisdictionCode: q["jurisdiction"].FirstOrDefault());

    /// <summary>The export link for a filter (the inverse of <see cref="Filter"/>).</summary>
    public static string LinkFor(AuditFilter f)
    {
        var parts = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{key}={Uri.EscapeDataString(value)}"); }
        Add("actor", f.Actor);
        Add("entity", f.Entity);
        Add("from", f.From?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        Add("to", f.To?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
        Add("round", f.RoundId?.ToString(CultureInfo.InvariantCulture));
        Add("jurisdiction", f.JurisdictionCode);
        return parts.Count == 0 ? ExportPath : ExportPath + "?" + string.Join('&', parts);
    }
}
