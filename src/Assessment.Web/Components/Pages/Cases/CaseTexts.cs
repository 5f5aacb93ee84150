using Assessment.Core.Instruments;
using Assessment.Web.Localization;
using Assessment.Web.Services;

namespace Assessment.Web.Components.Pages.Cases;

public static class CaseTexts
{
    public static readonly LocalizedText Title = new("案例库", "Case library");
    public static readonly LocalizedText Intro = new(
        "本平台依据的参考案例，整理自五篇公共管理论文（种子文献）。叙述为论文内容的摘要；表中数字照录论文发表的数据。",
        "The reference cases behind the platform, taken from five public-administration papers (the seed papers). The narratives summarize the papers; the figures in the tables are the published figures of the papers.");
    public static readonly LocalizedText NoCases = new("没有可显示的案例：案例文件未能加载，请查看服务器日志。", "No cases to show: the case files did not load; see the server log.");
    public static readonly LocalizedText Model = new("分析模型", "Model");
    public static readonly LocalizedText Year = new("年份", "Year");
    public static readonly LocalizedText Source = new("来源", "Source");
    public static readonly LocalizedText Open = new("查看案例", "Open case");
    public static readonly LocalizedText Back = new("返回案例库", "Back to the case library");
    public static readonly LocalizedText NotFound = new("案例库中没有这个案例。", "There is no such case in the library.");
    public static readonly LocalizedText Narrative = new("案例叙述", "Narrative");
    public static readonly LocalizedText Figures = new("数据", "Figures");
    public static readonly LocalizedText Profiles = new("示例数据中的画像", "Profiles in the demo data");
    public static readonly LocalizedText ProfilesIntro = new(
        "以下链接打开示例评估轮次中的画像。画像是依据论文推断的示例数据，并非官方评估结果；上面的表格数据则是论文发表的数据。",
        "These links open the profiles in the demo round. A profile is illustrative demo data inferred from the paper, not an official evaluation; the tables above are the paper's published figures.");
    public static readonly LocalizedText NoDemoRound = new(
        "示例数据未加载，因此没有可链接的画像。管理员可以在空数据库上启动平台以加载示例数据。",
        "The demo data is not loaded, so there are no profiles to link to. An administrator can load it by starting the platform on an empty database.");
    public static readonly LocalizedText ViewProfile = new("查看画像：", "View profile: ");

    /// <summary>{0}: the quadrant the seed gives (Cases/*.yaml, seed_quadrant).</summary>
    public static readonly LocalizedText SeedQuadrant = new(
        "（种子文献归为{0}象限；画像页将其与本工具的评分对照，不一致时会注明）",
        " (the seed places it in quadrant {0}; the profile sets this beside the tool's scoring and says when they differ)");

    /// <summary>"From seed paper 000": the label of every figure taken from a paper.</summary>
    public static string FromSeed(CaseStudy study) => UiCulture.Localized(new LocalizedText($"数据来自种子论文 {study.SeedNumber}", $"from seed paper {study.SeedNumber}"));

    public static LocalizedText ModelName(CaseModel model) => model switch
    {
        CaseModel.Iceberg => new("冰山模型", "Iceberg model"),
        CaseModel.Quadrant => new("技术赋能-组织规制象限", "Technology x organization quadrant"),
        CaseModel.Platforms => new("政务服务平台比较", "Platform comparison"),
        _ => new("政策工具分析", "Policy tools"),
    };
}
