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
/// a select, menu or tooltip: popovers render into it. A test class may derive from it (xUnit disposes it) or a
/// test may create one with <c>await using</c>.
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
        // xUnit disposes test classes synchronously; MudBlazor's services refuse a synchronous dispose, so take
        // the asynchronous path here (it marks the context disposed, and the base call below then does nothing).
        if (disposing) DisposeAsyncCore().AsTask().GetAwaiter().GetResult();
        CultureInfo.CurrentUICulture = previousUi;
        CultureInfo.CurrentCulture = previous;
        base.Dispose(disposing);
    }
}
