using Assessment.Web.Components;
using Assessment.Web.Extensions;
using Assessment.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessmentWeb();

var app = builder.Build();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCultureEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
