using Assessment.Web.Components;
using Assessment.Web.Demo;
using Assessment.Web.Extensions;
using Assessment.Web.Localization;
using Assessment.Web.Reports;
using Assessment.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessmentWeb();

var app = builder.Build();
if (app.Configuration.GetValue("demo", defaultValue: true)) app.Services.SeedDemoData();

if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapCultureEndpoints();
app.MapAccountEndpoints();
app.MapReportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
