using System.Data.Common;

namespace Assessment.Data.Database;

/// <summary>
/// Inserts many rows through one prepared INSERT of several rows at a time (<c>VALUES (...), (...), ...</c>), for the
/// bulk paths. Every run of a statement sets up its program and opens its table cursors anew; doing that once per 64
/// rows instead of once per row took about a fifth off the answers' share of the million-answer import (measured; the
/// audit rows gained less: their cost is the seek into the audit index). Rows are written as each statement fills;
/// <see cref="Flush"/> writes the rest, one row at a time, and must run before the transaction commits.
/// </summary>
internal sealed class BatchedInsert : IDisposable
{
    private readonly Prepared many, one;
    private readonly int width;
    private readonly object?[] pending;
    private int count;

    /// <param name="insert">The statement up to its values: <c>INSERT INTO t (a, b, c) VALUES</c>.</param>
    /// <param name="row">One row's values, with {0}..{width - 1} for the values <see cref="Add"/> takes and named
    /// parameters for those <see cref="With"/> sets once: <c>({0}, {1}, @at)</c>.</param>
    /// <param name="constants">The named parameters of <paramref name="row"/>.</param>
    public BatchedInsert(DbConnection c, DbTransaction tx, string insert, string row, int width, int rowsPerStatement, params string[] constants)
    {
        this.width = width;
        pending = new object?[width * rowsPerStatement];
        many = Prepare(c, tx, insert, row, width, rowsPerStatement, constants);
        one = Prepare(c, tx, insert, row, width, 1, constants);
    }

    private static Prepared Prepare(DbConnection c, DbTransaction tx, string insert, string row, int width, int rows, string[] constants)
    {
        // @r{i}_{j}: value j of the statement's row i, in the order Add takes them.
        var names = Enumerable.Range(0, rows).SelectMany(i => Enumerable.Range(0, width).Select(j => $"@r{i}_{j}")).ToArray();
        var values = Enumerable.Range(0, rows).Select(i => string.Format(row, names.Skip(i * width).Take(width).ToArray<object>()));
        return Prepared.Create(c, tx, insert + " " + string.Join(", ", values), [.. names, .. constants]);
    }

    /// <summary>Sets a named parameter of every row once.</summary>
    public BatchedInsert With(string name, object? value)
    {
        many.With(name, value);
        one.With(name, value);
        return this;
    }

    /// <summary>Adds one row (its <c>width</c> values, in order); written when the statement is full or at <see cref="Flush"/>.</summary>
    public void Add(params object?[] values)
    {
        if (values.Length != width) throw new ArgumentException($"A row has {width} values, not {values.Length}.", nameof(values));
        values.CopyTo(pending, count * width);
        if (++count * width < pending.Length) return;
        many.Execute(pending);
        count = 0;
    }

    /// <summary>Writes the rows still waiting for a full statement.</summary>
    public void Flush()
    {
        for (var i = 0; i < count; i++) one.Execute(pending[(i * width)..((i + 1) * width)]);
        count = 0;
    }

    public void Dispose()
    {
        many.Dispose();
        one.Dispose();
    }
}
