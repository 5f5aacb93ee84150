using System.Globalization;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Assessment.Web.Tests.Components;

/// <summary>
/// A bUnit context set up as the app sets up a circuit: MudBlazor's services and Chinese texts, the UI culture of
/// the test (restored on dispose), loose JavaScript interop (MudBlazor calls JS for focus and popovers, which a
/// test without a browser answers with defaults). Render <see cref="MudPopoverProvider"/> first when a test opens
/// a select, menu or tooltip: popovers render into it. Dispose with <c>await using</c>: MudBlazor's services are
/// only asynchronously disposable.
/// </summary>
public class AppTestContext : BunitContext
{
    private readonly CultureInfo previousUi = CultureInfo.CurrentUICulture;
    private readonly CultureInfo previous = CultureInfo.CurrentCulture;

    public AppTestContext(string culture = UiCulture.Chinese, bool demoLoaded = false)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddTransient<MudLocalizer, MudTextsChinese>();
        Services.AddSingleton(new DemoStatus(() => demoLoaded));
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = previousUi;
        CultureInfo.CurrentCulture = previous;
        base.Dispose(disposing);
    }
}
