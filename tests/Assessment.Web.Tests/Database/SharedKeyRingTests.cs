using Assessment.Data.Database;
using Assessment.Web.Configuration;
using Assessment.Web.Security;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Assessment.Web.Tests.Database;

/// <summary>
/// The data-protection key ring of app nodes on one PostgreSQL database (issue 15, item 4): what one node protects
/// (its sign-in cookie, its antiforgery tokens) another node, installed in another folder, can read.
/// </summary>
public sealed class SharedKeyRingTests
{
    [PostgresFact]
    public async Task A_payload_protected_by_one_node_is_read_by_another_installed_elsewhere()
    {
        await using var database = new PostgresTestDatabase();
        var location = DatabaseLocation.Postgres(database.Url);
        using var nodeA = Node(location, "/srv/node-a");
        using var nodeB = Node(location, "/opt/node-b");

        var cookie = Protector(nodeA).Protect("signed in as hangzhou");

        Assert.Equal("signed in as hangzhou", Protector(nodeB).Unprotect(cookie));
        // One key, created by the first node that needed one, in the database rather than in a folder of either node.
        using var c = database.Open();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT count(*) FROM data_protection_keys"));
        Assert.StartsWith("<key id=", c.ExecuteScalar<string>("SELECT xml FROM data_protection_keys"), StringComparison.Ordinal);
    }

    [Fact]
    public void On_sqlite_the_keys_stay_in_the_data_folder_and_another_installation_cannot_read_them()
    {
        var folderA = Directory.CreateTempSubdirectory("assessment-keys-a-").FullName;
        var folderB = Directory.CreateTempSubdirectory("assessment-keys-b-").FullName;
        try
        {
            using var nodeA = Node(DatabaseLocation.Sqlite(Path.Combine(folderA, "assessment.db")), folderA);
            using var nodeB = Node(DatabaseLocation.Sqlite(Path.Combine(folderB, "assessment.db")), folderB);

            var cookie = Protector(nodeA).Protect("signed in as hangzhou");

            Assert.Single(Directory.GetFiles(Path.Combine(folderA, "keys"), "key-*.xml"));
            Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Protector(nodeB).Unprotect(cookie));
        }
        finally
        {
            Directory.Delete(folderA, recursive: true);
            Directory.Delete(folderB, recursive: true);
        }
    }

    private static IDataProtector Protector(ServiceProvider node) =>
        node.GetRequiredService<IDataProtectionProvider>().CreateProtector("Assessment.Web.Tests.SharedKeyRing");

    // What a node's container holds for data protection: its database (opened and migrated by the container), its data
    // folder, and its content root, which is where the default application name (and so the key ring's purpose) comes from.
    private static ServiceProvider Node(DatabaseLocation location, string folder)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new Environment(folder));
        services.AddSingleton(_ => AssessmentDb.Open(location, TimeProvider.System));
        services.AddDataProtection().PersistKeys(location, new AppPaths(folder, folder));
        return services.BuildServiceProvider();
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Production";
        public string ApplicationName { get; set; } = "Assessment.Web";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
