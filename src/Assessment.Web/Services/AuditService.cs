using System.Globalization;
using Assessment.Core.Exports;
using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using CsvHelper;

namespace Assessment.Web.Services;

/// <summary>The audit page and its CSV: administrators only (Permission.ViewAudit), checked on every call.</summary>
public sealed class AuditService(CurrentUser currentUser, AuditQuery query)
{
    public const int MaxPageSize = 200;

    public async Task<AuditPage> PageAsync(AuditFilter filter, int offset, int limit)
    {
        await currentUser.RequireAsync(Permission.ViewAudit);
        return query.Page(filter, offset, Math.Min(limit, MaxPageSize));
    }

    public async Task<IReadOnlyList<string>> EntitiesAsync()
    {
        await currentUser.RequireAsync(Permission.ViewAudit);
        return query.Entities();
    }

    /// <summary>
    /// Writes every matching row as CSV for <paramref name="requester"/> (the account behind the HTTP request, read
    /// from the store). Streamed, oldest first; every cell guarded against formula injection (answers are typed by raters).
    /// </summary>
    /// <exception cref="ForbiddenException">The requester may not read the audit trail.</exception>
    public static int Export(Account? requester, AuditQuery query, AuditFilter filter, TextWriter output)
    {
        if (requester is null || !requester.Allows(Permission.ViewAudit))
            throw new ForbiddenException(SecurityTexts.NotAllowed.Localized());
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in new[] { "id", "at", "actor", "entity", "entity_key", "old_value", "new_value", "reason" }) csv.WriteField(column);
        csv.NextRecord();
        var count = 0;
        foreach (var row in query.Stream(filter))
        {
            csv.WriteField(row.Id);
            foreach (var text in new[] { row.At, row.Actor, row.Entity, row.EntityKey, row.OldValue, row.NewValue, row.Reason })
                csv.WriteField(SpreadsheetCell.Neutralise(text));
            csv.NextRecord();
            count++;
        }
        return count;
    }
}
