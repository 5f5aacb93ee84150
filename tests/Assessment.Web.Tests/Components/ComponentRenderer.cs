using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;
using Radzen;

namespace Assessment.Web.Tests.Components;

/// <summary>Renders a component to HTML with the framework's HtmlRenderer, in a given UI culture.</summary>
public static class ComponentRenderer
{
    public static async Task<string> RenderAsync<TComponent>(string culture, IDictionary<string, object?>? parameters = null,
        bool demoLoaded = false)
        where TComponent : IComponent
    {
        var services = new ServiceCollection()
            .AddSingleton(new Assessment.Web.Services.DemoStatus(() => demoLoaded))
            .AddLogging()
            .AddRadzenComponents()
            // As on the server: Chinese as characters, and no JavaScript while rendering to HTML (as in prerendering).
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton<IJSRuntime, NoJavaScriptWhilePrerendering>()
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<TComponent>(
                    parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters));
                return output.ToHtmlString();
            });
        }
        finally { CultureInfo.CurrentUICulture = previous; }
    }
}

/// <summary>What Blazor provides during prerendering: any JavaScript call fails, as no browser is attached.</summary>
internal sealed class NoJavaScriptWhilePrerendering : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
        throw new InvalidOperationException($"JavaScript call '{identifier}' while rendering to HTML.");

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
        InvokeAsync<TValue>(identifier, args);
}
