using System.Security.Claims;
using Assessment.Web.Components.Pages.Account;
using Assessment.Web.Security;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Components.Accounts;

public sealed class ChangePasswordTests : AppTestContext
{
    [Fact]
    public void A_one_time_password_holder_is_told_why_and_each_refusal_is_worded_in_the_page_language()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("fresh1");
        auth.SetClaims(new Claim(UserClaims.PasswordChangeDue, "true"));
        Services.GetRequiredService<NavigationManager>().NavigateTo("/account/password?returnUrl=%2Fcases&problem=TooShort,Common");

        var page = Render<ChangePassword>();

        Assert.Contains("您使用的是一次性密码", page.Find("[data-testid=password-change-due]").TextContent);
        Assert.Equal(["新密码太短：至少需要 12 个字符。", "这是常见密码（或常见密码加数字），很容易被猜到。"],
            page.FindAll("[role=alert]").Select(a => a.TextContent.Trim()));
        Assert.Equal("/cases", page.Find("input[name=returnUrl]").GetAttribute("value"));
        Assert.Equal("12", page.Find("#password").GetAttribute("minlength"));
    }
}
