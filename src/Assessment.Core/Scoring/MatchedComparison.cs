using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>A self-assessment item and the external item it names in <c>matches</c>, with both traces.</summary>
public sealed record MatchedPair(Item SelfItem, Item ExternalItem, ItemTrace Self, ItemTrace External)
{
    public Equivalence Equivalence => SelfItem.Equivalence ?? Equivalence.Partial;

    /// <summary>Self minus external item score (0..1); null when either side is NA or not scored.</summary>
    public double? Gap => Self.Score - External.Score;
}

/// <summary>One layer over matched pairs only: both sides weighted alike, by the external items' weights.</summary>
public sealed record MatchedLayer(string LayerId, int Pairs, double? Self, double? External)
{
    /// <summary>Self minus external (0..100); positive is an overstatement.</summary>
    public double? Gap => Self - External;
}

/// <param name="UnmatchedSelf">Scored self items that name no item of this external instrument.</param>
/// <param name="UnmatchedExternal">Scored external items no self item names.</param>
public sealed record MatchedComparison(
    IReadOnlyList<MatchedPair> Pairs, IReadOnlyList<MatchedLayer> Layers, IReadOnlyList<Item> UnmatchedSelf, IReadOnlyList<Item> UnmatchedExternal);

public static partial class Scorer
{
    /// <summary>
    /// Self-versus-external item by item (instrument key <c>matches</c>): the matched pairs in the external
    /// instrument's order, each layer's score over the pairs where both sides have a score, and the items left
    /// unmatched on each side. Layer scores over matched items only: the whole-instrument layer scores of two
    /// different instruments weigh different questions, so their difference would not be a gap in answers.
    /// A layer score here is 100 x sum(w * s) / sum(w) over its pairs, w the external item's weight on both sides.
    /// </summary>
    public static MatchedComparison CompareMatched(Explanation self, Explanation external)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(external);
        var selfTraces = self.Items.ToDictionary(t => t.ItemId, StringComparer.Ordinal);
        var externalTraces = external.Items.ToDictionary(t => t.ItemId, StringComparer.Ordinal);
        var bySelf = self.Instrument.Items
            .Where(i => i.IsScored && i.Matches is not null && external.Instrument.FindItem(i.Matches) is { IsScored: true })
            .GroupBy(i => i.Matches!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var pairs = external.Instrument.Items
            .Where(e => bySelf.ContainsKey(e.Id))
            .Select(e => new MatchedPair(bySelf[e.Id], e, selfTraces[bySelf[e.Id].Id], externalTraces[e.Id]))
            .ToList();
        var layers = external.Instrument.Layers.Select(l =>
        {
            var scored = pairs.Where(p => p.External.LayerId == l.Id && p.Gap is not null).ToList();
            var weights = scored.Sum(p => p.ExternalItem.Weight);
            return weights == 0
                ? new MatchedLayer(l.Id, 0, null, null)
                : new MatchedLayer(l.Id, scored.Count,
                    100 * (scored.Sum(p => p.ExternalItem.Weight * p.Self.Score!.Value) / weights),
                    100 * (scored.Sum(p => p.ExternalItem.Weight * p.External.Score!.Value) / weights));
        }).ToList();
        var matchedSelf = pairs.Select(p => p.SelfItem.Id).ToHashSet(StringComparer.Ordinal);
        return new MatchedComparison(
            pairs,
            layers,
            [.. self.Instrument.Items.Where(i => i.IsScored && !matchedSelf.Contains(i.Id))],
            [.. external.Instrument.Items.Where(i => i.IsScored && !bySelf.ContainsKey(i.Id))]);
    }
}
