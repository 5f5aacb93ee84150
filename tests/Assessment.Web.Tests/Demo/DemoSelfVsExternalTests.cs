using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Assessment.Web.Security;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;

namespace Assessment.Web.Tests.Demo;

/// <summary>
/// The demo's published self-assessment of H city (Demo/Data/self-assessment-published.yaml) meets the published
/// external round, so a researcher, who sees published rounds only, gets a comparison with numbers.
/// </summary>
public sealed class DemoSelfVsExternalTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    private const string PublishedSelfName = "示例：H市数字政府自评（已发布） · Illustrative: H city self-assessment (published)";

    [Fact]
    public async Task The_researcher_sees_H_citys_published_self_assessment_beside_the_external_round()
    {
        var view = await Service("researcher").ViewAsync("DEMO-H");

        var pair = Assert.Single(view.Pairs); // the open round's draft is not published, so not the researcher's
        Assert.Equal(PublishedSelfName, pair.Self.Name);
        Assert.Equal(RoundModes.ExternalEvaluation, pair.External.Mode);
        Assert.True(pair.SameInstrument);
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

        Assert.Equal(2, view.Pairs.Count);
        Assert.Equal(PublishedSelfName, view.Pair!.Self.Name);
        Assert.False(view.Pairs[1].SameInstrument);
        Assert.Equal("open", new RoundStore(demo.Db).Find(view.Pairs[1].Self.Id)!.Status);
    }

    private SelfVsExternalService Service(string userName)
    {
        var accounts = new AccountStore(demo.Db);
        var account = accounts.FindByUserName(userName)!;
        return new SelfVsExternalService(new CurrentUser(new FixedAuthentication(UserClaims.For(account, "test")), accounts), demo.Db);
    }
}
