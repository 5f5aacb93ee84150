using Assessment.Core.Scoring;

namespace Assessment.Core.Analytics.Robustness;

/// <summary>A jurisdiction's move between two rounds, judged against the raters' uncertainty in both.</summary>
public enum MoveKind
{
    /// <summary>Same stage (or quadrant) in both rounds.</summary>
    None,
    /// <summary>The stage differs but the 90% intervals overlap: not called a change.</summary>
    WithinUncertainty,
    /// <summary>The stage differs and the intervals are apart: a change.</summary>
    BeyondUncertainty,
    /// <summary>The stage differs but a round had fewer than two raters, so there is no interval to judge by.</summary>
    Unmeasured,
}

/// <summary>
/// Movement between two rounds is called a change of stage or quadrant only when it exceeds the raters'
/// uncertainty: the classes differ and the 90% rater-bootstrap intervals of the two rounds do not overlap, on the
/// composite for a stage, and on each axis whose side changed for a quadrant.
/// </summary>
public static class Movement
{
    public static MoveKind Stage(ScoreResult before, RaterUncertainty? beforeUncertainty, ScoreResult after, RaterUncertainty? afterUncertainty)
    {
        if (before.Stage?.Id == after.Stage?.Id) return MoveKind.None;
        return Judge(beforeUncertainty?.Composite, afterUncertainty?.Composite);
    }

    public static MoveKind Quadrant(ScoreResult before, RaterUncertainty? beforeUncertainty, ScoreResult after, RaterUncertainty? afterUncertainty)
    {
        if (before.Quadrant == after.Quadrant) return MoveKind.None;
        if (before.Quadrant is not { } from || after.Quadrant is not { } to) return MoveKind.Unmeasured;
        // I..IV: technology "empowering" in III and IV, organization "push" in II and IV.
        var technologyMoved = (from >= Instruments.Quadrant.III) != (to >= Instruments.Quadrant.III);
        var organizationMoved = (from is Instruments.Quadrant.II or Instruments.Quadrant.IV) != (to is Instruments.Quadrant.II or Instruments.Quadrant.IV);
        var kinds = new List<MoveKind>();
        if (technologyMoved) kinds.Add(Judge(beforeUncertainty?.Technology, afterUncertainty?.Technology));
        if (organizationMoved) kinds.Add(Judge(beforeUncertainty?.Organization, afterUncertainty?.Organization));
        return kinds.Contains(MoveKind.Unmeasured) ? MoveKind.Unmeasured
            : kinds.All(k => k == MoveKind.BeyondUncertainty) ? MoveKind.BeyondUncertainty
            : MoveKind.WithinUncertainty;
    }

    private static MoveKind Judge(ScoreInterval? before, ScoreInterval? after) =>
        before is null || after is null ? MoveKind.Unmeasured
        : before.Overlaps(after) ? MoveKind.WithinUncertainty
        : MoveKind.BeyondUncertainty;
}
