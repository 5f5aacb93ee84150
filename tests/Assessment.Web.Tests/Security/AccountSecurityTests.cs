using System.Net;
using System.Text.RegularExpressions;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Tests.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

/// <summary>The real app in process, Production, no demo, 3 failures lock, a clock the tests move.</summary>
public sealed class SecuredApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    public const string Password = "Right-password-2026";

    public FakeTime Time { get; } = new(Start);
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "assessment-secured-" + Guid.NewGuid().ToString("N")[..12]);
    public int SignInsPerMinute { get; init; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("data", DataFolder);
        builder.UseSetting("demo", "false");
        builder.UseSetting("Security:Lockout:MaxFailures", "3");
        builder.UseSetting("Security:SignInsPerMinutePerAddress", SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Time));
    }

    public Account Create(string userName, bool mustChange = false, bool demo = false, string role = Roles.Researcher)
    {
        var hash = PasswordHashing.Create().HashPassword(PasswordHashing.Anyone, Password);
        return Services.GetRequiredService<AccountStore>().Create(
            new NewAccount(userName, userName, role, PasswordHash: hash, MustChangePassword: mustChange, IsDemo: demo), "test");
    }

    public AccountStore Accounts => Services.GetRequiredService<AccountStore>();

    public AssessmentDb Db => Services.GetRequiredService<AssessmentDb>();

    public HttpClient Client(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });

    /// <summary>Opens a page for its antiforgery token, then posts the form as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> form)
    {
        var html = await client.GetStringAsync(page);
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(token.Success, $"{page} has no antiforgery token");
        form["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password, string returnUrl = "/cases") =>
        PostFormAsync(client, "/signin", "/account/signin", new() { ["userName"] = user, ["password"] = password, ["returnUrl"] = returnUrl });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

public sealed class AccountSecurityTests : IClassFixture<SecuredApp>
{
    private readonly SecuredApp app;

    public AccountSecurityTests(SecuredApp app)
    {
        this.app = app;
        app.Time.Now = SecuredApp.Start;
    }

    private static string? Location(HttpResponseMessage r) => r.Headers.Location?.OriginalString;

    [Fact]
    public async Task Three_wrong_passwords_lock_the_account_and_the_right_one_then_gets_the_same_refusal()
    {
        app.Create("locked1");
        for (var i = 0; i < 3; i++)
            Assert.Equal("/signin?failed=1&returnUrl=%2Fcases", Location(await SecuredApp.SignInAsync(app.Client(), "locked1", "Wrong-password-" + i)));

        var right = await SecuredApp.SignInAsync(app.Client(), "locked1", SecuredApp.Password);

        Assert.Equal("/signin?failed=1&returnUrl=%2Fcases", Location(right));
        Assert.NotNull(app.Accounts.FindByUserName("locked1")!.LockedUntil);
    }

    [Fact]
    public async Task A_disabled_account_and_a_demo_account_with_the_demo_off_are_refused_like_a_wrong_password()
    {
        var disabled = app.Create("disabled1", role: Roles.Evaluator);
        app.Accounts.SetDisabled(disabled.Id, true, "test");
        app.Create("demo1", demo: true);

        Assert.Equal("/signin?failed=1&returnUrl=%2Fcases", Location(await SecuredApp.SignInAsync(app.Client(), "disabled1", SecuredApp.Password)));
        Assert.Equal("/signin?failed=1&returnUrl=%2Fcases", Location(await SecuredApp.SignInAsync(app.Client(), "demo1", SecuredApp.Password)));
        Assert.Contains("data-testid=\"demo-off\"", await app.Client().GetStringAsync("/signin"));
    }

    [Fact]
    public async Task A_one_time_password_leads_to_the_change_page_and_nothing_else_opens_until_it_is_changed()
    {
        app.Create("fresh1", mustChange: true);
        var client = app.Client();

        Assert.Equal("/account/password?returnUrl=%2Fcases", Location(await SecuredApp.SignInAsync(client, "fresh1", SecuredApp.Password)));
        Assert.Equal("/account/password?returnUrl=%2Fcases", Location(await client.GetAsync("/cases")));
        Assert.Equal("/account/password?returnUrl=%2F", Location(await client.GetAsync("/")));

        async Task<string?> ChangeAsync(string current, string password, string confirm) => Location(await SecuredApp.PostFormAsync(client,
            "/account/password?returnUrl=%2Fcases", "/account/password",
            new() { ["current"] = current, ["password"] = password, ["confirm"] = confirm, ["returnUrl"] = "/cases" }));

        Assert.Equal("/account/password?returnUrl=%2Fcases&problem=TooShort", await ChangeAsync(SecuredApp.Password, "qz8vk", "qz8vk"));
        Assert.Equal("/account/password?returnUrl=%2Fcases&problem=Common", await ChangeAsync(SecuredApp.Password, "baseball2026!", "baseball2026!"));
        Assert.Equal("/account/password?returnUrl=%2Fcases&problem=mismatch", await ChangeAsync(SecuredApp.Password, "a quiet lake at dawn", "a quiet lake at dusk"));
        Assert.Equal("/account/password?returnUrl=%2Fcases&problem=current", await ChangeAsync("Wrong-password-1", "a quiet lake at dawn", "a quiet lake at dawn"));
        Assert.Equal("/cases", await ChangeAsync(SecuredApp.Password, "a quiet lake at dawn", "a quiet lake at dawn"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cases")).StatusCode);
        Assert.False(app.Accounts.FindByUserName("fresh1")!.MustChangePassword);
    }

    [Fact]
    public async Task A_new_security_stamp_ends_the_session_at_the_next_request()
    {
        var account = app.Create("stamp1");
        var client = app.Client();
        await SecuredApp.SignInAsync(client, "stamp1", SecuredApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cases")).StatusCode);

        app.Accounts.SignOutEverywhere(account.Id, "admin");

        Assert.StartsWith("http://localhost/signin?returnUrl=%2Fcases", Location(await client.GetAsync("/cases")));
    }

    [Fact]
    public async Task A_session_ends_after_two_idle_hours_and_after_twelve_hours_however_active()
    {
        app.Create("time1");
        var idle = app.Client();
        await SecuredApp.SignInAsync(idle, "time1", SecuredApp.Password);
        var active = app.Client();
        await SecuredApp.SignInAsync(active, "time1", SecuredApp.Password);

        app.Time.Now = SecuredApp.Start + TimeSpan.FromMinutes(121);
        Assert.StartsWith("http://localhost/signin", Location(await idle.GetAsync("/cases")));

        app.Time.Now = SecuredApp.Start;
        // A request every 90 minutes keeps the idle timeout away (the cookie slides), until 12 hours after sign-in.
        for (var step = 1; step <= 7; step++)
        {
            app.Time.Now = SecuredApp.Start + TimeSpan.FromMinutes(90 * step);
            Assert.Equal(HttpStatusCode.OK, (await active.GetAsync("/cases")).StatusCode);
        }
        app.Time.Now = SecuredApp.Start + TimeSpan.FromHours(12);
        Assert.StartsWith("http://localhost/signin", Location(await active.GetAsync("/cases")));
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_signs_nobody_out()
    {
        app.Create("signout1");
        var client = app.Client();
        await SecuredApp.SignInAsync(client, "signout1", SecuredApp.Password);

        await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cases")).StatusCode);

        await SecuredApp.PostFormAsync(client, "/cases", "/account/signout", []);
        Assert.StartsWith("http://localhost/signin", Location(await client.GetAsync("/cases")));
    }

    [Fact]
    public async Task Over_https_the_cookie_is_secure_and_hsts_is_sent()
    {
        app.Create("https1");
        var client = app.Client("https://assessment.example"); // HSTS leaves localhost out

        var signedIn = await SecuredApp.SignInAsync(client, "https1", SecuredApp.Password);

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Cookies=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True((await client.GetAsync("/signin")).Headers.Contains("Strict-Transport-Security"));
    }
}

/// <summary>A separate app: its per-address limit (3 a minute) would throttle the other tests.</summary>
public sealed class ThrottledApp : IAsyncLifetime
{
    public SecuredApp App { get; } = new() { SignInsPerMinute = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}

public sealed class SignInRateLimitTests(ThrottledApp throttled) : IClassFixture<ThrottledApp>
{
    [Fact]
    public async Task The_fourth_sign_in_within_a_minute_from_one_address_is_turned_away_unchecked()
    {
        var app = throttled.App;
        app.Create("limited1");
        for (var i = 0; i < 3; i++) await SecuredApp.SignInAsync(app.Client(), "limited1", "Wrong-password-" + i);

        var fourth = await SecuredApp.SignInAsync(app.Client(), "limited1", SecuredApp.Password);

        Assert.Equal(HttpStatusCode.SeeOther, fourth.StatusCode);
        Assert.Equal("/signin?throttled=1", fourth.Headers.Location?.OriginalString);
    }
}
