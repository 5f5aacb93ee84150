using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Data.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assessment.Data.Queries;

/// <summary>How far one rater's response is: answered or NA scored items over scored items.</summary>
public sealed record ResponseCompleteness(long ResponseId, string Rater, string Status, int Answered, int Scored)
{
    public double Completeness => Scored == 0 ? 1 : (double)Answered / Scored;
}

public sealed record JurisdictionScore(string JurisdictionCode, ScoreResult Result, IReadOnlyList<ResponseCompleteness> Responses);

public sealed record RoundHistoryEntry(long RoundId, string RoundName, string InstrumentVersion, string Status, JurisdictionScore Score);

/// <summary>
/// Scores read from the store, always through Scorer.Score. A round's data is read in four set-based queries
/// (round, responses, answers, reconciled answers), never a query per jurisdiction or per answer.
/// </summary>
public static class RoundScores
{
    public static IReadOnlyList<JurisdictionScore> ForRound(AssessmentDb db, long roundId)
    {
        using var c = db.OpenRead();
        var round = c.QuerySingleOrDefault<RoundRow>(RoundSql + " WHERE r.id = @roundId", new { roundId })
            ?? throw new ArgumentException($"No round has id {roundId}.");
        var instrument = db.Snapshots.Get(round.Sha256, round.Yaml);
        var rounds = new Dictionary<long, Instrument> { [roundId] = instrument };
        return Score(c, rounds, "r.round_id = @roundId", new { roundId }).GetValueOrDefault(roundId) ?? [];
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
        var scores = Score(c, instruments, "r.round_id IN @ids AND r.jurisdiction_code = @jurisdictionCode",
            new { ids = rounds.Select(r => r.Id).ToArray(), jurisdictionCode });
        return rounds.Select(r => new RoundHistoryEntry(r.Id, r.Name, r.Version, r.Status, scores[r.Id].Single())).ToList();
    }

    /// <summary>
    /// One jurisdiction's score in a round with every item traced (Scorer.Explain), from the same answers and
    /// reconciled answers <see cref="ForRound"/> scores; null when nobody rates it in that round.
    /// </summary>
    public static Explanation? Explain(AssessmentDb db, long roundId, string jurisdictionCode)
    {
        using var c = db.OpenRead();
        var round = c.QuerySingleOrDefault<RoundRow>(RoundSql + " WHERE r.id = @roundId", new { roundId })
            ?? throw new ArgumentException($"No round has id {roundId}.");
        var instrument = db.Snapshots.Get(round.Sha256, round.Yaml);
        var groups = Load(c, new Dictionary<long, Instrument> { [roundId] = instrument },
            "r.round_id = @roundId AND r.jurisdiction_code = @jurisdictionCode", new { roundId, jurisdictionCode });
        return groups.Count == 0 ? null : Scorer.Explain(instrument, groups[0].Answers());
    }

    private const string RoundSql = """
        SELECT r.id AS Id, r.name AS Name, r.status AS Status, s.instrument_version AS Version, s.sha256 AS Sha256, s.yaml AS Yaml
        FROM rounds r JOIN instrument_snapshots s ON s.id = r.snapshot_id
        """;

    private static Dictionary<long, List<JurisdictionScore>> Score(
        SqliteConnection c, IReadOnlyDictionary<long, Instrument> instruments, string filter, object args) =>
        Load(c, instruments, filter, args).GroupBy(g => g.RoundId).ToDictionary(round => round.Key, round => round.Select(g => g.Result()).ToList());

