using Microsoft.AspNetCore.Components;

namespace Assessment.Web.Tests.Components;

/// <summary>
/// Renders a component to HTML in a given UI culture, through bUnit with MudBlazor's services (AppTestContext).
/// JavaScript interop is strict: a component that calls JavaScript while rendering fails the test, as it would
/// fail during prerendering, where no browser is attached.
/// </summary>
public static class ComponentRenderer
{
    public static async Task<string> RenderAsync<TComponent>(string culture, IDictionary<string, object?>? parameters = null,
        bool demoLoaded = false)
        where TComponent : IComponent
    {
        await using var context = new AppTestContext(culture, demoLoaded);
        context.JSInterop.Mode = Bunit.JSRuntimeMode.Strict;
        var cut = context.Render(builder =>
        {
            builder.OpenComponent<TComponent>(0);
            foreach (var (name, value) in parameters ?? new Dictionary<string, object?>()) builder.AddComponentParameter(1, name, value);
            builder.CloseComponent();
        });
        return cut.Markup;
    }
}
