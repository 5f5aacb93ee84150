using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Web.Reports.Definitions;
using Assessment.Web.Services;

namespace Assessment.Web.Reports;

/// <summary>One rater's answer to one item, the rater named only by pseudonym.</summary>
public sealed record RaterAnswer(string Rater, string? Value, string? EvidenceText, string? EvidenceLink);

/// <summary>The appendix line of one item: its trace (score, status), every rater's answer and the reconciliation if any.</summary>
public sealed record AppendixItem(Item Item, ItemTrace Trace, IReadOnlyList<RaterAnswer> Answers, string? ReconciledValue, string? ReconciledReason);

public sealed record JurisdictionReportModel(
    ReportDefinition Definition, JurisdictionProfile Profile, SelfVsExternalView? Gap, IReadOnlyList<AppendixItem> Appendix, DateOnly Date);

/// <summary>A jurisdiction's change from the previous round of the same instrument.</summary>
public sealed record Movement(DashboardRow Row, ScoreResult Before, double? CompositeChange)
{
    public bool QuadrantChanged => Before.Quadrant != Row.Result.Quadrant;
}

/// <param name="Dashboard">The round as the reader may see it, its rows narrowed to the definition's filter.</param>
/// <param name="PreviousRound">The latest earlier round of the same instrument the reader may see, if any.</param>
/// <param name="MethodQuality">
/// The method quality page's analyses (MethodQualityService), its jurisdictions narrowed to the definition's filter;
/// null when the definition has no method_quality section or the reader may not read results (the page refuses them too).
/// </param>
/// <param name="Moves">Quadrant moves since the earlier round judged against the raters' uncertainty (the quadrant page's arrows).</param>
public sealed record ComparativeReportModel(
    ReportDefinition Definition, RoundDashboard Dashboard, IReadOnlyDictionary<string, (double T, double O)> Previous,
    Data.Rounds.DashboardRound? PreviousRound, IReadOnlyList<Movement> Movements, DateOnly Date, RoundMethodQuality? MethodQuality = null,
    IReadOnlyDictionary<string, JurisdictionMove>? Moves = null);
