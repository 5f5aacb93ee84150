using Assessment.Core.Instruments;

namespace Assessment.Web.Reports;

/// <summary>The reports' own words in both languages; chart and table labels come from DashboardTexts, as on the pages.</summary>
public static class ReportTexts
{
    public static readonly LocalizedText NotPublished = new("轮次 {0} 尚未发布，而报告定义 {1} 只允许已发布的轮次。", "round {0} is not published, and the definition {1} reports published rounds only");
    public static readonly LocalizedText Jurisdiction = new("地区", "Jurisdiction");
    public static readonly LocalizedText Round = new("评估轮次", "Round");
    public static readonly LocalizedText InstrumentVersion = new("评估工具版本", "Instrument version");
    public static readonly LocalizedText Date = new("报告日期", "Date");
    public static readonly LocalizedText Contents = new("目录", "Contents");
    public static readonly LocalizedText Summary = new("概要", "Summary");
    public static readonly LocalizedText HeldBack = new(
        "综合得分已达到“{0}”阶段的下限 {1}，但该阶段要求每个层面至少 {2} 分，{3}未达到，因此阶段停留在“{4}”。",
        "The composite reaches the cut of the stage “{0}” ({1}), but that stage needs every layer at {2} or more and {3} did not, so the stage stays “{4}”.");
    public static readonly LocalizedText LayerScore = new("{0}（{1}）", "{0} ({1})");
    public static readonly LocalizedText ListSeparator = new("、", ", ");
    public static readonly LocalizedText QuadrantMeaning = new("象限含义", "What the quadrant means");
    public static readonly LocalizedText StrengthsWeaknesses = new("优势与短板", "Strengths and weaknesses");
    public static readonly LocalizedText Strengths = new("优势指标（得分最高）", "Strengths (highest indicators)");
    public static readonly LocalizedText Weaknesses = new("短板指标（得分最低）", "Weaknesses (lowest indicators)");
    public static readonly LocalizedText SelfVsExternal = new("自评与外部评估的差距", "Self-assessment against external evaluation");
    public static readonly LocalizedText SelfScore = new("自评", "Self");
    public static readonly LocalizedText ExternalScore = new("外部评估", "External");
    public static readonly LocalizedText Gap = new("差距（自评−外部）", "Gap (self − external)");
    public static readonly LocalizedText Overstated = new("自评高于外部评估最多的条目", "Items most overstated by the self-assessment");
    public static readonly LocalizedText Understated = new("自评低于外部评估最多的条目", "Items most understated by the self-assessment");
    public static readonly LocalizedText Appendix = new("附录：逐项答案、证据与协调", "Appendix: every item's answers, evidence and reconciliations");
    public static readonly LocalizedText Answers = new("各评估员答案（匿名编号）", "Answers by rater (pseudonyms)");
    public static readonly LocalizedText Evidence = new("证据", "Evidence");
    public static readonly LocalizedText Reconciled = new("协调结果", "Reconciled");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText NoAnswer = new("未作答", "unanswered");
    public static readonly LocalizedText Method = new("评估方法", "Method");
    public static readonly LocalizedText Outline = new("评估工具结构与权重", "Instrument outline and weights");
    public static readonly LocalizedText Items = new("条目数", "Items");
    public static readonly LocalizedText ScoringRules = new(
        "每个条目换算为 0–1 分：李克特量表按等级线性换算（反向条目取反），是否题为 1 或 0，单选题取选项分值，多选题取所选选项分值之和（上限为 1），数值题按锚点线性插值；文本题不计分。指标得分为其条目得分的加权平均乘以 100，标记为“不适用”的条目既不计入分子也不计入分母；层面得分为指标得分的加权平均，综合得分为四个层面的加权平均。技术赋能 T 与组织规制 O 分别为标注相应维度的条目得分的加权平均，与阈值比较后确定象限；成熟度阶段按综合得分所在区间确定，部分阶段还要求每个层面都不低于其层面下限。",
        "Each item becomes a score from 0 to 1: a likert point linearly over its scale (reversed items inverted), yes/no as 1 or 0, a choice by its option's score, a multiple choice by the sum of its chosen options' scores (at most 1), a number by linear interpolation between its anchors; text items are not scored. An indicator's score is the weighted mean of its items' scores times 100, items marked not applicable left out of both numerator and denominator; a layer's score is the weighted mean of its indicators, the composite the weighted mean of the four layers. Technology T and organization O are the weighted means of the items marked for each axis; compared with the thresholds they give the quadrant. The stage is the band the composite falls in; some stages also require every layer to reach their layer minimum.");
    public static readonly LocalizedText RaterRule = new(
        "每个地区由多名评估员独立评分：条目得分取各评估员得分的平均值（答“不适用”的评估员不计入）；牵头评估员协调过的条目以协调答案为准。",
        "Several raters score each jurisdiction independently: an item's score is the mean of the raters' scores (raters who answered not applicable left out); where a lead evaluator reconciled an item, the reconciled answer counts instead.");
    public static readonly LocalizedText CompletenessRule = new(
        "完成度为已作答（含“不适用”）的计分条目占全部计分条目的比例，与每个得分一并报告；未作答的计分条目按 0 分计。",
        "Completeness is the share of scored items answered (not applicable counts as answered), reported beside every score; an unanswered scored item counts as 0.");
    public static readonly LocalizedText Thresholds = new("象限阈值：T ≥ {0}，O ≥ {1}", "Quadrant thresholds: T ≥ {0}, O ≥ {1}");
    public static readonly LocalizedText Stages = new("成熟度阶段（综合得分下限）", "Stages (lowest composite)");
    public static readonly LocalizedText Counts = new("阶段与象限分布", "Stages and quadrants");
    public static readonly LocalizedText Movements = new("与上一轮相比的显著变化", "Notable movements against the previous round");
    public static readonly LocalizedText NoPreviousRound = new("没有同一评估工具的更早轮次，无法比较。", "No earlier round of the same instrument to compare with.");
    public static readonly LocalizedText ComparedWith = new("对比轮次：{0}", "Compared with: {0}");
    public static readonly LocalizedText Before = new("上一轮", "Before");
    public static readonly LocalizedText Now = new("本轮", "Now");
    public static readonly LocalizedText Change = new("变化", "Change");
    public static readonly LocalizedText Profiles = new("各地区一句话画像", "One-line profiles");
    public static readonly LocalizedText ProfileLine = new("综合 {0}，{1}，{2}；最强层面 {3}（{4}），最弱层面 {5}（{6}）。", "composite {0}, {1}, {2}; strongest layer {3} ({4}), weakest {5} ({6}).");
    public static readonly LocalizedText Jurisdictions = new("参评地区数", "Jurisdictions");
    public static readonly LocalizedText Page = new("第 <span class=\"pageNumber\"></span> 页，共 <span class=\"totalPages\"></span> 页", "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span>");
    public static readonly LocalizedText ReportHtml = new("报告（HTML）", "Report (HTML)");
    public static readonly LocalizedText ReportPdf = new("报告（PDF）", "Report (PDF)");
    public static readonly LocalizedText ExportXlsx = new("研究数据（xlsx）", "Research data (xlsx)");
    public static readonly LocalizedText Downloads = new("报告与导出", "Reports and exports");
    public static readonly LocalizedText NoChromium = new("服务器上没有 Chromium，无法生成 PDF；HTML 版本可用。", "This server has no Chromium, so no PDF can be made; the HTML version works.");
}
