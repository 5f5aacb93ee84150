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
