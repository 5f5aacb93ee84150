using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Assessment.Core.Scoring;

/// <summary>Ids in document order and their positions, built once per instrument.</summary>
internal sealed class ScoreIndex(string[] ids)
{
    public string[] Ids { get; } = ids;

    private readonly Dictionary<string, int> positions =
        ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

    public int Count => Ids.Length;

    public bool TryGetPosition(string id, out int position) => positions.TryGetValue(id, out position);
}

/// <summary>
/// A read-only id -> score dictionary over an array of scores and a shared per-instrument index, so each result
/// costs one array instead of a hash table. Enumerates in document order.
/// </summary>
internal sealed class IndexedScores(ScoreIndex index, double?[] scores) : IReadOnlyDictionary<string, double?>
{
    public double? this[string key] =>
        index.TryGetPosition(key, out var p) ? scores[p] : throw new KeyNotFoundException($"no score named '{key}'");

    public IEnumerable<string> Keys => index.Ids;

    public IEnumerable<double?> Values => scores;

    public int Count => scores.Length;

    public bool ContainsKey(string key) => index.TryGetPosition(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double? value)
    {
        var found = index.TryGetPosition(key, out var p);
        value = found ? scores[p] : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, double?>> GetEnumerator()
    {
        for (var i = 0; i < scores.Length; i++) yield return new(index.Ids[i], scores[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
