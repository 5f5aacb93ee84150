using System.Net;
using Assessment.Data.Accounts;
using Assessment.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

public class LogPrivacyTests
{
    [Theory]
    [InlineData("198.51.100.7", "198.51.100.0/24")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.0/24")]
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::/48")]
    public void A_client_is_logged_by_its_network_only(string address, string logged) =>
        Assert.Equal(logged, LogPrivacy.Network(IPAddress.Parse(address)));

    [Fact]
    public void No_address_is_a_dash() => Assert.Equal("-", LogPrivacy.Network(null));
}

/// <summary>The sign-in log through the real endpoint: the event is there, the user name and the full address are not.</summary>
public sealed class SignInLogTests(DefaultProxyApp app) : IClassFixture<DefaultProxyApp>
{
    [Fact]
    public async Task Sign_in_is_logged_by_account_number_and_network_without_user_name_or_address()
    {
        await Proxied.SignInAsync(app, from: "127.0.0.1", forwardedProto: "https");
        var id = app.Services.GetRequiredService<AccountStore>().FindByUserName(ProxiedApp.UserName)!.Id;

        var signIn = Assert.Single(app.Logs.All, l => l.StartsWith("Assessment.SignIn: Signed in:", StringComparison.Ordinal));
        Assert.Equal($"Assessment.SignIn: Signed in: account {id} from 198.51.100.0/24", signIn);
        Assert.DoesNotContain(app.Logs.All, l => l.Contains(ProxiedApp.UserName, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(app.Logs.All, l => l.Contains("198.51.100.7", StringComparison.Ordinal));
        // Request lines (full addresses with query strings) are not logged by default.
        Assert.DoesNotContain(app.Logs.All, l => l.Contains("returnUrl", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(app.Logs.All, l => l.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal));
    }
}
