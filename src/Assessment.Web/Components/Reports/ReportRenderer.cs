using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Assessment.Web.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Web.Components.Reports;

/// <summary>
/// Renders the report components to one HTML document outside any circuit (ASP.NET Core's HtmlRenderer), in the
/// report's language. One renderer serves a whole batch. It lives with the components it renders: Reports (models,
/// service, printer) is what they read, and must not lead back to them.
/// </summary>
public sealed class ReportRenderer : IAsyncDisposable
{
    // Chinese as characters, not &#x...; escapes: the file stays readable and a third of the size.
    private readonly ServiceProvider services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    private readonly HtmlRenderer renderer;

    public ReportRenderer() => renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

    public Task<string> RenderAsync(JurisdictionReportModel model) =>
        RenderAsync<JurisdictionReport>(model.Definition.Culture, new() { [nameof(JurisdictionReport.Model)] = model });

    public Task<string> RenderAsync(ComparativeReportModel model) =>
        RenderAsync<ComparativeReport>(model.Definition.Culture, new() { [nameof(ComparativeReport.Model)] = model });

    private Task<string> RenderAsync<T>(string culture, Dictionary<string, object?> parameters) where T : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            // The texts (Localized()) and the number formats follow the report's language, not the caller's.
            var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                var output = await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters));
                return "<!DOCTYPE html>\n" + output.ToHtmlString();
            }
            finally
            {
                (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
            }
        });

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
