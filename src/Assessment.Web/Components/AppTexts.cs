using Assessment.Core.Instruments;

namespace Assessment.Web.Components;

/// <summary>Texts of the shell: header, navigation, errors. Each feature keeps its own table beside its pages.</summary>
public static class AppTexts
{
    public static readonly LocalizedText AppName = new("数字政府治理成熟度评估", "Digital Government Maturity Assessment");
    public static readonly LocalizedText Language = new("语言", "Language");
    public static readonly LocalizedText Home = new("首页", "Home");
    public static readonly LocalizedText Instruments = new("评估工具", "Instruments");
    public static readonly LocalizedText MainNavigation = new("主导航", "Main navigation");
    public static readonly LocalizedText ToggleNavigation = new("显示或隐藏导航", "Show or hide navigation");
    public static readonly LocalizedText UnexpectedError = new("发生了意外错误，您已保存的答案不受影响。", "An unexpected error occurred. Answers already saved are not affected.");
    public static readonly LocalizedText Reload = new("重新加载", "Reload");
    public static readonly LocalizedText PageFailed = new("此部分无法显示。请重新加载页面；如果问题仍然存在，请联系管理员。", "This part could not be shown. Reload the page; if the problem persists, tell your administrator.");
    public static readonly LocalizedText Illustrative = new("示例数据：仅供演示，并非官方评估结果。", "Illustrative data: for demonstration only, not an official evaluation.");
    public static readonly LocalizedText InstallationHoldsDemo = new(
        "本系统载有示例数据：名称以“示例”开头的轮次及其地区、答案和结果仅供演示，并非官方评估结果。",
        "This installation holds illustrative data: rounds named \"示例…\" (demo), with their jurisdictions, answers and results, are for demonstration only, not an official evaluation.");
    public static readonly LocalizedText IllustrativeLabel = new("示例数据", "Illustrative data");
}
