using MudBlazor;

namespace Assessment.Web.Components.Layout;

/// <summary>
/// The one theme of the app: colours, the CJK font stack and the sizes of headings and bars. Pages take colours
/// from the palette (Color.Primary, Color.Warning …) and never name a colour of their own.
/// </summary>
public static class AppTheme
{
    /// <summary>Chinese first, so CJK glyphs come from one family on every platform; Latin falls back to the same font.</summary>
    public static readonly string[] FontStack =
        ["Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "Helvetica Neue", "Arial", "sans-serif"];

    /// <summary>Tables, grids and inputs are dense everywhere: officials and raters scan long lists.</summary>
    public const bool Dense = true;

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            // A government blue with AA contrast against white text, a teal for positive outcomes.
            Primary = "#1d4f91",
            Secondary = "#0f766e",
            Tertiary = "#6d28d9",
            AppbarBackground = "#1d4f91",
            AppbarText = "#ffffff",
            Background = "#f5f6f8",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "rgba(0,0,0,0.80)",
            TextPrimary = "rgba(0,0,0,0.87)",
            TextSecondary = "rgba(0,0,0,0.66)",
            Success = "#2e7d32",
            Warning = "#b45309",
            Error = "#b91c1c",
            Info = "#0369a1",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack, FontSize = ".9375rem", LineHeight = "1.6" },
            // Page titles are h1 (focused after navigation); MudBlazor's default sizes are for posters.
            H1 = new H1Typography { FontFamily = FontStack, FontSize = "1.6rem", FontWeight = "500", LineHeight = "1.3" },
            H2 = new H2Typography { FontFamily = FontStack, FontSize = "1.3rem", FontWeight = "500", LineHeight = "1.35" },
            H3 = new H3Typography { FontFamily = FontStack, FontSize = "1.15rem", FontWeight = "500", LineHeight = "1.4" },
            H4 = new H4Typography { FontFamily = FontStack, FontSize = "1.05rem", FontWeight = "500", LineHeight = "1.4" },
            H5 = new H5Typography { FontFamily = FontStack, FontSize = "1rem", FontWeight = "500", LineHeight = "1.4" },
            H6 = new H6Typography { FontFamily = FontStack, FontSize = ".95rem", FontWeight = "500", LineHeight = "1.4" },
            Button = new ButtonTypography { FontFamily = FontStack, TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "6px",
            DrawerWidthLeft = "220px",
            AppbarHeight = "56px",
        },
    };
}
