using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Dashboards;

/// <summary>Texts of the note that sets a seed case's scored quadrant beside the quadrant its seed paper gives it.</summary>
public static class SeedQuadrantTexts
{
    /// <summary>{0} jurisdiction, {1} quadrant as scored, {2} seed number, {3} quadrant per the seed.</summary>
    public static readonly LocalizedText Differs = new(
        "按本工具评分，{0}落在{1}象限；种子文献 {2} 将其归为{3}象限。",
        "Scored with this tool, {0} lands in quadrant {1}; seed paper {2} places it in quadrant {3}.");

    /// <summary>Said only on the demo's rounds, whose answers for seed cases come from the seeds: not on a real round.</summary>
    public static readonly LocalizedText NotTuned = new(
        "示例答案只采用种子文献的原文依据（其余取中性值），没有为迎合象限而调整。",
        " The illustrative answers rest only on the seed's own passages (neutral elsewhere) and were not tuned to match.");

    /// <summary>{0} jurisdiction, {1} quadrant, {2} seed number.</summary>
    public static readonly LocalizedText Agrees = new(
        "按本工具评分，{0}落在{1}象限，与种子文献 {2} 的归类一致。",
        "Scored with this tool, {0} lands in quadrant {1}, where seed paper {2} places it.");

    /// <summary>{0} jurisdiction, {1} seed number, {2} quadrant per the seed.</summary>
    public static readonly LocalizedText NotPlaced = new(
        "按本工具评分，{0}无法确定象限（技术或组织维度为不适用）；种子文献 {1} 将其归为{2}象限。",
        "Scored with this tool, {0} has no quadrant (the technology or organization axis is not applicable); seed paper {1} places it in quadrant {2}.");
}
