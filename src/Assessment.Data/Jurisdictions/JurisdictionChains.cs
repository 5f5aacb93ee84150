namespace Assessment.Data.Jurisdictions;

/// <summary>
/// Walks up parent chains (county -> prefecture -> province). A chain that comes back to where it started is a cycle:
/// imports and the store refuse one, so the walks elsewhere (dashboards, pickers) always end.
/// </summary>
public static class JurisdictionChains
{
    /// <summary>
    /// The rows of <paramref name="changes"/> that lie on a cycle once they replace the stored rows of the same code,
    /// each with its chain written out, e.g. "A -> B -> A".
    /// </summary>
    public static IEnumerable<(string Code, string Chain)> Cycles(IEnumerable<Jurisdiction> stored, IEnumerable<Jurisdiction> changes)
    {
        var parents = stored.ToDictionary(j => j.Code, j => j.ParentCode, StringComparer.Ordinal);
        var changed = changes.ToList();
        foreach (var j in changed) parents[j.Code] = j.ParentCode;
        foreach (var j in changed)
        {
            var path = new List<string> { j.Code };
            var seen = new HashSet<string>(StringComparer.Ordinal) { j.Code };
            // Every step visits a new code or ends, so the walk is at most as long as the table.
            for (var at = parents.GetValueOrDefault(j.Code); at is not null; at = parents.GetValueOrDefault(at))
            {
                path.Add(at);
                if (!seen.Add(at))
                {
                    if (at == j.Code) yield return (j.Code, string.Join(" -> ", path));
                    break;
                }
            }
        }
    }
}
