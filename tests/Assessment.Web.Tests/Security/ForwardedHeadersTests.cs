using System.Net;
using System.Text.RegularExpressions;
using Assessment.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// Behind a TLS reverse proxy (issue 11 item 6): the app sees plain HTTP from the proxy and learns from
/// X-Forwarded-Proto that the user's connection is HTTPS. It believes that header only from a known proxy
/// (loopback unless Security:KnownProxies names others), and then issues its sign-in cookie Secure and sends HSTS.
/// The test server has no client address; PeerAddressFilter sets the one each test chooses.
/// </summary>
public abstract class ProxiedApp : InProcessApp
{
    public const string UserName = "proxy-test";
    public const string Password = "Proxy-password-2026";

    protected abstract string? KnownProxies { get; }

    /// <summary>The address the proxy's requests come from (the TCP peer the app sees).</summary>
    public IPAddress PeerAddress { get; set; } = IPAddress.Loopback;

    /// <summary>Every log line the app writes, formatted.</summary>
    public LogLines Logs { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:SignInsPerMinutePerAddress", "10000");
        if (KnownProxies is { } proxies) builder.UseSetting("Security:KnownProxies", proxies);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new PeerAddressFilter(() => PeerAddress)));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public void EnsureAccount()
    {
        var store = Services.GetRequiredService<AccountStore>();
        if (store.FindByUserName(UserName) is not null) return;
        var hash = Services.GetRequiredService<IPasswordHasher<Account>>().HashPassword(PasswordHashing.Anyone, Password);
        store.Create(new NewAccount(UserName, "Proxy test", Roles.Researcher, PasswordHash: hash), "test");
    }
}

public sealed class DefaultProxyApp : ProxiedApp
{
    protected override string? KnownProxies => null;
}

public sealed class NamedProxyApp : ProxiedApp
{
    public const string Proxy = "10.1.2.3";
    protected override string? KnownProxies => Proxy;
}

public sealed class ForwardedHeadersTests(DefaultProxyApp app) : IClassFixture<DefaultProxyApp>
{
    [Fact]
    public async Task Https_forwarded_by_the_loopback_proxy_gives_a_secure_sign_in_cookie_and_hsts()
    {
        var response = await Proxied.SignInAsync(app, from: "127.0.0.1", forwardedProto: "https");

        Assert.Contains("secure", Proxied.AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "no HSTS header on an HTTPS request");
    }

    [Fact]
    public async Task Plain_http_through_the_proxy_gives_a_cookie_without_secure_and_no_hsts()
    {
        var response = await Proxied.SignInAsync(app, from: "127.0.0.1", forwardedProto: "http");

        Assert.DoesNotContain("secure", Proxied.AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_forwarded_header_from_an_address_that_is_not_a_known_proxy_is_not_believed()
    {
        var response = await Proxied.SignInAsync(app, from: "203.0.113.9", forwardedProto: "https");

        Assert.DoesNotContain("secure", Proxied.AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}

public sealed class KnownProxiesSettingTests(NamedProxyApp app) : IClassFixture<NamedProxyApp>
{
    [Fact]
    public async Task The_proxy_named_in_the_setting_is_believed()
    {
        var response = await Proxied.SignInAsync(app, from: NamedProxyApp.Proxy, forwardedProto: "https");

        Assert.Contains("secure", Proxied.AuthCookie(response), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Once_proxies_are_named_loopback_is_no_longer_believed()
    {
        var response = await Proxied.SignInAsync(app, from: "127.0.0.1", forwardedProto: "https");

        Assert.DoesNotContain("secure", Proxied.AuthCookie(response), StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A browser's sign-in through the proxy, cookies carried by hand (a Secure cookie would not be sent back over the test client's http).</summary>
internal static class Proxied
{
    public static async Task<HttpResponseMessage> SignInAsync(ProxiedApp app, string from, string forwardedProto,
        string userName = ProxiedApp.UserName, string password = ProxiedApp.Password)
    {
        app.EnsureAccount();
        // Not localhost: HSTS is never sent to localhost (HstsOptions.ExcludedHosts).
        var client = app.CreateClient(new WebApplicationFactoryClientOptions
        { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://assessment.example.org/") });
        app.PeerAddress = IPAddress.Parse(from);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        using var page = await client.GetAsync("/signin");
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(token.Success, "the sign-in page has no antiforgery token");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = userName,
                ["password"] = password,
                ["returnUrl"] = "/",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", SetCookies(page).Select(c => c.Split(';')[0])));
        var response = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    public static string AuthCookie(HttpResponseMessage response) =>
        Assert.Single(SetCookies(response), c => c.StartsWith(".AspNetCore.Cookies=", StringComparison.Ordinal));

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

/// <summary>Collects formatted log lines from every logger of the app.</summary>
public sealed class LogLines : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> All => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Line(this, categoryName);

    public void Dispose() { }

    private sealed class Line(LogLines owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue($"{category}: {formatter(state, exception)}");
    }
}
