using Assessment.Data.Backup;
using Assessment.Data.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

/// <summary>A restore under a running app would leave its caches and open pages showing data that is gone.</summary>
public sealed class RestoreWhileRunningTests
{
    [Fact]
    public async Task A_restore_is_refused_while_the_app_holds_the_database()
    {
        await using var app = new SignInApp();
        var live = app.Services.GetRequiredService<AssessmentDb>(); // the app's own database, as its first request opens it
        var backup = Path.Combine(app.DataFolder, "backup.db");
        Assert.True(BackupService.Backup(live, backup).Ok);

        BackupCheck result;
        using (var other = AssessmentDb.Open(live.Path!)) result = BackupService.Restore(other, backup, "operator");

        Assert.False(result.Ok);
        Assert.Contains("running", result.Message);
    }
}
