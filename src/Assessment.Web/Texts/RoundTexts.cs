using Assessment.Core.Instruments;
using Assessment.Core.Rounds;

namespace Assessment.Web.Texts;

public static class RoundTexts
{
    public static readonly LocalizedText Title = new("评估轮次", "Rounds");
    public static readonly LocalizedText NewRound = new("新建评估轮次", "New round");
    public static readonly LocalizedText NoRounds = new("暂无您可查看的评估轮次。", "There are no rounds you may see.");
    public static readonly LocalizedText Name = new("名称", "Name");
    public static readonly LocalizedText Instrument = new("评估工具", "Instrument");
    public static readonly LocalizedText Mode = new("方式", "Mode");
    public static readonly LocalizedText Window = new("时间窗口", "Window");
    public static readonly LocalizedText Opens = new("开始日期", "Opens");
    public static readonly LocalizedText Closes = new("截止日期", "Closes");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText JurisdictionCount = new("地区数", "Jurisdictions");
    public static readonly LocalizedText Progress = new("进度（已提交）", "Progress (submitted)");
    public static readonly LocalizedText WindowNote = new("日期按北京时间（UTC+8）计算，截止日当天 24 时截止。", "Dates are Beijing time (UTC+8); a round closes at the end of its closing day.");

    public static readonly LocalizedText Jurisdictions = new("评估对象（地区）", "Jurisdictions");
    public static readonly LocalizedText Level = new("层级", "Level");
    public static readonly LocalizedText Province = new("省份", "Province");
    public static readonly LocalizedText AnyLevel = new("全部层级", "All levels");
    public static readonly LocalizedText AnyProvince = new("全部省份", "All provinces");
    public static readonly LocalizedText Search = new("搜索名称或代码", "Search name or code");
    public static readonly LocalizedText SelectShown = new("选择当前筛选出的全部", "Select all shown");
    public static readonly LocalizedText ClearSelection = new("清除选择", "Clear selection");
    public static readonly LocalizedText Selected = new("已选择", "Selected");
    public static readonly LocalizedText Shown = new("筛选结果", "Shown");
    public static readonly LocalizedText Select = new("选择", "Select");
    public static readonly LocalizedText Code = new("代码", "Code");
    public static readonly LocalizedText NoJurisdictions = new("没有符合筛选条件的地区。", "No jurisdiction matches the filters.");
    public static readonly LocalizedText Raters = new("评分人", "Raters");
    public static readonly LocalizedText RatersExternal = new("所选评估员将被分配到每个所选地区（每个地区可有多名评估员）。", "Each chosen evaluator is assigned to every selected jurisdiction (several raters per jurisdiction).");
    public static readonly LocalizedText RatersSelf = new("自评轮次由绑定到所选地区的自评员作答：", "A self-assessment round is answered by the self-assessors bound to the selected jurisdictions:");
    public static readonly LocalizedText NoSelfAssessors = new("所选地区尚无绑定的自评员。", "No self-assessor is bound to the selected jurisdictions yet.");
    public static readonly LocalizedText Create = new("创建（草稿）", "Create (as draft)");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText Back = new("返回评估轮次列表", "Back to rounds");
    public static readonly LocalizedText FixProblems = new("请修正标出的字段后再创建。", "Fix the marked fields, then create again.");

    public static readonly LocalizedText NameMissing = new("请填写轮次名称。", "Enter a name for the round.");
    public static readonly LocalizedText InstrumentMissing = new("请选择 instruments/ 目录中的评估工具文件。", "Choose an instrument file from instruments/.");
    public static readonly LocalizedText InstrumentInvalid = new("该评估工具文件未通过校验，请先在“评估工具”页面查看问题并修正：", "This instrument file is not valid; see its problems on the Instruments page and fix them first:");
    public static readonly LocalizedText ModeMissing = new("请选择外部评估或自评。", "Choose external evaluation or self-assessment.");
    public static readonly LocalizedText OpensMissing = new("请填写开始日期。", "Enter the opening date.");
    public static readonly LocalizedText ClosesMissing = new("请填写截止日期。", "Enter the closing date.");
    public static readonly LocalizedText ClosesBeforeOpens = new("截止日期早于开始日期，请调整。", "The closing date is before the opening date; change one of them.");
    public static readonly LocalizedText JurisdictionsMissing = new("请至少选择一个地区。", "Select at least one jurisdiction.");
    public static readonly LocalizedText UnknownJurisdictions = new("以下代码不在行政区划中：", "These codes are not in the hierarchy:");
    public static readonly LocalizedText RatersMissing = new("外部评估轮次至少需要一名评估员。", "An external evaluation needs at least one evaluator.");
    public static readonly LocalizedText NotEvaluators = new("只能分配评估员账户。", "Only evaluator accounts can be assigned.");
    public static readonly LocalizedText WithoutSelfAssessor = new("以下地区没有绑定的自评员账户，请先在“账户”中创建，或取消选择：", "These jurisdictions have no self-assessor account; create one under Accounts first or deselect them:");

