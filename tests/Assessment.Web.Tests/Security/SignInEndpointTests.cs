using System.Net;
using System.Text.RegularExpressions;
using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

/// <summary>The real app in process (TestServer) on an empty temp data folder: no demo data, one account.</summary>
public sealed class SignInApp : WebApplicationFactory<Program>
{
    public const string UserName = "signin-test";
    public const string Password = "Right-password-2026";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "assessment-signin-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("data", DataFolder);
        builder.UseSetting("demo", "false");
        // These tests post many times from the test server's one (absent) address; the limit has its own test.
        builder.UseSetting("Security:SignInsPerMinutePerAddress", "10000");
    }

    public void CreateAccount()
    {
        var hasher = Services.GetRequiredService<IPasswordHasher<Account>>();
        var hash = hasher.HashPassword(new Account { Id = 0, UserName = UserName, DisplayName = "", Role = "", IsLead = false, CreatedAt = "" }, Password);
        Services.GetRequiredService<AccountStore>().Create(new NewAccount(UserName, "Sign-in test", Roles.Researcher, PasswordHash: hash), "test");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

public sealed class SignInEndpointTests : IClassFixture<SignInApp>
{
    private const string AuthCookie = ".AspNetCore.Cookies";
    private readonly SignInApp app;

    public SignInEndpointTests(SignInApp app)
    {
        this.app = app;
        if (new AccountStore(app.Services.GetRequiredService<Data.Database.AssessmentDb>()).FindByUserName(SignInApp.UserName) is null)
            app.CreateAccount();
    }

    [Fact]
    public void The_app_under_test_keeps_its_database_in_the_temp_data_folder() =>
        Assert.True(File.Exists(Path.Combine(app.DataFolder, "assessment.db")), $"no database in {app.DataFolder}");

    [Fact]
    public async Task The_right_password_signs_in_sets_the_cookie_and_goes_to_the_return_address()
    {
        var response = await PostAsync(SignInApp.UserName, SignInApp.Password, "/cases");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cases", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer_and_no_cookie()
    {
        var wrongPassword = await PostAsync(SignInApp.UserName, "Wrong-password", "/cases");
        var unknownUser = await PostAsync("nobody-here", SignInApp.Password, "/cases");
        var emptyPassword = await PostAsync(SignInApp.UserName, "", "/cases");

        foreach (var response in new[] { wrongPassword, unknownUser, emptyPassword })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/signin?failed=1&returnUrl=%2Fcases", response.Headers.Location?.OriginalString);
            Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        }
        Assert.Equal(await wrongPassword.Content.ReadAsStringAsync(), await unknownUser.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]              // no token at all
    [InlineData("not-a-real-token")] // forged or stale
    public async Task A_post_without_a_valid_antiforgery_token_is_sent_back_to_the_form_without_signing_in(string? token)
    {
        using var client = NewClient();
        await client.GetStringAsync("/signin"); // the antiforgery cookie, as a browser holding the page has it
        var form = new Dictionary<string, string> { ["userName"] = SignInApp.UserName, ["password"] = SignInApp.Password, ["returnUrl"] = "/cases" };
        if (token is not null) form["__RequestVerificationToken"] = token;

        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fcases", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(SetCookies(response), c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//evil.com")]
    [InlineData("/\\evil.com")]
    [InlineData("https://evil.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.com")]
    public async Task A_return_address_off_this_site_becomes_home_after_sign_in_and_after_a_failure(string returnUrl)
    {
        var signedIn = await PostAsync(SignInApp.UserName, SignInApp.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);

        var failed = await PostAsync(SignInApp.UserName, "Wrong-password", returnUrl);
        Assert.Equal("/signin?failed=1&returnUrl=%2F", failed.Headers.Location?.OriginalString);
    }

    /// <summary>Opens the sign-in page for its antiforgery token and cookie, then posts the form as a browser would.</summary>
    private async Task<HttpResponseMessage> PostAsync(string userName, string password, string returnUrl)
    {
        var client = NewClient();
        var page = await client.GetStringAsync("/signin");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(token.Success, "the sign-in page has no antiforgery token");
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
    }

    private HttpClient NewClient() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
