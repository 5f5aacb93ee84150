using System.Data.Common;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Scores;

/// <summary>How far one rater's response is (Core's Completeness: answered or NA scored items over scored items).</summary>
public sealed record ResponseCompleteness(long ResponseId, string Rater, ResponseStatus Status, Completeness Completeness);

public sealed record JurisdictionScore(string JurisdictionCode, ScoreResult Result, IReadOnlyList<ResponseCompleteness> Responses);

public sealed record RoundHistoryEntry(long RoundId, string RoundName, string InstrumentVersion, RoundStatus Status, JurisdictionScore Score);

/// <summary>
/// Scores read from the store, always through Scorer.Score. A round's data is read in four set-based queries
/// (round, responses, reconciled answers, answers), never a query per jurisdiction or per answer; how the answers
/// become scores is in RoundScores.Load.cs.
/// </summary>
public static partial class RoundScores
{
    public static IReadOnlyList<JurisdictionScore> ForRound(AssessmentDb db, long roundId) => ForRound(db, roundId, (score, _) => score);

    /// <summary>
    /// A round's scores with whatever else <paramref name="each"/> takes from the same group of answers (the review's
    /// disagreements), so that a page needing more than the score reads the round once; jurisdictions in code order.
    /// </summary>
    /// <exception cref="ArgumentException">No round has this id.</exception>
    public static IReadOnlyList<T> ForRound<T>(AssessmentDb db, long roundId, Func<JurisdictionScore, JurisdictionGroup, T> each)
    {
        var rows = new List<T>();
        LoadRound(db, roundId, null, g => rows.Add(each(Result(g), g)));
        return rows;
    }

    /// <summary>A jurisdiction's scores in every round of the same instrument (any version), oldest round first.</summary>
    public static IReadOnlyList<RoundHistoryEntry> History(AssessmentDb db, string jurisdictionCode, string instrumentId)
    {
        using var c = db.OpenRead();
        var rounds = c.Query<RoundRow>(RoundSql + """
             WHERE s.instrument_id = @instrumentId
               AND EXISTS (SELECT 1 FROM responses x WHERE x.round_id = r.id AND x.jurisdiction_code = @jurisdictionCode)
             ORDER BY r.created_at, r.id
            """, new { instrumentId, jurisdictionCode }).ToList();
        var instruments = rounds.ToDictionary(r => r.Id, r => db.Snapshots.Get(r.Sha256, r.Yaml));
        var scores = Score(c, instruments, OfJurisdictionInInstrument, Args(("@jurisdictionCode", jurisdictionCode), ("@instrumentId", instrumentId)));
        return rounds.Select(r => new RoundHistoryEntry(r.Id, r.Name, r.Version, StoredNames.ParseRoundStatus(r.Status), scores[r.Id].Single())).ToList();
    }

    /// <summary>
    /// One jurisdiction's score in a round with every item traced (Scorer.Explain), from the same answers and
    /// reconciled answers <see cref="ForRound(AssessmentDb, long)"/> scores; null when nobody rates it in that round.
    /// </summary>
    public static Explanation? Explain(AssessmentDb db, long roundId, string jurisdictionCode) => Group(db, roundId, jurisdictionCode)?.Explain();

    /// <summary>
    /// One jurisdiction's responses in a round with all their answers, grouped as the round's scores group them (the
    /// review page's raters side by side); null when nobody rates it in that round.
    /// </summary>
    /// <exception cref="ArgumentException">No round has this id.</exception>
    public static JurisdictionGroup? Group(AssessmentDb db, long roundId, string jurisdictionCode)
    {
        JurisdictionGroup? group = null;
        LoadRound(db, roundId, jurisdictionCode, g => group = g);
        return group;
    }

    // Filters on responses (or reconciled answers) r, for Load; plain parameters, so that Dapper and the raw answer
    // read both take them.
    internal const string InRound = "r.round_id = @roundId";
    internal const string OfJurisdictionInInstrument = """
        r.jurisdiction_code = @jurisdictionCode AND r.round_id IN (
            SELECT x.id FROM rounds x JOIN instrument_snapshots s ON s.id = x.snapshot_id WHERE s.instrument_id = @instrumentId)
        """;

    private const string RoundSql = """
        SELECT r.id AS Id, r.name AS Name, r.status AS Status, s.instrument_version AS Version, s.sha256 AS Sha256, s.yaml AS Yaml
        FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id
        """;

    // One round's groups (or one jurisdiction's) through Load, with the round's instrument; returns the instrument.
    private static Instrument LoadRound(AssessmentDb db, long roundId, string? jurisdictionCode, Action<JurisdictionGroup> complete)
    {
        using var c = db.OpenRead();
        var round = c.QuerySingleOrDefault<RoundRow>(RoundSql + " WHERE r.id = @roundId", new { roundId })
            ?? throw new ArgumentException($"No round has id {roundId}.");
        var instrument = db.Snapshots.Get(round.Sha256, round.Yaml);
        var rounds = new Dictionary<long, Instrument> { [roundId] = instrument };
        // Only the parameters the filter names: the SQLite statement API refuses a name its statement lacks.
        if (jurisdictionCode is null) Load(c, rounds, InRound, Args(("@roundId", roundId)), complete);
        else Load(c, rounds, InRound + " AND r.jurisdiction_code = @jurisdictionCode", Args(("@roundId", roundId), ("@jurisdictionCode", jurisdictionCode)), complete);
        return instrument;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(a => a.Name, a => a.Value);

    private static Dictionary<long, List<JurisdictionScore>> Score(
        DbConnection c, IReadOnlyDictionary<long, Instrument> instruments, string filter, Dictionary<string, object?> args)
    {
        var scores = new Dictionary<long, List<JurisdictionScore>>();
        Load(c, instruments, filter, args, g =>
        {
            if (!scores.TryGetValue(g.RoundId, out var round)) scores[g.RoundId] = round = [];
            round.Add(Result(g));
        });
        return scores;
    }

    private sealed record RoundRow(long Id, string Name, string Status, string Version, string Sha256, string Yaml);
}
