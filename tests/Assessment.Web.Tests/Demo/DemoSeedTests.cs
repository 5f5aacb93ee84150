using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Demo;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Demo;
using Xunit.Abstractions;

namespace Assessment.Web.Tests.Demo;

/// <summary>The demo data set, loaded once into a fresh database, checked against what the seeds say about each case.</summary>
public sealed class DemoSeedTests(DemoDatabase demo, ITestOutputHelper output) : IClassFixture<DemoDatabase>
{
    private static readonly string[] SeedEight = ["44", "33", "31", "11", "32", "52", "34", "3702"];

    // The 2026.1 round (external-round.yaml); where its answers come from (a seed passage or the neutral answer) and
    // where its cases land is checked, with the 2026.2 round's, by DemoGroundedRoundTests.
    private Round ExternalRound() =>
        DemoRounds().First(r => r.Mode == RoundMode.ExternalEvaluation);

    private Round SelfRound() =>
        DemoRounds().Single(r => r.Mode == RoundMode.SelfAssessment && r.Status == RoundStatus.Open);

    private List<Round> DemoRounds()
    {
        Assert.True(demo.Loaded, "the seed did nothing on an empty database");
        Assert.DoesNotContain(demo.Log.Lines, l => l.StartsWith("Warning"));
        var store = new RoundStore(demo.Db);
        return DemoData.RoundIds(demo.Db).Select(id => store.Find(id)!).ToList();
    }

    private Dictionary<string, JurisdictionScore> Scores()
    {
        var scores = RoundScores.ForRound(demo.Db, ExternalRound().Id).ToDictionary(s => s.JurisdictionCode);
        foreach (var (code, s) in scores.OrderByDescending(s => s.Value.Result.Composite))
            output.WriteLine($"{code,-8} composite {s.Result.Composite:F1}  T {s.Result.Technology:F1}  O {s.Result.Organization:F1}  {s.Result.Quadrant}");
        return scores;
    }

    [Fact]
    public void The_eight_of_seed_000_are_answered_completely_by_both_raters()
    {
        var scores = Scores();
        foreach (var code in SeedEight)
        {
            Assert.Equal(1, scores[code].Result.Completeness);
            Assert.All(scores[code].Responses, r => Assert.True(r.Completeness.IsComplete));
        }
        // No claim about how high they score or in which order: their 2020 scores are another evaluation's scale, and
        // no seed compares the eight with the seed-003 cities.
    }

    [Fact]
    public void The_external_round_has_two_raters_per_jurisdiction_all_accepted_and_is_published()
    {
        var round = ExternalRound();
        Assert.Equal(2, DemoRounds().Count(r => r.Mode == RoundMode.ExternalEvaluation && r.Status == RoundStatus.Published));
        Assert.Equal(RoundStatus.Published, round.Status);
        Assert.True(round.IsDemo);
        Assert.True(Clock(round.ClosesAt) < DemoDatabase.Now, "a completed round closed before today");
        var responses = new RoundStore(demo.Db).Responses(round.Id);
        var byJurisdiction = responses.GroupBy(r => r.JurisdictionCode).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(SeedEight.Concat(["DEMO-H", "DEMO-Z", "DEMO-TG"]).Order(), byJurisdiction.Keys.Order());
        var accounts = new AccountStore(demo.Db);
        foreach (var (code, list) in byJurisdiction)
            Assert.Equal(["evaluator1", "evaluator2"], list.Select(r => accounts.Find(r.RaterId)!.UserName).Order());
        Assert.All(responses, r => Assert.Equal(ResponseStatus.Accepted, r.Status));
    }

