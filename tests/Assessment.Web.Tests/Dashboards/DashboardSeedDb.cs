using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Security;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// The set-up DashboardServiceTests and MethodQualityServiceTests share: a temp database holding DashboardSeed's
/// rounds, and a signed-in person of any role made on demand (a self-assessor belongs to Hangzhou).
/// </summary>
public sealed class DashboardSeedDb : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-dashboards-" + Guid.NewGuid().ToString("N")[..12]);

    public AssessmentDb Db { get; }
    public AccountStore Accounts { get; }
    public SeededRounds Seeded { get; }

    public DashboardSeedDb()
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        Accounts = new AccountStore(Db);
        Seeded = DashboardSeed.Seed(Db);
    }

    /// <summary>A new account of the role, signed in as a circuit would have it.</summary>
    public CurrentUser User(string role, bool lead = false)
    {
        var account = Accounts.Create(new NewAccount($"{role}-{Guid.NewGuid():N}"[..20], role, role, IsLead: lead,
            JurisdictionCode: role == Roles.SelfAssessor ? DashboardSeed.Hangzhou : null, PasswordHash: "not-used"), "test");
        return new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), Accounts);
    }

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
