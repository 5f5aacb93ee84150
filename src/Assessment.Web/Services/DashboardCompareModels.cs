using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;

namespace Assessment.Web.Services;

/// <summary>
/// One side of an item comparison: the item score (0..1, mean of raters with the reconciled answer applied, from
/// Scorer.Explain), each rater's answer in canonical form (null = unanswered), the reconciled answer, the evidence.
/// No rater is named.
/// </summary>
public sealed record ItemSide(double? Score, IReadOnlyList<string?> Answers, string? Reconciled, IReadOnlyList<ItemEvidence> Evidence)
{
    public static ItemSide From(ItemTrace trace, IEnumerable<ItemEvidence> evidence) => new(
        trace.Score,
        trace.ByRater.Select(a => a is null ? null : AnswerText.Format(a)).ToList(),
        trace.Reconciled is null ? null : AnswerText.Format(trace.Reconciled),
        evidence.Where(e => e.ItemId == trace.ItemId).OrderBy(e => e.Position).ToList());
}

public sealed record ComparedJurisdiction(DashboardRow Row, Explanation Explanation);

/// <param name="Spread">Highest minus lowest item score (0..1) among the jurisdictions that have one.</param>
/// <param name="Sides">One per compared jurisdiction, in the order they were picked.</param>
public sealed record DifferingItem(Item Item, Indicator Indicator, double Spread, IReadOnlyList<ItemSide> Sides);

public sealed record Comparison(RoundDashboard Dashboard, IReadOnlyList<ComparedJurisdiction> Jurisdictions, IReadOnlyList<DifferingItem> Differing);

/// <param name="SameInstrument">Both rounds ran the same instrument id: items can be matched; otherwise layers only.</param>
/// <param name="Year">The external round's calendar year (closes_at, else created_at); <paramref name="SelfYear"/> the self round's.</param>
public sealed record SelfExternalPair(DashboardRound Self, DashboardRound External, bool SameInstrument, int Year, int SelfYear);

public sealed record LayerGap(string LayerId, LocalizedText Title, double? Self, double? External)
{
    /// <summary>Self minus external: positive is an overstatement.</summary>
    public double? Gap => Self - External;
}

public sealed record StatementGap(Item Item, Indicator Indicator, ItemSide Self, ItemSide External)
{
    /// <summary>Self minus external item score (0..1).</summary>
    public double Gap => Self.Score!.Value - External.Score!.Value;
}

/// <param name="Pair">The pair shown; null when the jurisdiction has none the person may see.</param>
/// <param name="Matched">For a pair of different instruments whose self items name external items (<c>matches</c>):
/// the pairs item by item and the items left unmatched; <paramref name="Layers"/> are then over matched items only.</param>
public sealed record SelfVsExternalView(
    Jurisdiction Jurisdiction, IReadOnlyList<SelfExternalPair> Pairs, SelfExternalPair? Pair,
    Explanation? Self, Explanation? External, IReadOnlyList<LayerGap> Layers,
    IReadOnlyList<StatementGap> Overstated, IReadOnlyList<StatementGap> Understated, MatchedItems? Matched = null);

/// <summary>One matched pair as shown: the self item, the external item it mirrors, and both sides' answers.</summary>
public sealed record MatchedRow(Item SelfItem, Item ExternalItem, Equivalence Equivalence, Indicator Indicator, ItemSide Self, ItemSide External)
{
    /// <summary>Self minus external item score (0..1); null when either side is NA.</summary>
    public double? Gap => Self.Score - External.Score;
}

/// <param name="PairsScored">How many pairs have a score on both sides: the layer gaps rest on these alone.</param>
public sealed record MatchedItems(IReadOnlyList<MatchedRow> Pairs, int PairsScored, IReadOnlyList<Item> UnmatchedSelf, IReadOnlyList<Item> UnmatchedExternal);
