using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Audit;

/// <summary>The audit trail is for administrators only, on the page and in the CSV; its cells cannot start a formula.</summary>
public sealed class AuditServiceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-audit-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;

    public AuditServiceTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        new Assessment.Data.Jurisdictions.JurisdictionStore(db).Upsert(
            [new Assessment.Data.Jurisdictions.Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
    }

    [Theory]
    [InlineData(Roles.Administrator, false, true)]
    [InlineData(Roles.Evaluator, false, false)]
    [InlineData(Roles.Evaluator, true, false)]
    [InlineData(Roles.Researcher, false, false)]
    [InlineData(Roles.SelfAssessor, false, false)]
    public async Task Only_administrators_read_the_trail(string role, bool lead, bool allowed)
    {
        var account = Account(role, lead);
        var service = new AuditService(new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts), new AuditQuery(db));

        if (allowed)
        {
            Assert.True((await service.PageAsync(new AuditFilter(Entity: "account"), 0, 50)).Total >= 1);
            Assert.Contains("account", await service.EntitiesAsync());
        }
        else
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => service.PageAsync(new AuditFilter(), 0, 50));
            await Assert.ThrowsAsync<ForbiddenException>(service.EntitiesAsync);
            Assert.Throws<ForbiddenException>(() => AuditService.Export(account, new AuditQuery(db), new AuditFilter(), new StringWriter()));
        }
    }

    [Fact]
    public async Task An_anonymous_caller_is_refused()
    {
        var service = new AuditService(new CurrentUser(new FixedAuthentication(new ClaimsPrincipal(new ClaimsIdentity())), accounts), new AuditQuery(db));
        await Assert.ThrowsAsync<ForbiddenException>(() => service.PageAsync(new AuditFilter(), 0, 50));
        Assert.Throws<ForbiddenException>(() => AuditService.Export(null, new AuditQuery(db), new AuditFilter(), new StringWriter()));
    }

    [Fact]
    public void The_csv_has_every_matching_row_and_no_cell_that_starts_a_formula()
    {
        var admin = Account(Roles.Administrator, false);
        accounts.Create(new NewAccount("formula", "=HYPERLINK(\"http://evil\")", Roles.Researcher), actor: "@SUM(A1)");
        var output = new StringWriter();

        var count = AuditService.Export(admin, new AuditQuery(db), new AuditFilter(Entity: "account"), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,actor,entity,entity_key,old_value,new_value,reason", lines[0].TrimEnd('\r'));
        Assert.Equal(2, count);
        Assert.Contains(",'@SUM(A1),account,formula,", lines[2]);
        Assert.DoesNotContain(lines.Skip(1), l => Regex.IsMatch(l, ",\"?[=@+\\-]"));
    }

    private Account Account(string role, bool lead) => accounts.Create(
        new NewAccount($"{role}-{Guid.NewGuid():N}"[..20], role, role, IsLead: lead, JurisdictionCode: role == Roles.SelfAssessor ? "3301" : null, PasswordHash: "not-used"), "test");

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>The CSV download over HTTP: the account behind the cookie is checked, not only the page's policy.</summary>
public sealed class AuditExportEndpointTests(AuditExportEndpointTests.App app) : IClassFixture<AuditExportEndpointTests.App>
{
    public sealed class App : InProcessApp
    {
        public const string Password = "Audit-export-2026";

        protected override void Configure(IWebHostBuilder builder) { }

        public void Account(string userName, string role)
        {
            var store = Services.GetRequiredService<AccountStore>();
            if (store.FindByUserName(userName) is not null) return;
            var hash = Services.GetRequiredService<IPasswordHasher<Account>>().HashPassword(null!, Password);
            store.Create(new NewAccount(userName, userName, role, PasswordHash: hash), "test");
        }
    }

    [Fact]
    public async Task Anonymous_and_non_administrators_get_403_and_an_administrator_gets_the_csv()
    {
        app.Account("audit-admin", Roles.Administrator);
        app.Account("audit-researcher", Roles.Researcher);

        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.GetAsync("/audit/export.csv")).StatusCode);
        using var researcher = await SignedInAsync("audit-researcher");
        Assert.Equal(HttpStatusCode.Forbidden, (await researcher.GetAsync("/audit/export.csv")).StatusCode);

        using var admin = await SignedInAsync("audit-admin");
        var response = await admin.GetAsync("/audit/export.csv?entity=account&actor=test");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("id,at,actor,entity,entity_key,old_value,new_value,reason", text.TrimStart('\uFEFF'));
        Assert.Contains(",test,account,audit-researcher,", text);
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/signin");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = App.Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
        return client;
    }
}
