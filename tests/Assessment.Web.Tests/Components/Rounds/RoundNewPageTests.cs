using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Rounds;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Services;
using Bunit;
using Dapper;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Assessment.Web.Tests.Components.Rounds;

/// <summary>The new-round page on the real RoundService, a temp SQLite file and the repository's instruments.</summary>
public sealed class RoundNewPageTests : IAsyncDisposable
{
    private const string External = "egov-iceberg-external-2026.1.yaml";
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-roundnew-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly Account admin, evaluator;

    public RoundNewPageTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        new JurisdictionStore(db).Upsert([
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"),
        ], "manual", "test");
        accounts = new AccountStore(db);
        admin = accounts.Create(new NewAccount("root", "管理员", Roles.Administrator), "cli");
        evaluator = accounts.Create(new NewAccount("eva", "评估员甲", Roles.Evaluator), "cli");
    }

    private IRenderedComponent<RoundNew> Page(Account account)
    {
        ctx.Services.AddSingleton(RoundServiceTests.For(db, SignedIn.As(db, account), folder, TimeProvider.System));
        ctx.Render<MudPopoverProvider>();
        ctx.Render<MudSnackbarProvider>();
        return ctx.Render<RoundNew>();
    }

    private List<(long Id, string Name)> Rounds()
    {
        using var c = db.OpenRead();
        return c.Query<(long, string)>("SELECT id, name FROM rounds").ToList();
    }

    private static IReadOnlyList<string> FieldErrors(IRenderedComponent<RoundNew> page) =>
        page.FindAll("[data-field-error]").Select(e => e.GetAttribute("data-field-error")!).ToList();

    [Fact]
    public async Task An_empty_form_says_what_is_missing_under_each_field_and_a_fixed_field_loses_its_message()
    {
        var page = Page(admin);
        page.WaitForElement("[data-testid=create-round]");

        await page.Find("[data-testid=create-round]").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(
            [RoundField.Name, RoundField.Instrument, RoundField.Opens, RoundField.Closes, RoundField.Jurisdictions, RoundField.Raters],
            FieldErrors(page)));
        Assert.NotNull(page.Find("[data-testid=fix-problems]"));
        await page.Find("#round-name").ChangeAsync(new() { Value = "浙江 2026" });
        page.WaitForAssertion(() => Assert.DoesNotContain(RoundField.Name, FieldErrors(page)));
        Assert.Contains(RoundField.Instrument, FieldErrors(page));
        Assert.Empty(Rounds());
    }

    [Fact]
    public async Task A_complete_form_creates_the_draft_round_with_its_places_and_raters_and_opens_it()
    {
        var page = Page(admin);
        page.WaitForElement("[data-testid=create-round]");
        await page.Find("#round-name").ChangeAsync(new() { Value = "浙江 2026" });
        var select = page.FindComponent<MudSelect<string>>();
        await page.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(External));
        var dates = page.FindComponents<MudDatePicker>();
        await page.InvokeAsync(() => dates[0].Instance.DateChanged.InvokeAsync(new DateTime(2026, 3, 1)));
        await page.InvokeAsync(() => dates[1].Instance.DateChanged.InvokeAsync(new DateTime(2026, 3, 31)));
        await page.Find("[data-testid=select-shown]").ClickAsync(new());
        var rater = page.FindComponents<MudCheckBox<bool>>().Single(c => c.Instance.Label == "评估员甲 (eva)");
        await page.InvokeAsync(() => rater.Instance.ValueChanged.InvokeAsync(true));

        await page.Find("[data-testid=create-round]").ClickAsync(new());

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.Matches(@"/rounds/\d+$", navigation.Uri));
        var round = Assert.Single(Rounds());
        Assert.Equal("浙江 2026", round.Name);
        Assert.EndsWith($"/rounds/{round.Id}", navigation.Uri);
        Assert.NotEmpty(new RoundStore(db).Responses(round.Id));
        Assert.All(new RoundStore(db).Responses(round.Id), r => Assert.Equal(evaluator.Id, r.RaterId));
    }

    [Fact]
    public void Someone_who_may_not_manage_rounds_gets_the_refusal_and_no_form()
    {
        var page = Page(evaluator);

        page.WaitForAssertion(() => Assert.Equal(SecurityTexts.NotAllowed.Localized(), page.Find(".mud-alert").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=create-round]"));
    }

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
