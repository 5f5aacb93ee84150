using Assessment.Data.Database;
using Dapper;

namespace Assessment.LoadDriver;

/// <summary>What one item holds as the page last confirmed it, and how many saves of it were sent and confirmed.</summary>
public sealed record LedgerEntry(string? Value, string? Evidence, int Acknowledged, int Sent, IReadOnlyList<(string? Value, string? Evidence)> SentSince);

/// <summary>
/// Every save the app acknowledged (the item's state turned "saved" on the page after the save was sent), and every
/// save sent but not acknowledged (the server died, the connection dropped): those may or may not be in the database.
/// After the run it is compared with the answers table: nothing acknowledged missing or different (lost), and no
/// answer with more versions than saves were sent (a save applied twice).
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
            var e = entries.GetValueOrDefault((response, item)) ?? new LedgerEntry(null, null, 0, 0, []);
            entries[(response, item)] = e with { Sent = e.Sent + 1, SentSince = [.. e.SentSince, (value, evidence)] };
        }
    }

    public void Acknowledged(long response, string item, string? value, string? evidence)
    {
        lock (gate)
        {
            var e = entries[(response, item)];
            entries[(response, item)] = e with { Value = value, Evidence = evidence, Acknowledged = e.Acknowledged + 1, SentSince = [] };
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

    /// <summary>Compares a ledger (the whole run's, or a snapshot taken earlier) with a database file.</summary>
    public static Verdict Compare(IReadOnlyDictionary<(long Response, string Item), LedgerEntry> ledger, string databaseFile, bool laterSavesAllowed = false)
    {
        using var db = AssessmentDb.Open(databaseFile);
        using var connection = db.OpenRead();
        var responses = ledger.Keys.Select(k => k.Response).Distinct().ToList();
        var rows = connection.Query<(long ResponseId, string ItemId, string? Value, string? EvidenceText, long Version)>(
            "SELECT response_id, item_id, value, evidence_text, version FROM answers WHERE response_id IN @responses", new { responses })
            .ToDictionary(r => (r.ResponseId, r.ItemId));
        int lost = 0, duplicated = 0, checkedCount = 0;
        var examples = new List<string>();
        foreach (var (key, e) in ledger)
        {
            if (e.Acknowledged == 0) continue;
            checkedCount++;
            if (!rows.TryGetValue(key, out var row))
            {
                lost++;
                if (examples.Count < 10) examples.Add($"response {key.Response} item {key.Item}: acknowledged {e.Acknowledged}x, not in the database");
                continue;
            }
            // The database may hold a save sent after the last acknowledged one (in flight when the server died).
            var matches = (row.Value == e.Value && row.EvidenceText == e.Evidence)
                || e.SentSince.Any(s => s.Value == row.Value && s.Evidence == row.EvidenceText);
            if (row.Version < e.Acknowledged || (!matches && !laterSavesAllowed))
            {
                lost++;
                if (examples.Count < 10) examples.Add($"response {key.Response} item {key.Item}: acknowledged '{e.Value}'/'{e.Evidence}' v{e.Acknowledged}, database '{row.Value}'/'{row.EvidenceText}' v{row.Version}");
            }
            else if (row.Version > e.Sent && !laterSavesAllowed)
            {
                duplicated++;
                if (examples.Count < 10) examples.Add($"response {key.Response} item {key.Item}: {e.Sent} saves sent, database at version {row.Version}");
            }
        }
        return new Verdict(checkedCount, lost, duplicated, examples);
    }

    public static string IntegrityCheck(string databaseFile)
    {
        using var db = AssessmentDb.Open(databaseFile);
        using var connection = db.OpenRead();
        return string.Join("; ", connection.Query<string>("PRAGMA integrity_check"));
    }
}
