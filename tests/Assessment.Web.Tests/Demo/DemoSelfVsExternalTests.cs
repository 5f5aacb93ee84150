using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Demo;

/// <summary>
/// The demo's published self-assessment of H city (Demo/Data/self-assessment-published.yaml) meets the published
/// external round, so a researcher, who sees published rounds only, gets a comparison with numbers; its 2026.2
/// self-assessment meets the grounded 2026.2 external round item by item through the instruments' matches.
/// </summary>
public sealed class DemoSelfVsExternalTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private const string PublishedSelfName = "示例：H市数字政府自评（已发布） · Illustrative: H city self-assessment (published)";
    internal const string Published2026_2Name = "示例：H市数字政府自评（2026.2，已发布） · Illustrative: H city self-assessment (2026.2, published)";

    [Fact]
    public async Task The_researcher_sees_H_citys_published_self_assessment_beside_the_external_round()
    {
        var view = await Service("researcher").ViewAsync("DEMO-H");

        // On the fixture's clock (2026-03-15) the 2026.1 self-assessment (closed 2025-12-15) meets the 2026.1 external
        // round (windows overlap) only; the 2026.2 self-assessment meets both external rounds (2026.2: windows
        // overlap; 2026.1: both close in 2026). The open round's draft is not published, so not the researcher's.
        // The same-instrument pair comes first.
        Assert.Equal(3, view.Pairs.Count);
        var pair = view.Pair!;
        Assert.Equal(PublishedSelfName, pair.Self.Name);
        Assert.Equal(RoundMode.ExternalEvaluation, pair.External.Mode);
        Assert.True(pair.SameInstrument);
        Assert.Equal("2026.1", pair.External.InstrumentVersion);
        // Every scored item at its best answer (score 1), except po_dept_barriers: "3" on a reversed five-point
        // scale, (3 - 1) / 4 = 0.5, reversed 0.5. It is one of six equally weighted items of process.sharing:
        // (5 + 0.5) / 6 = 0.91667; that is one of six equally weighted indicators of process:
        // (5 + 0.91667) / 6 = 0.98611. The other layers are 1. Composite over four equal layers: 3.98611 / 4.
        Assert.Equal(1.0, view.Self!.Result.Completeness);
        var self = view.Layers.ToDictionary(l => l.LayerId, l => l.Self);
        Assert.Equal(100.0, self["interface"]!.Value, 6);
        Assert.Equal(98.6111, self["process"]!.Value, 3);
        Assert.Equal(100.0, self["safeguard"]!.Value, 6);
        Assert.Equal(100.0, self["value"]!.Value, 6);
        Assert.Equal(99.6528, view.Self.Result.Composite!.Value, 3);
        // The external raters put H city lower on every layer, so every gap is an overstatement with a number.
        Assert.All(view.Layers, l => Assert.True(l.External is > 0 and < 100 && l.Gap > 0, $"{l.LayerId}: {l.External}"));
        // At its best answer everywhere, the city can understate nothing; ten overstated items are listed, each
        // self-scored 1, and po_dept_barriers (0.5 on both sides) is in neither list.
        Assert.Empty(view.Understated);
        Assert.Equal(SelfVsExternalService.ItemsPerList, view.Overstated.Count);
        Assert.All(view.Overstated, g => Assert.Equal(1.0, g.Self.Score));
        Assert.DoesNotContain(view.Overstated, g => g.Item.Id == "po_dept_barriers");
    }

    [Fact]
    public async Task H_citys_self_assessor_sees_the_published_same_instrument_pair_first_and_the_draft_as_another()
    {
        var view = await Service("hcity").ViewAsync("DEMO-H");

        Assert.Equal(PublishedSelfName, view.Pair!.Self.Name);
        Assert.Contains(view.Pairs, p => !p.SameInstrument && new RoundStore(demo.Db).Find(p.Self.Id)!.Status == RoundStatus.Open);
    }

    [Fact]
    public async Task The_2026_2_pair_compares_matched_items_one_by_one_and_layers_over_matched_items_only()
    {
        var researcher = Service("researcher");
        var pair = (await researcher.ViewAsync("DEMO-H")).Pairs.Single(p => p.Self.Name == Published2026_2Name && p.External.InstrumentVersion == "2026.2");
        var view = await researcher.ViewAsync("DEMO-H", pair.Self.Id, pair.External.Id);

        Assert.False(view.Pair!.SameInstrument);
        var matched = view.Matched!;
        // egov-self-assessment-2026.2 declares 32 items with matches; H city answered all of them on both sides.
        Assert.Equal(32, matched.Pairs.Count);
        Assert.Equal(32, matched.PairsScored);
        Assert.All(matched.Pairs, p => Assert.Equal(p.ExternalItem.Id, p.SelfItem.Matches));
        Assert.Empty(view.Overstated);

        var rows = matched.Pairs.ToDictionary(p => p.ExternalItem.Id);
        // The city admits the department barriers at the middle ("3", reversed 0.5); the external raters answer "4"
        // from seed 003 ("主觀上存在部門利益糾葛"): (4 - 1) / 4 = 0.75, reversed 0.25. Gap 0.25.
        var barriers = rows["po_dept_interest_refusal"];
        Assert.Equal("sa_po_dept_interest_refusal", barriers.SelfItem.Id);
        Assert.Equal(["3"], barriers.Self.Answers);
        Assert.Equal(["4", "4"], barriers.External.Answers);
        Assert.Equal(0.25, barriers.Gap!.Value, 9);
        Assert.Contains(barriers.External.Evidence, e => (e.EvidenceText ?? "").Contains("seed 003-technology-organization-quadrants.txt"));
        // The seed is silent on H city's portal: neutral portal_only (0.35) from both raters; the city claims unified (1).
        var portal = rows["if_one_network_one_app"];
        Assert.Equal(["unified"], portal.Self.Answers);
        Assert.Equal(["portal_only", "portal_only"], portal.External.Answers);
        Assert.Equal(0.65, portal.Gap!.Value, 9);
        // Seed 003 on the top leader's push: "5" on both sides, no gap.
        Assert.Equal(0.0, rows["sg_top_leader_push"].Gap!.Value, 9);

        // Process over its eight matched pairs, weighted by the external items (po_ecert_library and
        // po_one_point_parallel weigh 2, the other six 1; 10 in all). Self: 1 everywhere but the two admitted
        // barriers (0.5 each): (2 + 1 + 1 + 1 + 0.5 + 0.5 + 2 + 1) / 10 = 90. External: neutral 0.5 on ecert (partial),
        // materials (27.5%), data for decisions, systems silo, parallel and time cut (37.5%); the barriers 0.25 and
        // 0 (case by case "5", reversed): (1 + 0.5 + 0.5 + 0.5 + 0.25 + 0 + 1 + 0.5) / 10 = 42.5.
        var process = view.Layers.Single(l => l.LayerId == "process");
        Assert.Equal(90.0, process.Self!.Value, 9);
        Assert.Equal(42.5, process.External!.Value, 9);
        // Safeguard over its fourteen pairs (sg_good_bad_review weighs 2, the other thirteen 1; 15 in all): the city
        // 100; the raters 1 on push and settles, neutral physical stationing 0.35, neutral some_channels 0.35 x 2,
        // 0.5 on the other ten: (2 + 0.35 + 0.7 + 5) / 15 = 53.667.
        var safeguard = view.Layers.Single(l => l.LayerId == "safeguard");
        Assert.Equal(100.0, safeguard.Self!.Value, 9);
        Assert.Equal(8.05 / 15 * 100, safeguard.External!.Value, 9);
        // Unmatched: external items no self item mirrors are listed apart (e.g. the blueprint is matched, the
        // leading group is not).
        Assert.Contains(matched.UnmatchedExternal, i => i.Id == "sg_leading_group");
        Assert.DoesNotContain(matched.UnmatchedExternal, i => i.Id == "sg_blueprint_unphased");
    }

    private SelfVsExternalService Service(string userName)
    {
        var accounts = new AccountStore(demo.Db);
        var account = accounts.FindByUserName(userName)!;
        return new SelfVsExternalService(new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts), demo.Db);
    }
}
