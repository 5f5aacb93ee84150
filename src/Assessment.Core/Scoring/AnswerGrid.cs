using Assessment.Core.Answers;

namespace Assessment.Core.Scoring;

/// <summary>
/// One jurisdiction's answers as the scorer takes them: one slot per (item, rater), reconciled answers beside them.
/// The one grouping of answers: the round read from the store (Rounds.RoundAnswerStream), answer files and the
/// review page (AnswerSetBuilder) all fill a grid. One array per jurisdiction, item by item and rater by rater, so a
/// national round makes a few hundred thousand small arrays rather than millions of dictionaries; the answered
/// scored items of each rater are counted in the same pass, for completeness.
/// </summary>
public sealed class AnswerGrid
{
    private readonly ItemTable items;
    private readonly Answer?[] answers;
    private readonly bool[] given;
    private readonly int[] answered;
    private Dictionary<string, Answer?>? reconciled;

    public AnswerGrid(ItemTable items, int raters)
    {
        this.items = items;
        Raters = raters;
        answers = new Answer?[items.Count * raters];
        given = new bool[items.Count];
        answered = new int[raters];
    }

    public ItemTable Items => items;

    public int Raters { get; }

    /// <summary>
    /// Sets the answer of the rater at <paramref name="rater"/> (0-based) to the item at <paramref name="position"/>;
    /// a null answer clears it. Setting it again replaces it.
    /// </summary>
    public void Set(int position, int rater, Answer? answer)
    {
        var slot = position * Raters + rater;
        if (items.IsScored(position) && (answers[slot] is null) != (answer is null)) answered[rater] += answer is null ? -1 : 1;
        answers[slot] = answer;
        if (answer is not null) given[position] = true;
    }

    public void Reconcile(int position, Answer? answer) =>
        (reconciled ??= new(StringComparer.Ordinal))[items.Instrument.Items[position].Id] = answer;

    /// <summary>The scored items the rater answered (N/A included): Rounds.Completeness's numerator.</summary>
    public int AnsweredScored(int rater) => answered[rater];

    /// <summary>The scorer's input: every item answered by someone or reconciled, each with one slot per rater.</summary>
    public Dictionary<string, ItemAnswers> Answers()
    {
        var result = new Dictionary<string, ItemAnswers>(given.Length + (reconciled?.Count ?? 0), StringComparer.Ordinal);
        for (var p = 0; p < given.Length; p++)
            if (given[p])
                result[items.Instrument.Items[p].Id] = new ItemAnswers(
                    new ArraySegment<Answer?>(answers, p * Raters, Raters), reconciled?.GetValueOrDefault(items.Instrument.Items[p].Id));
        foreach (var (itemId, answer) in reconciled ?? [])
            if (!result.ContainsKey(itemId)) result[itemId] = new ItemAnswers(new Answer?[Raters], answer);
        return result;
    }
}
