using System.Data.Common;
using Assessment.Data.Database;

namespace Assessment.Cli.Commands;

/// <summary>Opening the database for a store command, with the problems a user can fix said plainly.</summary>
internal static class Store
{
    /// <summary>Who the audit trail names for changes made from the command line.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    /// <summary>True when --db names a PostgreSQL database (postgres://user:password@host:port/database) rather than a file.</summary>
    public static bool IsPostgres(string db) => DatabaseLocation.LooksLikePostgres(db);

    public static AssessmentDb? Open(string path, TextWriter stderr, bool mustExist = true)
    {
        DatabaseLocation location;
        if (IsPostgres(path))
        {
            try
            {
                location = DatabaseLocation.Postgres(path);
            }
            catch (FormatException e)
            {
                stderr.WriteLine($"--db: {e.Message}");
                return null;
            }
        }
        else if (mustExist && !File.Exists(path))
        {
            stderr.WriteLine($"{path}: no database here (check --db; the app creates it on first start)");
            return null;
        }
        else location = DatabaseLocation.Sqlite(path);
        try
        {
            return AssessmentDb.Open(location);
        }
        catch (MigrationException e)
        {
            stderr.WriteLine($"{location}: {e.Message}");
            return null;
        }
        // SqliteException or NpgsqlException (a refused password, a server not listening, no such database); the
        // location printed never carries the password.
        catch (DbException e)
        {
            stderr.WriteLine($"{location}: cannot open as an Assessment database: {e.Message}");
            return null;
        }
        catch (System.Net.Sockets.SocketException e)
        {
            stderr.WriteLine($"{location}: cannot reach the database server: {e.Message}");
            return null;
        }
    }
}
