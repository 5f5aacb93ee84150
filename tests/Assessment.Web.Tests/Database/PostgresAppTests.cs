using System.Net;
using System.Text.RegularExpressions;
using Assessment.Data.Database;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Assessment.Web.Tests.Database;

/// <summary>
/// The app pointed at PostgreSQL with <c>--database postgres://…</c>: a database of its own on the server
/// ASSESSMENT_TEST_POSTGRES names (tests/run starts a throwaway cluster), with the demo data set loaded into it.
/// </summary>
public sealed class PostgresApp : WebApplicationFactory<Program>
{
    public const string Variable = "ASSESSMENT_TEST_POSTGRES";
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "assessment-pg-" + Guid.NewGuid().ToString("N")[..12]);

    public string Database { get; } = "assessment_web_" + Guid.NewGuid().ToString("N");

    /// <summary>The URL the app is given: the server's role and password, this test's database.</summary>
    public string Url { get; }

    public PostgresApp()
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString());
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ToString()))
            admin.Execute($"CREATE DATABASE {Database} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        Url = $"postgres://{Uri.EscapeDataString(server.Username!)}:{Uri.EscapeDataString(server.Password!)}@{server.Host}:{server.Port}/{Database}";
    }

    /// <summary>The server's connection string; unset or unavailable fails the test with the reason (never passes).</summary>
    public static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable)?.Trim();
        if (string.IsNullOrEmpty(value) || value.StartsWith("unavailable", StringComparison.Ordinal))
            throw new InvalidOperationException(
                $"{Variable} is '{value}': there is no PostgreSQL server to test against. Run the tests through tests/run (it starts a " +
                $"throwaway cluster), or set {Variable} to what tests/postgres/cluster.sh start prints, or to 'off' to skip these tests knowingly.");
        return value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("data", dataFolder);
        builder.UseSetting("database", Url);
        builder.UseSetting("demo", "true");
        builder.UseSetting("Security:SignInsPerMinutePerAddress", "10000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Pooling = false }.ToString()))
            admin.Execute($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>A test that needs PostgreSQL: skipped only when ASSESSMENT_TEST_POSTGRES=off, failing when the server is missing.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable(PostgresApp.Variable)?.Trim(), "off", StringComparison.OrdinalIgnoreCase))
            Skip = $"{PostgresApp.Variable}=off";
    }
}

public sealed class PostgresAppTests
{
    [PostgresFact]
    public async Task The_app_on_postgres_is_ready_loads_the_demo_and_signs_in_a_demo_account()
    {
        await using var app = new PostgresApp();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));

        var db = app.Services.GetRequiredService<AssessmentDb>();
        Assert.Equal(("PostgreSQL", (string?)null), (db.Dialect.Name, db.Path));
        // What the app logs at start-up and names in messages: the database without its password.
        Assert.Equal($"postgres://{new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString()).Username}@", db.Location[..(db.Location.IndexOf('@') + 1)]);
        Assert.EndsWith("/" + app.Database, db.Location, StringComparison.Ordinal);
        // The demo's rounds and answers are in PostgreSQL (the demo loader imports its answers through binary COPY).
        using (var c = db.OpenRead())
            Assert.True(c.ExecuteScalar<long>("SELECT count(*) FROM answers") > 0, "the demo loaded no answers into PostgreSQL");

        var page = await client.GetStringAsync("/signin");
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
        Assert.True(token.Success, "the sign-in page has no antiforgery token");
        var signIn = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "evaluator1",
            ["password"] = "Eval1-demo-2026",
            ["returnUrl"] = "/respond",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        Assert.Equal((HttpStatusCode.Redirect, "/respond"), (signIn.StatusCode, signIn.Headers.Location?.OriginalString));
        // Signed in: the rater's own questionnaires page (read from PostgreSQL) opens instead of sending back to /signin.
        var mine = await client.GetAsync("/respond");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }
}
