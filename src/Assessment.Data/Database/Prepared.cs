using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Database;

/// <summary>
/// A statement run many times inside a write's transaction with positional values (a round set-up opening thousands of
/// responses, an import's rows). SQLite's is <see cref="PreparedCommand"/> (its own statement API, measured two to
/// three times faster than a rebound command); other providers rebind one command. Parameters are named <c>@name</c>,
/// which both providers accept, so the SQL text is the same.
/// </summary>
internal abstract class Prepared : IDisposable
{
    /// <param name="parameterNames">The parameters in the order <see cref="Execute"/> and <see cref="Scalar"/> take their values.</param>
    public static Prepared Create(DbConnection c, DbTransaction tx, string sql, params string[] parameterNames) => c is SqliteConnection sqlite
        ? new PreparedCommand(sqlite, (SqliteTransaction)tx, sql, parameterNames)
        : new ReboundCommand(c, tx, sql, parameterNames);

    /// <summary>Sets one parameter for every later run (a value that is the same for all rows).</summary>
    public abstract Prepared With(string name, object? value);

    /// <summary>The position of <paramref name="name"/> among the parameters named at creation.</summary>
    protected static int IndexOf(string[] names, string name)
    {
        var at = Array.IndexOf(names, name);
        return at >= 0 ? at : throw new ArgumentException($"No parameter {name} was named.", nameof(name));
    }

    /// <summary>Binds <paramref name="values"/> to the first parameters named, in order, and runs; returns the rows changed.</summary>
    public abstract int Execute(params object?[] values);

    /// <summary>Binds and runs a statement whose result is one value (RETURNING, a lookup); null when no row.</summary>
    public abstract object? Scalar(params object?[] values);

    public abstract void Dispose();

    /// <summary>One DbCommand whose parameters are set anew for each run.</summary>
    private sealed class ReboundCommand : Prepared
    {
        private readonly DbCommand command;
        private readonly DbParameter[] parameters;
        private readonly string[] names;

        public ReboundCommand(DbConnection c, DbTransaction tx, string sql, string[] parameterNames)
        {
            command = c.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            names = parameterNames;
            parameters = parameterNames.Select(name =>
            {
                var p = command.CreateParameter();
                p.ParameterName = name;
                Set(p, null);
                command.Parameters.Add(p);
                return p;
            }).ToArray();
        }

        public override Prepared With(string name, object? value)
        {
            Set(parameters[IndexOf(names, name)], value);
            return this;
        }

        public override int Execute(params object?[] values)
        {
            Bind(values);
            return command.ExecuteNonQuery();
        }

        public override object? Scalar(params object?[] values)
        {
            Bind(values);
            return command.ExecuteScalar() is { } v and not DBNull ? v : null;
        }

        private void Bind(object?[] values)
        {
            for (var i = 0; i < values.Length; i++) Set(parameters[i], values[i]);
        }

        // Typed even when null: PostgreSQL cannot infer the type of an untyped null in every position. The columns
        // these statements fill with a null are all text.
        private static void Set(DbParameter p, object? value)
        {
            (p.DbType, p.Value) = value switch
            {
                null or DBNull => (DbType.String, (object)DBNull.Value),
                string s => (DbType.String, s),
                long l => (DbType.Int64, l),
                int n => (DbType.Int64, (long)n),
                bool b => (DbType.Int64, b ? 1L : 0L),
                _ => throw new ArgumentException($"Cannot bind a {value.GetType().Name}."),
            };
        }

        public override void Dispose() => command.Dispose();
    }
}
