using Assessment.Core.Instruments;

namespace Assessment.Core.Scoring;

/// <summary>SCORING.md, "Quadrant" and "Maturity stage": where a jurisdiction's scores place it.</summary>
internal static class Classification
{
    /// <summary>The 2x2 quadrant; a score exactly at its threshold counts as the upper side (>=).</summary>
    public static Quadrant? QuadrantOf(double? technology, double? organization, QuadrantThresholds thresholds)
    {
        if (technology is not double t || organization is not double o) return null;
        var empowering = t >= thresholds.Technology;
        var push = o >= thresholds.Organization;
        return (empowering, push) switch
        {
            (false, false) => Quadrant.I,
            (false, true) => Quadrant.II,
            (true, false) => Quadrant.III,
            (true, true) => Quadrant.IV,
        };
    }

    /// <summary>The last stage whose min is at most the composite; stages are in ascending min order.</summary>
    public static Stage? StageOf(double? composite, Stage[] stages)
    {
        if (composite is not double c) return null;
        Stage? reached = null;
        for (var i = 0; i < stages.Length; i++)
        {
            if (stages[i].Min <= c) reached = stages[i];
        }
        return reached;
    }
}
