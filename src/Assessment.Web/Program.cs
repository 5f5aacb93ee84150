using Assessment.Web.Components;
using Assessment.Web.Components.Layout;
using Assessment.Web.Components.Pages.Audit;
using Assessment.Web.Components.Reports;
using Assessment.Web.Demo;
using Assessment.Web.Extensions;
using Assessment.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssessmentWeb();
builder.AddAssessmentObservability();

var app = builder.Build();
app.Services.GetRequiredService<Assessment.Data.Database.AppLock>();
// The demo data set only in Development (the README's run command) or when asked for with --demo true.
if (app.Services.GetRequiredService<SecurityOptions>().DemoEnabled) app.Services.SeedDemoData();

app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseRequestLocalization();
app.UseAccountSecurity();
app.UseAuthorization();
app.UseAntiforgery();

app.MapAssessmentObservability();
app.MapStaticAssets();
app.MapCultureEndpoints();
app.MapAccountEndpoints();
app.MapAuditEndpoints();
app.MapReportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
