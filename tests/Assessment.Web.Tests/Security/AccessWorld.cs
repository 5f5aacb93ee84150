using System.Security.Claims;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Configuration;
using Assessment.Web.Reports;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Assessment.Web.Tests.EndToEnd;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assessment.Web.Tests.Security;

/// <summary>Who is calling: the matrix's columns.</summary>
public enum Caller { Anonymous, Administrator, EvaluatorAssigned, EvaluatorNotAssigned, Lead, Researcher, SelfAssessorSame, SelfAssessorOther }

/// <summary>
/// A temp SQLite database with one round of each mode in each status (draft, open, closed, published), all on the
/// self-assessment instrument, and one caller of each kind. Hangzhou (3301) is rated in every round: by the
/// assigned evaluator in external rounds, by Hangzhou's own self-assessor in self-assessments. Wenzhou (3303) is
/// rated beside it (by the same evaluator, or by Wenzhou's self-assessor, who is no caller) so that two
/// jurisdictions can be compared. The services are the real ones, built as a circuit builds them. Operations that
/// change a round or a response get a fresh round of their own (<see cref="Fresh"/>), so that no call depends on
/// what an earlier one changed.
/// </summary>
public sealed class AccessWorld : IDisposable
{
    public const string Jurisdiction = "3301", Peer = "3303";
    public static readonly string[] Statuses = ["draft", "open", "closed", "published"];
    public const string InstrumentFile = "egov-self-assessment-2026.1.yaml";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-access-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Dictionary<Caller, Account?> callers = [];
    private readonly long snapshot;
    private readonly Account peerSelfAssessor;

    public AssessmentDb Db { get; }
    public Instrument Instrument { get; }
    /// <summary>(mode, status) -> round id, and the response that rates Hangzhou in it.</summary>
    public Dictionary<(RoundMode Mode, string Status), (long Round, long Response)> Rounds { get; } = [];

    public AccessWorld()
    {
        Db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        new JurisdictionStore(Db).Upsert(
        [
            new("33", "浙江省", "Zhejiang", "province", "province", null),
            new(Jurisdiction, "杭州市", "Hangzhou", "prefecture", "city", "33"),
            new("3302", "宁波市", "Ningbo", "prefecture", "city", "33"),
            new(Peer, "温州市", "Wenzhou", "prefecture", "city", "33"),
        ], "manual", "test");
        var accounts = new AccountStore(Db);
        Account Make(string name, string role, bool lead = false, string? code = null) =>
            accounts.Create(new NewAccount(name, name, role, lead, code, "not-used"), "test");
        callers[Caller.Anonymous] = null;
        callers[Caller.Administrator] = Make("admin", Roles.Administrator);
        callers[Caller.EvaluatorAssigned] = Make("eval-assigned", Roles.Evaluator);
        callers[Caller.EvaluatorNotAssigned] = Make("eval-other", Roles.Evaluator);
        callers[Caller.Lead] = Make("lead", Roles.Evaluator, lead: true);
        callers[Caller.Researcher] = Make("researcher", Roles.Researcher);
        callers[Caller.SelfAssessorSame] = Make("self-hz", Roles.SelfAssessor, code: Jurisdiction);
        callers[Caller.SelfAssessorOther] = Make("self-nb", Roles.SelfAssessor, code: "3302");
        peerSelfAssessor = Make("self-wz", Roles.SelfAssessor, code: Peer);

        var yaml = File.ReadAllText(Path.Combine(AppServer.RepositoryRoot(), "instruments", InstrumentFile));
        snapshot = new SnapshotStore(Db).Add(yaml, InstrumentFile, "test").Snapshot!.Id;
        Instrument = InstrumentLoader.LoadText(yaml, InstrumentFile).Instrument!;
        var rounds = new RoundStore(Db);
        foreach (var mode in new[] { RoundMode.ExternalEvaluation, RoundMode.SelfAssessment })
            foreach (var status in Statuses)
            {
                var round = rounds.Create(new NewRound($"{mode} {status}", snapshot, mode), "test").Id;
                var rater = Rater(mode);
                var response = rounds.Assign(round, Jurisdiction, rater.Id, "test").Id;
                var peer = mode == RoundMode.SelfAssessment ? peerSelfAssessor : rater;
                var peerResponse = rounds.Assign(round, Peer, peer.Id, "test").Id;
                foreach (var step in Statuses.Skip(1).Take(Array.IndexOf(Statuses, status)))
                {
                    if (step == "closed")
                    {
                        Saved(new AnswerStore(Db).Save(new AnswerWrite(response, ScoredItem.Id, "yes", 0, rater.Id)));
                        Saved(new AnswerStore(Db).Save(new AnswerWrite(peerResponse, ScoredItem.Id, "no", 0, peer.Id)));
                    }
                    rounds.SetStatus(round, StoredNames.ParseRoundStatus(step), "test");
                }
                Rounds[(mode, status)] = (round, response);
            }
    }

