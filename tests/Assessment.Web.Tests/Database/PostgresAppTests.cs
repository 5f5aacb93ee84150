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
/// The app pointed at PostgreSQL with <c>--database postgres://…</c>: a database of its own (<see cref="PostgresTestDatabase"/>),
/// with the demo data set loaded into it.
/// </summary>
public sealed class PostgresApp : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "assessment-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly PostgresTestDatabase database = new();

    public string Database => database.Name;

    public string Url => database.Url;

    public static string ServerConnectionString() => PostgresTestDatabase.ServerConnectionString();

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
        await database.DisposeAsync();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
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
