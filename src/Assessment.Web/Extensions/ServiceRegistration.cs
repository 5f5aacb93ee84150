using Assessment.Web.Configuration;
using Assessment.Web.Localization;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Radzen;

namespace Assessment.Web.Extensions;

public static class ServiceRegistration
{
    /// <summary>Everything the app registers, in one place, so Program.cs shows only the pipeline.</summary>
    public static WebApplicationBuilder AddAssessmentWeb(this WebApplicationBuilder builder)
    {
        // The built (not published) app serves its own and Radzen's static files from the build manifest in
        // every environment, so the end-to-end tests can run the Production pipeline (friendly errors).
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddSingleton(AppPaths.From(builder.Configuration, builder.Environment.ContentRootPath));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        // Chinese text as characters, not &#x..; entities: a third of the bytes on a slow connection.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCulture.Chinese).AddSupportedCultures(UiCulture.Supported).AddSupportedUICultures(UiCulture.Supported);
            // Only the user's explicit choice counts: the browser's Accept-Language must not override Chinese.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return builder;
    }
}
