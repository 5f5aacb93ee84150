using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Web.Components.Pages.Dashboards.Shared;
using Assessment.Web.Localization;
using Assessment.Web.Services;
using Assessment.Web.Texts;

namespace Assessment.Web.Components.Pages.Dashboards.Compare;

/// <summary>One item as a card: its title, indicator, the headline number (spread or gap) and each side.</summary>
public sealed record ItemCard(string ItemId, string Title, string Indicator, string Headline, IReadOnlyList<(string Name, ItemSide Side)> Sides);

/// <summary>
/// The compare and self-versus-external charts as tables (the table view and the CSV). Item scores are shown on
/// the 0-100 scale of every other score: 100 x the item score of SCORING.md.
/// </summary>
public static class CompareTables
{
    public static DashboardTable Scores(Comparison c) => new(
        [new(CompareTexts.Row.Localized(), "measure"), .. c.Jurisdictions.Select(j => new TableColumn(j.Row.Name, j.Row.Jurisdiction.Code, true))],
        [
            Row(DashboardTexts.Composite.Localized(), "composite", c, r => r.Composite),
            .. c.Dashboard.Instrument.Layers.Select(l => Row(l.Title.Localized(), "layer:" + l.Id, c, r => r.Layers.GetValueOrDefault(l.Id))),
            Row(DashboardTexts.Technology.Localized(), "technology", c, r => r.Technology),
            Row(DashboardTexts.Organization.Localized(), "organization", c, r => r.Organization),
        ]);

    public static DashboardTable Indicators(Comparison c) => new(
        [new(DashboardTexts.Layer.Localized(), "layer"), new(DashboardTexts.Indicator.Localized(), "indicator"),
         .. c.Jurisdictions.Select(j => new TableColumn(j.Row.Name, j.Row.Jurisdiction.Code, true))],
        c.Dashboard.Instrument.Layers.SelectMany(l => l.Indicators.Select(i => (IReadOnlyList<TableCell>)
        [
            TableCell.Text(l.Title.Localized(), l.Id), TableCell.Text(i.Title.Localized(), i.Id),
            .. c.Jurisdictions.Select(j => Score(j.Row.Result.Indicators.GetValueOrDefault(i.Id))),
        ])).ToList());

    public static DashboardTable Differing(Comparison c) => new(
        [
            new(DashboardTexts.Item.Localized(), "item"), new(DashboardTexts.Indicator.Localized(), "indicator"),
            new(CompareTexts.Spread.Localized(), "spread", true),
            .. c.Jurisdictions.SelectMany(j => SideColumns(j.Row.Name, j.Row.Jurisdiction.Code)),
        ],
        c.Differing.Select(d => (IReadOnlyList<TableCell>)
        [
            ItemCell(d.Item), TableCell.Text(d.Indicator.Title.Localized(), d.Indicator.Id), Score(d.Spread * 100),
            .. d.Sides.SelectMany(SideCells),
        ]).ToList());

    public static List<ItemCard> DifferingCards(Comparison c) => c.Differing.Select(d => new ItemCard(
        d.Item.Id, $"{d.Item.Id} {d.Item.Text.Localized()}", d.Indicator.Title.Localized(), $"{CompareTexts.Spread.Localized()} {DashboardFormat.Score(d.Spread * 100)}",
        c.Jurisdictions.Select((j, i) => (j.Row.Name, d.Sides[i])).ToList())).ToList();

    public static List<ItemCard> StatementCards(IReadOnlyList<StatementGap> gaps) => gaps.Select(g => new ItemCard(
        g.Item.Id, $"{g.Item.Id} {g.Item.Text.Localized()}", g.Indicator.Title.Localized(), $"{CompareTexts.Gap.Localized()} {Gap(g.Gap * 100).Display}",
        [(CompareTexts.Self.Localized(), g.Self), (CompareTexts.External.Localized(), g.External)])).ToList();

    public static DashboardTable LayerGaps(SelfVsExternalView v) => new(
        [new(DashboardTexts.Layer.Localized(), "layer"), new(CompareTexts.Self.Localized(), "self", true),
         new(CompareTexts.External.Localized(), "external", true), new(CompareTexts.Gap.Localized(), "gap", true)],
        [
            (IReadOnlyList<TableCell>)[TableCell.Text(DashboardTexts.Composite.Localized(), "composite"), Score(v.Self!.Result.Composite),
                Score(v.External!.Result.Composite), Gap(v.Self.Result.Composite - v.External.Result.Composite)],
            .. v.Layers.Select(l => (IReadOnlyList<TableCell>)
                [TableCell.Text(l.Title.Localized(), "layer:" + l.LayerId), Score(l.Self), Score(l.External), Gap(l.Gap)]),
        ]);

