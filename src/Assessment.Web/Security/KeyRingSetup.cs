using Assessment.Data.Database;
using Assessment.Web.Configuration;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Assessment.Web.Security;

/// <summary>Where the data-protection key ring (sign-in cookies, antiforgery tokens) lives.</summary>
public static class KeyRingSetup
{
    /// <summary>The application name every node shares on PostgreSQL. Changing it signs everyone out.</summary>
    public const string SharedApplicationName = "Assessment";

    /// <summary>
    /// SQLite (one app on one machine): files in the data folder, as before, so cookies stay valid across restarts and
    /// upgrades. PostgreSQL (one or several nodes on one database): the database's key table, and one application
    /// name, because by default the name is the content root's path, which differs between machines, and a different
    /// name makes a node refuse the others' cookies.
    /// </summary>
    public static IDataProtectionBuilder PersistKeys(this IDataProtectionBuilder builder, DatabaseLocation database, AppPaths paths)
    {
        if (!database.IsPostgres)
            return builder.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(paths.DataFolder, "keys")));

        builder.SetApplicationName(SharedApplicationName);
        // Options, not an instance now: the database is opened (and migrated) by the container, once.
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeyRepository(sp.GetRequiredService<AssessmentDb>())));
        return builder;
    }
}
