using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;
using Assessment.Web.Components.Pages.Review;
using Assessment.Web.Services;
using Assessment.Web.Tests.Components;
using Bunit;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Extensions.DependencyInjection;

namespace Assessment.Web.Tests.Security;

/// <summary>
/// 10,000 generated hostile edits through the questionnaire service, as a rater's browser could send them: script
/// and javascript: in text and links, control characters, oversize text, NaN and infinities, values outside the
/// instrument. Nothing stored breaks the instrument's rules, the review page shows it all as text, and another
/// user's answers and saves are untouched.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "javascript:alert(1)",
        "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "file:///etc/passwd",
        "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "∞", "1,5", "0x10", "101", "-5", "0", "6", "72.5", "4", "yes", "no", "na", "N/A",
        "\0", "\u0007", "\u001b[31m", "\r\n", "\t", "\u202e", "\ud800", "\uFEFF", "=cmd|' /C calc'!A0", "'; DROP TABLE answers;--",
        "https://example.org/证据?a=1&b=<2>", "http://", "https:evil", "//evil.example", "数字政府",
    ];

    private readonly AccessWorld world = new();
    private readonly (long Round, long Response) open;
    private readonly (long Round, long Response) other;
    private readonly IReadOnlyList<Item> items;

    public HostileInputTests()
    {
        open = world.Rounds[(RoundMode.ExternalEvaluation, "open")];
        other = world.Rounds[(RoundMode.SelfAssessment, "open")];
        items = world.Instrument.Items.ToList();
    }

    private static Gen<string?> Hostile() => Gen.OneOf(
        Gen.Elements(Pieces).Select(s => (string?)s),
        Gen.Choose(2, 4).SelectMany(n => Gen.Elements(Pieces).ArrayOf(n)).Select(p => (string?)string.Concat(p)),
        Gen.Elements(Pieces).SelectMany(p => Gen.Choose(QuestionnaireService.MaxValueLength - 10, QuestionnaireService.MaxValueLength + 50)
            .Select(n => (string?)string.Concat(Enumerable.Repeat(p, n / p.Length + 1))[..n])),
        ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s),
        Gen.Constant<string?>(null));

    [Fact]
    public async Task Ten_thousand_hostile_edits_store_nothing_outside_the_rules_and_touch_no_one_else()
    {
        var otherBefore = Save(Caller.SelfAssessorSame, other, new ItemEdit(world.ScoredItem.Id, "yes", "自评说明", null, Version(other.Response, world.ScoredItem.Id)));
        Assert.IsType<SaveResult.Saved>(otherBefore);
        var edits = from item in Gen.Elements(items.ToArray())
                    from value in Gen.OneOf(Hostile(), Gen.Elements(AnswersOf(item)).Select(v => (string?)v))
                    from text in Hostile()
                    from link in Hostile()
                    select (item, value, text, link);
        var property = Prop.ForAll(edits.ToArbitrary(), e => Holds(e.item, e.value, e.text, e.link));

        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(10_000), property));

        var otherAfter = new AnswerStore(world.Db).Find(other.Response, world.ScoredItem.Id)!;
        Assert.Equal(("yes", "自评说明"), (otherAfter.Value, otherAfter.EvidenceText));
        Assert.IsType<SaveResult.Saved>(Save(Caller.SelfAssessorSame, other, new ItemEdit(world.ScoredItem.Id, "no", null, null, otherAfter.Version)));
    }

    [Fact]
    public async Task Stored_script_and_javascript_links_reach_the_review_page_as_inert_text()
    {
        var item = items.First(i => i.Evidence != EvidenceRule.None);
        var value = AnswersOf(item)[0];
        const string script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var saved = Save(Caller.EvaluatorAssigned, open, new ItemEdit(item.Id, value, script, "https://example.org/a\"><script>alert(1)</script>", Version(open.Response, item.Id)));
        Assert.IsType<SaveResult.Saved>(saved);
        new RoundStore(world.Db).SetResponseStatus(open.Response, ResponseStatus.Submitted, "test");
        var review = (await world.Review(Caller.Lead).JurisdictionAsync(open.Round, AccessWorld.Jurisdiction))!;

        await using var ctx = new AppTestContext("zh-CN");
        ctx.Services.AddSingleton(world.Review(Caller.Lead));
        ctx.Services.AddSingleton(new ReviewOptions(ReviewOptions.DefaultGap));
        var card = ctx.Render<ItemReviewCard>(p => p.Add(x => x.Review, review.Items.Single(i => i.Item.Id == item.Id))
            .Add(x => x.Responses, review.Responses).Add(x => x.RoundId, open.Round).Add(x => x.Jurisdiction, AccessWorld.Jurisdiction));

        // No element came out of the stored text: the script is text in the cell, the link's quote stays in its attribute.
        Assert.Empty(card.FindAll("script"));
        Assert.Empty(card.FindAll("img"));
        Assert.Contains("&lt;script&gt;", card.Markup);   // encoded, whichever entity the encoder picks for the quote
        Assert.Equal(script, card.Find("td.evidence div").TextContent);
        Assert.Equal("https://example.org/a\"><script>alert(1)</script>", Assert.Single(card.FindAll("a[href]")).GetAttribute("href"));
    }

    private bool Holds(Item item, string? value, string? text, string? link)
    {
        var result = Save(Caller.EvaluatorAssigned, open, new ItemEdit(item.Id, value, text, link, Version(open.Response, item.Id)));
        if (result is null) return false;
        var stored = new AnswerStore(world.Db).Find(open.Response, item.Id);
        if (stored is null) return true;
        var parsed = stored.Value is null ? null : AnswerText.Parse(item, stored.Value);
        return (parsed is null || (parsed.Ok && (parsed.Answer is not Answer.Number number || double.IsFinite(number.Value))))
            && (stored.Value?.Length ?? 0) <= QuestionnaireService.MaxValueLength
            && (stored.EvidenceText?.Length ?? 0) <= QuestionnaireService.MaxEvidenceTextLength
            && (stored.EvidenceLink is null || (stored.EvidenceLink.Length <= QuestionnaireService.MaxLinkLength
                && Uri.TryCreate(stored.EvidenceLink, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            && (item.Evidence != EvidenceRule.None || (stored.EvidenceText is null && stored.EvidenceLink is null));
    }

    /// <summary>Valid answers of the item, so that hostile evidence is also tried beside answers the store accepts.</summary>
    private static string[] AnswersOf(Item item) => item.Type switch
    {
        ItemType.Boolean => ["yes", "no"],
        ItemType.Choice or ItemType.Multi => item.OptionList.Select(o => o.Key).ToArray(),
        ItemType.Likert => ["1", item.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        ItemType.Numeric => [item.Anchors![0].X.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        _ => ["一段说明"],
    };

    private long Version(long response, string itemId) => new AnswerStore(world.Db).Find(response, itemId)?.Version ?? 0;

    private SaveResult Save(Caller caller, (long Round, long Response) at, ItemEdit edit) =>
        Wait(world.Questionnaire(caller).SaveAsync(at.Round, AccessWorld.Jurisdiction, edit));

    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    public void Dispose() => world.Dispose();
}
