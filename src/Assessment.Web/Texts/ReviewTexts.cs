using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Web.Localization;

namespace Assessment.Web.Texts;

public static class ReviewTexts
{
    public static readonly LocalizedText Title = new("评审与核定", "Review and reconciliation");
    public static readonly LocalizedText Intro = new("主评估员在此逐项比较评估员的答案与佐证，核定分歧，退回或接受答卷。", "Lead evaluators compare the raters' answers and evidence item by item, reconcile disagreements, and return or accept responses.");
    public static readonly LocalizedText NoRounds = new("还没有已开放的评估轮次。", "There are no open rounds yet.");
    public static readonly LocalizedText Round = new("评估轮次", "Round");
    public static readonly LocalizedText Instrument = new("评估工具", "Instrument");
    public static readonly LocalizedText Mode = new("方式", "Mode");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText Jurisdictions = new("地区数", "Jurisdictions");
    public static readonly LocalizedText Jurisdiction = new("地区", "Jurisdiction");
    public static readonly LocalizedText Open = new("打开", "Open");
    public static readonly LocalizedText Review = new("评审", "Review");
    public static readonly LocalizedText Raters = new("评估员与答卷状态", "Raters and response status");
    public static readonly LocalizedText Disagreements = new("分歧项", "Disagreements");
    public static readonly LocalizedText Disagreement = new("分歧", "Disagreement");
    public static readonly LocalizedText Composite = new("综合得分", "Composite");
    public static readonly LocalizedText Completeness = new("完成度", "Completeness");
    public static readonly LocalizedText Stage = new("成熟度阶段", "Maturity stage");
    public static readonly LocalizedText Technology = new("技术赋能 T", "Technology T");
    public static readonly LocalizedText Organization = new("组织规制 O", "Organization O");
    public static readonly LocalizedText Quadrant = new("象限", "Quadrant");
    public static readonly LocalizedText Gap = new("分歧阈值（题目得分 0–1）", "Disagreement gap (item score 0–1)");
    public static readonly LocalizedText GapHelp = new("评估员之间题目得分之差大于此值，或一人答“不适用”而另一人作答，即视为分歧。", "Raters disagree when their item scores differ by more than this, or when one says N/A and another answers.");
    public static readonly LocalizedText LiveScore = new("实时得分", "Live score");
    public static readonly LocalizedText LiveScoreHelp = new("按当前答案和核定答案计算，每 5 秒自动刷新。", "Computed from the current answers and reconciled answers; refreshes every 5 seconds.");
    public static readonly LocalizedText UpdatedAt = new("更新于", "Updated at");
    public static readonly LocalizedText Refresh = new("立即刷新", "Refresh now");
    public static readonly LocalizedText Explain = new("得分明细（explain）", "Score breakdown (explain)");
    public static readonly LocalizedText ExplainHelp = new("得分：题目得分（0–1，评估员平均，不适用者不计）；占比：题目权重占指标非“不适用”权重之比；分值：对指标得分的贡献（100 × 占比 × 得分）。", "Score: the item's score (0–1, mean over raters, N/A raters left out); share: its weight over the indicator's non-N/A weights; points: what it adds to the indicator (100 × share × score).");
    public static readonly LocalizedText Item = new("题目", "Item");
    public static readonly LocalizedText ReconciledAnswer = new("核定答案", "Reconciled answer");
    public static readonly LocalizedText Score = new("得分", "Score");
    public static readonly LocalizedText Weight = new("权重", "Weight");
    public static readonly LocalizedText Share = new("占比", "Share");
    public static readonly LocalizedText Points = new("分值", "Points");
    public static readonly LocalizedText Rater = new("评估员", "Rater");
    public static readonly LocalizedText Answer = new("答案", "Answer");
    public static readonly LocalizedText Evidence = new("佐证", "Evidence");
    public static readonly LocalizedText NoEvidence = new("无佐证", "no evidence");
    public static readonly LocalizedText NotApplicable = new("不适用", "N/A");
    public static readonly LocalizedText Spread = new("得分差", "Spread");
    public static readonly LocalizedText Reconcile = new("核定答案", "Reconcile");
    public static readonly LocalizedText ChangeReconciled = new("修改核定", "Change");
    public static readonly LocalizedText Remove = new("撤销核定", "Remove reconciliation");
    public static readonly LocalizedText Reason = new("理由（必填）", "Reason (required)");
    public static readonly LocalizedText Save = new("保存", "Save");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText ChooseOne = new("请选择", "Choose");
    public static readonly LocalizedText Yes = new("是", "yes");
    public static readonly LocalizedText No = new("否", "no");
    public static readonly LocalizedText SetBy = new("核定人", "Set by");
    public static readonly LocalizedText Responses = new("答卷", "Responses");
    public static readonly LocalizedText Comment = new("意见", "Comment");
    public static readonly LocalizedText CommentPlaceholder = new("退回时必填：告诉评估员需要修改什么", "Required to return: tell the rater what to change");
    public static readonly LocalizedText ReturnResponse = new("退回并附意见", "Return with comment");
    public static readonly LocalizedText AcceptResponse = new("接受", "Accept");
    public static readonly LocalizedText DisagreementsFirst = new("分歧项（优先处理）", "Disagreements (first)");
    public static readonly LocalizedText NoDisagreements = new("当前阈值下没有分歧项。", "No disagreements at this gap.");
    public static readonly LocalizedText AllItems = new("其余题目（按层面和指标）", "Other items (by layer and indicator)");
    public static readonly LocalizedText Back = new("返回", "Back");
    public static readonly LocalizedText NoSuchRound = new("没有这个评估轮次。", "There is no such round.");
    public static readonly LocalizedText NoSuchJurisdiction = new("这个地区不在该轮次中。", "This jurisdiction is not in the round.");
    public static readonly LocalizedText NotScored = new("不计分", "not scored");

