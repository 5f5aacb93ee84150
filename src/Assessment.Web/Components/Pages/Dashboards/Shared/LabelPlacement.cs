namespace Assessment.Web.Components.Pages.Dashboards.Shared;

/// <summary>An axis-aligned rectangle in SVG pixels (y grows downwards).</summary>
public readonly record struct Box(double Left, double Top, double Width, double Height)
{
    public double Right => Left + Width;
    public double Bottom => Top + Height;

    public bool Intersects(Box other, double gap = 0) =>
        Left < other.Right + gap && other.Left < Right + gap && Top < other.Bottom + gap && other.Top < Bottom + gap;

    public bool Contains(Box inner) => inner.Left >= Left && inner.Right <= Right && inner.Top >= Top && inner.Bottom <= Bottom;

    /// <summary>The point of the box nearest to (x, y): where a leader line from that point ends.</summary>
    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, Left, Right), Math.Clamp(y, Top, Bottom));

    public double DistanceTo(double x, double y)
    {
        var (nx, ny) = Nearest(x, y);
        return Math.Sqrt((nx - x) * (nx - x) + (ny - y) * (ny - y));
    }
}

/// <summary>A drawn point: its centre and radius in pixels.</summary>
public readonly record struct Marker(double X, double Y, double Radius);

/// <summary>A label for marker <paramref name="Marker"/>.</summary>
public readonly record struct LabelRequest(int Marker, string Text);

/// <param name="Baseline">Where the text's baseline sits (the box's top plus the ascent).</param>
/// <param name="Leader">A line from the marker's edge to the box, when the box was moved away from its marker.</param>
public sealed record PlacedLabel(int Marker, string Text, Box Box, double Baseline, (double X1, double Y1, double X2, double Y2)? Leader);

/// <param name="Placed">Labels placed; no two boxes intersect and no box covers a marker.</param>
/// <param name="Unplaced">Markers whose label found no free place within the longest leader allowed.</param>
public sealed record LabelLayout(IReadOnlyList<PlacedLabel> Placed, IReadOnlyList<int> Unplaced);

