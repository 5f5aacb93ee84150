using Assessment.Core.Answers;

namespace Assessment.Core.Scoring;

/// <summary>The answers of one jurisdiction, ready for <see cref="Scorer"/>, with the raters in the order of ByRater.</summary>
public sealed record JurisdictionAnswers(
    string Jurisdiction, IReadOnlyList<string> Raters, IReadOnlyDictionary<string, ItemAnswers> Items);

/// <summary>
/// Groups flat (jurisdiction, rater, item, answer) records — CSV rows or database rows — into the per-item
/// ItemAnswers the scorer takes: one ByRater slot per rater of the jurisdiction, null where that rater left
/// the item unanswered. Jurisdictions and raters keep the order in which they first appear.
/// </summary>
public sealed class AnswerSetBuilder
{
    private readonly Dictionary<string, Entry> byJurisdiction = new(StringComparer.Ordinal);
    private readonly List<Entry> order = [];

    private sealed class Entry(string jurisdiction)
    {
        public string Jurisdiction { get; } = jurisdiction;
        public List<string> Raters { get; } = [];
        public Dictionary<string, int> RaterIndex { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<int, Answer?>> Answers { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Answer> Reconciled { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Declares a rater of a jurisdiction even if they answered nothing (their answers all count as unanswered).</summary>
    public void AddRater(string jurisdiction, string rater) => RaterSlot(Get(jurisdiction), rater);

    /// <summary>Adds a rater's answer; a null answer only declares the rater.</summary>
    public void Add(string jurisdiction, string rater, string itemId, Answer? answer)
    {
        var entry = Get(jurisdiction);
        var slot = RaterSlot(entry, rater);
        if (answer is null) return;
        if (!entry.Answers.TryGetValue(itemId, out var raters)) entry.Answers[itemId] = raters = [];
        raters[slot] = answer;
    }

    public void AddReconciled(string jurisdiction, string itemId, Answer answer) => Get(jurisdiction).Reconciled[itemId] = answer;

    public IReadOnlyList<JurisdictionAnswers> Build() => order.Select(Build).ToArray();

    private static JurisdictionAnswers Build(Entry e)
    {
        var items = new Dictionary<string, ItemAnswers>(StringComparer.Ordinal);
        foreach (var itemId in e.Answers.Keys.Union(e.Reconciled.Keys))
        {
            var byRater = new Answer?[e.Raters.Count];
            if (e.Answers.TryGetValue(itemId, out var answers))
                foreach (var (slot, answer) in answers) byRater[slot] = answer;
            items[itemId] = new ItemAnswers(byRater, e.Reconciled.GetValueOrDefault(itemId));
        }
        return new JurisdictionAnswers(e.Jurisdiction, e.Raters, items);
    }

    private Entry Get(string jurisdiction)
    {
        if (!byJurisdiction.TryGetValue(jurisdiction, out var entry))
        {
            byJurisdiction[jurisdiction] = entry = new Entry(jurisdiction);
            order.Add(entry);
        }
        return entry;
    }

    private static int RaterSlot(Entry entry, string rater)
    {
        if (entry.RaterIndex.TryGetValue(rater, out var slot)) return slot;
        entry.RaterIndex[rater] = slot = entry.Raters.Count;
        entry.Raters.Add(rater);
        return slot;
    }
}
