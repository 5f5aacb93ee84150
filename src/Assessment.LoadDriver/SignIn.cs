using System.Net;
using System.Text.RegularExpressions;

namespace Assessment.LoadDriver;

/// <summary>Signs in through the real form, as a browser does: GET /signin for the antiforgery token, POST /account/signin.</summary>
public static partial class SignIn
{
    public static async Task<(HttpClient Client, CookieContainer Cookies)> AsAsync(string baseUrl, string userName, string password, CancellationToken cancel)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await client.GetStringAsync("/signin", cancel);
        var token = AntiforgeryField().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new LoadException("No antiforgery token on /signin.");
        using var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
        }), cancel);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("failed") != false)
            throw new LoadException($"Sign-in as {userName} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return (client, cookies);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
