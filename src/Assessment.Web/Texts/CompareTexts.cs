using Assessment.Core.Instruments;

namespace Assessment.Web.Texts;

/// <summary>Texts of the compare and self-versus-external dashboards (issue 5, items 5 and 6).</summary>
public static class CompareTexts
{
    public static readonly LocalizedText Compare = new("地区对比", "Compare");
    public static readonly LocalizedText PickJurisdictions = new("选择 2 至 6 个地区", "Pick 2 to 6 jurisdictions");
    public static readonly LocalizedText PickTwoToSix = new("请选择 2 至 6 个地区进行对比（当前选择了 {0} 个）。", "Pick 2 to 6 jurisdictions to compare ({0} picked now).");
    public static readonly LocalizedText ShowComparison = new("对比", "Compare");
    public static readonly LocalizedText NotInRound = new("地区 {0} 不在本轮次的评估范围内。", "Jurisdiction {0} is not rated in this round.");
    public static readonly LocalizedText Scores = new("综合、层面与象限得分", "Composite, layers and axes");
    public static readonly LocalizedText SpiderOverlay = new("四个层面叠加对比", "The four layers overlaid");
    public static readonly LocalizedText Indicators = new("指标得分对比", "Indicator scores side by side");
    public static readonly LocalizedText Differing = new("差异最大的题目（前 15 项）", "Items where they differ most (top 15)");
    public static readonly LocalizedText DifferingNote = new(
        "差异 = 各地区题目得分（评估员平均分，已采用协调答案，0–100）的最大值减最小值。答案按评估员列出，不显示评估员姓名。",
        "Spread = highest minus lowest item score (mean of raters, reconciled answers applied, 0-100). Answers are listed per rater, without names.");
    public static readonly LocalizedText NoDifferences = new("所选地区在各题目上得分相同。", "The picked jurisdictions score the same on every item.");
    public static readonly LocalizedText Spread = new("差异", "Spread");
    public static readonly LocalizedText ItemScore = new("题目得分", "item score");
    public static readonly LocalizedText Answers = new("答案", "answers");
    public static readonly LocalizedText Evidence = new("佐证", "evidence");
    public static readonly LocalizedText Reconciled = new("协调答案", "reconciled");
    public static readonly LocalizedText Unanswered = new("未答", "unanswered");
    public static readonly LocalizedText Row = new("项目", "Measure");

    public static readonly LocalizedText SelfVsExternal = new("自评与外部评估对比", "Self-assessment versus external evaluation");
    public static readonly LocalizedText SelfVsExternalLink = new("自评与外部评估对比", "Self versus external");
    public static readonly LocalizedText Self = new("自评", "Self-assessment");
    public static readonly LocalizedText External = new("外部评估", "External evaluation");
    public static readonly LocalizedText Gap = new("差距（自评 − 外部）", "Gap (self − external)");
    public static readonly LocalizedText GapNote = new("差距为正表示自评高于外部评估（高估），为负表示低估。", "A positive gap means the self-assessment is higher than the external evaluation (overstatement); negative, understatement.");
    public static readonly LocalizedText LayerGaps = new("各层面差距", "Gap per layer");
    public static readonly LocalizedText Overstated = new("自评高估最多的题目", "Items most overstated by the self-assessment");
    public static readonly LocalizedText Understated = new("自评低估最多的题目", "Items most understated by the self-assessment");
    public static readonly LocalizedText NoneOverstated = new("没有自评高于外部评估的题目。", "No item is scored higher by the self-assessment.");
    public static readonly LocalizedText NoneUnderstated = new("没有自评低于外部评估的题目。", "No item is scored lower by the self-assessment.");
    public static readonly LocalizedText SameInstrument = new(
        "两轮使用同一评估工具（{0}），因此可以逐题对比。",
        "Both rounds ran the same instrument ({0}), so items are compared one by one.");
    public static readonly LocalizedText CrossInstrument = new(
        "两轮使用不同的评估工具（自评：{0}；外部评估：{1}），两者的层面相同，因此只对比层面得分；题目无法一一对应，不做逐题对比。",
        "The rounds ran different instruments (self: {0}; external: {1}) whose layers match, so only layer scores are compared; their items cannot be matched one to one.");
    public static readonly LocalizedText MatchedInstruments = new(
        "两轮使用不同的评估工具（自评：{0}；外部评估：{1}）。自评题目注明了所对应的外部评估题目，因此按对应的题目逐题对比。",
        "The rounds ran different instruments (self: {0}; external: {1}). The self-assessment's items name the external items they mirror, so the pairs are compared item by item.");
    public static readonly LocalizedText MatchedOnly = new(
        "各层面差距仅根据已对应的题目计算（{0} 对题目两边都有得分），两边按外部评估题目的权重计算；未对应的题目列在下方，不计入任何一方。",
        "The gap per layer is computed over matched items only ({0} pairs scored on both sides), both sides weighted by the external items' weights; unmatched items are listed below and count on neither side.");
    public static readonly LocalizedText MatchedPairs = new("逐题对比（已对应的题目）", "Item by item (matched pairs)");
    public static readonly LocalizedText Equivalence = new("对应程度", "Equivalence");
    public static readonly LocalizedText Exact = new("完全对应", "exact");
    public static readonly LocalizedText Partial = new("部分对应", "partial");
    public static readonly LocalizedText SelfItem = new("自评题目", "Self-assessment item");
    public static readonly LocalizedText ExternalItem = new("外部评估题目", "External item");
    public static readonly LocalizedText Unmatched = new("未对应的题目（不参与对比）", "Unmatched items (not compared)");
    public static readonly LocalizedText Side = new("所属", "Side");
    public static readonly LocalizedText NoneUnmatched = new("所有题目都已对应。", "Every item is matched.");
    public static readonly LocalizedText Period = new("期间：{0} 年（按截止日期，未设截止日期时按创建日期）", "Period: {0} (by closing date, or creation date where none is set)");
    public static readonly LocalizedText OtherPairs = new("其他可对比的轮次", "Other pairs of rounds");
    public static readonly LocalizedText NoPair = new(
        "该地区在同一期间内没有同时具备自评和外部评估（且层面相同）的轮次。",
        "This jurisdiction has no self-assessment and external evaluation (with matching layers) in the same period.");
    public static readonly LocalizedText ExternalNotPublished = new(
        "外部评估结果发布后，才能查看自评与外部评估的对比。",
        "The comparison with the external evaluation is available once the external evaluation is published.");
    public static readonly LocalizedText OwnJurisdictionOnly = new("自评人员只能查看本地区的对比。", "Self-assessors see the comparison for their own jurisdiction only.");
    public static readonly LocalizedText NoSuchPair = new("所选的两个轮次不能对比：请从列表中选择。", "These two rounds cannot be compared: pick a pair from the list.");
    public static readonly LocalizedText NoSuchJurisdiction = new("没有代码为 {0} 的地区。", "There is no jurisdiction with code {0}.");
    public static readonly LocalizedText Completeness = new("完成度：自评 {0}，外部评估 {1}", "Completeness: self {0}, external {1}");
}
