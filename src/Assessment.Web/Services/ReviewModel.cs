using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Data.Answers;
using Assessment.Data.Rounds;
namespace Assessment.Web.Services;

/// <summary>The review settings: <c>Review:DisagreementGap</c> in configuration (appsettings, --Review:DisagreementGap, Review__DisagreementGap).</summary>
public sealed record ReviewOptions(double DisagreementGap)
{
    public const double DefaultGap = 0.25;

    /// <exception cref="InvalidOperationException">The configured gap is not a number in [0, 1].</exception>
    public static ReviewOptions From(IConfiguration configuration)
    {
        var raw = configuration["Review:DisagreementGap"];
        if (raw is null) return new ReviewOptions(DefaultGap);
        return double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var gap)
               && gap is >= 0 and <= 1
            ? new ReviewOptions(gap)
            : throw new InvalidOperationException(
                $"Configuration Review:DisagreementGap is '{raw}'; it must be a number from 0 to 1 on the item score scale (default {DefaultGap}).");
    }
}

/// <summary>One rater's answer to one item: Answer null = unanswered; Score from Scorer.ItemScore (null for NA).</summary>
public sealed record RaterAnswer(Answer? Answer, double? Score, string? EvidenceText, string? EvidenceLink);

public sealed record ItemReview(Layer Layer, Indicator Indicator, Item Item, IReadOnlyList<RaterAnswer> ByRater, Spread Spread, ReviewReconciled? Reconciled);

/// <summary>Everything the jurisdiction review page shows, read at one moment.</summary>
public sealed record JurisdictionReview(
    ReviewRound Round,
    string JurisdictionCode,
    LocalizedText JurisdictionName,
    Instrument Instrument,
    IReadOnlyList<ReviewResponse> Responses,
    IReadOnlyList<ItemReview> Items,
    Explanation Explanation,
    IReadOnlyList<ResponseComment> Comments,
    DateTimeOffset ReadAt)
{
    /// <summary>Items whose raters disagree by more than the gap, the widest spread first.</summary>
    public IReadOnlyList<ItemReview> Disagreements(double gap) =>
        Items.Where(i => i.Spread.Exceeds(gap)).OrderByDescending(i => i.Spread.NaAgainstAnswer ? 2 : i.Spread.Range).ToList();
}

public sealed record JurisdictionRow(string Code, LocalizedText Name, IReadOnlyList<ReviewResponse> Responses, int Disagreements, ScoreResult Score);

public sealed record RoundReview(ReviewRound Round, IReadOnlyList<JurisdictionRow> Jurisdictions);

/// <summary>The outcome of a review action, with a message in the interface language.</summary>
public sealed record ReviewOutcome(bool Ok, string Message);
