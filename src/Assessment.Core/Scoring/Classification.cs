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

    /// <summary>The last stage whose min is at most the composite (within <see cref="Tolerance"/>).</summary>
    public static Stage? StageOf(double? composite, Stage[] stages)
    {
        if (composite is not double c) return null;
        Stage? reached = null;
        for (var i = 0; i < stages.Length; i++)
        {
            if (stages[i].Min - Tolerance <= c) reached = stages[i];
        }
        return reached;
    }
}
