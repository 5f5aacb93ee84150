using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

/// <summary>
/// An account's life across pages and people: the administrator creates it, its holder must replace the one-time
/// password before anything opens, and an open tab loses access within a minute of the account being disabled.
/// </summary>
[Collection(DemoBrowserCollection.Name)]
public class AccountLifecycleTests(BrowserFixture browser, AppServerFixture app)
{
    [Fact]
    public async Task A_new_account_changes_its_one_time_password_first_and_its_open_tab_loses_access_within_a_minute_of_disabling()
    {
        var admin = await browser.NewPageAsync(app.Server.BaseUrl);
        await admin.SignInAsync("admin", "Admin-demo-2026", "/accounts");
        await admin.ClickAsync("[data-testid=new-account]");
        await admin.FillAsync("#account-user", "newcomer");
        await admin.FillAsync("#account-name", "新评估员");
        await admin.ClickAsync("[data-testid=account-save]");
        var oneTime = (await admin.Locator("[data-testid=one-time-password]").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Za-z0-9]{16}$", oneTime);

        var user = await browser.NewPageAsync(app.Server.BaseUrl);
        await user.SignInAsync("newcomer", oneTime, "/rounds");
        Assert.Contains("/account/password", user.Url);
        await Expect(user.Locator("[data-testid=password-change-due]")).ToBeVisibleAsync();
        await user.GotoAsync("/cases");
        await user.WaitForURLAsync("**/account/password?returnUrl=%2Fcases");
        // Typed before the page is interactive, the values can be reset by its first interactive render and the form
        // then posts empty fields (seen on CI): fill only once the circuit is up.
        await user.WaitForCircuitAsync();

        await user.FillAsync("#current", oneTime);
        await user.FillAsync("#password", "一二三四五六七八九十甲乙");
        await user.FillAsync("#confirm", "一二三四五六七八九十甲乙");
        await user.ClickAsync("form[action='account/password'] button[type=submit]");
        await user.WaitForURLAsync("**/cases");
        await user.WaitForCircuitAsync();
        await Expect(user.Locator("h1")).ToHaveTextAsync("案例库");

        await admin.ClickAsync("[data-testid=disable-newcomer]");
        await admin.ClickAsync(".mud-dialog button:has-text('停用')");
        await Expect(admin.Locator("[data-testid=status-newcomer]")).ToHaveTextAsync("已停用");

        // No reload, no click: the circuit's revalidation (every 30 s) finds the new stamp and the page goes to sign-in.
        await user.WaitForURLAsync("**/signin?**", new() { Timeout = 60_000 });
        await admin.Context.CloseAsync();
        await user.Context.CloseAsync();
    }
}
