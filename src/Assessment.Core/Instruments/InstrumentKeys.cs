namespace Assessment.Core.Instruments;

/// <summary>
/// The keys the instrument format allows at each level and the words its enumerations accept. The loader rejects
/// anything else; a test compares these lists with instruments/instrument.schema.json so the two cannot drift.
/// </summary>
public static class InstrumentKeys
{
    /// <summary>Ids of layers, indicators, items, stages and scales, and option keys.</summary>
    public const string IdPattern = "^[A-Za-z][A-Za-z0-9_.-]*$";

    /// <summary>Versions become part of the file name, &lt;id&gt;-&lt;version&gt;.yaml.</summary>
    public const string VersionPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";

    public static IReadOnlyList<string> Root { get; } =
        ["id", "version", "title", "description", "quadrants", "stages", "scales", "layers"];

    public static IReadOnlyList<string> Quadrants { get; } = ["technology_threshold", "organization_threshold"];

    public static IReadOnlyList<string> Stage { get; } = ["id", "min", "min_layer", "title"];

    public static IReadOnlyList<string> Scale { get; } = ["points", "labels"];

    public static IReadOnlyList<string> Layer { get; } = ["id", "title", "description", "weight", "indicators"];

    public static IReadOnlyList<string> Indicator { get; } = ["id", "title", "description", "weight", "items"];

    public static IReadOnlyList<string> Item { get; } =
    [
        "id", "type", "text", "help", "weight", "axis", "reverse", "allow_na", "required", "evidence",
        "scale", "points", "labels", "options", "anchors", "unit", "source", "matches", "equivalence",
    ];

    public static IReadOnlyList<string> Option { get; } = ["key", "score", "text"];

    /// <summary>A bilingual text: both languages the platform speaks, both non-empty.</summary>
    public static IReadOnlyList<string> Text { get; } = ["zh", "en"];

    public static IReadOnlyList<string> ItemTypes { get; } = ["likert", "boolean", "choice", "multi", "numeric", "text"];

    public static IReadOnlyList<string> Axes { get; } = ["technology", "organization"];

    public static IReadOnlyList<string> EvidenceRules { get; } = ["none", "optional", "required"];

    public static IReadOnlyList<string> Equivalences { get; } = ["exact", "partial"];

    /// <summary>public: a rater can check it in public sources; submitted: documents the jurisdiction hands in;
    /// self-report: only the jurisdiction's word.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["public", "submitted", "self-report"];
}
