namespace Assessment.Core.Analytics.Robustness;

/// <summary>Ranks by composite, highest first; equal composites share the better rank ("1224"); NA is unranked.</summary>
public static class Ranking
{
    public static int?[] Of(IReadOnlyList<double?> composites)
    {
        // One array sort on negated keys (run a thousand times per sensitivity analysis, so no LINQ ordering).
        var count = 0;
        for (var i = 0; i < composites.Count; i++) if (composites[i] is not null) count++;
        var keys = new double[count];
        var order = new int[count];
        for (int i = 0, p = 0; i < composites.Count; i++)
            if (composites[i] is double c) (keys[p], order[p++]) = (-c, i);
        Array.Sort(keys, order);
        var ranks = new int?[composites.Count];
        for (var p = 0; p < count; p++)
            ranks[order[p]] = p > 0 && keys[p] == keys[p - 1] ? ranks[order[p - 1]] : p + 1;
        return ranks;
    }
}
