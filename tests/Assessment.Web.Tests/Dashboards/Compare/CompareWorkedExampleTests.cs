using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Dashboards.Compare;

/// <summary>
/// Compare and self-versus-external on a four-item instrument with answers small enough to work by hand from
/// SCORING.md: every expected number below is written out, none is computed by the code under test.
/// </summary>
public sealed class CompareWorkedExampleTests : IDisposable
{
    private const int Digits = 12;

    // Layer a (indicator a1): x1 likert 1..5 -> (k - 1) / 4, x2 yes/no with N/A. Layer b (indicator b1): y1 choice
    // none 0 / part 0.5 / full 1 with weight 2, y2 numeric 0 -> 0 .. 10 -> 1. Every other weight 1.
    private const string Yaml = """
        id: worked-example
        version: "1"
        title: {zh: 算例, en: Worked example}
        stages:
          - {id: low, min: 0, title: {zh: 低, en: Low}}
        layers:
          - id: a
            title: {zh: 甲层, en: Layer a}
            indicators:
              - id: a1
                title: {zh: 甲一, en: A1}
                items:
                  - {id: x1, type: likert, text: {zh: 一, en: One}}
                  - {id: x2, type: boolean, allow_na: true, text: {zh: 二, en: Two}}
          - id: b
            title: {zh: 乙层, en: Layer b}
            indicators:
              - id: b1
                title: {zh: 乙一, en: B1}
                items:
                  - id: y1
                    type: choice
                    weight: 2
                    text: {zh: 三, en: Three}
                    options:
                      - {key: none, score: 0, text: {zh: 无, en: None}}
                      - {key: part, score: 0.5, text: {zh: 部分, en: Part}}
                      - {key: full, score: 1, text: {zh: 全, en: Full}}
                  - id: y2
                    type: numeric
                    text: {zh: 四, en: Four}
                    anchors: [[0, 0], [10, 1]]
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "assessment-worked-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly AssessmentDb db;
    private readonly AccountStore accounts;
    private readonly long external;

    public CompareWorkedExampleTests()
    {
        db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        accounts = new AccountStore(db);
        new JurisdictionStore(db).Upsert(
        [
            new Jurisdiction("33", "浙江省", "Zhejiang", "province", "province", null),
            new Jurisdiction("32", "江苏省", "Jiangsu", "province", "province", null),
            new Jurisdiction("44", "广东省", "Guangdong", "province", "province", null),
        ], "manual", "test");
        var snapshot = new SnapshotStore(db).Add(Yaml, "worked-example.yaml", "test");
        Assert.Empty(snapshot.Problems);
        var rater = accounts.Create(new NewAccount("rater", "Rater", Roles.Evaluator), "test").Id;
        external = Round(snapshot.Snapshot!.Id, RoundMode.ExternalEvaluation, rater, new()
        {
            ["33"] = [("x1", "5"), ("x2", "yes"), ("y1", "full"), ("y2", "9")],
            ["32"] = [("x1", "4"), ("x2", "no"), ("y1", "part"), ("y2", "9")],
            ["44"] = [("x1", "2"), ("x2", "NA"), ("y1", "part"), ("y2", "9")],
        });
        var selfAssessor = accounts.Create(new NewAccount("zhejiang-self", "Zhejiang", Roles.SelfAssessor, JurisdictionCode: "33"), "test").Id;
        Round(snapshot.Snapshot!.Id, RoundMode.SelfAssessment, selfAssessor, new()
        {
            ["33"] = [("x1", "5"), ("x2", "yes"), ("y1", "part"), ("y2", "10")],
        });
    }

    [Fact]
    public async Task Compare_gives_the_hand_worked_scores_and_orders_the_items_by_their_spread()
    {
        var comparison = await Compare().CompareAsync(external, ["33", "32", "44"]);

        var (zj, js, gd) = (comparison.Jurisdictions[0].Row.Result, comparison.Jurisdictions[1].Row.Result, comparison.Jurisdictions[2].Row.Result);
        // 33: a1 = 100 * (1 + 1) / 2 = 100; b1 = 100 * (2 * 1 + 0.9) / 3 = 290 / 3; composite = (100 + 290 / 3) / 2 = 295 / 3.
        Assert.Equal(100, zj.Layers["a"]!.Value, Digits);
        Assert.Equal(290.0 / 3, zj.Layers["b"]!.Value, Digits);
        Assert.Equal(295.0 / 3, zj.Composite!.Value, Digits);
        // 32: a1 = 100 * (0.75 + 0) / 2 = 37.5; b1 = 100 * (2 * 0.5 + 0.9) / 3 = 190 / 3; composite = (37.5 + 190 / 3) / 2 = 605 / 12.
        Assert.Equal(37.5, js.Layers["a"]!.Value, Digits);
        Assert.Equal(190.0 / 3, js.Layers["b"]!.Value, Digits);
        Assert.Equal(605.0 / 12, js.Composite!.Value, Digits);
        // 44: x2 NA is left out, a1 = 100 * 0.25 / 1 = 25; b1 = 190 / 3; composite = (25 + 190 / 3) / 2 = 265 / 6.
        Assert.Equal(25, gd.Layers["a"]!.Value, Digits);
        Assert.Equal(265.0 / 6, gd.Composite!.Value, Digits);
        Assert.Equal(295.0 / 3, comparison.Jurisdictions[0].Explanation.Result.Composite!.Value, Digits);

        // Spreads of the item scores: x2 1 - 0 = 1 (44's NA has none); x1 1 - 0.25 = 0.75; y1 1 - 0.5 = 0.5;
        // y2 0.9 everywhere: no spread, not listed.
        Assert.Equal(["x2", "x1", "y1"], comparison.Differing.Select(d => d.Item.Id));
        Assert.Equal([1, 0.75, 0.5], comparison.Differing.Select(d => d.Spread));
        Assert.Equal([1.0, 0.0, null], comparison.Differing[0].Sides.Select(s => s.Score));
        Assert.Equal([1.0, 0.75, 0.25], comparison.Differing[1].Sides.Select(s => s.Score));
        Assert.Equal(["5"], comparison.Differing[1].Sides[0].Answers);
    }

    [Fact]
    public async Task Self_versus_external_gives_the_hand_worked_layer_gaps_and_item_statements()
    {
        var view = await SelfVsExternal().ViewAsync("33");

        Assert.True(view.Pair!.SameInstrument);
        Assert.Equal(external, view.Pair.External.Id);
        // Self: a = 100 * (1 + 1) / 2 = 100; b = 100 * (2 * 0.5 + 1) / 3 = 200 / 3.
        // External (above): a = 100, b = 290 / 3. Gaps: a 0, b (200 - 290) / 3 = -30.
        Assert.Equal(["a", "b"], view.Layers.Select(l => l.LayerId));
        Assert.Equal(100, view.Layers[0].Self!.Value, Digits);
        Assert.Equal(0, view.Layers[0].Gap!.Value, Digits);
        Assert.Equal(200.0 / 3, view.Layers[1].Self!.Value, Digits);
        Assert.Equal(290.0 / 3, view.Layers[1].External!.Value, Digits);
        Assert.Equal(-30, view.Layers[1].Gap!.Value, Digits);
        // Items, self minus external: x1 1 - 1 = 0, x2 1 - 1 = 0 (neither listed), y1 0.5 - 1 = -0.5, y2 1 - 0.9 = 0.1.
        var over = Assert.Single(view.Overstated);
        Assert.Equal("y2", over.Item.Id);
        Assert.Equal(0.1, over.Gap, Digits);
        var under = Assert.Single(view.Understated);
        Assert.Equal("y1", under.Item.Id);
        Assert.Equal(-0.5, under.Gap, Digits);
    }

    /// <summary>A round of the instrument, one rater per jurisdiction answering as given, then closed and published.</summary>
    private long Round(long snapshotId, RoundMode mode, long rater, Dictionary<string, (string Item, string Value)[]> answers)
    {
        var rounds = new RoundStore(db);
        var id = rounds.Create(new NewRound($"{mode} worked", snapshotId, mode), "test").Id;
        rounds.SetStatus(id, RoundStatus.Open, "test");
        foreach (var (code, values) in answers)
        {
            var response = rounds.Assign(id, code, rater, "test").Id;
            foreach (var (item, value) in values)
                Assert.IsType<SaveResult.Saved>(new AnswerStore(db).Save(new AnswerWrite(response, item, value, 0, rater)));
        }
        rounds.SetStatus(id, RoundStatus.Closed, "test");
        rounds.SetStatus(id, RoundStatus.Published, "test");
        return id;
    }

    private Account Researcher() => accounts.Create(new NewAccount($"researcher-{Guid.NewGuid():N}"[..20], "R", Roles.Researcher, PasswordHash: "not-used"), "test");

    private DashboardCompareService Compare() => new(new DashboardService(User(Researcher()), db), db);

    private SelfVsExternalService SelfVsExternal() => new(User(Researcher()), db);

    private CurrentUser User(Account account) => new(new FixedAuthentication(UserClaims.For(account, "test")), accounts);

    public void Dispose()
    {
        db.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
