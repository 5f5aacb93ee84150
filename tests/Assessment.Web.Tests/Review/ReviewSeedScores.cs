namespace Assessment.Web.Tests.Review;

/// <summary>
/// ReviewSeed's jurisdiction scored by hand from SCORING.md and instruments/egov-iceberg-external-2026.1.yaml, so
/// that the review tests check Scorer against numbers it did not compute.
/// </summary>
/// <remarks>
/// Every layer and indicator has weight 1; the seed answers six items of the interface layer, every other scored
/// item is unanswered (s = 0). Item scores, mean of the two raters:
/// if_one_network_one_app both_partial 0.7 (weight 2); if_single_account yes/no 0.5, reconciled yes 1;
/// if_mini_program_same_source 1; if_new_platform_control 4 on 5 points (4-1)/4 = 0.75; if_smart_services 4 and 5:
/// (0.75 + 1)/2 = 0.875; if_full_online_share 72.5 on the anchors (60, 0.6)-(90, 1): 0.6 + 0.4 * 12.5/30 = 23/30
/// (weight 2).
/// Indicators (x 100): portal (weights 2+1+1+1+1 = 6): (1.4 + 0 + 1 + 0.5 + 0.75)/6 = 73/120 before, with the
/// reconciled yes (1.4 + 0 + 1 + 1 + 0.75)/6 = 83/120; online_offline 0; cross_region 0; personalized (three
/// items) 0.875/3 = 35/120; online_depth (weights 2+1+1 = 4) 2 * 23/30 / 4 = 46/120.
/// Interface layer: the mean of its five indicators, 100 * (73 + 35 + 46)/120/5 = 154/6 before and 164/6 after;
/// the other three layers are 0, so the composite is a quarter of it: 154/24 = 77/12 and 164/24 = 41/6.
/// The reconciled item's points in its indicator: 100 * weight * s / (sum of the indicator's weights) = 100/6.
/// </remarks>
public static class ReviewSeedScores
{
    public const double CompositeBefore = 77.0 / 12;          // 6.41666...
    public const double CompositeAfterReconciling = 41.0 / 6; // 6.83333...
    public const double ReconciledItemPoints = 100.0 / 6;     // 16.666...
}
