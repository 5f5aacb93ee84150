using Assessment.Proxy;

// dotnet run --project src/Assessment.Proxy -- --urls http://0.0.0.0:8080 --node http://10.0.0.11:5000 --node http://10.0.0.12:5000
// [--probe-seconds 2]. The nodes run the app against one PostgreSQL database (docs/postgres.md, "Several app nodes").
var (nodes, rest, error) = NodeCluster.ParseArguments(args);
if (error is not null)
{
    Console.Error.WriteLine(error);
    return 2;
}

var builder = WebApplication.CreateBuilder(rest.ToArray());
var probe = TimeSpan.FromSeconds(builder.Configuration.GetValue("probe-seconds", 2.0));
builder.Services.AddNodeProxy(nodes, probe);
var app = builder.Build();
app.MapReverseProxy();
app.Logger.LogInformation("Proxying to {Nodes}", string.Join(", ", nodes));
app.Run();
return 0;
