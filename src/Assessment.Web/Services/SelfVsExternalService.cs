using System.Globalization;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Data.Scores;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>
/// A jurisdiction's self-assessment against an external evaluation of the same period (issue 5, item 6). Who may
/// look: the ViewResults roles (researchers: published rounds only), and a self-assessor for their own jurisdiction
/// once the external round is published. Scores through RoundScores.Explain, hence Scorer.
/// </summary>
public sealed class SelfVsExternalService(CurrentUser currentUser, AssessmentDb db)
{
    public const int ItemsPerList = 10;

    /// <param name="selfRoundId">With <paramref name="externalRoundId"/>, the pair to show; otherwise the first pair.</param>
    /// <param name="year">A chosen period: only rounds that both close (else were created) in this calendar year.</param>
    /// <exception cref="ForbiddenException">Not allowed, another jurisdiction's self-assessor, or the external round unpublished.</exception>
    /// <exception cref="ArgumentException">No such jurisdiction, or the two rounds given are not a pair.</exception>
    public async Task<SelfVsExternalView> ViewAsync(string code, long? selfRoundId = null, long? externalRoundId = null, int? year = null)
    {
        var account = await Require(code);
        var jurisdiction = new JurisdictionStore(db).Find(code) ?? throw new ArgumentException(string.Format(CompareTexts.NoSuchJurisdiction.Localized(), code));
        var pairs = Pairs(account, code).Where(p => year is null || (p.Year == year && p.SelfYear == year)).ToList();
        var isSelfAssessor = !account.Allows(Permission.ViewResults);
        if (isSelfAssessor && pairs.Count == 0) throw new ForbiddenException(CompareTexts.ExternalNotPublished.Localized());
        var pair = selfRoundId is null || externalRoundId is null ? pairs.FirstOrDefault()
            : pairs.FirstOrDefault(p => p.Self.Id == selfRoundId && p.External.Id == externalRoundId)
              ?? throw (isSelfAssessor ? new ForbiddenException(CompareTexts.ExternalNotPublished.Localized()) : new ArgumentException(CompareTexts.NoSuchPair.Localized()));
        if (pair is null) return new SelfVsExternalView(jurisdiction, pairs, null, null, null, [], [], []);

        var self = RoundScores.Explain(db, pair.Self.Id, code)!;
        var external = RoundScores.Explain(db, pair.External.Id, code)!;
        // Layer titles from the external instrument; the pair exists only if both instruments have the same layer ids.
        var layers = external.Instrument.Layers
            .Select(l => new LayerGap(l.Id, l.Title, self.Result.Layers.GetValueOrDefault(l.Id), external.Result.Layers.GetValueOrDefault(l.Id)))
            .ToList();
        if (!pair.SameInstrument)
        {
            // Different instruments: compare the pairs the self-assessment declares (matches), and compute the
            // layer gaps over those pairs only (Scorer.CompareMatched); without matches, whole-layer scores as before.
            var matched = Scorer.CompareMatched(self, external);
            if (matched.Pairs.Count == 0) return new SelfVsExternalView(jurisdiction, pairs, pair, self, external, layers, [], []);
            var matchedLayers = matched.Layers.Zip(external.Instrument.Layers, (m, l) => new LayerGap(l.Id, l.Title, m.Self, m.External)).ToList();
            return new SelfVsExternalView(jurisdiction, pairs, pair, self, external, matchedLayers, [], [], MatchedView(code, pair, external, matched));
        }

        var gaps = ItemGaps(code, pair, self, external);
        return new SelfVsExternalView(jurisdiction, pairs, pair, self, external, layers,
            gaps.Where(g => g.Gap > 0).OrderByDescending(g => g.Gap).Take(ItemsPerList).ToList(),
            gaps.Where(g => g.Gap < 0).OrderBy(g => g.Gap).Take(ItemsPerList).ToList());
    }

    /// <summary>Whether the person may open the page for this jurisdiction and it has something to show (the profile's link).</summary>
    public async Task<bool> HasPairAsync(string code)
    {
        var account = await currentUser.GetAsync();
        return account is not null && MayOpen(account, code) && Pairs(account, code).Count > 0;
    }

    private List<StatementGap> ItemGaps(string code, SelfExternalPair pair, Explanation self, Explanation external)
    {
        var selfEvidence = ComparisonQueries.Evidence(db, pair.Self.Id, [code]);
        var externalEvidence = ComparisonQueries.Evidence(db, pair.External.Id, [code]);
        var externalTraces = external.Items.ToDictionary(t => t.ItemId, StringComparer.Ordinal);
        var indicators = external.Instrument.Layers.SelectMany(l => l.Indicators).ToDictionary(i => i.Id, StringComparer.Ordinal);
        // Versions of one instrument may differ: only items present, scored and not NA on both sides are compared.
        return self.Items
            .Where(t => t.Score is not null && externalTraces.GetValueOrDefault(t.ItemId)?.Score is not null)
            .Where(t => external.Instrument.FindItem(t.ItemId) is not null && indicators.ContainsKey(externalTraces[t.ItemId].IndicatorId))
            .Select(t => new StatementGap(external.Instrument.FindItem(t.ItemId)!, indicators[externalTraces[t.ItemId].IndicatorId],
                ItemSide.From(t, selfEvidence), ItemSide.From(externalTraces[t.ItemId], externalEvidence)))
            .ToList();
    }

