using Assessment.Core.Instruments;
using Assessment.Core.Recommendations;
using Assessment.Core.Scoring;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Localization;

namespace Assessment.Web.Services;

/// <summary>One jurisdiction's scores in a round, with its place in the hierarchy. No rater is named.</summary>
/// <param name="Anonymous">A peer shown to a self-assessor before publication: a stand-in name, no code, no profile link.</param>
public sealed record DashboardRow(int Rank, Jurisdiction Jurisdiction, Jurisdiction? Province, ScoreResult Result, bool Anonymous = false)
{
    public string Name => UiCulture.Current.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Jurisdiction.NameZh : Jurisdiction.NameEn;
}

/// <summary>A round's scores, ranked by composite (NA last, then by code), computed once per circuit.</summary>
public sealed record RoundDashboard(DashboardRound Round, Instrument Instrument, IReadOnlyList<DashboardRow> Rows)
{
    public DashboardRow? Find(string code) => Rows.FirstOrDefault(r => r.Jurisdiction.Code == code);

    public IEnumerable<Indicator> Indicators => Instrument.Layers.SelectMany(l => l.Indicators);
}

/// <summary>The median layer scores of a group of peers, and how many jurisdictions it has.</summary>
public sealed record PeerMedians(LocalizedText Group, int Count, IReadOnlyDictionary<string, double?> Layers);

public sealed record JurisdictionProfile(
    RoundDashboard Dashboard, DashboardRow Row, Explanation Explanation, IReadOnlyList<PeerMedians> Peers, ProfileRecommendations Recommendations);

/// <summary>A jurisdiction's result in one round of the same instrument.</summary>
public sealed record TrendPoint(DashboardRound Round, ScoreResult Result);
