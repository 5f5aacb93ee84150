using Assessment.Web.Components;
using Assessment.Web.Demo;
using Assessment.Web.Extensions;
using Assessment.Web.Localization;
using Assessment.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessmentWeb();
builder.AddAssessmentObservability();

var app = builder.Build();
app.Services.GetRequiredService<Assessment.Data.Database.AppLock>();
if (app.Configuration.GetValue("demo", defaultValue: true)) app.Services.SeedDemoData();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapAssessmentObservability();
app.MapStaticAssets();
app.MapCultureEndpoints();
app.MapAccountEndpoints();
app.MapAuditEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
