using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// One-time passwords expire (OWASP ASVS 2.3.1): 14 days after they were set by default (Security:OneTimePasswordDays).
/// A fresh one leads to the password change; an expired one is refused with a message that says to ask for a reset.
/// </summary>
public sealed class OneTimePasswordExpiryTests(DefaultProxyApp app) : IClassFixture<DefaultProxyApp>
{
    private const string OneTime = "abcdEFGH2345jkmn";

    private long CreateOneTimeAccount(string userName)
    {
        var hash = app.Services.GetRequiredService<IPasswordHasher<Account>>().HashPassword(PasswordHashing.Anyone, OneTime);
        return app.Services.GetRequiredService<AccountStore>()
            .Create(new NewAccount(userName, "One-time", Roles.Researcher, PasswordHash: hash, MustChangePassword: true), "test").Id;
    }

    [Fact]
    public async Task A_fresh_one_time_password_signs_in_to_the_password_change()
    {
        CreateOneTimeAccount("otp-fresh");

        var response = await Proxied.SignInAsync(app, "127.0.0.1", "http", "otp-fresh", OneTime);

        Assert.StartsWith("/account/password?", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_one_time_password_set_more_than_14_days_ago_is_refused_and_the_page_says_to_ask_for_a_reset()
    {
        var id = CreateOneTimeAccount("otp-old");
        var setAt = Clock.Format(DateTimeOffset.UtcNow.AddDays(-14.5));
        using (var c = app.Services.GetRequiredService<AssessmentDb>().OpenRead())
            Assert.NotNull(c.ExecuteScalar<string>("SELECT password_set_at FROM accounts WHERE id = @id", new { id }));
        app.Services.GetRequiredService<AssessmentDb>().Writer.Write((c, tx) =>
            c.Execute("UPDATE accounts SET password_set_at = @setAt WHERE id = @id", new { id, setAt }, tx));

        var response = await Proxied.SignInAsync(app, "127.0.0.1", "http", "otp-old", OneTime);

        Assert.Equal("/signin?expired=1&returnUrl=%2F", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Cookies=", StringComparison.Ordinal)));
        var page = await app.CreateClient().GetStringAsync("/signin?expired=1");
        Assert.Contains("您的一次性密码已过期。请联系管理员重新设置密码。", page);
    }
}
