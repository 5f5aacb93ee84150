using System.Globalization;

namespace Assessment.LoadDriver.Circuit;

/// <summary>
/// The outcomes of saves as a questionnaire page shows them, read from its render batches. Each item (data-item) writes
/// on itself how many of its saves have ended on the page (data-outcomes), the state the last one left (data-state) and
/// the answer's version it acknowledged (data-version). A save's outcome is the first render after it in which that
/// count went up. Not a change of data-state: Blazor may send "saving" and the outcome in one render (it holds renders
/// back while the browser has not confirmed earlier ones), and a save can end in the state the item was already in
/// (refused after refused, saved after saved), so the state alone may not change at all.
/// Not thread-safe: the circuit calls it under its own lock.
/// </summary>
public sealed class ItemOutcomes
{
    private const int HistoryLength = 8;
    private readonly Dictionary<int, List<Outcome>> seen = new();
    private readonly Dictionary<int, Queue<(long Batch, DateTime At, IReadOnlyList<FrameAttribute> Set)>> history = new();

    /// <summary>The item after a render that ended a save: the page's count of ended saves, its state and acknowledged version.</summary>
    public sealed record Outcome(int Count, string State, long Version);

    /// <summary>Takes a component's diff: <paramref name="own"/> holds all its attributes after the diff, <paramref name="set"/> those the diff set.</summary>
    public void Record(int component, IReadOnlyDictionary<string, FrameAttribute> own, IReadOnlyList<FrameAttribute> set, long batch, DateTime at)
    {
        if (!own.ContainsKey("data-item")) return;
        // What the item's renders set, for the error report of a save whose outcome never came.
        if (!history.TryGetValue(component, out var trace)) history[component] = trace = new();
        trace.Enqueue((batch, at, set));
        if (trace.Count > HistoryLength) trace.Dequeue();

        if (!set.Any(a => a.Name == "data-outcomes") || Number(own, "data-outcomes") is not { } count) return;
        if (!seen.TryGetValue(component, out var outcomes)) seen[component] = outcomes = new();
        outcomes.Add(new Outcome((int)count, own.TryGetValue("data-state", out var s) ? s.Value ?? "" : "", Number(own, "data-version") ?? -1));
    }

    /// <summary>How many saves the item had ended when last rendered (0 before its first render).</summary>
    public int Count(int component) => seen.TryGetValue(component, out var outcomes) && outcomes.Count > 0 ? outcomes[^1].Count : 0;

    /// <summary>The first render in which the item had ended more than <paramref name="count"/> saves: the outcome of the next save.</summary>
    public Outcome? After(int component, int count) =>
        seen.TryGetValue(component, out var outcomes) ? outcomes.FirstOrDefault(o => o.Count > count) : null;

    public string History(int component) =>
        history.TryGetValue(component, out var trace)
            ? string.Join(" | ", trace.Select(t => $"batch {t.Batch} {t.At:HH:mm:ss.fff}: "
                + string.Join(" ", t.Set.Where(a => a.Name.StartsWith("data-", StringComparison.Ordinal)).Select(a => $"{a.Name}={a.Value}"))))
            : "no render of the item";

    public void Forget(int component)
    {
        seen.Remove(component);
        history.Remove(component);
    }

    private static long? Number(IReadOnlyDictionary<string, FrameAttribute> own, string name) =>
        own.TryGetValue(name, out var a) && long.TryParse(a.Value, CultureInfo.InvariantCulture, out var n) ? n : null;
}
