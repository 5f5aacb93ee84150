using System.Collections;

namespace Assessment.Web.Components.Pages.Dashboards.Shared;

/// <summary>
/// A table's rows built when first read, one row at a time. A national round has 3,351 jurisdictions but a page
/// shows 50: building every row's cells (formatted numbers, translated names) on each render cost more than the
/// rest of the page (issue 5, item 9). Sorting and the CSV still read every row, on demand. It implements IList so
/// that LINQ's Skip/Take page by index instead of enumerating from the start. A table belongs to one render of one
/// circuit, so no locking.
/// </summary>
public sealed class LazyRows<T>(IReadOnlyList<T> source, Func<T, IReadOnlyList<TableCell>> build)
    : IList<IReadOnlyList<TableCell>>, IReadOnlyList<IReadOnlyList<TableCell>>
{
    private readonly IReadOnlyList<TableCell>?[] built = new IReadOnlyList<TableCell>?[source.Count];

    public int Count => built.Length;
    public bool IsReadOnly => true;

    public IReadOnlyList<TableCell> this[int index]
    {
        get => built[index] ??= build(source[index]);
        set => throw new NotSupportedException();
    }

    public IEnumerator<IReadOnlyList<TableCell>> GetEnumerator()
    {
        for (var i = 0; i < built.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public int IndexOf(IReadOnlyList<TableCell> item)
    {
        for (var i = 0; i < built.Length; i++) if (ReferenceEquals(this[i], item)) return i;
        return -1;
    }

    public bool Contains(IReadOnlyList<TableCell> item) => IndexOf(item) >= 0;

    public void CopyTo(IReadOnlyList<TableCell>[] array, int arrayIndex)
    {
        for (var i = 0; i < built.Length; i++) array[arrayIndex + i] = this[i];
    }

    public void Add(IReadOnlyList<TableCell> item) => throw new NotSupportedException();
    public void Clear() => throw new NotSupportedException();
    public void Insert(int index, IReadOnlyList<TableCell> item) => throw new NotSupportedException();
    public bool Remove(IReadOnlyList<TableCell> item) => throw new NotSupportedException();
    public void RemoveAt(int index) => throw new NotSupportedException();
}

public static class LazyRows
{
    public static LazyRows<T> Of<T>(IReadOnlyList<T> source, Func<T, IReadOnlyList<TableCell>> build) => new(source, build);
}
