using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Rounds;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// The matrix's operations: each name is one call of a real service method (the one the page calls), made as the
/// caller on Hangzhou (3301) in the world's round of the mode and status. Operations that change a round or a
/// response (submit, return, accept, a status step) get a fresh round in that state, so every call starts alike.
/// </summary>
public sealed class AccessMatrixCalls(AccessWorld world)
{
    /// <summary>Operations that do not depend on a round: their four letters are all equal.</summary>
    public static readonly HashSet<string> RoundFree = ["accounts.list", "accounts.create", "accounts.disable", "instruments.list", "cases.list", "audit.page", "audit.export"];

    // Writes whose refusal in the wrong round or response status is the store's InvalidOperationException (its
    // message names the status); anywhere else that exception is a failure, not a refusal.
    private static readonly HashSet<string> StatusChecked = ["questionnaire.submit", "review.return", "review.accept", "rounds.status"];

    private const string Code = AccessWorld.Jurisdiction;

    /// <summary>Calls the operation; true when it did what was asked, false when refused. Any other exception fails the test.</summary>
    public async Task<bool> Allowed(string operation, RoundMode mode, string status, Caller caller)
    {
        var at = world.Rounds[(mode, status)];
        try
        {
            return operation switch
            {
                "questionnaire.list" => (await world.Questionnaire(caller).ListMineAsync()).Any(q => q.Response.RoundId == at.Round && q.Response.JurisdictionCode == Code),
                "questionnaire.open" => await world.Questionnaire(caller).OpenAsync(at.Round, Code) is { ReadOnlyReason: var _ },
                "questionnaire.save" => await Save(caller, at) is SaveResult.Saved or SaveResult.Unchanged,
                "questionnaire.submit" => await Submit(caller, world.Fresh(mode, status, complete: true)),
                "rounds.list" => (await world.RoundsService(caller).ListAsync()).Any(r => r.Id == at.Round),
                "rounds.board" => await world.RoundsService(caller).BoardAsync(at.Round) is not null,
                "rounds.create" => (await world.RoundsService(caller).CreateAsync(Form(mode))).RoundId is not null,
                "rounds.status" => await Step(caller, world.Fresh(mode, status).Round, status),
                "review.round" => await world.Review(caller).RoundAsync(at.Round, 0.25) is not null,
                "review.jurisdiction" => await world.Review(caller).JurisdictionAsync(at.Round, Code) is not null,
                "review.reconcile" => (await world.Review(caller).ReconcileAsync(at.Round, Code, world.ScoredItem.Id, "yes", "matrix")).Ok,
                // Removes what review.reconcile set (the lead's reconciliation is there in open and closed rounds).
                "review.unreconcile" => (await world.Review(caller).RemoveReconciliationAsync(at.Round, Code, world.ScoredItem.Id, "matrix")).Ok,
                "review.return" => await Review(caller, world.Fresh(mode, status, submitted: true), accept: false),
                "review.accept" => await Review(caller, world.Fresh(mode, status, submitted: true), accept: true),
                "review.comments" => await world.Comments(caller).ForResponseAsync(at.Response) is not null,
                "dashboards.rounds" => (await world.Dashboards(caller).RoundsAsync()).Any(r => r.Id == at.Round),
                "dashboards.round" => await world.Dashboards(caller).RoundAsync(at.Round) is not null,
                "dashboards.profile" => (await world.Dashboards(caller).ProfileAsync(at.Round, Code)).Row.Jurisdiction.Code == Code,
                "dashboards.trend" => await world.Dashboards(caller).TrendAsync(at.Round, Code) is not null,
                "dashboards.movement" => await world.Dashboards(caller).PreviousPositionsAsync(at.Round) is not null,
                "compare.jurisdictions" => (await world.Compare(caller).CompareAsync(at.Round, [Code, AccessWorld.Peer])).Jurisdictions.Count == 2,
                "self-vs-external" => await SelfVsExternal(caller, mode, at.Round),
                "method.quality" => await world.MethodQuality(caller).RoundAsync(at.Round, draws: 20) is not null,
                "reports.comparative" => await world.Reports(caller).ComparativeAsync(at.Round, ReportDefinitionFiles.Shipped(ReportKind.Comparative, "zh")) is not null,
                "reports.jurisdiction" => await world.Reports(caller).JurisdictionAsync(at.Round, Code, ReportDefinitionFiles.Shipped(ReportKind.Jurisdiction, "zh")) is not null,
                "accounts.list" => (await world.Accounts(caller).ListAsync()).Count > 0,
                "accounts.create" => await world.AccountAdmin(caller).CreateAsync(NewUserName(), "matrix", Roles.Researcher, null) is not null,
                "accounts.disable" => await Disable(caller),
                "instruments.list" => (await world.Catalog(caller).ListFilesAsync()).Count > 0,
                "cases.list" => await world.Cases(caller).ListAsync() is not null,
                "audit.page" => await world.Audit(caller).PageAsync(new AuditFilter(), 0, 10) is not null,
                "audit.export" => AuditService.Export(world.Account(caller), new AuditQuery(world.Db), new AuditFilter(), new StringWriter()) >= 0,
                _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "not in the matrix"),
            };
        }
        catch (ForbiddenException)
        {
            return false;
        }
        catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
        {
            return false; // "not in this round" for this caller: nothing was shown or changed
        }
        catch (InvalidOperationException) when (StatusChecked.Contains(operation))
        {
            return false;
        }
    }

    private async Task<SaveResult> Save(Caller caller, (long Round, long Response) at)
    {
        var current = new AnswerStore(world.Db).Find(at.Response, world.ScoredItem.Id);
        return await world.Questionnaire(caller).SaveAsync(at.Round, Code,
            new ItemEdit(world.ScoredItem.Id, "no", null, null, current?.Version ?? 0));
    }

    // Allowed only if nothing was missing and the response is now submitted.
    private async Task<bool> Submit(Caller caller, (long Round, long Response) at) =>
        (await world.Questionnaire(caller).SubmitAsync(at.Round, Code)).Count == 0
        && new RoundStore(world.Db).FindResponse(at.Response)!.Status == ResponseStatus.Submitted;

    // The round's next step; a published round has none, so it is asked to open again.
    private async Task<bool> Step(Caller caller, long round, string status)
    {
        var next = RoundLifecycle.NextSteps(StoredNames.ParseRoundStatus(status)).FirstOrDefault(RoundStatus.Open);
        await world.RoundsService(caller).SetStatusAsync(round, next);
        return new RoundStore(world.Db).Find(round)!.Status == next;
    }

    private async Task<bool> Review(Caller caller, (long Round, long Response) at, bool accept)
    {
        var review = world.Review(caller);
        var outcome = accept
            ? await review.AcceptAsync(at.Round, Code, at.Response, null)
            : await review.ReturnAsync(at.Round, Code, at.Response, "matrix");
        return outcome.Ok && new RoundStore(world.Db).FindResponse(at.Response)!.Status == (accept ? ResponseStatus.Accepted : ResponseStatus.Returned);
    }

    // The row's round paired with the world's published round of the other mode.
    private async Task<bool> SelfVsExternal(Caller caller, RoundMode mode, long round)
    {
        var self = mode == RoundMode.SelfAssessment ? round : world.Rounds[(RoundMode.SelfAssessment, "published")].Round;
        var external = mode == RoundMode.ExternalEvaluation ? round : world.Rounds[(RoundMode.ExternalEvaluation, "published")].Round;
        var view = await world.SelfVsExternal(caller).ViewAsync(Code, self, external);
        return view.Pair is { } pair && pair.Self.Id == self && pair.External.Id == external;
    }

    private async Task<bool> Disable(Caller caller)
    {
        var store = new AccountStore(world.Db);
        var target = store.Create(new NewAccount(NewUserName(), "matrix", Roles.Researcher, false, null, "not-used"), "test");
        await world.AccountAdmin(caller).SetDisabledAsync(target.Id, true);
        return store.Find(target.Id)!.IsDisabled;
    }

    private RoundForm Form(RoundMode mode)
    {
        var form = new RoundForm
        {
            Name = "matrix",
            InstrumentFile = AccessWorld.InstrumentFile,
            Mode = mode,
            Opens = new DateOnly(2026, 12, 1),
            Closes = new DateOnly(2026, 12, 31),
        };
        form.Jurisdictions.Add(Code);
        if (mode == RoundMode.ExternalEvaluation) form.Raters.Add(world.Rater(mode).Id);
        return form;
    }

    private static string NewUserName() => "m" + Guid.NewGuid().ToString("N")[..12];
}
