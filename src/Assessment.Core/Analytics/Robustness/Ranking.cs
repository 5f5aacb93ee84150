namespace Assessment.Core.Analytics.Robustness;

/// <summary>Ranks by composite, highest first; equal composites share the better rank ("1224"); NA is unranked.</summary>
public static class Ranking
{
    public static int?[] Of(IReadOnlyList<double?> composites)
    {
        var order = Enumerable.Range(0, composites.Count).Where(i => composites[i] is not null)
            .OrderByDescending(i => composites[i]!.Value).ToArray();
        var ranks = new int?[composites.Count];
        for (var p = 0; p < order.Length; p++)
            ranks[order[p]] = p > 0 && composites[order[p]] == composites[order[p - 1]] ? ranks[order[p - 1]] : p + 1;
        return ranks;
    }
}