    /// <summary>Matched pairs of a cross-instrument comparison, in the external instrument's order.</summary>
    public static DashboardTable MatchedPairs(MatchedItems m) => new(
        [
            new(CompareTexts.SelfItem.Localized(), "self_item"), new(CompareTexts.ExternalItem.Localized(), "external_item"),
            new(CompareTexts.Equivalence.Localized(), "equivalence"), new(DashboardTexts.Indicator.Localized(), "indicator"),
            new(CompareTexts.Gap.Localized(), "gap", true),
            .. SideColumns(CompareTexts.Self.Localized(), "self"), .. SideColumns(CompareTexts.External.Localized(), "external"),
        ],
        m.Pairs.Select(p => (IReadOnlyList<TableCell>)
        [
            ItemCell(p.SelfItem), ItemCell(p.ExternalItem), EquivalenceCell(p.Equivalence),
            TableCell.Text(p.Indicator.Title.Localized(), p.Indicator.Id), Gap(p.Gap * 100),
            .. SideCells(p.Self), .. SideCells(p.External),
        ]).ToList());

    public static List<ItemCard> MatchedCards(MatchedItems m) => m.Pairs.Select(p => new ItemCard(
        p.ExternalItem.Id, $"{p.SelfItem.Id} ↔ {p.ExternalItem.Id} {p.ExternalItem.Text.Localized()}", p.Indicator.Title.Localized(),
        $"{EquivalenceCell(p.Equivalence).Display} · {CompareTexts.Gap.Localized()} {Gap(p.Gap * 100).Display}",
        [(CompareTexts.Self.Localized(), p.Self), (CompareTexts.External.Localized(), p.External)])).ToList();

    /// <summary>Items on either side that take part in no pair.</summary>
    public static DashboardTable Unmatched(MatchedItems m) => new(
        [new(CompareTexts.Side.Localized(), "side"), new(DashboardTexts.Item.Localized(), "item")],
        [
            .. m.UnmatchedSelf.Select(i => (IReadOnlyList<TableCell>)[TableCell.Text(CompareTexts.Self.Localized(), "self"), ItemCell(i)]),
            .. m.UnmatchedExternal.Select(i => (IReadOnlyList<TableCell>)[TableCell.Text(CompareTexts.External.Localized(), "external"), ItemCell(i)]),
        ]);

    private static TableCell EquivalenceCell(Equivalence e) => e == Equivalence.Exact
        ? TableCell.Text(CompareTexts.Exact.Localized(), "exact") : TableCell.Text(CompareTexts.Partial.Localized(), "partial");

    public static DashboardTable Statements(IReadOnlyList<StatementGap> gaps) => new(
        [
            new(DashboardTexts.Item.Localized(), "item"), new(DashboardTexts.Indicator.Localized(), "indicator"),
            new(CompareTexts.Gap.Localized(), "gap", true),
            .. SideColumns(CompareTexts.Self.Localized(), "self"), .. SideColumns(CompareTexts.External.Localized(), "external"),
        ],
        gaps.Select(g => (IReadOnlyList<TableCell>)
        [
            ItemCell(g.Item), TableCell.Text(g.Indicator.Title.Localized(), g.Indicator.Id), Gap(g.Gap * 100),
            .. SideCells(g.Self), .. SideCells(g.External),
        ]).ToList());

    private static IReadOnlyList<TableCell> Row(string name, string id, Comparison c, Func<ScoreResult, double?> value) =>
        [TableCell.Text(name, id), .. c.Jurisdictions.Select(j => Score(value(j.Row.Result)))];

    private static TableCell Score(double? value) => TableCell.Score(value, DashboardFormat.Band(value));

    private static TableCell Gap(double? gap) =>
        TableCell.Score(gap, gap switch { > 0 => "gap-over", < 0 => "gap-under", _ => null }) is var cell && gap > 0 ? cell with { Display = "+" + cell.Display } : cell;

    private static TableCell ItemCell(Item item) => TableCell.Text($"{item.Id} {item.Text.Localized()}", item.Id);

    private static IEnumerable<TableColumn> SideColumns(string name, string id) =>
    [
        new($"{name}：{CompareTexts.ItemScore.Localized()}", id + ":item_score", true),
        new($"{name}：{CompareTexts.Answers.Localized()}", id + ":answers"),
        new($"{name}：{CompareTexts.Evidence.Localized()}", id + ":evidence"),
    ];

    private static IEnumerable<TableCell> SideCells(ItemSide side)
    {
        var answers = string.Join(" | ", side.Answers.Select(a => a ?? CompareTexts.Unanswered.Localized()));
        var rawAnswers = string.Join(" | ", side.Answers.Select(a => a ?? ""));
        if (side.Reconciled is { } r) (answers, rawAnswers) = ($"{answers} → {CompareTexts.Reconciled.Localized()} {r}", $"{rawAnswers} | reconciled:{r}");
        var evidence = string.Join(" | ", side.Evidence.Select(e => string.Join(' ', new[] { e.EvidenceText, e.EvidenceLink }.Where(x => x is not null))));
        var link = side.Evidence.Select(e => e.EvidenceLink).FirstOrDefault(IsWebLink);
        return [Score(side.Score * 100), TableCell.Text(answers, rawAnswers), TableCell.Text(evidence, href: link)];
    }

    // Evidence links are typed by raters: only http(s) becomes a link, never script or file URLs.
    public static bool IsWebLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
