using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assessment.Web.Tests.Security;

/// <summary>A return address with control characters (header splitting, "/\t/evil" read as "//evil") is refused, never a server error.</summary>
public sealed class ReturnUrlControlCharacterTests(SignInApp app) : IClassFixture<SignInApp>
{
    [Theory]
    [InlineData("%2F%0D%0ASet-Cookie%3A%20x%3D1")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%00cases")]
    [InlineData("%2F%0A%2Fevil.example")]
    public async Task The_sign_in_page_opens_with_a_control_character_in_its_return_address(string encoded)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/signin?returnUrl=" + encoded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("x=", StringComparison.Ordinal)));
        // The form posts home instead (the address also appears percent-encoded in the language links, inert there).
        Assert.Contains("name=\"returnUrl\" value=\"/\"", await response.Content.ReadAsStringAsync());
    }
}
