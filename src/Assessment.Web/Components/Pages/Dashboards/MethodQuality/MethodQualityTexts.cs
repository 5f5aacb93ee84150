using Assessment.Core.Analytics.Normalisation;
using Assessment.Core.Analytics.Robustness;
using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Dashboards.MethodQuality;

public static class MethodQualityTexts
{
    public static readonly LocalizedText Title = new("方法质量", "Method quality");
    public static readonly LocalizedText Method = new(
        "评估员一致性：每个题项、指标、层级和综合得分的组内相关系数（Shrout 与 Fleiss 1979 的六种形式，仅含所有评估员都作答的地区）和 Krippendorff α（名义、顺序、等距，允许缺失与不适用）；层级内部一致性：Cronbach α（各题项均已完整作答的地区，评估员平均分）。题项得分取 0–1。无法定义的值显示为“—”。",
        "Rater agreement: the intraclass correlations of each item, indicator, layer and the composite (Shrout & Fleiss 1979, six forms, over the jurisdictions every rater answered) and Krippendorff's alpha (nominal, ordinal, interval; missing and N/A allowed); internal consistency per layer: Cronbach's alpha (jurisdictions with every item fully answered, raters' mean). Item scores on 0–1. A value that is undefined shows as \"—\".");
    public static readonly LocalizedText Thresholds = new(
        "标记阈值：ICC(1,1) < 0.50 为差（Koo 与 Li 2016）；Krippendorff α（等距）< 0.800 仅可作初步结论，< 0.667 不宜采信（Krippendorff 2004）；Cronbach α < 0.70 偏低（Nunnally 1978）。",
        "Flags: ICC(1,1) < 0.50 is poor (Koo & Li 2016); Krippendorff's alpha (interval) < 0.800 supports tentative conclusions only and < 0.667 should not be relied on (Krippendorff 2004); Cronbach's alpha < 0.70 is low (Nunnally 1978).");
    public static LocalizedText Sensitivity(SensitivityOptions o) => new(
        $"权重敏感性：{o.Draws} 次抽样（固定随机种子 {o.Seed}），每个层级、指标和题项权重各乘以 [{1 - o.Spread:0.##}, {1 + o.Spread:0.##}] 上的独立均匀随机因子后按评分规则重新计算；名次区间为第 5 至第 95 百分位（最近秩法）。评估员区间：对评估员有放回重抽样（精确自助法）得到的 90% 区间；两轮之间的阶段或象限变化，仅在两轮区间不重叠时才算变化。",
        $"Weight sensitivity: {o.Draws} draws (fixed seed {o.Seed}); every layer, indicator and item weight multiplied by its own uniform factor in [{1 - o.Spread:0.##}, {1 + o.Spread:0.##}] and the round scored again by the scoring rules; rank intervals run from the 5th to the 95th percentile (nearest rank). Rater interval: the 90% interval of a bootstrap over raters (exact resampling); a stage or quadrant move between rounds counts as a change only when the two rounds' intervals do not overlap.");
    public static readonly LocalizedText Reliability = new("评估员一致性与内部一致性", "Rater agreement and internal consistency");
    public static readonly LocalizedText RankIntervals = new("名次区间（权重敏感性）", "Rank intervals (weight sensitivity)");
    public static readonly LocalizedText Probabilities = new("阶段与象限概率", "Stage and quadrant probabilities");
    public static readonly LocalizedText LeaveOneOut = new("逐一剔除指标后的名次变化", "Rank changes with one indicator left out");
    public static readonly LocalizedText Level = new("层次", "Level");
    public static readonly LocalizedText Id = new("标识", "Id");
    public static readonly LocalizedText Jurisdictions = new("地区数", "Jurisdictions");
    public static readonly LocalizedText Raters = new("评估员数", "Raters");
    public static readonly LocalizedText Flag = new("标记", "Flag");
    public static readonly LocalizedText Item = new("题项", "Item");
    public static readonly LocalizedText Indicator = new("指标", "Indicator");
    public static readonly LocalizedText Layer = new("层级", "Layer");
    public static readonly LocalizedText Composite = new("综合", "Composite");
    public static readonly LocalizedText Poor = new("ICC 差", "ICC poor");
    public static readonly LocalizedText Unreliable = new("α 不宜采信", "α not reliable");
    public static readonly LocalizedText Tentative = new("α 仅作初步结论", "α tentative");
    public static readonly LocalizedText LowConsistency = new("内部一致性偏低", "low consistency");
    public static readonly LocalizedText Cronbach = new("Cronbach α", "Cronbach's alpha");
    public static readonly LocalizedText CronbachN = new("Cronbach α 地区数", "Cronbach's alpha jurisdictions");
    public static readonly LocalizedText Rank = new("名次", "Rank");
    public static readonly LocalizedText MedianRank = new("名次中位数", "Median rank");
    public static readonly LocalizedText RankLow = new("第 5 百分位名次", "5th percentile rank");
    public static readonly LocalizedText RankHigh = new("第 95 百分位名次", "95th percentile rank");
    public static readonly LocalizedText RaterLow = new("评估员区间下限", "Rater interval low");
    public static readonly LocalizedText RaterHigh = new("评估员区间上限", "Rater interval high");
    public static readonly LocalizedText MeanShift = new("平均名次变化", "Mean rank change");
    public static readonly LocalizedText MaxShift = new("最大名次变化", "Largest rank change");
    public static readonly LocalizedText ChartLimit = new("图中显示前 {0} 名；表格列出全部地区。", "The chart shows the first {0}; the table lists every jurisdiction.");
    public static readonly LocalizedText MoveLegend = new(
        "实线箭头：象限变化超出两轮评估员区间（计为变化）；虚线箭头：在区间之内或无法衡量（只有一名评估员）。",
        "Solid arrow: the quadrant changed beyond both rounds' rater intervals (a change); dashed: within them, or not measurable (one rater).");
    public static readonly LocalizedText ViewLabel = new("显示方式", "Show as");
    public static readonly LocalizedText NeedsResults = new("方法质量列出每个地区的名次区间，仅供可查看结果的用户使用。", "Method quality lists every jurisdiction's rank interval and is for those who read results.");
    public static readonly LocalizedText StageProbability = new("阶段概率：{0}", "P(stage {0})");
    public static readonly LocalizedText QuadrantProbability = new("象限概率：{0}", "P(quadrant {0})");

    public static LocalizedText ViewName(ScoreView view) => view switch
    {
        ScoreView.ZScore => new("标准分（z 分数，本轮均值与样本标准差）", "z-score (round mean and sample standard deviation)"),
        ScoreView.MinMax => new("极差标准化（本轮最低 0、最高 100）", "min–max (round's lowest 0, highest 100)"),
        ScoreView.Rank => new("名次（最高为 1）", "rank (highest 1)"),
        _ => new("评估工具得分（0–100）", "instrument score (0–100)"),
    };
}
