using System.Security.Claims;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Web.Configuration;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Services;

/// <summary>The services refuse what a role may not do, whatever a page shows: real store in a temp folder.</summary>
public sealed class ServiceAccessTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-web-services-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;

    public ServiceAccessTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        new JurisdictionStore(db).Upsert([new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
    }

    [Theory]
    [InlineData(Roles.Administrator, true)]
    [InlineData(Roles.Evaluator, true)]
    [InlineData(Roles.Researcher, true)]
    [InlineData(Roles.SelfAssessor, false)]
    public async Task Instrument_files_are_listed_only_for_roles_that_view_instruments(string role, bool allowed)
    {
        var catalog = Catalog(SignedIn(role));
        if (allowed) Assert.Contains(await catalog.ListFilesAsync(), f => f.Name == "egov-iceberg-external-2026.1.yaml");
        else await Assert.ThrowsAsync<ForbiddenException>(catalog.ListFilesAsync);
    }

    [Fact]
    public async Task An_anonymous_caller_is_told_to_sign_in_in_the_interface_language()
    {
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        var e = await Assert.ThrowsAsync<ForbiddenException>(() => Catalog(new ClaimsPrincipal(new ClaimsIdentity())).LoadAsync("x.yaml"));
        Assert.Contains("登录", e.Message);
    }

    [Theory]
    [InlineData("../README.md")]
    [InlineData("../instruments/egov-iceberg-external-2026.1.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("README.md")]
    public async Task Names_outside_the_folder_or_not_yaml_are_refused(string name) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Catalog(SignedIn(Roles.Administrator)).LoadAsync(name));

    [Fact]
    public async Task Accounts_are_listed_to_administrators_without_password_hashes()
    {
        SignedIn(Roles.Evaluator);
        var list = await new AccountDirectory(User(SignedIn(Roles.Administrator)), accounts).ListAsync();
        Assert.Equal(2, list.Count);
        Assert.All(list, a => Assert.Null(a.PasswordHash));
        await Assert.ThrowsAsync<ForbiddenException>(() => new AccountDirectory(User(SignedIn(Roles.Researcher)), accounts).ListAsync());
    }

    [Fact]
    public async Task A_role_taken_away_takes_effect_while_the_old_cookie_still_says_administrator()
    {
        SignedIn(Roles.Administrator); // another administrator: the last one cannot be demoted
        var principal = SignedIn(Roles.Administrator);
        accounts.SetRole(principal.AccountId()!.Value, Roles.Researcher, false, null, "test");
        await Assert.ThrowsAsync<ForbiddenException>(() => new AccountDirectory(User(principal), accounts).ListAsync());
    }

    private ClaimsPrincipal SignedIn(string role)
    {
        var account = accounts.Create(new NewAccount($"{role}-{Guid.NewGuid():N}"[..20], role, role,
            JurisdictionCode: role == Roles.SelfAssessor ? "3301" : null, PasswordHash: "not-used"), "test");
        return UserClaims.For(account, "test");
    }

    private CurrentUser User(ClaimsPrincipal principal) => new(new FixedAuthentication(principal), accounts);

    private InstrumentCatalog Catalog(ClaimsPrincipal principal) =>
        new(User(principal), new AppPaths(folder, Path.Combine(AppServer.RepositoryRoot(), "instruments")), new SnapshotsInUse(db));

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>The authentication state a circuit would have after signing in.</summary>
}
