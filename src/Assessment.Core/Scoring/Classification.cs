using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>SCORING.md, "Quadrant" and "Maturity stage": where a jurisdiction's scores place it.</summary>
internal static class Classification
{
    /// <summary>
    /// How far below a threshold (on the 0..100 scale) a score may fall and still count as reaching it. Weighted
    /// means are rounded: three technology items of weight 0.1 scored 0.25, 1 and 0.25 average exactly 50 in real
    /// arithmetic but 49.999999999999986 in doubles, shown as "50.0". Without this margin that jurisdiction would
    /// be called "ineffective", and scaling all weights by ten would change its quadrant. Only a numeric answer
    /// given to ten significant digits could land genuinely that close, and it would be shown as the threshold.
    /// </summary>
    public const double Tolerance = 1e-9;

    /// <summary>The 2x2 quadrant; a score at its threshold counts as the upper side (>=).</summary>
    public static Quadrant? QuadrantOf(double? technology, double? organization, QuadrantThresholds thresholds)
    {
        if (technology is not double t || organization is not double o) return null;
        var empowering = t >= thresholds.Technology - Tolerance;
        var push = o >= thresholds.Organization - Tolerance;
        return (empowering, push) switch
        {
            (false, false) => Quadrant.I,
            (false, true) => Quadrant.II,
            (true, false) => Quadrant.III,
            (true, true) => Quadrant.IV,
        };
    }

    /// <summary>
    /// The last stage whose conditions all hold: its min is at most the composite and, when it sets min_layer,
    /// every non-NA layer reaches that too (both within <see cref="Tolerance"/>). The first stage always holds.
    /// </summary>
    public static Stage? StageOf(double? composite, Stage[] stages, IReadOnlyList<double?> layers)
    {
        if (composite is not double c) return null;
        Stage? reached = null;
        for (var i = 0; i < stages.Length; i++)
        {
            if (i == 0 || (stages[i].Min - Tolerance <= c && LayersBelow(stages[i], layers).Count == 0)) reached = stages[i];
        }
        return reached;
    }

    /// <summary>Positions of the non-NA layers scoring below the stage's min_layer (none when it sets none).</summary>
    public static IReadOnlyList<int> LayersBelow(Stage stage, IReadOnlyList<double?> layers)
    {
        if (stage.MinLayer is not double floor) return [];
        var below = new List<int>();
        for (var l = 0; l < layers.Count; l++)
        {
            if (layers[l] is double score && score < floor - Tolerance) below.Add(l);
        }
        return below;
    }

    /// <summary>SCORING.md, "Layer gap": highest minus lowest non-NA layer; 0 with one layer, null with none.</summary>
    public static double? LayerGap(IEnumerable<double?> layers)
    {
        double? high = null, low = null;
        foreach (var layer in layers)
        {
            if (layer is not double v) continue;
            high = high is double h ? Math.Max(h, v) : v;
            low = low is double w ? Math.Min(w, v) : v;
        }
        return high - low;
    }
}
