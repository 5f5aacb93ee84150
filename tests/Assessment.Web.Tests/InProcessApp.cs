using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Assessment.Web.Tests;

/// <summary>The real app in process (TestServer) on an empty temp data folder, Production pipeline, no demo.</summary>
public abstract class InProcessApp : WebApplicationFactory<Program>
{
    private readonly string dataFolder = Path.Combine(Path.GetTempPath(), "assessment-inprocess-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("data", dataFolder);
        builder.UseSetting("demo", "false");
        Configure(builder);
    }

    protected abstract void Configure(IWebHostBuilder builder);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(dataFolder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

/// <summary>
/// TestServer leaves the peer address empty; Kestrel always sets it. This sets it, before the app's own pipeline,
/// to what the test chooses.
/// </summary>
public sealed class PeerAddressFilter(Func<IPAddress?> address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) => { context.Connection.RemoteIpAddress = address(); return nextMiddleware(context); });
        next(app);
    };
}