/// <summary>
/// Places point labels without overprinting. A tight group (three or more markers chained within three radii) gets
/// its labels as a column beside it, in the markers' vertical order, with a leader line to each. Every other label
/// tries the eight places around its marker, then places further out along 32 directions with a leader line back,
/// and takes the nearest free one (greedy, most crowded markers first). A place is free when its box stays inside
/// the bounds, keeps clear of every marker, every other label and obstacle and every leader line, and its own
/// leader crosses no label. Leaders crossing leaders or passing over markers are avoided where possible. Text
/// widths are estimated, so a layout is the same on every machine. A label with no free place is reported unplaced.
/// </summary>
public static class LabelPlacement
{
    /// <summary>The estimated advance of a text: a CJK (or other wide) glyph 1 em, anything else 0.6 em.</summary>
    public static double TextWidth(string text, double fontSize)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes()) ems += IsWide(rune.Value) ? 1 : 0.6;
        return ems * fontSize;
    }

    // CJK ideographs, kana, hangul, Roman numerals (Ⅰ-Ⅳ, full width in CJK fonts), CJK punctuation and full-width forms: the scripts drawn one em wide.
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F or >= 0x2160 and <= 0x217F or >= 0x2E80 and <= 0x303E or >= 0x3041 and <= 0x33FF or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xA000 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;

    public sealed record Options(double FontSize = 11, double MaxLeader = 120, double Step = 8, double Gap = 2);

    public static LabelLayout Place(IReadOnlyList<Marker> markers, IReadOnlyList<LabelRequest> labels, Box bounds,
        IReadOnlyList<Box> obstacles, Options options)
    {
        var markerIndex = new SpatialIndex<int>(CellSize);
        for (var i = 0; i < markers.Count; i++)
        {
            var m = markers[i];
            markerIndex.Add(new Box(m.X - m.Radius, m.Y - m.Radius, 2 * m.Radius, 2 * m.Radius), i);
        }
        var state = new State(markers, markerIndex, obstacles);
        var placed = new List<PlacedLabel>();
        var unplaced = new List<int>();
        foreach (var group in Groups(markers, labels))
            placed.AddRange(Columns(group, markers, bounds, state, options));
        var done = placed.Select(p => p.Marker).ToHashSet();
        foreach (var label in labels.Where(l => !done.Contains(l.Marker))
                     .OrderByDescending(l => Crowding(markers, markerIndex, l.Marker)).ThenBy(l => l.Marker))
        {
            var found = Best(label, markers[label.Marker], bounds, state, options);
            if (found is null) { unplaced.Add(label.Marker); continue; }
            state.Take(found);
            placed.Add(found);
        }
        return new LabelLayout(placed, unplaced);
    }

    private const double CellSize = 32, Clearance = 1, RowGap = 2;

    /// <summary>Labelled markers closer than three radii to another, chained (single linkage); groups of three or more.</summary>
    private static List<List<LabelRequest>> Groups(IReadOnlyList<Marker> markers, IReadOnlyList<LabelRequest> labels)
    {
        var parent = Enumerable.Range(0, labels.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var index = new SpatialIndex<int>(CellSize);
        for (var i = 0; i < labels.Count; i++)
        {
            var m = markers[labels[i].Marker];
            var reach = 3 * m.Radius;
            foreach (var j in index.Near(new Box(m.X - reach, m.Y - reach, 2 * reach, 2 * reach)))
            {
                var n = markers[labels[j].Marker];
                if (Dist(m.X, m.Y, n.X, n.Y) < reach) parent[Root(i)] = Root(j);
            }
            index.Add(new Box(m.X, m.Y, 0, 0), i);
        }
        return Enumerable.Range(0, labels.Count).GroupBy(Root).Where(g => g.Count() >= 3)
            .Select(g => g.Select(i => labels[i]).ToList()).ToList();
    }

    /// <summary>
    /// A tight group's labels as a column beside it (or two, one each side, when one is too tall), each row in the
    /// vertical order of its marker so the leaders fan out without tangling; nearest offset that is free. None when
    /// no offset up to the longest leader is free: the labels then go one by one.
    /// </summary>
    private static IReadOnlyList<PlacedLabel> Columns(List<LabelRequest> group, IReadOnlyList<Marker> markers, Box bounds, State state, Options o)
    {
        var h = o.FontSize * 1.25;
        var byX = group.OrderBy(l => markers[l.Marker].X).ToList();
        var plans = new List<List<(List<LabelRequest> Labels, int Side)>>
        {
            new() { (group, -1) }, new() { (group, +1) },
            new() { (byX[..(byX.Count / 2)], -1), (byX[(byX.Count / 2)..], +1) },
        };
        foreach (var plan in plans)
        {
            var taken = new List<PlacedLabel>();
            foreach (var (labels, side) in plan)
            {
                var column = Column(labels, side, markers, bounds, state, o, h, taken);
                if (column is null) { taken = null; break; }
                taken.AddRange(column);
            }
            if (taken is null) continue;
            foreach (var label in taken) state.Take(label);
            return taken;
        }
        return [];
    }

    private static List<PlacedLabel>? Column(List<LabelRequest> labels, int side, IReadOnlyList<Marker> markers, Box bounds, State state,
        Options o, double h, List<PlacedLabel> alsoTaken)
    {
        var ms = labels.Select(l => markers[l.Marker]).ToList();
        var edge = side < 0 ? ms.Min(m => m.X - m.Radius) : ms.Max(m => m.X + m.Radius);
        var height = labels.Count * (h + RowGap) - RowGap;
        if (height > bounds.Height) return null;
        var top = Math.Clamp(ms.Average(m => m.Y) - height / 2, bounds.Top, bounds.Bottom - height);
        // Rows in the order the markers are seen from the column's middle, top to bottom: the leaders then fan out
        // without crossing (exactly so when they would meet in one point, nearly so along the column).
        var (cx, cy) = (edge + side * o.MaxLeader, top + height / 2);
        var rows = labels.OrderBy(l => Math.Atan2(markers[l.Marker].Y - cy, Math.Abs(markers[l.Marker].X - cx))).ThenBy(l => l.Marker).ToList();
        for (var dx = o.Step; dx <= o.MaxLeader; dx += o.Step)
        {
            var column = new List<PlacedLabel>();
            for (var i = 0; i < rows.Count; i++)
            {
                var w = TextWidth(rows[i].Text, o.FontSize);
                var box = new Box(side < 0 ? edge - dx - w : edge + dx, top + i * (h + RowGap), w, h);
                var m = markers[rows[i].Marker];
                var (ex, ey) = box.Nearest(m.X, m.Y);
                var toBox = Dist(ex, ey, m.X, m.Y);
                var leader = (m.X + (ex - m.X) * m.Radius / toBox, m.Y + (ey - m.Y) * m.Radius / toBox, ex, ey);
                column.Add(new PlacedLabel(rows[i].Marker, rows[i].Text, box, box.Top + o.FontSize * 0.95, leader));
            }
            if (column.All(l => bounds.Contains(l.Box) && state.IsFree(l.Box) && !state.LeaderHitsLabel(l.Leader!.Value)
                                && alsoTaken.All(t => !t.Box.Intersects(l.Box, Clearance) && !SegmentHitsBox(t.Leader!.Value, l.Box) && !SegmentHitsBox(l.Leader!.Value, t.Box))
                                && column.All(c => c == l || !SegmentHitsBox(c.Leader!.Value, l.Box))))
                return column;
        }
        return null;
    }

    private static int Crowding(IReadOnlyList<Marker> markers, SpatialIndex<int> index, int marker)
    {
        var m = markers[marker];
        return index.Near(new Box(m.X - 40, m.Y - 40, 80, 80)).Count(i => Dist(markers[i].X, markers[i].Y, m.X, m.Y) < 40);
    }

    private static PlacedLabel? Best(LabelRequest label, Marker m, Box bounds, State state, Options o)
    {
        var (w, h) = (TextWidth(label.Text, o.FontSize), o.FontSize * 1.25);
        PlacedLabel? best = null;
        var bestCrossings = int.MaxValue;
        for (var d = 0.0; d <= o.MaxLeader; d += d == 0 ? o.Step * 1.5 : o.Step)
        {
            var directions = d == 0 ? 8 : 32;
            for (var k = 0; k < directions; k++)
            {
                var angle = 2 * Math.PI * k / directions;
                var (ux, uy) = (Math.Cos(angle), Math.Sin(angle));
                var (ax, ay) = (m.X + (m.Radius + o.Gap + d) * ux, m.Y + (m.Radius + o.Gap + d) * uy);
                // The box sits on the far side of the anchor: beside it horizontally, above or below it vertically.
                var left = Math.Abs(ux) < 0.38 ? ax - w / 2 : ux > 0 ? ax : ax - w;
                var top = Math.Abs(uy) < 0.38 ? ay - h / 2 : uy > 0 ? ay : ay - h;
                var box = new Box(left, top, w, h);
                if (!bounds.Contains(box) || !state.IsFree(box)) continue;
                var (ex, ey) = box.Nearest(m.X, m.Y);
                var toBox = Dist(ex, ey, m.X, m.Y);
                (double, double, double, double)? leader = null;
                if (toBox > m.Radius + o.Gap + 3)
                {
                    var from = (m.X + (ex - m.X) * m.Radius / toBox, m.Y + (ey - m.Y) * m.Radius / toBox);
                    leader = (from.Item1, from.Item2, ex, ey);
                    if (state.LeaderHitsLabel(leader.Value)) continue;
                }
                var crossings = leader is { } l ? state.Crossings(l, label.Marker) : 0;
                if (crossings < bestCrossings)
                {
                    (best, bestCrossings) = (new PlacedLabel(label.Marker, label.Text, box, top + o.FontSize * 0.95, leader), crossings);
                    if (crossings == 0) return best;
                }
            }
        }
        return best;
    }

    private static double Dist(double x1, double y1, double x2, double y2) => Math.Sqrt((x1 - x2) * (x1 - x2) + (y1 - y2) * (y1 - y2));

    /// <summary>What is taken so far: markers, obstacles, placed label boxes and leader lines.</summary>
    private sealed class State(IReadOnlyList<Marker> markers, SpatialIndex<int> markerIndex, IReadOnlyList<Box> obstacles)
    {
        private readonly SpatialIndex<Box> boxes = new(CellSize);
        private readonly SpatialIndex<(double, double, double, double)> leaders = new(CellSize);

        public bool IsFree(Box box)
        {
            foreach (var i in markerIndex.Near(Grow(box, Clearance)))
                if (box.DistanceTo(markers[i].X, markers[i].Y) < markers[i].Radius + Clearance) return false;
            foreach (var o in obstacles)
                if (box.Intersects(o, Clearance)) return false;
            foreach (var b in boxes.Near(Grow(box, Clearance)))
                if (box.Intersects(b, Clearance)) return false;
            foreach (var l in leaders.Near(box))
                if (SegmentHitsBox(l, box)) return false;
            return true;
        }

        public bool LeaderHitsLabel((double, double, double, double) leader)
        {
            foreach (var b in boxes.Near(Bounds(leader)))
                if (SegmentHitsBox(leader, Grow(b, Clearance))) return true;
            return false;
        }

        /// <summary>Other leaders this one crosses, plus other markers it passes over.</summary>
        public int Crossings((double X1, double Y1, double X2, double Y2) leader, int own)
        {
            var count = 0;
            foreach (var other in leaders.Near(Bounds(leader)))
                if (SegmentsCross(leader, other)) count++;
            foreach (var i in markerIndex.Near(Bounds(leader)))
                if (i != own && SegmentDistance(leader, markers[i].X, markers[i].Y) < markers[i].Radius) count++;
            return count;
        }

        public void Take(PlacedLabel label)
        {
            boxes.Add(label.Box, label.Box);
            if (label.Leader is { } l) leaders.Add(Bounds(l), l);
        }
    }

    private static Box Grow(Box b, double by) => new(b.Left - by, b.Top - by, b.Width + 2 * by, b.Height + 2 * by);

    private static Box Bounds((double X1, double Y1, double X2, double Y2) s) =>
        new(Math.Min(s.X1, s.X2), Math.Min(s.Y1, s.Y2), Math.Abs(s.X2 - s.X1), Math.Abs(s.Y2 - s.Y1));

    private static double SegmentDistance((double X1, double Y1, double X2, double Y2) s, double x, double y)
    {
        var (dx, dy) = (s.X2 - s.X1, s.Y2 - s.Y1);
        var length2 = dx * dx + dy * dy;
        var t = length2 == 0 ? 0 : Math.Clamp(((x - s.X1) * dx + (y - s.Y1) * dy) / length2, 0, 1);
        return Dist(s.X1 + t * dx, s.Y1 + t * dy, x, y);
    }

    /// <summary>Whether a segment passes through a box's interior (touching its edge, where a leader ends, does not count).</summary>
    public static bool SegmentHitsBox((double X1, double Y1, double X2, double Y2) s, Box box)
    {
        // Sampling along the segment is enough at the sizes drawn here (labels at least 10 px tall, step 1 px).
        var length = Dist(s.X1, s.Y1, s.X2, s.Y2);
        var steps = Math.Max(1, (int)Math.Ceiling(length));
        for (var i = 0; i <= steps; i++)
        {
            var (x, y) = (s.X1 + (s.X2 - s.X1) * i / steps, s.Y1 + (s.Y2 - s.Y1) * i / steps);
            if (x > box.Left + 0.5 && x < box.Right - 0.5 && y > box.Top + 0.5 && y < box.Bottom - 0.5) return true;
        }
        return false;
    }

    private static bool SegmentsCross((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b)
    {
        static double Side(double ax, double ay, double bx, double by, double cx, double cy) => (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        var d1 = Side(b.X1, b.Y1, b.X2, b.Y2, a.X1, a.Y1);
        var d2 = Side(b.X1, b.Y1, b.X2, b.Y2, a.X2, a.Y2);
        var d3 = Side(a.X1, a.Y1, a.X2, a.Y2, b.X1, b.Y1);
        var d4 = Side(a.X1, a.Y1, a.X2, a.Y2, b.X2, b.Y2);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }
}

/// <summary>A uniform grid of buckets, so a free-place test looks at nearby items only (3,351 markers at national scale).</summary>
internal sealed class SpatialIndex<T>(double cellSize)
{
    private readonly Dictionary<(int, int), List<T>> cells = [];

    public void Add(Box box, T item)
    {
        foreach (var key in Keys(box))
        {
            if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
            list.Add(item);
        }
    }

    /// <summary>Items whose cells meet the box; an item may come more than once.</summary>
    public IEnumerable<T> Near(Box box)
    {
        foreach (var key in Keys(box))
            if (cells.TryGetValue(key, out var list))
                foreach (var item in list) yield return item;
    }

    private IEnumerable<(int, int)> Keys(Box box)
    {
        for (var x = (int)Math.Floor(box.Left / cellSize); x <= (int)Math.Floor(box.Right / cellSize); x++)
            for (var y = (int)Math.Floor(box.Top / cellSize); y <= (int)Math.Floor(box.Bottom / cellSize); y++)
                yield return (x, y);
    }
}
