using Assessment.Web.Localization;
using Assessment.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace Assessment.Web.Components.Layout;

/// <summary>
/// The endpoint behind LanguageSwitch's links, beside it: it needs Security's LocalUrl, and Localization sits below
/// Security (the refusals CurrentUser throws are localized), so it cannot live there without a namespace cycle.
/// </summary>
public static class CultureEndpoints
{
    /// <summary>
    /// GET /culture/{name}?returnUrl=/x stores the choice in the culture cookie and goes back. An HTTP endpoint
    /// because a cookie cannot be set from an interactive circuit; the full page load starts a new circuit in
    /// the chosen language.
    /// </summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            if (UiCulture.IsSupported(name))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            }
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        });
}
