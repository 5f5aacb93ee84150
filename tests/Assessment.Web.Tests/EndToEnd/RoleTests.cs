using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assessment.Web.Tests.EndToEnd;

[Collection(DemoBrowserCollection.Name)]
public class RoleTests(BrowserFixture browser, AppServerFixture app)
{
    public static TheoryData<string, string, bool, bool> Roles => new()
    {
        // user, password (DEMO-ACCOUNTS.md), sees instruments, sees accounts
        { "admin", "Admin-demo-2026", true, true },
        { "evaluator1", "Eval1-demo-2026", true, false },
        { "lead", "Lead-demo-2026", true, false },
        { "hangzhou", "Hangzhou-demo-2026", false, false },
        { "hcity", "Hcity-demo-2026", false, false },
        { "researcher", "Research-demo-2026", true, false },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_sees_only_its_navigation_and_direct_addresses_are_refused(string user, string password, bool instruments, bool accounts)
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.SignInAsync(user, password);
        await Expect(page.Locator("[data-nav=instruments]")).ToHaveCountAsync(instruments ? 1 : 0);
        await Expect(page.Locator("[data-nav=accounts]")).ToHaveCountAsync(accounts ? 1 : 0);

        // The audit trail is for administrators only, as the accounts are.
        foreach (var (address, allowed) in new[] { ("/accounts", accounts), ("/instruments", instruments), ("/audit", accounts) })
        {
            await page.GotoAsync(address);
            await page.WaitForCircuitAsync();
            if (allowed) await Expect(page.Locator("[data-testid=access-denied]")).ToHaveCountAsync(0);
            else await Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        }
        if (accounts)
        {
            await page.GotoAsync("/accounts");
            await Expect(page.Locator("[data-testid=accounts]")).ToContainTextAsync("hangzhou");
            await page.SaveScreenshotAsync("accounts-admin");
            await page.GotoAsync("/audit");
            await page.WaitForCircuitAsync();
            await Expect(page.Locator("[data-testid=audit-rows] tbody tr").First).ToBeVisibleAsync();
            var axe = await page.RunAxe();
            var serious = axe.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{v.Id}: {v.Help}").ToList();
            Assert.True(serious.Count == 0, "audit: " + string.Join("\n", serious));
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_after()
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.GotoAsync("/accounts");
        await page.WaitForURLAsync("**/signin?*");
        Assert.Contains("returnUrl=%2Faccounts", page.Url);
        await page.WaitForCircuitAsync();
        await page.SaveScreenshotAsync("signin");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "Admin-demo-2026");
        await page.ClickAsync("form[action='account/signin'] button[type=submit]");
        await page.WaitForURLAsync("**/accounts");
        await Expect(page.Locator("h1")).ToHaveTextAsync("账户");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_sign_out_ends_the_session()
    {
        var page = await browser.NewPageAsync(app.Server.BaseUrl);
        await page.GotoAsync("/signin");
        await page.WaitForCircuitAsync();
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", "wrong");
        await page.ClickAsync("form[action='account/signin'] button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");

        // Through the form, not a session kept from an earlier test: this test is about the form.
        await page.SignInThroughTheFormAsync("admin", "Admin-demo-2026");
        await page.ClickAsync("form[action='account/signout'] button");
        await Expect(page.Locator(".signin-link")).ToBeVisibleAsync();
        await page.GotoAsync("/accounts");
        await page.WaitForURLAsync("**/signin?*");
        await page.Context.CloseAsync();
    }
}
