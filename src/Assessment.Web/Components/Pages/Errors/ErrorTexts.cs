using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Errors;

public static class ErrorTexts
{
    public static readonly LocalizedText ErrorTitle = new("出错了", "Something went wrong");
    public static readonly LocalizedText ErrorBody = new("请求未能完成。您已保存的答案不受影响。请返回首页重试；如果问题仍然存在，请联系管理员。",
        "The request could not be completed. Answers already saved are not affected. Go back to the home page and try again; if the problem persists, tell your administrator.");
    public static readonly LocalizedText NotFoundTitle = new("找不到页面", "Page not found");
    public static readonly LocalizedText NotFoundBody = new("此地址没有页面。请检查地址，或从导航中选择。", "There is no page at this address. Check the address or choose from the navigation.");
    public static readonly LocalizedText BackHome = new("返回首页", "Back to the home page");
}
