using System.Text.Encodings.Web;
using System.Text.Unicode;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Configuration;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using MudBlazor;
using MudBlazor.Services;

namespace Assessment.Web.Extensions;

public static class ServiceRegistration
{
    /// <summary>Everything the app registers, in one place, so Program.cs shows only the pipeline.</summary>
    public static WebApplicationBuilder AddAssessmentWeb(this WebApplicationBuilder builder)
    {
        // The built (not published) app serves its own and MudBlazor's static files from the build manifest in
        // every environment, so the end-to-end tests can run the Production pipeline (friendly errors).
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        var paths = AppPaths.From(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(paths);
        // How long the server keeps a page whose connection dropped (ASP.NET Core's default, 3 minutes, unless set):
        // after that the browser gets a new page, and what was typed meanwhile comes back from the tab's own store
        // (Questionnaire/Respond.razor.js). Tests shorten it to cut a connection for longer than it.
        var retention = builder.Configuration.GetValue<double?>("Circuits:DisconnectedRetentionSeconds");
        services.AddRazorComponents()
            .AddInteractiveServerComponents(o =>
            {
                if (retention is > 0) o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(retention.Value);
            })
            .AddHubOptions(o => o.MaximumReceiveMessageSize = QuestionnaireService.MaxCircuitMessageBytes);
        services.AddMudServices(config =>
        {
            // Outcomes (saved, published, refused) show bottom-left, away from the questionnaire's submit button.
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            config.SnackbarConfiguration.PreventDuplicates = true;
            config.SnackbarConfiguration.VisibleStateDuration = 4000;
            // Shown at full opacity at once: a fading-in message is briefly below AA contrast (axe catches it).
            config.SnackbarConfiguration.ShowTransitionDuration = 0;
        });
        // MudBlazor's own texts (pager, filters, pickers) in the page's language.
        services.AddTransient<MudLocalizer, MudTextsChinese>();
        // Chinese text as characters, not &#x..; entities: a third of the bytes on a slow connection.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(UiCulture.Chinese).AddSupportedCultures(UiCulture.Supported).AddSupportedUICultures(UiCulture.Supported);
            // Only the user's explicit choice counts: the browser's Accept-Language must not override Chinese.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Held while the app runs (taken at start in Program.cs): a restore from the command line is refused meanwhile.
        services.AddSingleton(_ => AppLock.Acquire(paths.DatabaseFile));
        var database = DatabaseSetting.From(builder.Configuration, paths);
        services.AddSingleton(sp => AssessmentDb.Open(database, TimeProvider.System, sp.GetRequiredService<ILogger<AssessmentDb>>()));
        services.AddSingleton<AccountStore>();
        services.AddSingleton<JurisdictionStore>();

        services.AddDataProtection().PersistKeys(database, paths);
        // Sign-in, lockout, sessions (security stamp, lifetimes), rate limits, forwarded headers: Security/.
        builder.AddAccountSecurity();
        services.AddAuthorization(options =>
        {
            foreach (var permission in Enum.GetValues<Permission>())
                options.AddPolicy(permission.ToString(), p => p.RequireAssertion(c => c.User.Allows(permission)));
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<AccountAdministration>();
        services.AddSingleton<SnapshotsInUse>();
        services.AddScoped<InstrumentCatalog>();
        // Rounds. TryAdd: other features may register the same stores; "now" comes from TimeProvider so tests can move it.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RoundStore>();
        services.TryAddSingleton<SnapshotStore>();
        services.TryAddSingleton<RoundOverview>();
        services.AddScoped<RoundService>();
        services.AddSingleton(sp => new DemoStatus(sp.GetRequiredService<AssessmentDb>()));
        services.AddSingleton(ReviewOptions.From(builder.Configuration));
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewComments>();
        // Questionnaire: stores are stateless over the one database; the service is per circuit (its user).
        services.TryAddSingleton<AnswerStore>();
        services.AddSingleton<AssignedResponses>();
        services.AddScoped<QuestionnaireService>();
        services.AddSingleton<DashboardCache>();
        services.AddScoped<DashboardService>();
        services.AddSingleton<MethodQualityCache>();
        services.AddScoped<MethodQualityService>();
        // Case library: the case files are read once at start-up; a bad file is logged and skipped.
        services.AddSingleton(sp => new CaseLibrary(CaseLibrary.LoadEmbedded(), sp.GetRequiredService<ILogger<CaseLibrary>>()));
        services.AddScoped<CaseLibraryService>();
        services.AddScoped<DashboardCompareService>();
        services.AddScoped<SelfVsExternalService>();
        services.AddSingleton<AuditQuery>();
        services.AddScoped<AuditService>();
        // Reports: one Chromium for the server's PDFs (Reports:ChromiumPath), launched on the first one.
        services.AddScoped<Reports.ReportService>();
        services.AddSingleton(sp => new Reports.PdfPrinter(Reports.PdfPrinter.PathFrom(sp.GetRequiredService<IConfiguration>())));
        return builder;
    }
}
