using System.Globalization;
using Assessment.Core.Accounts;
using Assessment.Core.Exports;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using CsvHelper;
using CsvHelper.Configuration;
using Dapper;

namespace Assessment.Data.Accounts;

/// <summary>A new account and the one-time password to hand over; the password exists only here, never stored.</summary>
public sealed record IssuedPassword(string UserName, string DisplayName, string Role, string? JurisdictionCode, string? Email, string OneTimePassword);

public sealed record ProvisioningResult(IReadOnlyList<IssuedPassword> Issued, IReadOnlyList<ImportProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// Bulk provisioning for a self-assessment campaign: a CSV of <c>user_name,display_name,role,jurisdiction_code[,email]</c>
/// becomes accounts with one-time passwords, all or nothing; every bad line is reported with its line number.
/// </summary>
public static class AccountProvisioning
{
    public static readonly string[] Columns = ["user_name", "display_name", "role", "jurisdiction_code", "email"];

    public static ProvisioningResult Import(AssessmentDb db, TextReader reader, string actor)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, DetectDelimiter = false };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
            return Refused(new ImportProblem(1, "the file is empty: expected the header " + string.Join(",", Columns)));
        var header = csv.HeaderRecord.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Columns) && !header.SequenceEqual(Columns[..4]))
            return Refused(new ImportProblem(1, $"header is '{string.Join(",", header)}'; expected {string.Join(",", Columns)} (email may be left out)"));

        var jurisdictions = new JurisdictionStore(db).List().Select(j => j.Code).ToHashSet(StringComparer.Ordinal);
        HashSet<string> taken;
        using (var c = db.OpenRead()) taken = c.Query<string>("SELECT normalized_user_name FROM accounts").ToHashSet(StringComparer.Ordinal);
        var problems = new List<ImportProblem>();
        var rows = new List<NewAccount>();
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var previousEnd = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = previousEnd + 1;
            previousEnd = csv.Parser.RawRow;
            var f = csv.Parser.Record ?? [];
            if (f.Length == 1 && string.IsNullOrWhiteSpace(f[0])) continue;
            if (f.Length != header.Length) { problems.Add(new ImportProblem(line, $"has {f.Length} field(s), the header has {header.Length}")); continue; }
            var userName = f[0].Trim();
            var displayName = f[1].Trim();
            var role = RoleNames.Parse(f[2]);
            var jurisdiction = f[3].Trim() is { Length: > 0 } j ? j : null;
            var email = f.Length > 4 && f[4].Trim() is { Length: > 0 } e ? e : null;
            var normalized = UserName.Normalize(userName);
            var error = (userName, displayName) switch
            {
                ({ Length: 0 }, _) => "column user_name: empty",
                ({ Length: > 64 }, _) => "column user_name: longer than 64 characters",
                _ when userName.Any(ch => char.IsControl(ch) || char.IsWhiteSpace(ch)) => "column user_name: spaces or control characters",
                (_, { Length: 0 }) => "column display_name: empty",
                (_, { Length: > 100 }) => "column display_name: longer than 100 characters",
                _ when role is null => $"column role: '{f[2].Trim()}' is not one of {string.Join(", ", RoleNames.Typed)}",
                _ when role.Value.Role == Roles.SelfAssessor && jurisdiction is null => "column jurisdiction_code: a self-assessor needs one",
                _ when role.Value.Role != Roles.SelfAssessor && jurisdiction is not null => "column jurisdiction_code: only a self-assessor has one",
                _ when jurisdiction is not null && !jurisdictions.Contains(jurisdiction) => $"column jurisdiction_code: '{jurisdiction}' is not a known jurisdiction",
                _ when email is not null && (email.Length > 254 || !email.Contains('@')) => $"column email: '{email}' is not an e-mail address",
                _ when taken.Contains(normalized) => $"column user_name: '{userName}' is taken",
                _ when inFile.TryGetValue(normalized, out var first) => $"column user_name: '{userName}' is already on line {first}",
                _ => null,
            };
            if (error is not null) { problems.Add(new ImportProblem(line, error)); continue; }
            inFile[normalized] = line;
            rows.Add(new NewAccount(userName, displayName, role!.Value.Role, role.Value.IsLead, jurisdiction, MustChangePassword: true, Email: email));
        }
        if (problems.Count > 0) return Refused([.. problems]);
        if (rows.Count == 0) return Refused(new ImportProblem(2, "no accounts: the file has only its header"));

        var passwords = rows.Select(_ => OneTimePassword.New()).ToArray();
        // Hashing is nearly all the cost; it needs no database and runs on every core.
        var hasher = PasswordHashing.OneTime();
        var hashes = passwords.AsParallel().AsOrdered().Select(p => hasher.HashPassword(PasswordHashing.Anyone, p)).ToArray();
        new AccountStore(db).CreateMany(rows.Select((r, i) => r with { PasswordHash = hashes[i] }).ToList(), actor);
        return new ProvisioningResult(
            rows.Select((r, i) => new IssuedPassword(r.UserName, r.DisplayName, RoleNames.Of(r.Role, r.IsLead), r.JurisdictionCode, r.Email, passwords[i])).ToList(), []);
    }

    /// <summary>The one-time passwords for distribution: the same columns as the import, plus the password.</summary>
    public static void WritePasswords(IEnumerable<IssuedPassword> issued, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns.Append("one_time_password")) csv.WriteField(column);
        csv.NextRecord();
        foreach (var p in issued)
        {
            // Names and e-mails were typed by people: neutralised so a spreadsheet shows them rather than runs them.
            csv.WriteField(SpreadsheetCell.Neutralise(p.UserName)); csv.WriteField(SpreadsheetCell.Neutralise(p.DisplayName)); csv.WriteField(p.Role);
            csv.WriteField(SpreadsheetCell.Neutralise(p.JurisdictionCode)); csv.WriteField(SpreadsheetCell.Neutralise(p.Email)); csv.WriteField(p.OneTimePassword);
            csv.NextRecord();
        }
        csv.Flush();
    }

    private static ProvisioningResult Refused(params ImportProblem[] problems) => new([], problems);
}