    [Fact]
    public void The_two_raters_disagree_only_where_the_seed_is_silent_and_two_answers_are_equally_near_the_middle()
    {
        var round = ExternalRound();
        var answers = new AnswerStore(demo.Db);
        var responses = new RoundStore(demo.Db).Responses(round.Id).Where(r => r.JurisdictionCode == "DEMO-Z").ToList();
        var first = answers.ForResponse(responses[0].Id).ToDictionary(a => a.ItemId, a => a.Value);
        var second = answers.ForResponse(responses[1].Id).ToDictionary(a => a.ItemId, a => a.Value);
        var differing = first.Keys.Where(k => first[k] != second.GetValueOrDefault(k)).Order();
        // Seed 003 grounds none of these for Z city, and each has two neutral answers equally near 0.5, which the raters
        // split (NeutralAnswer): the nine yes/no items of egov-iceberg-external-2026.1 (no 0, yes 1) and the two choice
        // items scored 0 / 0.3 / 0.7 / 1 (account_only 0.3, profile 0.7; separate 0.3, integrated 0.7). Every other
        // answer is the same passage's or the same middle for both raters.
        Assert.Equal(["if_mini_program_same_source", "if_personal_pages", "if_single_account", "po_sharing_rules", "po_status_tracking",
            "sg_dedicated_leader", "sg_research_partners", "sg_third_party_eval", "va_hotline_12345", "va_people_centred_plan",
            "va_satisfaction_in_assessment"], differing);
        // Seed 003: Z city lacks the top leader's backing; both raters say so.
        Assert.All(new[] { first, second }, a => Assert.Equal("1", a["sg_top_leader_push"]));
        // Every answer says it is illustrative: a scored answer in its evidence, a text answer in the text itself.
        Assert.All(answers.ForResponse(responses[0].Id), a => Assert.Contains("示例", a.EvidenceText ?? a.Value));
    }

    [Fact]
    public void The_self_assessment_round_is_open_around_today_with_H_citys_partial_draft()
    {
        var round = SelfRound();
        Assert.Equal(RoundStatus.Open, round.Status);
        Assert.True(round.IsDemo);
        Assert.InRange(DemoDatabase.Now, Clock(round.OpensAt), Clock(round.ClosesAt));
        var responses = new RoundStore(demo.Db).Responses(round.Id).ToDictionary(r => r.JurisdictionCode);
        Assert.Equal(["3301", "DEMO-H"], responses.Keys.Order());
        Assert.All(responses.Values, r => Assert.Equal(ResponseStatus.Draft, r.Status));
        var draft = new AnswerStore(demo.Db).ForResponse(responses["DEMO-H"].Id);
        Assert.InRange(draft.Count, 3, 8);
        var score = RoundScores.ForRound(demo.Db, round.Id).Single(s => s.JurisdictionCode == "DEMO-H");
        Assert.InRange(score.Result.Completeness, 0.05, 0.5);
        Assert.Equal("hcity", new AccountStore(demo.Db).Find(responses["DEMO-H"].RaterId)!.UserName);
    }

    [Fact]
    public void Demo_jurisdictions_are_marked_and_named_illustrative()
    {
        var store = new JurisdictionStore(demo.Db);
        foreach (var code in new[] { "DEMO-H", "DEMO-Z", "DEMO-T", "DEMO-TG" })
        {
            Assert.True(DemoData.IsDemoJurisdiction(demo.Db, code), code);
            var j = store.Find(code)!;
            Assert.Contains("示例", j.NameZh);
            Assert.Contains("illustrative", j.NameEn);
            Assert.Matches("^[A-Z] (City|District, [A-Z] City) \\(illustrative\\)$", j.NameEn);
        }
        Assert.Equal("DEMO-T", store.Find("DEMO-TG")!.ParentCode);
        // The reference jurisdictions beside them carry their generated English names.
        Assert.Equal("Hangzhou", store.Find(DemoSeed.SelfAssessorJurisdiction)!.NameEn);
        Assert.False(DemoData.IsDemoJurisdiction(demo.Db, "44"));
        Assert.True(DemoData.IsLoaded(demo.Db));
    }

    [Fact]
    public void A_second_seed_does_nothing()
    {
        var rounds = DemoData.RoundIds(demo.Db);
        var accounts = new AccountStore(demo.Db).List().Count;
        Assert.Equal(DemoSeed.Accounts.Count, accounts);
        Assert.False(DemoDatabase.Seed(demo.Db, new ListLogger()));
        Assert.Equal(rounds, DemoData.RoundIds(demo.Db));
        Assert.Equal(accounts, new AccountStore(demo.Db).List().Count);
    }

    private static DateTimeOffset Clock(string? stamp) => Data.Database.Clock.Parse(stamp!);
}
