using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Home;

public static class HomeTexts
{
    public static readonly LocalizedText Title = new("数字政府治理成熟度评估平台", "Digital government maturity assessment");
    public static readonly LocalizedText Purpose = new(
        "按“冰山模型”的界面整合、流程优化、保障体系、价值理念四个层面，以及技术赋能与组织规制两个维度，评估省、市、县数字政府的成熟度。",
        "Scores provinces, cities and counties on the four layers of the iceberg model (interface integration, process optimization, safeguard system, value orientation) and on the technology-empowerment and organization axes.");
    public static readonly LocalizedText DemoContents = new(
        "已载入示例数据：对论文案例中的11个地区（2020年评估90分以上的8个省市，以及H市、Z市、T市G区三个匿名案例）的一轮已发布外部评估，和一轮进行中的自评。答案依据案例描述推定，并非实际评估。",
        "Demo data loaded: a published external round on 11 jurisdictions from published case studies (the 8 provinces and cities scoring 90+ in 2020, and the anonymized cases H city, Z city and T city G district), and an open self-assessment round. Answers are inferred from the case descriptions, not an actual evaluation.");
    public static readonly LocalizedText WhoTitle = new("谁在使用", "Who uses it");
    public static readonly LocalizedText WhoEvaluators = new("评估中心：组织评估轮次，多名评估员打分、核对并发布结果。", "Evaluation centres: run rounds, score with several raters, reconcile and publish.");
    public static readonly LocalizedText WhoOfficials = new("地方政府：分多次完成自评、上传佐证，对照同类地区改进。", "Local officials: self-assess over several sittings, attach evidence, compare with peers.");
    public static readonly LocalizedText WhoResearchers = new("研究人员：只读查看结果、比较案例、导出数据。", "Researchers: read results, compare cases, export data.");
}
