using Assessment.Core.Instruments;

namespace Assessment.Core.Analytics.Reliability;

/// <summary>
/// How far raters agree on one score. <see cref="Jurisdictions"/> is the number of jurisdictions every one of the
/// <see cref="Raters"/> raters scored (the rows of the ICC); Krippendorff's alpha also uses the jurisdictions that
/// only some raters scored. Icc is null when fewer than two jurisdictions or raters remain; Krippendorff when no
/// jurisdiction has two values.
/// </summary>
public sealed record Agreement(int Jurisdictions, int Raters, IccForms? Icc, KrippendorffAlphas? Krippendorff);

/// <summary>A layer's internal consistency (over <see cref="Jurisdictions"/> jurisdictions that answered all its
/// <see cref="Items"/> scored items) beside the raters' agreement on the layer score.</summary>
public sealed record LayerReliability(double? CronbachAlpha, int Items, int Jurisdictions, Agreement Agreement);

/// <summary>Reliability of a round or an answers file: per item, indicator, layer and the composite, in document order.</summary>
public sealed record ReliabilityReport(
    Instrument Instrument,
    IReadOnlyDictionary<string, Agreement> Items,
    IReadOnlyDictionary<string, Agreement> Indicators,
    IReadOnlyDictionary<string, LayerReliability> Layers,
    Agreement Composite);
