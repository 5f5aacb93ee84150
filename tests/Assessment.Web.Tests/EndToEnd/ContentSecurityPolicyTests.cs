using System.Text.RegularExpressions;
using Assessment.Web.Tests.Dashboards;
using Microsoft.Playwright;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// Every page works under the Content-Security-Policy: each role signs in and walks every page it can reach from
/// the navigation and the pages' own links, and the browser reports no violation, neither in the console nor as a
/// securitypolicyviolation event.
/// </summary>
[Collection(DashboardBrowserCollection.Name)]
public partial class ContentSecurityPolicyTests(BrowserFixture browser, DashboardAppFixture app)
{
    private const int MaxPagesPerRole = 30;
    private const string CircuitReady = "() => window.Blazor !== undefined && document.querySelector('[data-circuit-ready]') !== null";

    public static TheoryData<string, string> Roles => new()
    {
        // user, password (DEMO-ACCOUNTS.md); "-" is the anonymous visitor
        { "-", "-" },
        { "admin", "Admin-demo-2026" },
        { "evaluator1", "Eval1-demo-2026" },
        { "lead", "Lead-demo-2026" },
        { "hangzhou", "Hangzhou-demo-2026" },
        { "hcity", "Hcity-demo-2026" },
        { "researcher", "Research-demo-2026" },
    };

    [Fact]
    public async Task Pages_files_and_errors_carry_the_security_headers()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.Server.BaseUrl) };
        foreach (var path in new[] { "/", "/signin", "/_framework/blazor.web.js", "/no-such-page", "/dashboards" })
        {
            using var response = await http.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains($"connect-src 'self' ws://{new Uri(app.Server.BaseUrl).Authority}", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        }
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_a_role_reaches_runs_without_a_policy_violation(string user, string password)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        var violations = new List<string>();
        var at = "";
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Content-Security-Policy", StringComparison.Ordinal))
                violations.Add($"{at}: console: {message.Text}");
        };
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
            """);
        if (user != "-") await page.SignInAsync(user, password);

        var queue = new Queue<string>(["/", "/signin", "/cases", "/dashboards", "/access-denied", "/no-such-page"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var walked = new List<string>();
        var withoutCircuit = new List<string>();
        while (queue.Count > 0 && walked.Count < MaxPagesPerRole)
        {
            var path = queue.Dequeue();
            if (!seen.Add(Shape(path))) continue;
            at = path;
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // An error page a role is sent to has no circuit; a circuit blocked by the policy shows as a violation.
            try { await page.WaitForFunctionAsync(CircuitReady, null, new() { Timeout = 10_000 }); }
            catch (TimeoutException) { withoutCircuit.Add(path); }
            walked.Add(path);
            violations.AddRange((await page.EvaluateAsync<string[]>("() => window.__cspViolations")).Select(v => $"{path}: {v}"));
            foreach (var href in await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))"))
                if (Local(href) is { } next) queue.Enqueue(next);
        }

        Assert.True(walked.Count >= (user == "-" ? 4 : 6), $"{user} reached only: {string.Join(", ", walked)}");
        Assert.True(violations.Count == 0, $"{user}: {string.Join("\n", violations)}\nwalked: {string.Join(", ", walked)}");
        Assert.True(withoutCircuit.Count * 2 < walked.Count, $"{user}: no interactive circuit on {string.Join(", ", withoutCircuit)}");
        await page.Context.CloseAsync();
    }

    /// <summary>Pages of this site worth a visit: not sign-out, language switches, in-page anchors or downloads
    /// (reports, exports, the audit CSV: a file name with an extension is a download, not a page).</summary>
    private static string? Local(string href)
    {
        var path = href.StartsWith('/') ? href : "/" + href;
        if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("javascript", StringComparison.OrdinalIgnoreCase)) return null;
        if (path.StartsWith("/account/", StringComparison.Ordinal) || path.StartsWith("/culture/", StringComparison.Ordinal)) return null;
        path = path.Split('#')[0];
        return path.Split('?')[0].Split('/')[^1].Contains('.') ? null : path;
    }

    /// <summary>One visit per kind of page: ids, codes and file names stand for all their siblings.</summary>
    private static string Shape(string path) =>
        string.Join('/', path.Split('?')[0].Split('/').Select(s => VariablePart().IsMatch(s) ? "*" : s));

    [GeneratedRegex("[0-9A-Z]|[^\\x00-\\x7F]")]
    private static partial Regex VariablePart();
}
