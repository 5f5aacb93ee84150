namespace Assessment.Core.Instruments;

/// <summary>A user-facing text in both languages the platform speaks. Both are required by the instrument format.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for a UI culture: Chinese for any "zh" culture, English otherwise.</summary>
    public string For(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    public override string ToString() => $"{Zh} / {En}";
}
