using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>An external evaluation of a self-assessor's own jurisdiction is theirs to read only once it is published.</summary>
public sealed class SelfAssessorExternalRoundTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-selfext-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly SeededRounds seeded;
    private readonly long external;
    private readonly DashboardService hangzhou;

    public SelfAssessorExternalRoundTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        seeded = DashboardSeed.Seed(db);
        var snapshot = new SnapshotStore(db).Add(File.ReadAllText(DashboardSeed.InstrumentPath), "x.yaml", "test").Snapshot!.Id;
        external = DashboardSeed.CreateRound(db, snapshot, "2027 外部评估（进行中）");
        DashboardSeed.Rate(db, seeded.Instrument, external, [(DashboardSeed.Hangzhou, 0.5, 0.6, 0.5), ("3302", 0.9, 0.9, 0.9)],
            [new AccountStore(db).FindByUserName("evaluator1")!.Id]);
        var account = new AccountStore(db).Create(new NewAccount("hz", "杭州自评", Roles.SelfAssessor, JurisdictionCode: DashboardSeed.Hangzhou), "test");
        hangzhou = new DashboardService(SignedIn.As(db, account), db);
    }

    [Fact]
    public async Task An_open_external_round_is_neither_listed_nor_opened_nor_in_the_trend()
    {
        Assert.DoesNotContain(await hangzhou.RoundsAsync(), r => r.Id == external);
        await Assert.ThrowsAsync<ForbiddenException>(() => hangzhou.RoundAsync(external));
        await Assert.ThrowsAsync<ForbiddenException>(() => hangzhou.ProfileAsync(external, DashboardSeed.Hangzhou));
        Assert.Equal([seeded.Earlier, seeded.Current], (await hangzhou.TrendAsync(seeded.Current, DashboardSeed.Hangzhou)).Select(t => t.Round.Id));
    }

    [Fact]
    public async Task A_closed_external_round_stays_hidden_until_it_is_published()
    {
        new RoundStore(db).SetStatus(external, RoundStatus.Closed, "test");
        await Assert.ThrowsAsync<ForbiddenException>(() => hangzhou.RoundAsync(external));

        new RoundStore(db).SetStatus(external, RoundStatus.Published, "test");
        Assert.Contains(await hangzhou.RoundsAsync(), r => r.Id == external);
        Assert.NotNull((await hangzhou.ProfileAsync(external, DashboardSeed.Hangzhou)).Row);
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
