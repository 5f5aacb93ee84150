using Assessment.Core.Instruments;

namespace Assessment.Web.Security;

public static class SecurityTexts
{
    public static readonly LocalizedText SignInFirst = new("请先登录。", "Please sign in first.");
    public static readonly LocalizedText NotAllowed = new("您的角色无权执行此操作。", "Your role does not allow this.");
}
