using Assessment.Data.Database;
using Dapper;

namespace Assessment.LoadDriver;

/// <summary>
/// What one item holds as the page last confirmed it and the answer's version the page then showed (data-version), how
/// many saves of it were sent and confirmed, and what was sent since the last confirmation.
/// </summary>
public sealed record LedgerEntry(string? Value, string? Evidence, long Version, int Acknowledged, int Sent, IReadOnlyList<(string? Value, string? Evidence)> SentSince);

/// <summary>
/// Every save the app acknowledged (the item's state turned "saved" on the page after the save was sent), and every
/// save sent but not acknowledged (the server died, the connection dropped, the disk was full): those may or may not be
/// in the database. After the run it is compared with the answers table, exactly: each answer's version is the last
/// acknowledged one and holds what that save sent, or is higher by no more than the saves sent after it and holds one
/// of them; a lower version or other content is lost, more versions than saves sent is a save applied twice.
/// </summary>
public sealed class Ledger
{
    private readonly object gate = new();
    private readonly Dictionary<(long Response, string Item), LedgerEntry> entries = new();

    public LedgerEntry? Get(long response, string item)
    {
        lock (gate) return entries.GetValueOrDefault((response, item));
    }

    public void Sent(long response, string item, string? value, string? evidence)
    {
        lock (gate)
        {
            var e = entries.GetValueOrDefault((response, item)) ?? new LedgerEntry(null, null, 0, 0, 0, []);
            entries[(response, item)] = e with { Sent = e.Sent + 1, SentSince = [.. e.SentSince, (value, evidence)] };
        }
    }

    public void Acknowledged(long response, string item, string? value, string? evidence, long version)
    {
        lock (gate)
        {
            var e = entries[(response, item)];
            entries[(response, item)] = e with { Value = value, Evidence = evidence, Version = version, Acknowledged = e.Acknowledged + 1, SentSince = [] };
        }
    }

    public int AcknowledgedCount
    {
        get { lock (gate) return entries.Values.Sum(e => e.Acknowledged); }
    }

    public IReadOnlyDictionary<(long Response, string Item), LedgerEntry> Snapshot()
    {
        lock (gate) return new Dictionary<(long, string), LedgerEntry>(entries);
    }

    public sealed record Verdict(int Checked, int Lost, int Duplicated, IReadOnlyList<string> Examples);

    /// <summary>Compares a ledger (the whole run's, or a snapshot taken earlier) with a database (a SQLite file or a postgres:// URL).</summary>
    public static Verdict Compare(IReadOnlyDictionary<(long Response, string Item), LedgerEntry> ledger, string database, bool laterSavesAllowed = false)
    {
        using var db = RunSetup.OpenDatabase(database);
        return Compare(ledger, db, laterSavesAllowed);
    }

    public static Verdict Compare(IReadOnlyDictionary<(long Response, string Item), LedgerEntry> ledger, AssessmentDb db, bool laterSavesAllowed = false)
    {
        using var connection = db.OpenRead();
        // An array: SQLite's IN @list is expanded by Dapper, PostgreSQL's = ANY(@list) takes it as one parameter.
        var responses = ledger.Keys.Select(k => k.Response).Distinct().ToArray();
        var rows = connection.Query<(long ResponseId, string ItemId, string? Value, string? EvidenceText, long Version)>(
            $"SELECT response_id, item_id, value, evidence_text, version FROM answers WHERE {db.Dialect.In("response_id", "@responses")}", new { responses })
            .ToDictionary(r => (r.ResponseId, r.ItemId));
        int lost = 0, duplicated = 0, checkedCount = 0;
        var examples = new List<string>();
        foreach (var (key, e) in ledger)
        {
            if (e.Acknowledged == 0) continue;
            checkedCount++;
            // No row is version 0 holding nothing (a save of an empty answer is acknowledged with version 0).
            var stored = rows.TryGetValue(key, out var row);
            var (value, evidence, version) = stored ? (row.Value, row.EvidenceText, row.Version) : (null, null, 0L);
            var later = version - e.Version;
            var verdict =
                e.Version < 0 ? "lost" // the page showed no version with its "saved": nothing to tie the acknowledgement to
                : later < 0 ? "lost"
                : later == 0 ? (value == e.Value && evidence == e.Evidence ? "ok" : "lost")
                // Higher: saves sent after the last acknowledged one, unacknowledged (in flight when the server died,
                // or reported as failed), may be there, at most as many as were sent; a backup begun after the ledger's
                // snapshot may hold any later save.
                : laterSavesAllowed ? "ok"
                : later > e.SentSince.Count ? "duplicated"
                : e.SentSince.Any(s => s.Value == value && s.Evidence == evidence) ? "ok" : "lost";
            if (verdict == "ok") continue;
            if (verdict == "lost") lost++;
            else duplicated++;
            if (examples.Count < 10)
                examples.Add($"response {key.Response} item {key.Item}: {verdict}: acknowledged v{e.Version} '{e.Value}'/'{e.Evidence}' ({e.Acknowledged} acknowledged, "
                    + $"{e.SentSince.Count} sent after), database {(!stored ? "no row" : $"v{version} '{value}'/'{evidence}'")}");
        }
        return new Verdict(checkedCount, lost, duplicated, examples);
    }

    /// <summary>What an integrity check says on PostgreSQL: there is no database file of the app's to check.</summary>
    public const string NoFileToCheck = "not run (PostgreSQL: no database file; the server checks its own pages)";

    /// <summary>SQLite's integrity_check of the file ("ok" when whole), or <see cref="NoFileToCheck"/>.</summary>
    public static string IntegrityCheck(string database)
    {
        using var db = RunSetup.OpenDatabase(database);
        return IntegrityCheck(db);
    }

    public static string IntegrityCheck(AssessmentDb db)
    {
        if (db.Path is null) return NoFileToCheck;
        using var connection = db.OpenRead();
        return string.Join("; ", connection.Query<string>("PRAGMA integrity_check"));
    }

    public static bool IntegrityOk(string integrity) => integrity is "ok" or NoFileToCheck;
}
