using Assessment.Core.Instruments;

namespace Assessment.Web.Components.Pages.Dashboards.Shared;

/// <summary>A square of the quadrant map (technology from TFrom, organization from OFrom, Size score points each way) and the points in it.</summary>
public sealed record DensityCell(double TFrom, double OFrom, double Size, IReadOnlyList<int> Members)
{
    public string Key => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TFrom}-{OFrom}");
}

/// <summary>
/// At national scale the map draws a cluster per cell of a score grid instead of 3,351 linked points: a point per
/// jurisdiction would overprint into one blot and weigh hundreds of KiB. Every point falls in exactly one cell
/// (100 in the last one).
/// </summary>
public static class QuadrantCells
{
    public static IReadOnlyList<DensityCell> Group(IReadOnlyList<QuadrantPoint> points, double size)
    {
        var last = (int)Math.Ceiling(100 / size) - 1;
        int Index(double score) => Math.Clamp((int)Math.Floor(Math.Clamp(score, 0, 100) / size), 0, last);
        return points.Select((p, i) => (Key: (T: Index(p.Technology), O: Index(p.Organization)), Index: i))
            .GroupBy(x => x.Key)
            .OrderBy(g => g.Key.T).ThenBy(g => g.Key.O)
            .Select(g => new DensityCell(g.Key.T * size, g.Key.O * size, size, g.Select(x => x.Index).ToList()))
            .ToList();
    }
}

/// <summary>The quadrant map's own texts (the dashboards' shared ones are in DashboardTexts).</summary>
public static class QuadrantMapTexts
{
    public static readonly LocalizedText Find = new("查找地区（名称或代码）", "Find a jurisdiction (name or code)");
    public static readonly LocalizedText CellTitle = new("{0} 个地区：T {1}–{2}，O {3}–{4}", "{0} jurisdictions: T {1}–{2}, O {3}–{4}");
    public static readonly LocalizedText CellHint = new("每个方格是一组地区，颜色越深地区越多；选择方格可列出并标注其中的地区。",
        "Each square is a cluster of jurisdictions, darker for more; choose a square to list and label them.");
    public static readonly LocalizedText Members = new("方格中的地区", "Jurisdictions in the square");
    public static readonly LocalizedText More = new("另有 {0} 个，见表格。", "{0} more: see the table.");
    public static readonly LocalizedText NoMatch = new("没有匹配的地区。", "No jurisdiction matches.");
    public static readonly LocalizedText Unlabelled = new("{0} 个点未标注名称（位置过密）", "{0} points without a name on the map (too crowded)");
    public static readonly LocalizedText MoveColumn = new("与上一轮相比的象限变化", "Quadrant move since the earlier round");

    /// <summary>A quadrant move in words, as the map's arrow shows it (solid beyond the raters' uncertainty, dashed otherwise).</summary>
    public static LocalizedText Move(Core.Analytics.Robustness.MoveKind move) => move switch
    {
        Core.Analytics.Robustness.MoveKind.None => new("象限未变", "same quadrant"),
        Core.Analytics.Robustness.MoveKind.WithinUncertainty => new("象限变化在评估员区间之内，不计为变化", "moved within the raters' uncertainty: not a change"),
        Core.Analytics.Robustness.MoveKind.BeyondUncertainty => new("象限变化超出评估员区间，计为变化", "moved beyond the raters' uncertainty: a change"),
        _ => new("象限有变化，但无法衡量（只有一名评估员）", "moved, but not measurable (one rater)"),
    };

    /// <summary>The move's key in the CSV.</summary>
    public static string MoveKey(Core.Analytics.Robustness.MoveKind move) => move switch
    {
        Core.Analytics.Robustness.MoveKind.None => "none",
        Core.Analytics.Robustness.MoveKind.WithinUncertainty => "within",
        Core.Analytics.Robustness.MoveKind.BeyondUncertainty => "beyond",
        _ => "unmeasured",
    };
}
