using Assessment.Web.Components;
using Assessment.Web.Demo;
using Assessment.Web.Extensions;
using Assessment.Web.Localization;
using Assessment.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessmentWeb();

var app = builder.Build();
// The demo data set only in Development (the README's run command) or when asked for with --demo true.
if (app.Services.GetRequiredService<SecurityOptions>().DemoEnabled) app.Services.SeedDemoData();

if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseAccountSecurity();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCultureEndpoints();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
