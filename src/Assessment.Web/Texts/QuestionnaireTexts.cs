using Assessment.Core.Instruments;
using Assessment.Core.Rounds;

namespace Assessment.Web.Texts;

public static class QuestionnaireTexts
{
    public static readonly LocalizedText ReviewerComments = new("评审意见", "Reviewer's comments");
    public static readonly LocalizedText MyQuestionnaires = new("我的问卷", "My questionnaires");
    public static readonly LocalizedText NoneAssigned = new("目前没有分配给您的问卷。管理员把您分配到某个评估轮次后，问卷会出现在这里。", "No questionnaires are assigned to you yet. They appear here once an administrator assigns you to a round.");
    public static readonly LocalizedText Completeness = new("完成度", "Completeness");
    public static readonly LocalizedText Overall = new("总体进度", "Overall progress");
    public static readonly LocalizedText Sections = new("问卷各部分", "Sections");
    public static readonly LocalizedText NextSection = new("下一部分：", "Next:");
    public static readonly LocalizedText Loading = new("正在加载问卷…", "Loading the questionnaire…");
    public static readonly LocalizedText AutoSave = new("每个答案在修改时即自动保存，无需点击保存。", "Every answer is saved as you change it; there is no save button.");
    public static readonly LocalizedText Required = new("必答", "Required");
    public static readonly LocalizedText Help = new("说明", "Help");
    public static readonly LocalizedText NotApplicable = new("不适用", "Not applicable");
    public static readonly LocalizedText Yes = new("是", "Yes");
    public static readonly LocalizedText No = new("否", "No");
    public static readonly LocalizedText Clear = new("清除答案", "Clear answer");
    public static readonly LocalizedText EvidenceText = new("佐证说明", "Evidence");
    public static readonly LocalizedText SourceLabel = new("答案依据：", "Answer from: ");