    /// <summary>The instrument's first yes/no item: what the write operations answer.</summary>
    public Item ScoredItem => Instrument.Items.First(i => i.Type == ItemType.Boolean);

    public Account? Account(Caller caller) => callers[caller];

    /// <summary>Who rates Hangzhou in a round of this mode.</summary>
    public Account Rater(RoundMode mode) => callers[mode == RoundMode.SelfAssessment ? Caller.SelfAssessorSame : Caller.EvaluatorAssigned]!;

    /// <summary>
    /// A new round of the mode, taken to the status, rating Hangzhou alone. With <paramref name="complete"/> every
    /// required item is answered (with evidence where required) while the round is open; with
    /// <paramref name="submitted"/> the response is also submitted then (a draft round has neither).
    /// </summary>
    public (long Round, long Response) Fresh(RoundMode mode, string status, bool complete = false, bool submitted = false)
    {
        var rounds = new RoundStore(Db);
        var round = rounds.Create(new NewRound($"fresh {mode} {status}", snapshot, mode), "test").Id;
        var rater = Rater(mode);
        var response = rounds.Assign(round, Jurisdiction, rater.Id, "test").Id;
        // Answers and a submission are possible only while the round is open: done just before it closes.
        void WhileOpen()
        {
            if (!complete && !submitted) return;
            foreach (var item in Instrument.Items.Where(i => i.Required))
                Saved(new AnswerStore(Db).Save(new AnswerWrite(response, item.Id, AnyValue(item), 0, rater.Id,
                    EvidenceLink: item.Evidence == EvidenceRule.Required ? "https://example.org/evidence" : null)));
            if (submitted) rounds.SetResponseStatus(response, ResponseStatus.Submitted, "test");
        }
        foreach (var step in Statuses.Skip(1).Take(Array.IndexOf(Statuses, status)))
        {
            if (step == "closed") WhileOpen();
            rounds.SetStatus(round, StoredNames.ParseRoundStatus(step), "test");
        }
        if (status == "open") WhileOpen();
        return (round, response);
    }

    public CurrentUser User(Caller caller) => new(new FixedAuthentication(callers[caller] is { } a ? UserClaims.For(a, "test") : new ClaimsPrincipal(new ClaimsIdentity())),
        new AccountStore(Db));

    public QuestionnaireService Questionnaire(Caller c) =>
        new(User(c), new AssignedResponses(Db), new SnapshotStore(Db), new AnswerStore(Db), new RoundStore(Db));

    public ReviewService Review(Caller c) => new(User(c), Db, new JurisdictionStore(Db));
    public DashboardService Dashboards(Caller c) => new(User(c), Db);
    public DashboardCompareService Compare(Caller c) => new(Dashboards(c), Db);
    public SelfVsExternalService SelfVsExternal(Caller c) => new(User(c), Db);
    public MethodQualityService MethodQuality(Caller c) => new(User(c), Db, Dashboards(c));
    public ReportService Reports(Caller c) => new(Dashboards(c), SelfVsExternal(c), MethodQuality(c), Db, TimeProvider.System);
    public ReviewComments Comments(Caller c) => new(User(c), Db);
    public AccountDirectory Accounts(Caller c) => new(User(c), new AccountStore(Db));
    public AccountAdministration AccountAdmin(Caller c) => new(User(c), new AccountStore(Db), new SignInLockout(Db, LockoutRules.Default), Db);
    public AuditService Audit(Caller c) => new(User(c), new AuditQuery(Db));
    public InstrumentCatalog Catalog(Caller c) => new(User(c), Paths, new SnapshotsInUse(Db));

    /// <summary>The case library with no cases: the matrix asks only whether the call is allowed.</summary>
    public CaseLibraryService Cases(Caller c) =>
        new(User(c), new CaseLibrary(new CaseLoadResult([], []), NullLogger<CaseLibrary>.Instance), Db);

    public RoundService RoundsService(Caller c) => new(User(c), new RoundStore(Db), new RoundOverview(Db), new SnapshotStore(Db),
        new AccountStore(Db), new JurisdictionStore(Db), Catalog(c), Paths, TimeProvider.System);

    private AppPaths Paths => new(folder, Path.Combine(AppServer.RepositoryRoot(), "instruments"));

    /// <summary>A valid answer of the item's type (its first option, the scale's middle, a share).</summary>
    private static string AnyValue(Item item) => item.Type switch
    {
        ItemType.Choice or ItemType.Multi => item.OptionList[0].Key,
        ItemType.Boolean => "yes",
        ItemType.Numeric => "72.5",
        _ => "3",
    };

    private static void Saved(SaveResult result)
    {
        if (result is not SaveResult.Saved) throw new InvalidOperationException($"seed answer not saved: {result}");
    }

    public void Dispose()
    {
        Db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
