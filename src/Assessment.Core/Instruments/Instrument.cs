namespace Assessment.Core.Instruments;

// The in-memory form of one instrument version (SCORING.md, "Structure"). Built only by InstrumentLoader,
// which has already checked every rule of the format, so code that scores or renders can trust it.

public enum ItemType { Likert, Boolean, Choice, Multi, Numeric, Text }

public enum Axis { None, Technology, Organization }

public enum EvidenceRule { None, Optional, Required }

public enum Quadrant { I, II, III, IV }

public sealed record Instrument(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText? Description,
    QuadrantThresholds Thresholds,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Layer> Layers)
{
    /// <summary>Every item in document order (layer, indicator, item).</summary>
    public IReadOnlyList<Item> Items { get; } = Layers.SelectMany(l => l.Indicators).SelectMany(i => i.Items).ToArray();

    private readonly Dictionary<string, Item> itemsById =
        Layers.SelectMany(l => l.Indicators).SelectMany(i => i.Items).ToDictionary(i => i.Id, StringComparer.Ordinal);

    public Item? FindItem(string id) => itemsById.GetValueOrDefault(id);
}

public sealed record QuadrantThresholds(double Technology = 50, double Organization = 50);

public sealed record Stage(string Id, double Min, LocalizedText Title);

public sealed record Layer(
    string Id, LocalizedText Title, double Weight, IReadOnlyList<Indicator> Indicators, LocalizedText? Description = null);

public sealed record Indicator(
    string Id, LocalizedText Title, double Weight, IReadOnlyList<Item> Items, LocalizedText? Description = null);

public sealed record Item(
    string Id,
    ItemType Type,
    LocalizedText Text,
    double Weight = 1,
    LocalizedText? Help = null,
    Axis Axis = Axis.None,
    bool Reverse = false,
    bool AllowNa = false,
    bool Required = false,
    EvidenceRule Evidence = EvidenceRule.None,
    int Points = 5,
    IReadOnlyList<LikertLabel>? Labels = null,
    IReadOnlyList<Option>? Options = null,
    IReadOnlyList<Anchor>? Anchors = null,
    LocalizedText? Unit = null)
{
    /// <summary>Text items are informational and never count in a score or in completeness.</summary>
    public bool IsScored => Type != ItemType.Text;

    public IReadOnlyList<Option> OptionList => Options ?? [];

    public Option? FindOption(string key) => OptionList.FirstOrDefault(o => o.Key == key);
}

/// <summary>A label for one point of a likert scale (point 1..n).</summary>
public sealed record LikertLabel(int Point, LocalizedText Text);

public sealed record Option(string Key, double Score, LocalizedText Text);

/// <summary>One point of a numeric item's piecewise-linear scoring curve.</summary>
public sealed record Anchor(double X, double S);
