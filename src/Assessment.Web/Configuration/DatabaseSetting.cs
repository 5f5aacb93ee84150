using Assessment.Data.Database;

namespace Assessment.Web.Configuration;

/// <summary>
/// Which database the app uses: <c>--database postgres://user:password@host:port/database</c> (or ASSESSMENT_DATABASE),
/// else the connection string ConnectionStrings:Assessment (env ConnectionStrings__Assessment, an Npgsql connection
/// string or a postgres:// URL), else SQLite in the data folder, as before.
/// </summary>
public static class DatabaseSetting
{
    public static DatabaseLocation From(IConfiguration configuration, AppPaths paths)
    {
        var named = configuration["database"] ?? configuration["ASSESSMENT_DATABASE"] ?? configuration.GetConnectionString("Assessment");
        if (string.IsNullOrWhiteSpace(named)) return DatabaseLocation.Sqlite(paths.DatabaseFile);
        try
        {
            return DatabaseLocation.Postgres(named);
        }
        catch (FormatException e)
        {
            // Said at start-up, where the setting is fixed; the message never repeats the password.
            throw new InvalidOperationException($"The database setting (--database or ConnectionStrings:Assessment) is not usable: {e.Message}");
        }
    }
}