    private static List<Group> Load(SqliteConnection c, IReadOnlyDictionary<long, Instrument> instruments, string filter, object args)
    {
        // Responses in (round, jurisdiction, rater) order fix each rater's position in ItemAnswers.ByRater.
        var responses = c.Query<ResponseRow>($"""
            SELECT r.id AS Id, r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, u.user_name AS Rater, r.status AS Status
            FROM responses r JOIN accounts u ON u.id = r.rater_id
            WHERE {filter} ORDER BY r.round_id, r.jurisdiction_code, r.rater_id
            """, args).ToList();
        var slots = new Dictionary<long, (Group Group, int Index)>();
        var groups = new List<Group>();
        foreach (var r in responses)
        {
            if (groups.Count == 0 || groups[^1].RoundId != r.RoundId || groups[^1].Jurisdiction != r.Jurisdiction)
                groups.Add(new Group(r.RoundId, r.Jurisdiction, instruments[r.RoundId]));
            var g = groups[^1];
            slots[r.Id] = (g, g.Responses.Count);
            g.Responses.Add(r);
        }

        foreach (var a in c.Query<AnswerRow>($"""
            SELECT a.response_id AS ResponseId, a.item_id AS ItemId, a.value AS Value
            FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE {filter} AND a.value IS NOT NULL
            """, args, buffered: false))
        {
            var (g, index) = slots[a.ResponseId];
            if (g.Instrument.FindItem(a.ItemId) is not { } item) continue;
            g.RaterAnswers(item.Id)[index] = Parse(item, a.Value);
            if (item.IsScored) g.Answered[index]++;
        }

        var byKey = groups.ToDictionary(g => (g.RoundId, g.Jurisdiction));
        foreach (var rec in c.Query<ReconciledRow>($"""
            SELECT r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, r.item_id AS ItemId, r.value AS Value
            FROM reconciled_answers r WHERE {filter}
            """, args))
        {
            if (!byKey.TryGetValue((rec.RoundId, rec.Jurisdiction), out var g) || g.Instrument.FindItem(rec.ItemId) is not { } item) continue;
            g.Reconciled[item.Id] = Parse(item, rec.Value);
        }

        return groups;
    }

    // Values were validated against this same snapshot when they were saved, so a failure here means the file was
    // edited outside the program: say so rather than score it as unanswered.
    private static Answer? Parse(Item item, string value)
    {
        var parsed = AnswerText.Parse(item, value);
        return parsed.Ok ? parsed.Answer : throw new InvalidDataException($"Stored answer does not fit its item: {parsed.Error}");
    }

    // The same grouping as Core's AnswerSetBuilder (one ByRater slot per response, reconciled answers beside them),
    // kept here on plain arrays because this is the national-round hot path (README, "The store") and it also counts
    // each response's answered items for completeness in the same pass.
    private sealed class Group(long roundId, string jurisdiction, Instrument instrument)
    {
        public long RoundId { get; } = roundId;
        public string Jurisdiction { get; } = jurisdiction;
        public Instrument Instrument { get; } = instrument;
        public List<ResponseRow> Responses { get; } = [];
        public List<int> Answered { get; } = [];
        public Dictionary<string, Answer?> Reconciled { get; } = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Answer?[]> byItem = new(StringComparer.Ordinal);

        public Answer?[] RaterAnswers(string itemId)
        {
            while (Answered.Count < Responses.Count) Answered.Add(0);
            if (!byItem.TryGetValue(itemId, out var answers)) byItem[itemId] = answers = new Answer?[Responses.Count];
            return answers;
        }

        public Dictionary<string, ItemAnswers> Answers()
        {
            var items = new Dictionary<string, ItemAnswers>(StringComparer.Ordinal);
            foreach (var (itemId, answers) in byItem)
                items[itemId] = new ItemAnswers(answers, Reconciled.GetValueOrDefault(itemId));
            foreach (var (itemId, reconciled) in Reconciled)
                if (!items.ContainsKey(itemId)) items[itemId] = new ItemAnswers(new Answer?[Responses.Count], reconciled);
            return items;
        }

        public JurisdictionScore Result()
        {
            while (Answered.Count < Responses.Count) Answered.Add(0);
            var items = Answers();
            var scored = Instrument.Items.Count(i => i.IsScored);
            var completeness = Responses.Select((r, i) => new ResponseCompleteness(r.Id, r.Rater, r.Status, Answered[i], scored)).ToList();
            return new JurisdictionScore(Jurisdiction, Scorer.Score(Instrument, items), completeness);
        }
    }

    private sealed record RoundRow(long Id, string Name, string Status, string Version, string Sha256, string Yaml);
    private sealed record ResponseRow(long Id, long RoundId, string Jurisdiction, string Rater, string Status);
    private sealed record AnswerRow(long ResponseId, string ItemId, string Value);
    private sealed record ReconciledRow(long RoundId, string Jurisdiction, string ItemId, string Value);
}
