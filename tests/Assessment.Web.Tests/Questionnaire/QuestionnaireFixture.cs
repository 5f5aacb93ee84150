using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Questionnaire;

/// <summary>
/// The app with an open round on the self-assessment instrument: evaluator1 assigned to five provinces (one per
/// test, so tests do not see each other's answers) and hangzhou to 杭州市 in a self-assessment round. Seeded while
/// the app is stopped: the first start creates the demo accounts, then the store is written, then the app restarts.
/// </summary>
public sealed class QuestionnaireFixture : IAsyncLifetime
{
    public const string Evaluator = "evaluator1", EvaluatorPassword = "Eval1-demo-2026";
    public const string Instrument = "egov-self-assessment-2026.1.yaml";

    /// <summary>For the submit test: every required item answered except this one.</summary>
    public const string LeftUnanswered = "sa_if_one_portal";

    /// <summary>How long the app keeps a page whose connection dropped (3 minutes by default), short to cut one for longer.</summary>
    public const int CircuitRetentionSeconds = 4;

    public AppServer Server { get; private set; } = null!;
    public long Round { get; private set; }
    public long SelfRound { get; private set; }

    public async Task InitializeAsync()
    {
        Server = await AppServer.StartAsync(settings: ("Circuits:DisconnectedRetentionSeconds", $"{CircuitRetentionSeconds}"));
        Server.Kill();
        using (var db = AssessmentDb.Open(Path.Combine(Server.DataFolder, "assessment.db")))
        {
            var rounds = new RoundStore(db);
            var yaml = File.ReadAllText(Path.Combine(AppServer.RepositoryRoot(), "instruments", Instrument));
            var snapshot = new SnapshotStore(db).Add(yaml, Instrument, "test").Snapshot!;
            var evaluator = new AccountStore(db).FindByUserName(Evaluator)!;
            Round = Open(rounds, new NewRound("2026 外部评估（测试）", snapshot.Id, RoundMode.ExternalEvaluation));
            foreach (var code in new[] { "11", "31", "32", "33", "44" }) rounds.Assign(Round, code, evaluator.Id, "test");
            SelfRound = Open(rounds, new NewRound("2026 自评（测试）", snapshot.Id, RoundMode.SelfAssessment));
            rounds.Assign(SelfRound, "3301", new AccountStore(db).FindByUserName("hangzhou")!.Id, "test");
            AnswerAllRequiredBut(db, rounds.Responses(Round).Single(r => r.JurisdictionCode == "33").Id, evaluator.Id);
        }
        await Server.RestartAsync();
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    private static long Open(RoundStore rounds, NewRound round)
    {
        var id = rounds.Create(round, "test").Id;
        rounds.SetStatus(id, RoundStatus.Open, "test");
        return id;
    }

    private static void AnswerAllRequiredBut(AssessmentDb db, long responseId, long raterId)
    {
        var store = new AnswerStore(db);
        var instrument = new SnapshotStore(db).ForRound(new RoundStore(db).FindResponse(responseId)!.RoundId);
        foreach (var item in instrument.Items.Where(i => i.Required && i.Id != LeftUnanswered))
        {
            var value = item.Type switch
            {
                Core.Instruments.ItemType.Choice => item.OptionList[0].Key,
                Core.Instruments.ItemType.Boolean => "yes",
                Core.Instruments.ItemType.Numeric => "50",
                _ => "4",
            };
            var link = item.Evidence == Core.Instruments.EvidenceRule.Required ? "https://example.gov.cn/evidence" : null;
            var saved = store.Save(new AnswerWrite(responseId, item.Id, value, 0, raterId, EvidenceLink: link));
            if (saved is not SaveResult.Saved) throw new InvalidOperationException($"seeding {item.Id}: {saved}");
        }
    }
}
