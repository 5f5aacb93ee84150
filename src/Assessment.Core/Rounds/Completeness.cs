using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Assessment.Core.Instruments;

namespace Assessment.Core.Rounds;

/// <summary>
/// How far one response is (SCORING.md: answered or NA scored items over scored items), for the whole instrument or
/// one layer. The one definition: the progress board, the questionnaire's progress, the scores' completeness column
/// and the exports all count through this type. A jurisdiction's completeness over several raters is the Scorer's
/// (ScoreResult.Completeness: the mean over scored items of the share of raters who answered).
/// </summary>
public readonly record struct Completeness(int Answered, int Scored)
{
    /// <summary>Answered over scored, in 0..1; 1 when nothing is scored (nothing is missing).</summary>
    public double Share => Scored == 0 ? 1 : (double)Answered / Scored;

    public bool IsComplete => Answered >= Scored;

    /// <summary>
    /// One response's completeness from the ids of the items it has an answer (or NA) for; ids the instrument (or the
    /// layer) does not have, unscored items and repeated ids count nothing.
    /// </summary>
    public static Completeness Of(Instrument instrument, IEnumerable<string> answeredItemIds, Layer? layer = null)
    {
        var scored = ScoredItems.Of(instrument, layer);
        var answered = answeredItemIds.Where(scored.Contains).Distinct(StringComparer.Ordinal).Count();
        return new Completeness(answered, scored.Count);
    }

    /// <summary>Counts many responses' answered items in one pass over (response, item) pairs in any order.</summary>
    public sealed class Counter(Instrument instrument)
    {
        private readonly IReadOnlySet<string> scored = ScoredItems.Of(instrument, null);
        private readonly Dictionary<long, int> answered = [];

        /// <summary>Notes that <paramref name="responseId"/> has an answer (or NA) for <paramref name="itemId"/>; each pair once.</summary>
        public void Add(long responseId, string itemId)
        {
            if (scored.Contains(itemId)) answered[responseId] = answered.GetValueOrDefault(responseId) + 1;
        }

        public Completeness Of(long responseId) => new(answered.GetValueOrDefault(responseId), scored.Count);
    }
}

/// <summary>
/// The ids of an instrument's scored items, whole and per layer, built once per instrument: the questionnaire asks
/// for each layer's completeness on every render of its section list.
/// </summary>
internal static class ScoredItems
{
    // Keyed by reference: an instrument is immutable once loaded, and the entry dies with the instrument.
    private static readonly ConditionalWeakTable<Instrument, Dictionary<string, FrozenSet<string>>> ByLayer = new();
    private static readonly ConditionalWeakTable<Instrument, FrozenSet<string>> Whole = new();

    public static IReadOnlySet<string> Of(Instrument instrument, Layer? layer) => layer is null
        ? Whole.GetValue(instrument, i => Set(i.Items))
        : ByLayer.GetValue(instrument, i => i.Layers.ToDictionary(l => l.Id, l => Set(l.Indicators.SelectMany(x => x.Items)), StringComparer.Ordinal))
            .TryGetValue(layer.Id, out var set) && instrument.Layers.Contains(layer)
            ? set
            : Set(layer.Indicators.SelectMany(x => x.Items)); // a layer of another instrument: counted as given

    private static FrozenSet<string> Set(IEnumerable<Item> items) =>
        items.Where(i => i.IsScored).Select(i => i.Id).ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>Where a response stands on a progress board: its status, with a draft nobody has answered in yet told apart.</summary>
public enum ResponseStage
{
    NotStarted,
    Draft,
    Submitted,
    Returned,
    Accepted,
}

public static class ResponseStages
{
    public static ResponseStage Of(ResponseStatus status, Completeness completeness) => status switch
    {
        ResponseStatus.Draft => completeness.Answered == 0 ? ResponseStage.NotStarted : ResponseStage.Draft,
        ResponseStatus.Submitted => ResponseStage.Submitted,
        ResponseStatus.Returned => ResponseStage.Returned,
        _ => ResponseStage.Accepted,
    };

    /// <summary>The stage's name in URLs, test ids and exports: the status's stored name, or not_started.</summary>
    public static string Name(this ResponseStage stage) => stage switch
    {
        ResponseStage.NotStarted => "not_started",
        ResponseStage.Draft => ResponseStatus.Draft.Name(),
        ResponseStage.Submitted => ResponseStatus.Submitted.Name(),
        ResponseStage.Returned => ResponseStatus.Returned.Name(),
        _ => ResponseStatus.Accepted.Name(),
    };
}
