using Assessment.Core.Instruments;
using Assessment.Core.Scoring;

namespace Assessment.Core.Rounds;

/// <summary>One rater's response in a round, as the round's scoring takes it.</summary>
public sealed record RoundResponse(long Id, long RoundId, string Jurisdiction, string Rater, ResponseStatus Status);

/// <summary>A reconciled answer as stored (the answer text of the item's canonical form).</summary>
public sealed record ReconciledText(long RoundId, string Jurisdiction, string ItemId, string Value);

/// <summary>
/// The scoring of whole rounds from an ordered stream of (response, item, answer text): the store reads a round's
/// answers in one query, in the responses' order, and hands each row here; each (round, jurisdiction) group is handed
/// on, complete, as soon as the answers move past it, so only one group's answers are held at a time (holding a whole
/// national round's, a quarter of a million small arrays alive to the end, cost more in garbage collection than the
/// scoring itself: measured). Every provider's reader feeds the same stream.
/// </summary>
public sealed class RoundAnswerStream
{
    private readonly IReadOnlyList<RoundResponse> responses;
    private readonly Dictionary<long, ItemTable> tables;
    private readonly ILookup<(long, string), ReconciledText> reconciled;
    private readonly Action<JurisdictionGroup> complete;
    private int next; // the first response not yet in a group
    private JurisdictionGroup? current;
    private (long Id, int Rater) last = (-1, -1);

    /// <param name="instruments">The instrument of each round the responses belong to.</param>
    /// <param name="responses">
    /// The responses, every (round, jurisdiction) group's responses next to each other; the order within a group is
    /// the raters' order in the scorer's input.
    /// </param>
    /// <param name="reconciled">The reconciled answers of the same rounds and jurisdictions, in any order.</param>
    /// <param name="complete">Takes each group once all its answers are in, in the responses' order.</param>
    public RoundAnswerStream(IReadOnlyDictionary<long, Instrument> instruments, IReadOnlyList<RoundResponse> responses,
        IEnumerable<ReconciledText> reconciled, Action<JurisdictionGroup> complete)
    {
        this.responses = responses;
        tables = instruments.ToDictionary(round => round.Key, round => new ItemTable(round.Value));
        this.reconciled = reconciled.ToLookup(r => (r.RoundId, r.Jurisdiction));
        this.complete = complete;
    }

    /// <summary>One stored answer. Answers come in the responses' order; an item the instrument lacks is ignored.</summary>
    /// <exception cref="InvalidOperationException">The answer's response is not among the responses, or came out of order.</exception>
    /// <exception cref="InvalidDataException">The text does not fit its item (the store was edited outside the program).</exception>
    public void Add(long responseId, ReadOnlySpan<char> itemId, ReadOnlySpan<char> value)
    {
        var (group, rater) = Find(responseId);
        var position = group.Grid.Items.Position(itemId);
        if (position >= 0) group.Grid.Set(position, rater, group.Grid.Items.Parse(position, value));
    }

    /// <inheritdoc cref="Add(long, ReadOnlySpan{char}, ReadOnlySpan{char})"/>
    /// <remarks>For readers that hand out UTF-8 bytes (SQLite's statement API): no string per row.</remarks>
    public void Add(long responseId, ReadOnlySpan<byte> utf8ItemId, ReadOnlySpan<byte> utf8Value)
    {
        var (group, rater) = Find(responseId);
        var position = group.Grid.Items.Position(utf8ItemId);
        if (position >= 0) group.Grid.Set(position, rater, group.Grid.Items.Parse(position, utf8Value));
    }

    /// <summary>Completes the group in hand and every later one (responses nobody has answered in yet).</summary>
    public void Finish()
    {
        while (Next()) { }
    }

    // The group and rater position of a response; completes every group the answers have moved past.
    private (JurisdictionGroup Group, int Rater) Find(long responseId)
    {
        if (responseId == last.Id) return (current!, last.Rater);
        while (true)
        {
            var rater = current?.RaterOf(responseId) ?? -1;
            if (rater >= 0)
            {
                last = (responseId, rater);
                return (current!, rater);
            }
            if (!Next()) throw new InvalidOperationException($"The answers of response {responseId} came out of the responses' order.");
        }
    }

    // Completes the group in hand and starts the next; false when there is none.
    private bool Next()
    {
        if (current is not null) complete(current);
        (current, last) = (null, (-1, -1));
        if (next == responses.Count) return false;
        var (first, end) = (responses[next], next + 1);
        while (end < responses.Count && responses[end].RoundId == first.RoundId && responses[end].Jurisdiction == first.Jurisdiction) end++;
        var table = tables[first.RoundId];
        current = new JurisdictionGroup(first.RoundId, first.Jurisdiction, table, Slice(next, end));
        foreach (var r in reconciled[(first.RoundId, first.Jurisdiction)])
            if (table.Position(r.ItemId) is var position and >= 0) current.Grid.Reconcile(position, table.Parse(position, r.Value));
        next = end;
        return true;
    }

    private RoundResponse[] Slice(int from, int to)
    {
        var slice = new RoundResponse[to - from];
        for (var i = from; i < to; i++) slice[i - from] = responses[i];
        return slice;
    }
}
