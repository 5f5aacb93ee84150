using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Questionnaire;
using Assessment.Web.Services;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Components.Questionnaire;

/// <summary>
/// A temp SQLite store with an evaluator assigned to 杭州市 (3301) in an open round on the given instrument, and the
/// real QuestionnaireService as that evaluator's circuit has it. Items come from the instrument file, as the page gets them.
/// </summary>
public sealed class QuestionnaireDb : IDisposable
{
    public const string Jurisdiction = "3301";
    public const string SelfAssessment = "egov-self-assessment-2026.1.yaml";
    /// <summary>The instrument with an item that allows N/A (if_regional_zone).</summary>
    public const string External = "egov-iceberg-external-2026.1.yaml";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-qcomp-" + Guid.NewGuid().ToString("N")[..12]);

    public AssessmentDb Db { get; }
    public AnswerStore Answers { get; }
    public Account Evaluator { get; }
    public Account OtherEvaluator { get; }
    public long Round { get; }
    public long ResponseId { get; }
    public Instrument Instrument { get; }
    public QuestionnaireService Service { get; }

    public QuestionnaireDb(string instrumentFile = SelfAssessment)
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        new JurisdictionStore(Db).Upsert([
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction(Jurisdiction, "杭州市", "Hangzhou", "prefecture", "city", "33")], "manual", "test");
        var accounts = new AccountStore(Db);
        Evaluator = accounts.Create(new NewAccount("evaluator", "E", Roles.Evaluator), "test");
        OtherEvaluator = accounts.Create(new NewAccount("colleague", "C", Roles.Evaluator), "test");
        var yaml = File.ReadAllText(Path.Combine(AppServer.RepositoryRoot(), "instruments", instrumentFile));
        var snapshots = new SnapshotStore(Db);
        var snapshot = snapshots.Add(yaml, instrumentFile, "test").Snapshot!;
        var rounds = new RoundStore(Db);
        Round = rounds.Create(new NewRound("2026 外部评估（组件测试）", snapshot.Id, RoundMode.ExternalEvaluation), "test").Id;
        rounds.SetStatus(Round, RoundStatus.Open, "test");
        ResponseId = rounds.Assign(Round, Jurisdiction, Evaluator.Id, "test").Id;
        Instrument = snapshots.ForRound(Round);
        Answers = new AnswerStore(Db);
        Service = new QuestionnaireService(SignedIn.As(Db, Evaluator), new AssignedResponses(Db), snapshots, Answers, rounds);
    }

    public Item Item(string id) => Instrument.FindItem(id) ?? throw new ArgumentException($"no item {id}");

    /// <summary>An item as the page holds it after opening, with what is stored for it now.</summary>
    public ItemState State(string itemId) => new(Item(itemId), Stored(itemId));

    public StoredAnswer? Stored(string itemId) => Answers.Find(ResponseId, itemId);

    /// <summary>The page's save path (Respond.SaveAsync): the item's queue, then the service.</summary>
    public Task SaveAsync(ItemState s) => s.SaveAsync(edit => Service.SaveAsync(Round, Jurisdiction, edit), () => { });

    /// <summary>Someone else (another window, a colleague on the same response) saves this item directly in the store.</summary>
    public void SavedElsewhere(string itemId, string value, long expectedVersion) =>
        Assert.IsType<SaveResult.Saved>(Answers.Save(new AnswerWrite(ResponseId, itemId, value, expectedVersion, OtherEvaluator.Id)));

    private bool closed;

    /// <summary>The database goes away under the page (disk gone, file locked): every save from now on throws.</summary>
    public void CloseDatabase()
    {
        closed = true;
        Db.Dispose();
    }

    public void Dispose()
    {
        if (!closed) Db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
