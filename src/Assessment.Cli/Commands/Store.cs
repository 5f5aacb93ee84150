using Assessment.Data.Database;
using Microsoft.Data.Sqlite;

namespace Assessment.Cli.Commands;

/// <summary>Opening the database for a store command, with the problems a user can fix said plainly.</summary>
internal static class Store
{
    /// <summary>Who the audit trail names for changes made from the command line.</summary>
    public static string Actor => $"cli:{Environment.UserName}";

    public static AssessmentDb? Open(string path, TextWriter stderr, bool mustExist = true)
    {
        if (mustExist && !File.Exists(path))
        {
            stderr.WriteLine($"{path}: no database here (check --db; the app creates it on first start)");
            return null;
        }
        try
        {
            return AssessmentDb.Open(path);
        }
        catch (MigrationException e)
        {
            stderr.WriteLine($"{path}: {e.Message}");
            return null;
        }
        catch (SqliteException e)
        {
            stderr.WriteLine($"{path}: cannot open as an Assessment database: {e.Message}");
            return null;
        }
    }
}
