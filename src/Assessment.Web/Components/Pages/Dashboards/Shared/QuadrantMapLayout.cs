using Assessment.Core.Instruments;
using Assessment.Core.Recommendations;
using Assessment.Web.Localization;

namespace Assessment.Web.Components.Pages.Dashboards.Shared;

/// <summary>A line of a quadrant's name in a corner of the map.</summary>
public sealed record CornerLine(Quadrant Quadrant, string Text, double X, double Baseline, string Anchor, Box Box);

/// <summary>
/// Where everything on the quadrant map goes, in SVG pixels: the scales, the quadrant names, and the labels of the
/// points shown. Up to <see cref="LabelAllLimit"/> points every point is drawn and labelled; above that (a national
/// round) the map draws density cells and only the points asked for (found by name, or in an opened cell).
/// </summary>
public static class QuadrantMapLayout
{
    // The quadrant names sit above and below the frame (two lines each), so no name covers a point or a label.
    public const int Width = 560, Height = 580, Left = 60, Right = 540, Top = 44, Bottom = 524, AxisTitle = Bottom + 34;
    public const int LabelAllLimit = 60;
    public const double FontSize = 11, NameFontSize = 12, CellScore = 5;
    public const double PointRadius = 6, ShownPointRadius = 4;

    public static double X(double technology) => ChartScale.Map(technology, Left, Right);

    public static double Y(double organization) => ChartScale.Map(organization, Bottom, Top);

    public static Box Plot => new(Left + 2, Top + 2, Right - Left - 4, Bottom - Top - 4);

    public static Box CellBox(DensityCell cell) =>
        new(X(cell.TFrom), Y(cell.OFrom + cell.Size), X(cell.TFrom + cell.Size) - X(cell.TFrom), Y(cell.OFrom) - Y(cell.OFrom + cell.Size));

    /// <summary>
    /// Each quadrant's name on two lines outside its outer corner: the top two above the frame, the bottom two below
    /// the axis, left and right of its title. Inside the corners they covered the best (and worst) jurisdictions.
    /// </summary>
    public static IReadOnlyList<CornerLine> Corners()
    {
        var lines = new List<CornerLine>();
        foreach (var (quadrant, x, firstBaseline, anchor) in new (Quadrant, double, double, string)[]
                 {
                     (Quadrant.II, Left, Top - 24, "start"), (Quadrant.IV, Right, Top - 24, "end"),
                     (Quadrant.I, Left, AxisTitle, "start"), (Quadrant.III, Right, AxisTitle, "end"),
                 })
        {
            var parts = QuadrantAdvice.Name(quadrant).Localized().Split(" · ");
            for (var i = 0; i < parts.Length; i++)
            {
                var baseline = firstBaseline + 14 * i;
                var width = LabelPlacement.TextWidth(parts[i], NameFontSize);
                var box = new Box(anchor == "start" ? x : x - width, baseline - NameFontSize * 0.95, width, NameFontSize * 1.25);
                lines.Add(new CornerLine(quadrant, parts[i], x, baseline, anchor, box));
            }
        }
        return lines;
    }

    /// <summary>Labels for the points shown (indices into <paramref name="points"/>) inside the frame.</summary>
    public static LabelLayout Labels(IReadOnlyList<QuadrantPoint> points, IReadOnlyList<int> shown, double radius)
    {
        var markers = shown.Select(i => new Marker(X(points[i].Technology), Y(points[i].Organization), radius)).ToList();
        var requests = shown.Select((i, m) => new LabelRequest(m, points[i].Name)).ToList();
        var layout = LabelPlacement.Place(markers, requests, Plot, [], new LabelPlacement.Options(FontSize, MaxLeader: 200));
        // Back from marker numbers to point indices.
        return new LabelLayout(layout.Placed.Select(l => l with { Marker = shown[l.Marker] }).ToList(),
            layout.Unplaced.Select(m => shown[m]).ToList());
    }

    /// <summary>Points whose name contains the query, or whose code starts with it; at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<int> Find(IReadOnlyList<QuadrantPoint> points, string? query, int limit)
    {
        var q = query?.Trim();
        if (string.IsNullOrEmpty(q)) return [];
        return Enumerable.Range(0, points.Count)
            .Where(i => points[i].Name.Contains(q, StringComparison.OrdinalIgnoreCase) || points[i].Code.StartsWith(q, StringComparison.OrdinalIgnoreCase))
            .Take(limit).ToList();
    }
}