    /// <summary>Where an item's answer comes from (instrument key <c>source</c>), said to the person answering.</summary>
    public static LocalizedText Source(Assessment.Core.Instruments.ItemSource source) => source switch
    {
        Assessment.Core.Instruments.ItemSource.Public => new("公开资料（评估员可自行核查）", "public sources (a rater can check them)"),
        Assessment.Core.Instruments.ItemSource.Submitted => new("被评地区提交的材料", "documents the jurisdiction submits"),
        _ => new("被评地区的自述（无法独立核查）", "the jurisdiction's own word (cannot be checked independently)"),
    };
    public static readonly LocalizedText EvidenceLink = new("佐证链接", "Evidence link");
    public static readonly LocalizedText EvidenceRequired = new("（必须提供佐证）", "(evidence required)");
    public static readonly LocalizedText NumberHint = new("用“.”作小数点，例如 12.5", "Use '.' as the decimal point, e.g. 12.5");
    public static readonly LocalizedText Saving = new("保存中…", "Saving…");
    public static readonly LocalizedText Saved = new("已保存", "Saved");
    public static readonly LocalizedText NotSaved = new("未保存：", "Not saved:");
    public static readonly LocalizedText StorageFull = new(
        "未保存：服务器存储空间已满。您的输入仍在此处，此前已保存的答案不受影响；请稍后点击“重试”，或联系管理员。",
        "Not saved: the server's storage is full. What you entered is still here and answers saved before are safe; press Retry later, or tell the administrator.");
    public static readonly LocalizedText SaveFailed = new("保存失败，可能是网络或服务器问题。您的输入仍在此处。", "The save failed, perhaps a network or server problem. What you entered is still here.");
    public static readonly LocalizedText Retry = new("重试", "Retry");
    public static readonly LocalizedText ConnectionLostAt = new(
        "与服务器的连接在 {0} 中断过，页面已重新打开，下面是服务器上保存的全部答案。",
        "The connection to the server was lost at {0}; the page has been opened again and shows every answer the server saved.");
    public static readonly LocalizedText UnsavedItems = new(
        "以下 {0} 个条目有连接中断前没有保存的输入，请在条目处选择恢复或放弃：",
        "{0} items have input from before the connection was lost that was not saved; restore or discard it at each item:");
    public static readonly LocalizedText NothingUnsaved = new("中断前的输入都已保存。", "Everything entered before that was saved.");
    public static readonly LocalizedText UnsavedTitle = new("连接中断前的输入没有保存：", "Entered before the connection was lost, not saved:");
    public static readonly LocalizedText AnswerField = new("答案：", "Answer: ");
    public static readonly LocalizedText EvidenceField = new("佐证说明：", "Evidence: ");
    public static readonly LocalizedText LinkField = new("佐证链接：", "Evidence link: ");
    public static readonly LocalizedText SavedOnServer = new("服务器上保存的答案：", "Saved on the server:");
    public static readonly LocalizedText RestoreUnsaved = new("恢复并保存", "Restore and save");
    public static readonly LocalizedText DiscardUnsaved = new("放弃", "Discard");
    public static readonly LocalizedText LastSaved = new("上次保存的答案：", "Last saved answer:");
    public static readonly LocalizedText Unanswered = new("（未作答）", "(unanswered)");
    public static readonly LocalizedText Conflict = new("此答案已在别处（其他人或您的另一个窗口）被修改，您的修改尚未保存。当前保存的答案：", "This answer was changed elsewhere (by someone else or in another window of yours); your change is not saved. The saved answer now is:");
    public static readonly LocalizedText By = new("修改人", "by");
    public static readonly LocalizedText UseTheirs = new("采用对方的答案", "Use theirs");
    public static readonly LocalizedText KeepMine = new("保留我的答案", "Keep mine");
    public static readonly LocalizedText Submit = new("提交问卷", "Submit questionnaire");
    public static readonly LocalizedText Submitted = new("问卷已提交，现为只读。如需修改，请联系评估员退回。", "This questionnaire is submitted and read-only. Ask an evaluator to return it if it needs changes.");
    public static readonly LocalizedText MissingTitle = new("还不能提交，以下条目需要补充：", "Not submitted yet; these items need attention:");
    public static readonly LocalizedText MissingAnswer = new("未作答（必答）", "no answer (required)");
    public static readonly LocalizedText MissingEvidence = new("缺少佐证（必须提供）", "evidence missing (required)");
    public static readonly LocalizedText NotAssigned = new("您没有被分配到这个地区的这一轮评估。", "You are not assigned to this jurisdiction in this round.");
    public static readonly LocalizedText OwnJurisdictionOnly = new("自评员只能填写本地区的自评问卷。", "A self-assessor can only answer their own jurisdiction's self-assessment.");
    public static readonly LocalizedText NotSelfAssessment = new("这一轮不是自评，自评员不能填写。", "This round is not a self-assessment; self-assessors cannot answer it.");
    public static readonly LocalizedText SelfAssessorsOnly = new("这一轮是自评，只能由本地区的自评员填写。", "This round is a self-assessment; only the jurisdiction's self-assessors answer it.");
    public static readonly LocalizedText RoundNotOpen = new("这一轮评估尚未开放。", "This round is not open yet.");
    public static readonly LocalizedText NoEvidenceAsked = new("这个条目不需要佐证，不能保存佐证。", "This item asks for no evidence; evidence cannot be saved for it.");
    public static readonly LocalizedText BadLink = new("佐证链接必须是以 http:// 或 https:// 开头的完整网址。", "The evidence link must be a full address starting with http:// or https://.");
    public static readonly LocalizedText TooLong = new("内容过长（最多 {0} 个字符），请缩短后再保存。", "Too long (at most {0} characters); shorten it and it will be saved.");
    public static readonly LocalizedText NoSuchItem = new("问卷中没有这个条目。", "The questionnaire has no such item.");

    public static LocalizedText InvalidAnswer(ItemType type) => type switch
    {
        ItemType.Numeric => new("这不是有效的数字：请只写数字，用“.”作小数点，例如 12.5。", "Not a number: write digits with '.' as the decimal point, e.g. 12.5."),
        ItemType.Likert => new("请选择量表上的一个点。", "Choose a point of the scale."),
        ItemType.Boolean => new("请选择“是”或“否”。", "Choose yes or no."),
        ItemType.Choice or ItemType.Multi => new("请从列出的选项中选择。", "Choose from the options listed."),
        _ => new("这个答案不符合该条目的要求。", "This answer does not fit the item."),
    };

    public static LocalizedText StatusName(ResponseStatus status) => status switch
    {
        ResponseStatus.Draft => new("填写中", "in progress"),
        ResponseStatus.Submitted => new("已提交", "submitted"),
        ResponseStatus.Returned => new("已退回，请修改", "returned for changes"),
        _ => new("已接受", "accepted"),
    };
}
