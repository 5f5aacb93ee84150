using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Tests.EndToEnd;

namespace Assessment.Web.Tests.Dashboards;

/// <param name="Answers">What was stored for each jurisdiction of the current round, so tests score it with Scorer themselves.</param>
public sealed record SeededRounds(long Earlier, long Current, long Draft, Instrument Instrument,
    IReadOnlyDictionary<string, Dictionary<string, ItemAnswers>> Answers, Dictionary<string, ItemAnswers> EarlierHangzhou);

/// <summary>
/// Rounds of the real external-evaluation instrument, written through the stores: an earlier published round for
/// Hangzhou only, a current published round of six jurisdictions of three levels with two raters each and one
/// reconciled answer, and a draft round researchers must not see.
/// </summary>
public static class DashboardSeed
{
    public const string Hangzhou = "3301";

    /// <summary>(code, technology strength, organization strength, other items' strength), each 0..1.</summary>
    public static readonly (string Code, double T, double O, double Others)[] Current =
    [
        ("33", 0.9, 0.85, 0.9), (Hangzhou, 0.8, 0.7, 0.75), ("3302", 0.3, 0.75, 0.5),
        ("330106", 0.75, 0.2, 0.55), ("32", 0.2, 0.25, 0.3), ("3201", 0.6, 0.6, 0.65),
    ];

    private static readonly Jurisdiction[] Places =
    [
        new("33", "浙江省", "Zhejiang", "province", "province", null), new("32", "江苏省", "Jiangsu", "province", "province", null),
        new("3301", "杭州市", "Hangzhou", "prefecture", "city", "33"), new("3302", "宁波市", "Ningbo", "prefecture", "city", "33"),
        new("3201", "南京市", "Nanjing", "prefecture", "city", "32"), new("330106", "西湖区", "Xihu", "county", "district", "3301"),
    ];

    public static string InstrumentPath => Path.Combine(AppServer.RepositoryRoot(), "instruments", "egov-iceberg-external-2026.1.yaml");

    public static SeededRounds Seed(AssessmentDb db)
    {
        var accounts = new AccountStore(db);
        var jurisdictions = new JurisdictionStore(db);
        if (jurisdictions.Find("330106") is null) jurisdictions.Upsert(Places, "manual", "test");
        long Account(string name, bool lead = false) => (accounts.FindByUserName(name)
            ?? accounts.Create(new NewAccount(name, name, Roles.Evaluator, IsLead: lead), "test")).Id;
        var raters = new[] { Account("evaluator1"), Account("evaluator2") };
        var lead = Account("lead", lead: true);

        var snapshot = new SnapshotStore(db).Add(File.ReadAllText(InstrumentPath), "egov-iceberg-external-2026.1.yaml", "test").Snapshot!;
        var earlier = CreateRound(db, snapshot.Id, "2025 试评估");
        var instrument = new SnapshotStore(db).ForRound(earlier);
        var earlierAnswers = Rate(db, instrument, earlier, [(Hangzhou, 0.35, 0.3, 0.4)], raters[..1])[Hangzhou];
        Publish(db, earlier);

        var current = CreateRound(db, snapshot.Id, "2026 外部评估");
        var answers = Rate(db, instrument, current, Current, raters);
        // A lead's reconciled answer replaces the raters' mean for that item (SCORING.md, "Several raters").
        var reconciledItem = instrument.Items.First(i => i.Type == ItemType.Boolean);
        var set = new ReconciledAnswerStore(db).Set(current, "3302", reconciledItem.Id, "yes", "evidence checked", lead);
        if (set is not SaveResult.Saved) throw new InvalidOperationException($"reconciled answer: {set}");
        answers["3302"][reconciledItem.Id] = answers["3302"].GetValueOrDefault(reconciledItem.Id, new ItemAnswers([null, null])) with { Reconciled = new Answer.YesNo(true) };
        Publish(db, current);

        var draft = CreateRound(db, snapshot.Id, "2026 草稿轮次");
        Rate(db, instrument, draft, [("32", 1, 1, 1)], raters[..1]);
        return new SeededRounds(earlier, current, draft, instrument, answers, earlierAnswers);
    }

    internal static long CreateRound(AssessmentDb db, long snapshotId, string name, RoundMode mode = RoundMode.ExternalEvaluation)
    {
        var rounds = new RoundStore(db);
        var id = rounds.Create(new NewRound(name, snapshotId, mode), "test").Id;
        rounds.SetStatus(id, RoundStatus.Open, "test");
        return id;
    }

    internal static void Publish(AssessmentDb db, long roundId)
    {
        new RoundStore(db).SetStatus(roundId, RoundStatus.Closed, "test");
        new RoundStore(db).SetStatus(roundId, RoundStatus.Published, "test");
    }

    /// <summary>Each rater answers every scored item near the jurisdiction's strengths; the second rater a little apart.</summary>
    internal static Dictionary<string, Dictionary<string, ItemAnswers>> Rate(
        AssessmentDb db, Instrument instrument, long roundId, IEnumerable<(string Code, double T, double O, double Others)> places, long[] raters)
    {
        var rounds = new RoundStore(db);
        var store = new AnswerStore(db);
        var result = new Dictionary<string, Dictionary<string, ItemAnswers>>();
        foreach (var (code, t, o, others) in places)
        {
            var byItem = new Dictionary<string, Answer?[]>();
            for (var r = 0; r < raters.Length; r++)
            {
                var response = rounds.Assign(roundId, code, raters[r], "test");
                var index = 0;
                foreach (var item in instrument.Items.Where(i => i.IsScored))
                {
                    index++;
                    if ((index + r) % 11 == 0) continue; // a few items left unanswered
                    var f = item.Axis switch { Axis.Technology => t, Axis.Organization => o, _ => others } + (r == 1 ? 0.2 * (index % 3 - 1) : 0);
                    var answer = AnswerFor(item, Math.Clamp(f, 0, 1));
                    var saved = store.Save(new AnswerWrite(response.Id, item.Id, AnswerText.Format(answer), 0, raters[r]));
                    if (saved is not SaveResult.Saved) throw new InvalidOperationException($"{code} {item.Id}: {saved}");
                    (byItem.TryGetValue(item.Id, out var a) ? a : byItem[item.Id] = new Answer?[raters.Length])[r] = answer;
                }
            }
            result[code] = byItem.ToDictionary(kv => kv.Key, kv => new ItemAnswers(kv.Value));
        }
        return result;
    }

    private static Answer AnswerFor(Item item, double f) => item.Type switch
    {
        ItemType.Likert => new Answer.Likert(1 + (int)Math.Round(f * (item.Points - 1))),
        ItemType.Boolean => new Answer.YesNo(f >= 0.5),
        ItemType.Choice => new Answer.Choice(item.OptionList.MinBy(o => Math.Abs(o.Score - f))!.Key),
        ItemType.Multi => new Answer.Multi(item.OptionList.OrderBy(o => o.Score).Take((int)Math.Round(f * item.OptionList.Count)).Select(o => o.Key).ToList()),
        ItemType.Numeric => new Answer.Number(item.Anchors![0].X + f * (item.Anchors[^1].X - item.Anchors[0].X)),
        _ => throw new ArgumentException("not scored"),
    };
}
