using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Data.Database;
using Assessment.Data.Rounds;

namespace Assessment.Web.Services;

/// <summary>A jurisdiction offered when picking a round's jurisdictions, with the province it belongs to.</summary>
public sealed record JurisdictionChoice(string Code, LocalizedText Name, string Level, string ProvinceCode, LocalizedText Province);

/// <summary>What the new-round page collects; the service validates all of it.</summary>
public sealed class RoundForm
{
    public string Name { get; set; } = "";
    public string? InstrumentFile { get; set; }
    public RoundMode Mode { get; set; } = RoundMode.ExternalEvaluation;
    public DateOnly? Opens { get; set; }
    public DateOnly? Closes { get; set; }
    public HashSet<string> Jurisdictions { get; } = new(StringComparer.Ordinal);
    /// <summary>Evaluators of an external round; each is assigned to every selected jurisdiction.</summary>
    public HashSet<long> Raters { get; } = [];
}

/// <summary>Names of the form's fields, for messages shown at the field.</summary>
public static class RoundField
{
    public const string Name = "name";
    public const string Instrument = "instrument";
    public const string Mode = "mode";
    public const string Opens = "opens";
    public const string Closes = "closes";
    public const string Jurisdictions = "jurisdictions";
    public const string Raters = "raters";
}

/// <summary>The created round's id, or a message per field that needs fixing (nothing was stored then).</summary>
public sealed record RoundCreation(long? RoundId, IReadOnlyDictionary<string, string> Problems);

/// <summary>How much of a round's board a reader sees.</summary>
public enum BoardScope
{
    /// <summary>Every response with the rater's name (administrators, lead evaluators).</summary>
    All,
    /// <summary>Only the reader's own responses (evaluators, self-assessors).</summary>
    Own,
    /// <summary>Only submitted or accepted responses, raters numbered instead of named (researchers).</summary>
    Anonymous,
}

/// <summary>One jurisdiction x rater row of the progress board.</summary>
public sealed record BoardRow(
    long ResponseId, string JurisdictionCode, LocalizedText Jurisdiction, string Level, string ProvinceCode, LocalizedText Province,
    string Rater, ResponseStatus Status, Completeness Completeness, bool Overdue)
{
    /// <summary>The status, with a draft nobody has answered in yet shown as not started.</summary>
    public ResponseStage Stage => ResponseStages.Of(Status, Completeness);
}

public sealed record RoundBoard(
    RoundSummary Round, BoardScope Scope, IReadOnlyList<RoundStatus> AllowedTransitions, IReadOnlyList<BoardRow> Rows, int OverdueCount);

/// <summary>
/// A round's window in dates. Rounds run on Beijing time (the jurisdictions are Chinese): it opens at the start of
/// its first day and closes at the end of its last day, UTC+8, whatever the server's time zone.
/// </summary>
public static class RoundWindow
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset End(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), Offset);

    public static DateOnly? Day(string? stamp) =>
        stamp is null ? null : DateOnly.FromDateTime(Clock.Parse(stamp).ToOffset(Offset).DateTime);

    public static string Describe(string? opens, string? closes) =>
        $"{Day(opens)?.ToString("yyyy-MM-dd") ?? "…"} – {Day(closes)?.ToString("yyyy-MM-dd") ?? "…"}";

    /// <summary>Past the closing moment and neither submitted nor accepted.</summary>
    public static bool IsOverdue(string? closes, ResponseStatus responseStatus, DateTimeOffset now) =>
        closes is not null && now > Clock.Parse(closes) && !RoundLifecycle.IsDone(responseStatus);
}
