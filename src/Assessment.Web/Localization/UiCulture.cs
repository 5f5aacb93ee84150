using System.Globalization;
using Assessment.Core.Instruments;

namespace Assessment.Web.Localization;

/// <summary>
/// The two languages of the interface. Chinese is the default whatever the browser asks for; the user's choice
/// lives in the ASP.NET Core culture cookie, so it survives reloads and new circuits (a circuit takes the
/// culture of the HTTP request that opened it).
/// </summary>
public static class UiCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public static readonly string[] Supported = [Chinese, English];

    public static string Current => CultureInfo.CurrentUICulture.Name;

    public static bool IsSupported(string name) => Supported.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The text in the language of the current request or circuit.</summary>
    public static string Localized(this LocalizedText text) => text.For(Current);

    /// <summary>The HTML lang attribute for the current culture.</summary>
    public static string HtmlLang => Current.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN" : "en";
}
