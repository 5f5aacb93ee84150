using Assessment.Data.Answers;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// Every operation the pages call, by every kind of caller, on a round of each mode in each status, against the real
/// services on a temp SQLite database. The table below is the rule; docs/security-matrix.md says it in words. Each
/// cell is four letters for a round in draft, open, closed, published: Y = the call succeeds, - = it is refused
/// (ForbiddenException, nothing returned, or a refusal outcome). A call allowed where the table says "-" fails the
/// test as much as one refused where it says "Y".
/// </summary>
public sealed class AccessMatrixTests : IClassFixture<AccessMatrixTests.World>
{
    private const string E = RoundModes.ExternalEvaluation, S = RoundModes.SelfAssessment;

    // operation               mode  anonymous admin   eval-assigned eval-other lead    researcher self-same self-other
    private static readonly (string Operation, string Mode, string[] Expected)[] Rules =
    [
        ("questionnaire.open",     E, ["----", "----", "-YYY", "----", "----", "----", "----", "----"]),
        ("questionnaire.open",     S, ["----", "----", "----", "----", "----", "----", "-YYY", "----"]),
        ("questionnaire.save",     E, ["----", "----", "-Y--", "----", "----", "----", "----", "----"]),
        ("questionnaire.save",     S, ["----", "----", "----", "----", "----", "----", "-Y--", "----"]),
        ("rounds.board",           E, ["----", "YYYY", "-YYY", "----", "-YYY", "---Y", "----", "----"]),
        ("rounds.board",           S, ["----", "YYYY", "----", "----", "-YYY", "---Y", "-YYY", "----"]),
        ("review.round",           E, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.round",           S, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.jurisdiction",    E, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.jurisdiction",    S, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.reconcile",       E, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.reconcile",       S, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.comments",        E, ["----", "----", "YYYY", "----", "YYYY", "----", "----", "----"]),
        ("review.comments",        S, ["----", "----", "----", "----", "YYYY", "----", "YYYY", "----"]),
        ("dashboards.round",       E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.round",       S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("dashboards.profile",     E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.profile",     S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("accounts.list",          E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("instruments.list",       E, ["----", "YYYY", "YYYY", "YYYY", "YYYY", "YYYY", "----", "----"]),
    ];

    private readonly AccessWorld world;

    public AccessMatrixTests(World fixture) => world = fixture.Access;

    [Fact]
    public async Task Every_operation_is_allowed_exactly_where_the_table_says()
    {
        var wrong = new List<string>();
        foreach (var (operation, mode, expected) in Rules)
            foreach (var caller in Enum.GetValues<Caller>())
                for (var s = 0; s < AccessWorld.Statuses.Length; s++)
                {
                    var allowed = await Allowed(operation, caller, world.Rounds[(mode, AccessWorld.Statuses[s])]);
                    if (allowed != (expected[(int)caller][s] == 'Y'))
                        wrong.Add($"{operation} {mode} {AccessWorld.Statuses[s]} by {caller}: {(allowed ? "allowed" : "refused")}, the table says {expected[(int)caller][s]}");
                }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_table_covers_every_caller_and_status()
    {
        Assert.All(Rules, r => Assert.Equal(Enum.GetValues<Caller>().Length, r.Expected.Length));
        Assert.All(Rules, r => Assert.All(r.Expected, cell => Assert.Matches("^[Y-]{4}$", cell)));
    }

    /// <summary>Calls the operation; true when it did what was asked, false when refused. Any other exception fails the test.</summary>
    private async Task<bool> Allowed(string operation, Caller caller, (long Round, long Response) at)
    {
        const string code = AccessWorld.Jurisdiction;
        var item = world.ScoredItem.Id;
        try
        {
            return operation switch
            {
                "questionnaire.open" => await world.Questionnaire(caller).OpenAsync(at.Round, code) is { ReadOnlyReason: var _ },
                "questionnaire.save" => await Save(caller, at) is SaveResult.Saved or SaveResult.Unchanged,
                "rounds.board" => await world.RoundsService(caller).BoardAsync(at.Round) is not null,
                "review.round" => await world.Review(caller).RoundAsync(at.Round, 0.25) is not null,
                "review.jurisdiction" => await world.Review(caller).JurisdictionAsync(at.Round, code) is not null,
                "review.reconcile" => (await world.Review(caller).ReconcileAsync(at.Round, code, item, "yes", "matrix")).Ok,
                "review.comments" => (await world.Comments(caller).ForResponseAsync(at.Response)) is not null,
                "dashboards.round" => await world.Dashboards(caller).RoundAsync(at.Round) is not null,
                "dashboards.profile" => (await world.Dashboards(caller).ProfileAsync(at.Round, code)).Row.Jurisdiction.Code == code,
                "accounts.list" => (await world.Accounts(caller).ListAsync()).Count > 0,
                "instruments.list" => (await world.Catalog(caller).ListFilesAsync()).Count > 0,
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
    }

    private async Task<SaveResult> Save(Caller caller, (long Round, long Response) at)
    {
        var current = new AnswerStore(world.Db).Find(at.Response, world.ScoredItem.Id);
        return await world.Questionnaire(caller).SaveAsync(at.Round, AccessWorld.Jurisdiction,
            new ItemEdit(world.ScoredItem.Id, "no", null, null, current?.Version ?? 0));
    }

    /// <summary>One world for both tests: building it takes a few seconds on the shared machine.</summary>
    public sealed class World : IDisposable
    {
        public AccessWorld Access { get; } = new();

        public void Dispose() => Access.Dispose();
    }
}
