using Assessment.Core.Instruments;
using Assessment.Data.Accounts;

namespace Assessment.Web.Components.Pages.Accounts;

public static class AccountAdminTexts
{
    public static readonly LocalizedText NewAccount = new("新建账户", "New account");
    public static readonly LocalizedText ImportCsv = new("批量导入（CSV）", "Import accounts (CSV)");
    public static readonly LocalizedText CsvHint = new("列：user_name,display_name,role,jurisdiction_code[,email]；全部导入或全部不导入。",
        "Columns: user_name,display_name,role,jurisdiction_code[,email]; all lines or none.");
    public static readonly LocalizedText Save = new("保存", "Save");
    public static readonly LocalizedText Cancel = new("取消", "Cancel");
    public static readonly LocalizedText Edit = new("编辑", "Edit");
    public static readonly LocalizedText Disable = new("停用", "Disable");
    public static readonly LocalizedText Enable = new("启用", "Enable");
    public static readonly LocalizedText ResetPassword = new("重置密码", "Reset password");
    public static readonly LocalizedText SignOutEverywhere = new("全部下线", "Sign out everywhere");
    public static readonly LocalizedText Status = new("状态", "Status");
    public static readonly LocalizedText Actions = new("操作", "Actions");
    public static readonly LocalizedText Active = new("正常", "Active");
    public static readonly LocalizedText Disabled = new("已停用", "Disabled");
    public static readonly LocalizedText Locked = new("已锁定", "Locked");
    public static readonly LocalizedText OneTime = new("待改密码", "One-time password");
    public static readonly LocalizedText Demo = new("演示", "Demo");
    public static readonly LocalizedText JurisdictionCode = new("地区代码（仅自评员）", "Jurisdiction code (self-assessors only)");
    public static readonly LocalizedText OneTimePasswordFor = new("一次性密码（仅显示这一次，首次登录时须修改）：", "One-time password (shown this once; to be changed at first sign-in) for ");
    public static readonly LocalizedText Saved = new("已保存。", "Saved.");
    public static readonly LocalizedText DoneDisabled = new("账户已停用，其打开的页面将在一分钟内失效。", "Account disabled; its open pages lose access within a minute.");
    public static readonly LocalizedText DoneEnabled = new("账户已启用。", "Account enabled.");
    public static readonly LocalizedText DoneSignedOut = new("该账户的所有会话将在一分钟内结束。", "Every session of the account ends within a minute.");
    public static readonly LocalizedText ConfirmDisable = new("停用此账户？其所有会话将结束。", "Disable this account? All its sessions end.");
    public static readonly LocalizedText ConfirmReset = new("为此账户生成新的一次性密码？当前密码将失效。", "Give this account a new one-time password? The current one stops working.");
    public static readonly LocalizedText Provisioned = new("已创建账户：", "Accounts created: ");
    public static readonly LocalizedText DownloadPasswords = new("下载一次性密码（CSV，仅此一次）", "Download the one-time passwords (CSV, this once)");
    public static readonly LocalizedText ImportRefused = new("未导入任何账户，请修正以下各行后重新导入：", "Nothing imported. Fix these lines and import again:");
    public static readonly LocalizedText Line = new("第 {0} 行：", "Line {0}: ");

    public static LocalizedText Problem(AccountProblem problem) => problem switch
    {
        AccountProblem.EmptyUserName => new("用户名或姓名为空。", "The user name or name is empty."),
        AccountProblem.UnknownRole => new("未知角色。", "Unknown role."),
        AccountProblem.JurisdictionMismatch => new("自评员必须有所属地区，其他角色不能有。", "A self-assessor needs a jurisdiction, and only a self-assessor has one."),
        AccountProblem.UnknownJurisdiction => new("地区代码不存在。", "No jurisdiction has that code."),
        AccountProblem.UserNameTaken => new("该用户名已被使用。", "That user name is taken."),
        AccountProblem.LastAdministrator => new("不能停用或降级最后一位有效管理员。", "The last active administrator cannot be disabled or given another role."),
        _ => new("找不到该账户。", "No such account."),
    };
}
