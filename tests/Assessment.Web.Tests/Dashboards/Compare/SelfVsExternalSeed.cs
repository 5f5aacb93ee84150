using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <param name="SelfAnswers">Hangzhou's stored self-assessment answers, to score with Scorer in the tests.</param>
public sealed record SeededSelfRounds(long SameInstrumentSelf, long UnpublishedExternal, long CrossInstrumentSelf,
    Dictionary<string, ItemAnswers> SelfAnswers, string SelfAssessor);

/// <summary>
/// On top of <see cref="DashboardSeed"/>: Hangzhou's self-assessment with the external instrument (so it pairs item by
/// item with the published external round), submitted and accepted, with evidence on every answer; Ningbo (3302)
/// in an external round not yet published plus its own self-assessment; Nanjing (3201) self-assessed with the
/// separate self-assessment instrument (layers only).
/// </summary>
public static class SelfVsExternalSeed
{
    public const string EvidenceLink = "https://example.gov.cn/evidence/";

    public static SeededSelfRounds Seed(AssessmentDb db, SeededRounds external)
    {
        var accounts = new AccountStore(db);
        long SelfAssessor(string name, string code) => (accounts.FindByUserName(name)
            ?? accounts.Create(new NewAccount(name, name, Roles.SelfAssessor, JurisdictionCode: code), "test")).Id;
        var hangzhou = SelfAssessor("hangzhou", DashboardSeed.Hangzhou);
        var snapshots = new SnapshotStore(db);
        var externalSnapshot = new RoundStore(db).Find(external.Current)!.SnapshotId;

        var self = Round(db, externalSnapshot, "2026 杭州自评", RoundMode.SelfAssessment);
        var answers = Answer(db, external.Instrument, self, DashboardSeed.Hangzhou, hangzhou, t: 0.95, o: 0.45, others: 0.85, evidence: true);
        Publish(db, self);

        // Ningbo: self-assessed, but its external round is still open.
        var ningbo = SelfAssessor("ningbo-self", "3302");
        var ningboSelf = Round(db, externalSnapshot, "2026 宁波自评", RoundMode.SelfAssessment);
        Answer(db, external.Instrument, ningboSelf, "3302", ningbo, 0.6, 0.6, 0.6, evidence: false);
        Publish(db, ningboSelf);
        var open = Round(db, externalSnapshot, "2026 宁波外部评估（进行中）", RoundMode.ExternalEvaluation);
        Answer(db, external.Instrument, open, "3302", accounts.FindByUserName("evaluator1")!.Id, 0.5, 0.5, 0.5, evidence: false);

        // Nanjing: the separate self-assessment instrument, whose layer ids match the external one's.
        var path = Path.Combine(AppServer.RepositoryRoot(), "instruments", "egov-self-assessment-2026.1.yaml");
        var selfSnapshot = snapshots.Add(File.ReadAllText(path), "egov-self-assessment-2026.1.yaml", "test").Snapshot!;
        var cross = Round(db, selfSnapshot.Id, "2026 南京自评（自评工具）", RoundMode.SelfAssessment);
        Answer(db, snapshots.ForRound(cross), cross, "3201", SelfAssessor("nanjing-self", "3201"), 0.7, 0.7, 0.7, evidence: false);
        Publish(db, cross);
        return new SeededSelfRounds(self, open, cross, answers, "hangzhou");
    }

    private static long Round(AssessmentDb db, long snapshotId, string name, RoundMode mode)
    {
        var rounds = new RoundStore(db);
        var id = rounds.Create(new NewRound(name, snapshotId, mode), "test").Id;
        rounds.SetStatus(id, RoundStatus.Open, "test");
        return id;
    }

    private static void Publish(AssessmentDb db, long roundId)
    {
        new RoundStore(db).SetStatus(roundId, RoundStatus.Closed, "test");
        new RoundStore(db).SetStatus(roundId, RoundStatus.Published, "test");
    }

    /// <summary>One rater answers every scored item from the strengths, varied by item so the gaps differ; submitted and accepted.</summary>
    private static Dictionary<string, ItemAnswers> Answer(AssessmentDb db, Instrument instrument, long roundId, string code, long rater,
        double t, double o, double others, bool evidence)
    {
        var rounds = new RoundStore(db);
        var response = rounds.Assign(roundId, code, rater, "test");
        var store = new AnswerStore(db);
        var result = new Dictionary<string, ItemAnswers>();
        var index = 0;
        foreach (var item in instrument.Items.Where(i => i.IsScored))
        {
            index++;
            var f = Math.Clamp(item.Axis switch { Axis.Technology => t, Axis.Organization => o, _ => others } + 0.1 * (index % 3 - 1), 0, 1);
            var answer = AnswerFor(item, f);
            var saved = store.Save(new AnswerWrite(response.Id, item.Id, AnswerText.Format(answer), 0, rater,
                evidence ? $"自评佐证 {item.Id}" : null, evidence ? EvidenceLink + item.Id : null));
            if (saved is not SaveResult.Saved) throw new InvalidOperationException($"{code} {item.Id}: {saved}");
            result[item.Id] = new ItemAnswers([answer]);
        }
        rounds.SetResponseStatus(response.Id, ResponseStatus.Submitted, "test");
        rounds.SetResponseStatus(response.Id, ResponseStatus.Accepted, "test");
        return result;
    }

    private static Answer AnswerFor(Item item, double f) => item.Type switch
    {
        ItemType.Likert => new Answer.Likert(1 + (int)Math.Round(f * (item.Points - 1))),
        ItemType.Boolean => new Answer.YesNo(f >= 0.5),
        ItemType.Choice => new Answer.Choice(item.OptionList.MinBy(x => Math.Abs(x.Score - f))!.Key),
        ItemType.Multi => new Answer.Multi(item.OptionList.OrderBy(x => x.Score).Take((int)Math.Round(f * item.OptionList.Count)).Select(x => x.Key).ToList()),
        ItemType.Numeric => new Answer.Number(item.Anchors![0].X + f * (item.Anchors[^1].X - item.Anchors[0].X)),
        _ => throw new ArgumentException("not scored"),
    };
}
