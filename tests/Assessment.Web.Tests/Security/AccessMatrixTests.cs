using Assessment.Core.Rounds;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// Every operation the pages call, by every kind of caller, on a round of each mode in each status, against the real
/// services on a temp SQLite database (AccessMatrixCalls says which service method each operation is). The table
/// below is the rule; docs/security-matrix.md shows the same table to readers (SecurityMatrixDocTests keeps the two
/// equal). Each cell is four letters for a round in draft, open, closed, published: Y = the call succeeds, - = it is
/// refused (ForbiddenException, nothing returned, or a refusal outcome). Operations that do not depend on a round
/// (accounts, instruments, cases, audit) have the same letter four times. A call allowed where the table says "-"
/// fails the test as much as one refused where it says "Y".
/// </summary>
public sealed class AccessMatrixTests : IClassFixture<AccessMatrixTests.World>
{
    private const RoundMode E = RoundMode.ExternalEvaluation, S = RoundMode.SelfAssessment;

    // operation                mode  anonymous admin   eval-assigned eval-other lead    researcher self-same self-other
    internal static readonly (string Operation, RoundMode Mode, string[] Expected)[] Rules =
    [
        ("questionnaire.list",     E, ["----", "----", "-YYY", "----", "----", "----", "----", "----"]),
        ("questionnaire.list",     S, ["----", "----", "----", "----", "----", "----", "-YYY", "----"]),
        ("questionnaire.open",     E, ["----", "----", "-YYY", "----", "----", "----", "----", "----"]),
        ("questionnaire.open",     S, ["----", "----", "----", "----", "----", "----", "-YYY", "----"]),
        ("questionnaire.save",     E, ["----", "----", "-Y--", "----", "----", "----", "----", "----"]),
        ("questionnaire.save",     S, ["----", "----", "----", "----", "----", "----", "-Y--", "----"]),
        ("questionnaire.submit",   E, ["----", "----", "-Y--", "----", "----", "----", "----", "----"]),
        ("questionnaire.submit",   S, ["----", "----", "----", "----", "----", "----", "-Y--", "----"]),
        ("rounds.list",            E, ["----", "YYYY", "-YYY", "----", "-YYY", "---Y", "----", "----"]),
        ("rounds.list",            S, ["----", "YYYY", "----", "----", "-YYY", "---Y", "-YYY", "----"]),
        ("rounds.board",           E, ["----", "YYYY", "-YYY", "----", "-YYY", "---Y", "----", "----"]),
        ("rounds.board",           S, ["----", "YYYY", "----", "----", "-YYY", "---Y", "-YYY", "----"]),
        ("rounds.create",          E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("rounds.create",          S, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("rounds.status",          E, ["----", "YYY-", "----", "----", "----", "----", "----", "----"]),
        ("rounds.status",          S, ["----", "YYY-", "----", "----", "----", "----", "----", "----"]),
        ("review.round",           E, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.round",           S, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.jurisdiction",    E, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.jurisdiction",    S, ["----", "----", "----", "----", "-YYY", "----", "----", "----"]),
        ("review.reconcile",       E, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.reconcile",       S, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.unreconcile",     E, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.unreconcile",     S, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.return",          E, ["----", "----", "----", "----", "-Y--", "----", "----", "----"]),
        ("review.return",          S, ["----", "----", "----", "----", "-Y--", "----", "----", "----"]),
        ("review.accept",          E, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.accept",          S, ["----", "----", "----", "----", "-YY-", "----", "----", "----"]),
        ("review.comments",        E, ["----", "----", "YYYY", "----", "YYYY", "----", "----", "----"]),
        ("review.comments",        S, ["----", "----", "----", "----", "YYYY", "----", "YYYY", "----"]),
        ("dashboards.rounds",      E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.rounds",      S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("dashboards.round",       E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.round",       S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("dashboards.profile",     E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.profile",     S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("dashboards.trend",       E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.trend",       S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("dashboards.movement",    E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("dashboards.movement",    S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("compare.jurisdictions",  E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("compare.jurisdictions",  S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("self-vs-external",       E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("self-vs-external",       S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("method.quality",         E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "----", "----"]),
        ("method.quality",         S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "----", "----"]),
        ("reports.comparative",    E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("reports.comparative",    S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("reports.jurisdiction",   E, ["----", "YYYY", "----", "----", "YYYY", "---Y", "---Y", "----"]),
        ("reports.jurisdiction",   S, ["----", "YYYY", "----", "----", "YYYY", "---Y", "-YYY", "----"]),
        ("accounts.list",          E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("accounts.create",        E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("accounts.disable",       E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("instruments.list",       E, ["----", "YYYY", "YYYY", "YYYY", "YYYY", "YYYY", "----", "----"]),
        ("cases.list",             E, ["----", "YYYY", "YYYY", "YYYY", "YYYY", "YYYY", "YYYY", "YYYY"]),
        ("audit.page",             E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
        ("audit.export",           E, ["----", "YYYY", "----", "----", "----", "----", "----", "----"]),
    ];

    private readonly AccessMatrixCalls calls;

    public AccessMatrixTests(World fixture) => calls = new AccessMatrixCalls(fixture.Access);

    [Fact]
    public async Task Every_operation_is_allowed_exactly_where_the_table_says()
    {
        var wrong = new List<string>();
        foreach (var (operation, mode, expected) in Rules)
            foreach (var caller in Enum.GetValues<Caller>())
                for (var s = 0; s < AccessWorld.Statuses.Length; s++)
                {
                    var status = AccessWorld.Statuses[s];
                    var allowed = await calls.Allowed(operation, mode, status, caller);
                    if (allowed != (expected[(int)caller][s] == 'Y'))
                        wrong.Add($"{operation} {mode} {status} by {caller}: {(allowed ? "allowed" : "refused")}, the table says {expected[(int)caller][s]}");
                }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_table_covers_every_caller_and_status_and_each_operation_once_per_mode()
    {
        Assert.All(Rules, r => Assert.Equal(Enum.GetValues<Caller>().Length, r.Expected.Length));
        Assert.All(Rules, r => Assert.All(r.Expected, cell => Assert.Matches("^[Y-]{4}$", cell)));
        Assert.Equal(Rules.Length, Rules.Select(r => (r.Operation, r.Mode)).Distinct().Count());
        Assert.All(Rules.Where(r => AccessMatrixCalls.RoundFree.Contains(r.Operation)),
            r => Assert.All(r.Expected, cell => Assert.Matches("^(YYYY|----)$", cell)));
    }

    /// <summary>One world for both tests: building it takes a few seconds on the shared machine.</summary>
    public sealed class World : IDisposable
    {
        public AccessWorld Access { get; } = new();

        public void Dispose() => Access.Dispose();
    }
}