    public static readonly LocalizedText NotVisible = new("没有这个评估轮次，或您无权查看。", "There is no such round, or you may not see it.");
    public static readonly LocalizedText Board = new("进度看板", "Progress board");
    public static readonly LocalizedText Rater = new("评分人", "Rater");
    public static readonly LocalizedText Completeness = new("完成度", "Completeness");
    public static readonly LocalizedText Overdue = new("逾期", "Overdue");
    public static readonly LocalizedText OverdueCount = new("逾期未提交", "Overdue, not submitted");
    public static readonly LocalizedText OverdueHelp = new("截止日期已过且尚未提交或通过的答卷。", "Responses past the closing date and neither submitted nor accepted.");
    public static readonly LocalizedText AnyStatus = new("全部状态", "All statuses");
    public static readonly LocalizedText OnlyOverdue = new("只看逾期", "Overdue only");
    public static readonly LocalizedText Rows = new("行", "rows");
    public static readonly LocalizedText NoRows = new("没有符合筛选条件的答卷。", "No responses match the filters.");
    public static readonly LocalizedText ConfirmTitle = new("确认", "Confirm");
    public static readonly LocalizedText Yes = new("确定", "Yes");
    public static readonly LocalizedText No = new("取消", "No");
    public static readonly LocalizedText MoveRefused = new("状态未能更改，原因见页面上的提示。", "The status was not changed; the page says why.");
    public static readonly LocalizedText Created = new("已创建评估轮次（草稿）。", "Round created as a draft.");
    public static readonly LocalizedText AnonymousRater = new("评分人", "Rater");
    public static readonly LocalizedText ResearcherNote = new("研究人员视图：仅显示已提交或已通过的答卷，评分人匿名。", "Researcher view: only submitted or accepted responses, raters anonymous.");
    public static readonly LocalizedText OwnRowsNote = new("仅显示分配给您的答卷。", "Only the responses assigned to you are shown.");

    public static LocalizedText ModeName(RoundMode mode) => mode switch
    {
        RoundMode.ExternalEvaluation => new("外部评估", "External evaluation"),
        _ => new("自评", "Self-assessment"),
    };

    public static LocalizedText StatusName(RoundStatus status) => status switch
    {
        RoundStatus.Draft => new("草稿", "Draft"),
        RoundStatus.Open => new("进行中", "Open"),
        RoundStatus.Closed => new("已截止", "Closed"),
        _ => new("已发布", "Published"),
    };

    /// <summary>A board row's stage: its status, or "not started" for a draft with no answer yet.</summary>
    public static LocalizedText StageName(ResponseStage stage) => stage switch
    {
        ResponseStage.NotStarted => new("未开始", "Not started"),
        ResponseStage.Draft => new("填写中", "Draft"),
        ResponseStage.Submitted => new("已提交", "Submitted"),
        ResponseStage.Returned => new("已退回", "Returned"),
        _ => new("已通过", "Accepted"),
    };

    public static LocalizedText LevelName(string level) => level switch
    {
        "province" => new("省级", "Province"),
        "prefecture" => new("地级", "Prefecture"),
        "county" => new("县级", "County"),
        _ => new(level, level),
    };

    /// <summary>The button for a move to <paramref name="status"/>.</summary>
    public static LocalizedText Transition(RoundStatus status) => status switch
    {
        RoundStatus.Open => new("开放轮次", "Open round"),
        RoundStatus.Closed => new("截止轮次", "Close round"),
        RoundStatus.Published => new("发布结果", "Publish"),
        _ => StatusName(status),
    };

    /// <summary>The snackbar after a move to <paramref name="status"/> went through.</summary>
    public static LocalizedText Moved(RoundStatus status) => status switch
    {
        RoundStatus.Open => new("轮次已开放。", "The round is open."),
        RoundStatus.Closed => new("轮次已截止。", "The round is closed."),
        RoundStatus.Published => new("结果已发布。", "The results are published."),
        _ => StatusName(status),
    };

    public static LocalizedText ConfirmTransition(RoundStatus status) => status switch
    {
        RoundStatus.Open => new("开放后，评分人即可开始作答。确定开放此轮次吗？", "Once open, raters can start answering. Open this round?"),
        RoundStatus.Closed => new("截止后，评分人不能再修改答案。确定截止此轮次吗？", "Once closed, raters can no longer change answers. Close this round?"),
        RoundStatus.Published => new("发布后，研究人员可以查看结果，且不能撤回。确定发布吗？", "Once published, researchers can read the results; this cannot be undone. Publish?"),
        _ => StatusName(status),
    };
}
