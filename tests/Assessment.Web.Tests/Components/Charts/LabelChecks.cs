using Assessment.Web.Components.Pages.Dashboards.Shared;

namespace Assessment.Web.Tests.Components.Charts;

/// <summary>
/// The no-overprint rules, checked with rectangle arithmetic of their own (not the layout's Box methods): label boxes
/// are pairwise disjoint, cover no marker disc, stay inside the bounds and clear of the obstacles.
/// </summary>
public static class LabelChecks
{
    public static void NoOverprint(LabelLayout layout, IReadOnlyList<Marker> markers, Box bounds, IReadOnlyList<Box> obstacles)
    {
        var boxes = layout.Placed.Select(l => l.Box).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            var a = boxes[i];
            Assert.True(a.Left >= bounds.Left && a.Top >= bounds.Top && a.Left + a.Width <= bounds.Left + bounds.Width
                        && a.Top + a.Height <= bounds.Top + bounds.Height, $"label '{layout.Placed[i].Text}' leaves the plot: {a}");
            for (var j = i + 1; j < boxes.Count; j++)
                Assert.False(Overlap(a, boxes[j]), $"labels '{layout.Placed[i].Text}' {a} and '{layout.Placed[j].Text}' {boxes[j]} overlap");
            foreach (var o in obstacles)
                Assert.False(Overlap(a, o), $"label '{layout.Placed[i].Text}' {a} covers the obstacle {o}");
        }
        // Every marker against every box, through a coarse grid so 3,351 x hundreds stays quick.
        var byColumn = markers.Select((m, i) => (m, i)).ToLookup(x => (int)(x.m.X / 50));
        foreach (var label in layout.Placed)
        {
            var b = label.Box;
            for (var column = (int)((b.Left - 10) / 50); column <= (int)((b.Left + b.Width + 10) / 50); column++)
                foreach (var (m, i) in byColumn[column])
                {
                    var nx = Math.Clamp(m.X, b.Left, b.Left + b.Width);
                    var ny = Math.Clamp(m.Y, b.Top, b.Top + b.Height);
                    var distance = Math.Sqrt((nx - m.X) * (nx - m.X) + (ny - m.Y) * (ny - m.Y));
                    Assert.True(distance >= m.Radius, $"label '{label.Text}' {b} covers marker {i} at ({m.X}, {m.Y})");
                }
        }
    }

    private static bool Overlap(Box a, Box b) =>
        a.Left < b.Left + b.Width && b.Left < a.Left + a.Width && a.Top < b.Top + b.Height && b.Top < a.Top + a.Height;
}
