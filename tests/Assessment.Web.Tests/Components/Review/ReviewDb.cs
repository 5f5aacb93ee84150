using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Web.Services;
using Assessment.Web.Tests.Review;

namespace Assessment.Web.Tests.Components.Review;

/// <summary>ReviewSeed's round (two raters on 杭州市, one full-point disagreement) on a temp SQLite file, and the real ReviewService as the lead's.</summary>
public sealed class ReviewDb : IDisposable
{
    public const string Code = "3301";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-rcomp-" + Guid.NewGuid().ToString("N")[..12]);

    public AssessmentDb Db { get; }
    public SeededRound Round { get; }
    public ReviewService Service { get; }

    public ReviewDb()
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        var accounts = new AccountStore(Db);
        var jurisdictions = new JurisdictionStore(Db);
        jurisdictions.Upsert([new Jurisdiction(Code, "杭州市", "Hangzhou", "prefecture", "city", null)], "manual", "test");
        var lead = accounts.Create(new NewAccount("lead", "主评估员", Roles.Evaluator, IsLead: true), "test");
        var first = accounts.Create(new NewAccount("rater1", "评估员甲", Roles.Evaluator), "test");
        var second = accounts.Create(new NewAccount("rater2", "评估员乙", Roles.Evaluator), "test");
        Round = ReviewSeed.Seed(Db, Code, first.Id, second.Id, "test");
        Service = new ReviewService(SignedIn.As(Db, lead), Db, jurisdictions);
    }

    public async Task<JurisdictionReview> ReviewAsync() => (await Service.JurisdictionAsync(Round.RoundId, Code))!;

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
