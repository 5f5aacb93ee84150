using Assessment.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace Assessment.Web.Localization;

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
