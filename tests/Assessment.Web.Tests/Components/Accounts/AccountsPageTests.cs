using Assessment.Data.Accounts;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Web.Components.Pages.Accounts;
using Assessment.Web.Services;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Assessment.Web.Tests.Components.Accounts;

/// <summary>The account administration page on the real AccountAdministration service and a temp SQLite file, as administrator "root".</summary>
public sealed class AccountsPageTests : IAsyncDisposable
{
    private readonly AppTestContext ctx = new("zh-CN");
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-accounts-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly Account root;

    public AccountsPageTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        new JurisdictionStore(db).Upsert([new Jurisdiction("3301", "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
        accounts = new AccountStore(db);
        root = accounts.Create(new NewAccount("root", "首位管理员", Roles.Administrator), "cli");
        ctx.Services.AddSingleton(new AccountAdministration(SignedIn.As(db, root), accounts, new SignInLockout(db, LockoutRules.Default), db));
    }

    private IRenderedComponent<Assessment.Web.Components.Pages.Accounts.Accounts> Page()
    {
        ctx.Render<MudPopoverProvider>();
        ctx.Render<MudSnackbarProvider>();
        var page = ctx.Render<Assessment.Web.Components.Pages.Accounts.Accounts>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=status-root]")));
        return page;
    }

    [Fact]
    public async Task Creating_an_account_shows_its_one_time_password_once_and_stores_only_its_hash()
    {
        var page = Page();
        await page.Find("[data-testid=new-account]").ClickAsync(new());
        await page.Find("#account-user").ChangeAsync(new() { Value = "hz" });
        await page.Find("#account-name").ChangeAsync(new() { Value = "杭州市自评员" });
        await page.Find("[data-testid=account-save]").ClickAsync(new());

        var password = page.WaitForElement("[data-testid=one-time-password]").TextContent;
        var hz = accounts.FindByUserName("hz")!;
        Assert.Equal(("杭州市自评员", Roles.Evaluator, true), (hz.DisplayName, hz.Role, hz.MustChangePassword));
        Assert.NotEqual(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed,
            PasswordHashing.Create().VerifyHashedPassword(hz, hz.PasswordHash!, password));
        Assert.Equal("待改密码", page.Find("[data-testid=status-hz]").TextContent);
        Assert.Equal("root", Assert.Single(AuditLog.For(db, "account", "hz")).Actor);
    }

    [Fact]
    public async Task Demoting_the_last_administrator_is_refused_with_a_message_and_nothing_changes()
    {
        var page = Page();
        await page.Find("[data-testid=edit-root]").ClickAsync(new());
        var editor = page.FindComponent<AccountEditor>();
        await editor.InvokeAsync(() => editor.Instance.OnSave.InvokeAsync(new AccountDraft("root", "首位管理员", "researcher", null)));

        page.WaitForAssertion(() => Assert.Contains("不能停用或降级最后一位有效管理员", SnackbarText()));
        Assert.Equal(Roles.Administrator, accounts.Find(root.Id)!.Role);
    }

    [Fact]
    public async Task Enabling_and_signing_out_everywhere_change_the_account_and_are_audited_with_who()
    {
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "cli");
        accounts.SetDisabled(bob.Id, true, "cli");
        var page = Page();
        Assert.Equal("已停用", page.Find("[data-testid=status-bob]").TextContent);
        var stamp = accounts.Find(bob.Id)!.SecurityStamp;

        await page.Find("[data-testid=enable-bob]").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Equal("正常", page.Find("[data-testid=status-bob]").TextContent));
        await page.Find("[data-testid=signout-bob]").ClickAsync(new());

        Assert.NotEqual(stamp, accounts.Find(bob.Id)!.SecurityStamp);
        Assert.Equal(["cli disabled", "root enabled"], AuditLog.For(db, "account.status", "bob").Select(e => $"{e.Actor} {e.NewValue}"));
        Assert.Equal("root", Assert.Single(AuditLog.For(db, "account.sessions", "bob")).Actor);
    }

    [Fact]
    public async Task Editing_changes_the_display_name_and_role()
    {
        var bob = accounts.Create(new NewAccount("bob", "Bob", Roles.Evaluator), "cli");
        var page = Page();
        await page.Find("[data-testid=edit-bob]").ClickAsync(new());
        var editor = page.FindComponent<AccountEditor>();
        await editor.InvokeAsync(() => editor.Instance.OnSave.InvokeAsync(new AccountDraft("bob", "Bob Li", "lead", null)));

        var after = accounts.Find(bob.Id)!;
        Assert.Equal(("Bob Li", Roles.Evaluator, true), (after.DisplayName, after.Role, after.IsLead));
        page.WaitForAssertion(() => Assert.Contains("Bob Li", page.Find("[data-testid=accounts]").TextContent));
    }

    private string SnackbarText() => string.Join(" ", ctx.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message));

    public async ValueTask DisposeAsync()
    {
        await ctx.DisposeAsync();
        db.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
