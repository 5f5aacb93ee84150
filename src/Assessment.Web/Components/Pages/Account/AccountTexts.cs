using Assessment.Core.Instruments;
using Assessment.Data.Accounts;

namespace Assessment.Web.Components.Pages.Account;

public static class AccountTexts
{
    public static readonly LocalizedText SignIn = new("登录", "Sign in");
    public static readonly LocalizedText SignOut = new("退出", "Sign out");
    public static readonly LocalizedText UserName = new("用户名", "User name");
    public static readonly LocalizedText Password = new("密码", "Password");
    public static readonly LocalizedText Failed = new("用户名或密码不正确。请检查后重试。", "The user name or password is wrong. Check them and try again.");
    public static readonly LocalizedText OneTimePasswordExpired = new(
        "您的一次性密码已过期。请联系管理员重新设置密码。", "Your one-time password has expired. Ask your administrator to reset it.");
    public static readonly LocalizedText Throttled = new("此地址的登录尝试过多，请一分钟后再试。", "Too many sign-in attempts from this address. Try again in a minute.");
    public static readonly LocalizedText DemoOff = new("本系统未启用演示数据：演示账户（README 中列出的账户）无法登录。", "The demo is switched off here: the demo accounts (those listed in the README) cannot sign in.");
    public static readonly LocalizedText ChangePassword = new("修改密码", "Change password");
    public static readonly LocalizedText ChangePasswordFirst = new("您使用的是一次性密码，请先设置自己的密码，然后才能打开其他页面。", "You signed in with a one-time password. Choose your own before any other page opens.");
    public static readonly LocalizedText CurrentPassword = new("当前密码", "Current password");
    public static readonly LocalizedText NewPassword = new("新密码", "New password");
    public static readonly LocalizedText ConfirmPassword = new("再次输入新密码", "New password again");
    public static readonly LocalizedText PasswordRules = new("至少 12 个字符，可以是一句话；无需大小写、数字或符号，但不能是用户名或常见密码。",
        "At least 12 characters; a sentence is fine. No need for capitals, digits or symbols, but not your user name or a common password.");

    public static LocalizedText PasswordProblemText(string code) => code switch
    {
        "current" => new("当前密码不正确。", "The current password is wrong."),
        "mismatch" => new("两次输入的新密码不一致。", "The two new passwords differ."),
        "same" => new("新密码不能与当前密码相同。", "The new password must differ from the current one."),
        nameof(PasswordProblem.TooShort) => new("新密码太短：至少需要 12 个字符。", "The new password is too short: at least 12 characters."),
        nameof(PasswordProblem.TooLong) => new("新密码太长：最多 128 个字符。", "The new password is too long: at most 128 characters."),
        nameof(PasswordProblem.SameAsUserName) => new("新密码不能是用户名。", "The new password must not be your user name."),
        nameof(PasswordProblem.Common) => new("这是常见密码（或常见密码加数字），很容易被猜到。", "That is a common password (or one with digits added): easy to guess."),
        _ => new("新密码未被接受。", "The new password was not accepted."),
    };

    public static readonly LocalizedText AccessDenied = new("无权访问", "Access denied");
    public static readonly LocalizedText AccessDeniedBody = new("您的角色无权查看此页面。如需访问，请联系管理员。", "Your role does not allow this page. Ask your administrator if you need access.");
    public static readonly LocalizedText SignedInAs = new("当前用户", "Signed in as");
    public static readonly LocalizedText Accounts = new("账户", "Accounts");
    public static readonly LocalizedText DisplayName = new("姓名", "Name");
    public static readonly LocalizedText Role = new("角色", "Role");
    public static readonly LocalizedText Jurisdiction = new("所属地区", "Jurisdiction");
    public static readonly LocalizedText Lead = new("主评估员", "Lead");

    public static LocalizedText RoleName(string role, bool isLead) => role switch
    {
        Roles.Administrator => new("管理员", "Administrator"),
        Roles.Evaluator when isLead => new("主评估员", "Lead evaluator"),
        Roles.Evaluator => new("评估员", "Evaluator"),
        Roles.SelfAssessor => new("自评员", "Self-assessor"),
        Roles.Researcher => new("研究员", "Researcher"),
        _ => new(role, role),
    };
}
