using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Core.Tests.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Texts;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Issue 5, item 10: a self-assessor (Hangzhou) opens the dashboards of the rounds Hangzhou takes part in; peers
/// are anonymous until the round is published. And a published round is scored once for the whole server.
/// </summary>
public sealed class SelfAssessorDashboardServiceTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-selfdash-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly SeededRounds seeded;
    private readonly long open;
    private readonly long earlierSelf;
    private readonly Dictionary<string, Dictionary<string, ItemAnswers>> openAnswers;

    public SelfAssessorDashboardServiceTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        seeded = DashboardSeed.Seed(db);
        // A self-assessment round still open: Hangzhou, Ningbo and Zhejiang rated, nothing published yet. (An open
        // external round is not shown to self-assessors at all: SelfAssessorExternalRoundTests.)
        var snapshot = new SnapshotStore(db).Add(File.ReadAllText(DashboardSeed.InstrumentPath), "x.yaml", "test").Snapshot!.Id;
        var rater = new AccountStore(db).FindByUserName("evaluator1")!.Id;
        // An earlier self-assessment, published: Hangzhou and Ningbo named there. Trends and arrows run through rounds
        // of the same mode, so this is the open round's predecessor, not the external ones.
        earlierSelf = DashboardSeed.CreateRound(db, snapshot, "2026 自评", RoundMode.SelfAssessment);
        DashboardSeed.Rate(db, seeded.Instrument, earlierSelf, [(DashboardSeed.Hangzhou, 0.4, 0.4, 0.4), ("3302", 0.8, 0.8, 0.8)], [rater]);
        DashboardSeed.Publish(db, earlierSelf);
        open = DashboardSeed.CreateRound(db, snapshot, "2027 自评", RoundMode.SelfAssessment);
        openAnswers = DashboardSeed.Rate(db, seeded.Instrument, open, [(DashboardSeed.Hangzhou, 0.5, 0.6, 0.5), ("3302", 0.9, 0.9, 0.9), ("33", 0.2, 0.3, 0.2)], [rater]);
    }

    private DashboardService Hangzhou(DashboardCache? cache = null) => Service(Roles.SelfAssessor, DashboardSeed.Hangzhou, cache);

    [Fact]
    public async Task A_self_assessor_sees_the_rounds_their_jurisdiction_takes_part_in_and_no_other()
    {
        var service = Hangzhou();
        Assert.Equal([open, earlierSelf, seeded.Current, seeded.Earlier], (await service.RoundsAsync()).Select(r => r.Id));
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => service.RoundAsync(seeded.Draft)); // Jiangsu only
        Assert.Equal(DashboardAccessTexts.NotYourRound.Localized(), refused.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => Service(Roles.SelfAssessor, "3201").RoundAsync(open));
    }

    [Fact]
    public async Task Before_publication_peers_are_anonymous_with_their_scores_and_the_own_jurisdiction_is_named()
    {
        var rows = (await Hangzhou().RoundAsync(open)).Rows;
        var expected = openAnswers.ToDictionary(a => a.Key, a => ReferenceScorer.Score(seeded.Instrument, a.Value));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (e, row) in expected.Values.Select(e => e.Composite).OrderDescending().Zip(rows)) Near.Equal(e, row.Result.Composite);

        var own = Assert.Single(rows, r => !r.Anonymous);
        Assert.Equal(("3301", "杭州市", "33"), (own.Jurisdiction.Code, own.Jurisdiction.NameZh, own.Province!.Code));
        Near.Equal(expected["3301"].Composite, own.Result.Composite);
        var peers = rows.Where(r => r.Anonymous).ToList();
        Assert.Equal(["地区 1", "地区 2"], peers.Select(p => p.Jurisdiction.NameZh));
        Assert.Equal(["Jurisdiction 1", "Jurisdiction 2"], peers.Select(p => p.Jurisdiction.NameEn));
        foreach (var peer in peers)
        {
            Assert.DoesNotContain(peer.Jurisdiction.Code, new[] { "33", "3302" });
            Assert.Null(peer.Province);
            Assert.Null(peer.Jurisdiction.ParentCode);
            Assert.Equal("", Assessment.Web.Components.Pages.Dashboards.DashboardTables.CodeShown(peer));
            Assert.Null(Assessment.Web.Components.Pages.Dashboards.DashboardTables.ProfileHref(open, peer));
        }
        // Ningbo (0.9) ranks first, Zhejiang (0.2) last: the stand-ins keep the scores, never the names.
        Near.Equal(expected["3302"].Composite, peers[0].Result.Composite);
        Assert.Equal("prefecture", peers[0].Jurisdiction.Level);
    }

    [Fact]
    public async Task An_anonymous_peer_has_no_profile_and_its_earlier_position_is_not_drawn()
    {
        var service = Hangzhou();
        await Assert.ThrowsAsync<ArgumentException>(() => service.ProfileAsync(open, "3302"));
        await Assert.ThrowsAsync<ArgumentException>(() => service.ProfileAsync(open, "anonymous-1"));
        var profile = await service.ProfileAsync(open, DashboardSeed.Hangzhou);
        Near.Equal(ReferenceScorer.Score(seeded.Instrument, openAnswers["3301"]).Composite, profile.Row.Result.Composite);
        // Ningbo was named in the published earlier self-assessment, yet no arrow may tie it to its stand-in here.
        Assert.Equal([DashboardSeed.Hangzhou], (await service.PreviousPositionsAsync(open)).Keys);
        // A peer's trend runs through published rounds only, where it is named, and of the round's own mode.
        Assert.Equal([seeded.Current], (await service.TrendAsync(seeded.Current, "3302")).Select(t => t.Round.Id));
        Assert.Equal([earlierSelf, open], (await service.TrendAsync(open, DashboardSeed.Hangzhou)).Select(t => t.Round.Id));
        // The external rounds' trend leaves the self-assessments out.
        Assert.Equal([seeded.Earlier, seeded.Current], (await service.TrendAsync(seeded.Current, DashboardSeed.Hangzhou)).Select(t => t.Round.Id));
    }

    [Fact]
    public async Task After_publication_a_self_assessor_sees_peers_named_with_the_researchers_numbers()
    {
        var own = await Hangzhou().RoundAsync(seeded.Current);
        var researcher = await Service(Roles.Researcher, null).RoundAsync(seeded.Current);
        Assert.DoesNotContain(own.Rows, r => r.Anonymous);
        Assert.Equal(researcher.Rows.Select(r => (r.Jurisdiction.Code, r.Result.Composite)), own.Rows.Select(r => (r.Jurisdiction.Code, r.Result.Composite)));
        Near.Equal(ReferenceScorer.Score(seeded.Instrument, seeded.Answers["3302"]).Composite, own.Find("3302")!.Result.Composite);
        Assert.NotNull((await Hangzhou().ProfileAsync(seeded.Current, "3302")).Row);
    }

    [Fact]
    public async Task A_published_round_is_scored_once_for_every_circuit_and_an_open_round_per_circuit()
    {
        var cache = new DashboardCache();
        var researcher = await Service(Roles.Researcher, null, cache).RoundAsync(seeded.Current);
        Assert.Same(researcher, await Service(Roles.Researcher, null, cache).RoundAsync(seeded.Current));
        Assert.Same(researcher, await Hangzhou(cache).RoundAsync(seeded.Current));
        var admin = Service(Roles.Administrator, null, cache);
        Assert.NotSame(await admin.RoundAsync(open), await Service(Roles.Administrator, null, cache).RoundAsync(open));
        Assert.Same(await admin.RoundAsync(open), await admin.RoundAsync(open));
        var unpublished = (await admin.RoundAsync(open)).Round;
        Assert.Throws<ArgumentException>(() => cache.GetOrScore(unpublished, () => throw new InvalidOperationException()));
    }

    private DashboardService Service(string role, string? jurisdiction, DashboardCache? cache = null)
    {
        var accounts = new AccountStore(db);
        var account = accounts.Create(new NewAccount($"{role}-{Guid.NewGuid():N}"[..20], role, role,
            JurisdictionCode: jurisdiction, PasswordHash: "not-used"), "test");
        var user = new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts);
        return new DashboardService(user, db, cache ?? new DashboardCache());
    }

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
