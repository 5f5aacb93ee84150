using Assessment.Core.Accounts;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>The answers of one jurisdiction, ready for <see cref="Scorer"/>, with the raters in the order of ByRater.</summary>
public sealed record JurisdictionAnswers(
    string Jurisdiction, IReadOnlyList<string> Raters, IReadOnlyDictionary<string, ItemAnswers> Items);

/// <summary>
/// Groups flat (jurisdiction, rater, item, answer) records in any order (CSV rows, a review page's rows, generated
/// data) into the scorer's input. Rows are kept until <see cref="Build"/>, when each jurisdiction's raters are known,
/// then laid out in an <see cref="AnswerGrid"/>, the same grouping the round's stream from the store uses. Jurisdictions
/// and raters keep the order in which they first appear; a rater's name in two cases is one rater (<see cref="UserName"/>),
/// spelled as it first appeared.
/// </summary>
public sealed class AnswerSetBuilder(Instrument instrument)
{
    private readonly ItemTable items = new(instrument);
    private readonly Dictionary<string, Entry> byJurisdiction = new(StringComparer.Ordinal);
    private readonly List<Entry> order = [];

    private sealed class Entry(string jurisdiction)
    {
        public string Jurisdiction { get; } = jurisdiction;
        public List<string> Raters { get; } = [];
        public Dictionary<string, int> RaterIndex { get; } = new(StringComparer.Ordinal);  // by UserName.Normalize
        public List<(int Position, int Rater, Answer Answer)> Answers { get; } = [];
        public List<(int Position, Answer Answer)> Reconciled { get; } = [];
    }

    /// <summary>Declares a rater of a jurisdiction even if they answered nothing (their answers all count as unanswered).</summary>
    public void AddRater(string jurisdiction, string rater) => RaterSlot(Get(jurisdiction), rater);

    /// <summary>Adds a rater's answer (a later one to the same item replaces it); a null answer only declares the rater.</summary>
    /// <exception cref="ArgumentException">The instrument has no item <paramref name="itemId"/>.</exception>
    public void Add(string jurisdiction, string rater, string itemId, Answer? answer)
    {
        var entry = Get(jurisdiction);
        var slot = RaterSlot(entry, rater);
        if (answer is not null) entry.Answers.Add((PositionOf(itemId), slot, answer));
    }

    /// <inheritdoc cref="Add"/>
    public void AddReconciled(string jurisdiction, string itemId, Answer answer) => Get(jurisdiction).Reconciled.Add((PositionOf(itemId), answer));

    public IReadOnlyList<JurisdictionAnswers> Build() => order.Select(Build).ToArray();

    private JurisdictionAnswers Build(Entry e)
    {
        var grid = new AnswerGrid(items, e.Raters.Count);
        foreach (var (position, rater, answer) in e.Answers) grid.Set(position, rater, answer);
        foreach (var (position, answer) in e.Reconciled) grid.Reconcile(position, answer);
        return new JurisdictionAnswers(e.Jurisdiction, e.Raters, grid.Answers());
    }

    // Unknown ids are refused rather than dropped: every caller has checked its rows against this instrument already,
    // so one here is a programming error that would otherwise vanish from the scores.
    private int PositionOf(string itemId) => items.Position(itemId) is var position and >= 0
        ? position
        : throw new ArgumentException($"The instrument {instrument.Id} has no item '{itemId}'.", nameof(itemId));

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
        var key = UserName.Normalize(rater);
        if (entry.RaterIndex.TryGetValue(key, out var slot)) return slot;
        entry.RaterIndex[key] = slot = entry.Raters.Count;
        entry.Raters.Add(rater);
        return slot;
    }
}