    public static readonly LocalizedText ChooseAnswer = new("请选择或填写核定答案；要撤销核定请使用“撤销核定”。", "Choose or enter the reconciled answer; to remove one, use “Remove reconciliation”.");
    public static readonly LocalizedText ReasonRequired = new("请填写理由：核定记录会保存理由和核定人。", "Give a reason: a reconciliation is recorded with its reason and who set it.");
    public static readonly LocalizedText CommentRequired = new("退回答卷时必须填写意见，评估员会看到它。", "A returned response needs a comment; the rater will read it.");
    public static readonly LocalizedText Reconciled = new("已保存核定答案，得分已更新。", "Reconciled answer saved; the score is updated.");
    public static readonly LocalizedText ReconciliationRemoved = new("已撤销核定，该题恢复为评估员平均分。", "Reconciliation removed; the item counts the raters' mean again.");
    public static readonly LocalizedText NothingChanged = new("与已保存的内容相同，未做更改。", "Same as what is saved; nothing changed.");
    public static readonly LocalizedText AnswerRefused = new("答案未保存：", "Not saved:");
    public static readonly LocalizedText RoundReadOnly = new("该轮次不能再修改：", "The round cannot change now:");
    public static readonly LocalizedText SubmitOwnFirst = new("您也是此地区的评估员：请先提交自己的答卷，再查看其他评估员的答案。",
        "You also rate this jurisdiction: submit your own response before you see the other raters' answers.");
    public static readonly LocalizedText NotOwnResponse = new("不能退回或接受自己的答卷，请由另一位牵头评估员处理。",
        "You cannot return or accept your own response; another lead evaluator must.");
    public static readonly LocalizedText NotInRound = new("该答卷或地区不属于此轮次。", "That response or jurisdiction is not part of this round.");
    public static readonly LocalizedText Returned = new("已退回答卷，评估员会看到您的意见。", "Response returned; the rater will see your comment.");
    public static readonly LocalizedText Accepted = new("已接受答卷。", "Response accepted.");

    public static string StatusNotAllowed(ResponseStatus from, ResponseStatus to) =>
        new LocalizedText($"此答卷当前为“{StatusName(from).Zh}”，不能改为“{StatusName(to).Zh}”。只有已提交（或已接受后退回）的答卷可以退回或接受。",
            $"This response is {StatusName(from).En}; it cannot become {StatusName(to).En}. Only submitted responses can be returned or accepted (and accepted ones returned).").Localized();

    public static LocalizedText StatusName(ResponseStatus status) => status switch
    {
        ResponseStatus.Draft => new("草稿", "draft"),
        ResponseStatus.Submitted => new("已提交", "submitted"),
        ResponseStatus.Returned => new("已退回", "returned"),
        _ => new("已接受", "accepted"),
    };

    public static LocalizedText StatusName(RoundStatus status) => status switch
    {
        RoundStatus.Draft => new("草稿", "draft"),
        RoundStatus.Open => new("进行中", "open"),
        RoundStatus.Closed => new("已截止", "closed"),
        _ => new("已发布", "published"),
    };

    public static LocalizedText ItemStatusName(ItemStatus status) => status switch
    {
        ItemStatus.Answered => new("已作答", "Answered"),
        ItemStatus.NotApplicable => new("不适用", "Not applicable"),
        ItemStatus.Unanswered => new("未作答", "Unanswered"),
        ItemStatus.PartlyAnswered => new("部分作答", "Partly answered"),
        ItemStatus.Reconciled => new("已核定", "Reconciled"),
        _ => new("不计分", "Not scored"),
    };
}
