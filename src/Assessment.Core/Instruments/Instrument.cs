namespace Assessment.Core.Instruments;

// The in-memory form of one instrument version (SCORING.md, "Structure"). Built only by InstrumentLoader,
// which has already checked every rule of the format, so code that scores or renders can trust it.

public enum ItemType { Likert, Boolean, Choice, Multi, Numeric, Text }

public enum Axis { None, Technology, Organization }

public enum EvidenceRule { None, Optional, Required }

public enum Quadrant { I, II, III, IV }

/// <summary>How closely a self-assessment item mirrors the external item it names in <c>matches</c>.</summary>
public enum Equivalence { Exact, Partial }

/// <summary>Where an item's answer comes from, so a reader can weigh how verifiable it is.</summary>
public enum ItemSource { Public, Submitted, SelfReport }

public sealed record Instrument(
    string Id,
    string Version,
    LocalizedText Title,
    LocalizedText? Description,
    QuadrantThresholds Thresholds,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Layer> Layers)
{
    // Derived from Layers on first use and rebuilt if a copy (`with { Layers = ... }`) brings other layers:
    // a cache computed in the constructor would be copied along and go stale.
    private (IReadOnlyList<Layer> Layers, Item[] Items, Dictionary<string, Item> ById)? index;

    private (IReadOnlyList<Layer> Layers, Item[] Items, Dictionary<string, Item> ById) Index
    {
        get
        {
            if (index is { } current && ReferenceEquals(current.Layers, Layers)) return current;
            var items = Layers.SelectMany(l => l.Indicators).SelectMany(i => i.Items).ToArray();
            index = (Layers, items, items.ToDictionary(i => i.Id, StringComparer.Ordinal));
            return index.Value;
        }
    }

    /// <summary>Every item in document order (layer, indicator, item).</summary>
    public IReadOnlyList<Item> Items => Index.Items;

    public Item? FindItem(string id) => Index.ById.GetValueOrDefault(id);
}

public sealed record QuadrantThresholds(double Technology = 50, double Organization = 50);

/// <param name="MinLayer">When set, the stage is reached only if every non-NA layer scores at least this
/// (SCORING.md, "Maturity stage": the layers are coupled, so a strong interface cannot carry a weak layer up).</param>
public sealed record Stage(string Id, double Min, LocalizedText Title, double? MinLayer = null);

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
    LocalizedText? Unit = null,
    string? Matches = null,
    Equivalence? Equivalence = null,
    ItemSource? Source = null)
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