    private MatchedItems MatchedView(string code, SelfExternalPair pair, Explanation external, MatchedComparison matched)
    {
        var selfEvidence = ComparisonQueries.Evidence(db, pair.Self.Id, [code]);
        var externalEvidence = ComparisonQueries.Evidence(db, pair.External.Id, [code]);
        var indicators = external.Instrument.Layers.SelectMany(l => l.Indicators).ToDictionary(i => i.Id, StringComparer.Ordinal);
        return new MatchedItems(
            [.. matched.Pairs.Select(p => new MatchedRow(p.SelfItem, p.ExternalItem, p.Equivalence, indicators[p.External.IndicatorId],
                ItemSide.From(p.Self, selfEvidence), ItemSide.From(p.External, externalEvidence)))],
            matched.Pairs.Count(p => p.Gap is not null),
            matched.UnmatchedSelf,
            matched.UnmatchedExternal);
    }

    private async Task<Account> Require(string code)
    {
        var account = await currentUser.GetAsync() ?? throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
        if (MayOpen(account, code)) return account;
        throw new ForbiddenException(account.Role == Roles.SelfAssessor ? CompareTexts.OwnJurisdictionOnly.Localized() : SecurityTexts.NotAllowed.Localized());
    }

    private static bool MayOpen(Account account, string code) =>
        account.Allows(Permission.ViewResults) || (account.Role == Roles.SelfAssessor && account.JurisdictionCode == code);

    /// <summary>
    /// Every (self-assessment, external evaluation) pair of rounds rating the jurisdiction in the same period whose
    /// layers match: same instrument first, then the newest external round.
    /// </summary>
    private List<SelfExternalPair> Pairs(Account account, string code)
    {
        var windows = ComparisonQueries.RoundsRating(db, code).ToDictionary(w => w.RoundId);
        var rounds = DashboardQueries.Rounds(db).Where(r => windows.ContainsKey(r.Id)).ToList();
        var viewer = account.Allows(Permission.ViewResults);
        bool Visible(DashboardRound r) => account.Role != Roles.Researcher || r.IsPublished;
        // A self-assessor sees each side when the mode's rule lets the rated jurisdiction see it, as on the dashboards: their
        // own self-assessment once it is open, the external side only once it is published.
        bool Shown(DashboardRound r) => viewer ? Visible(r) : r.Mode.VisibleToRatedJurisdiction(r.Status);
        var selfRounds = rounds.Where(r => r.Mode == RoundMode.SelfAssessment && Shown(r)).ToList();
        var externalRounds = rounds.Where(r => r.Mode == RoundMode.ExternalEvaluation && Shown(r)).ToList();
        var layers = new Dictionary<long, string>();
        string LayerIds(DashboardRound r) => layers.TryGetValue(r.Id, out var ids) ? ids
            : layers[r.Id] = string.Join(',', new Data.Instruments.SnapshotStore(db).ForRound(r.Id).Layers.Select(l => l.Id).Order(StringComparer.Ordinal));
        return externalRounds
            .SelectMany(e => selfRounds.Where(s => SamePeriod(windows[s.Id], windows[e.Id]))
                .Where(s => s.InstrumentId == e.InstrumentId || LayerIds(s) == LayerIds(e))
                .Select(s => new SelfExternalPair(s, e, s.InstrumentId == e.InstrumentId, Year(windows[e.Id]), Year(windows[s.Id]))))
            .OrderByDescending(p => p.SameInstrument).ThenByDescending(p => p.External.CreatedAt).ThenByDescending(p => p.External.Id).ThenByDescending(p => p.Self.Id)
            .ToList();
    }

    /// <summary>The same period: the rounds' open windows overlap, or they close (else were created) in the same calendar year.</summary>
    public static bool SamePeriod(RoundDates a, RoundDates b)
    {
        if (a.OpensAt is { } ao && a.ClosesAt is { } ac && b.OpensAt is { } bo && b.ClosesAt is { } bc
            && string.CompareOrdinal(ao, bc) <= 0 && string.CompareOrdinal(bo, ac) <= 0) return true;
        return Year(a) == Year(b);
    }

    public static int Year(RoundDates w) =>
        DateTimeOffset.Parse(w.ClosesAt ?? w.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).Year;
}
