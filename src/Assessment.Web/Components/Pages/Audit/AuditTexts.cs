using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Audit;

public static class AuditTexts
{
    public static readonly LocalizedText Title = new("审计记录", "Audit trail");
    public static readonly LocalizedText Intro = new(
        "每一项更改（答案、核定、状态、账户、轮次）都在同一事务中写入审计记录，记录不可修改或删除。可按人员、类别、时间、轮次和地区筛选，并导出 CSV。",
        "Every change (answers, reconciliations, statuses, accounts, rounds) is written to the audit trail in the same transaction; rows are never changed or deleted. Filter by who, what, when, round and jurisdiction, and export CSV.");
    public static readonly LocalizedText Actor = new("操作人", "Who");
    public static readonly LocalizedText Entity = new("类别", "What");
    public static readonly LocalizedText AnyEntity = new("全部类别", "Everything");
    public static readonly LocalizedText From = new("起始日期", "From");
    public static readonly LocalizedText To = new("截止日期（含）", "To (inclusive)");
    public static readonly LocalizedText Round = new("轮次编号", "Round id");
    public static readonly LocalizedText Jurisdiction = new("地区代码", "Jurisdiction code");
    public static readonly LocalizedText Apply = new("筛选", "Filter");
    public static readonly LocalizedText Clear = new("清除筛选", "Clear filters");
    public static readonly LocalizedText Export = new("导出 CSV", "Export CSV");
    public static readonly LocalizedText At = new("时间（UTC）", "When (UTC)");
    public static readonly LocalizedText Key = new("对象", "Key");
    public static readonly LocalizedText OldValue = new("原值", "Before");
    public static readonly LocalizedText NewValue = new("新值", "After");
    public static readonly LocalizedText Reason = new("原因", "Reason");
    public static readonly LocalizedText Removed = new("（已移除）", "(removed)");
    public static readonly LocalizedText Rows = new("条记录", "rows");
    public static readonly LocalizedText RowsPerPage = new("每页行数", "Rows per page");
    public static readonly LocalizedText PageInfo = new("第 {first_item}–{last_item} 条，共 {all_items} 条", "{first_item}–{last_item} of {all_items}");
    public static readonly LocalizedText NoRows = new("没有符合筛选条件的记录。", "No rows match the filters.");
}
