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
        var tables = instruments.ToDictionary(round => round.Key, round => new ItemTable(round.Value));
        foreach (var r in responses)
        {
            if (groups.Count == 0 || groups[^1].RoundId != r.RoundId || groups[^1].Jurisdiction != r.Jurisdiction)
                groups.Add(new Group(r.RoundId, r.Jurisdiction, tables[r.RoundId]));
            var g = groups[^1];
            slots[r.Id] = (g, g.Responses.Count);
            g.Responses.Add(r);
        }
        foreach (var g in groups) g.Answered = new int[g.Responses.Count];

        // The hot read of a national round (700,000 answers): a plain data reader rather than Dapper's row mapping
        // (measured twice as slow here), items found by position, and each distinct text of an item parsed once.
        using (var answers = c.ExecuteReader($"""
            SELECT a.response_id, a.item_id, a.value
            FROM answers a JOIN responses r ON r.id = a.response_id
            WHERE {filter} AND a.value IS NOT NULL
            """, args))
            while (answers.Read())
            {
                var (g, index) = slots[answers.GetInt64(0)];
                var position = g.Items.Position(answers.GetString(1));
                if (position < 0) continue;
                g.RaterAnswers(position)[index] = g.Items.Parse(position, answers.GetString(2));
                if (g.Items.Instrument.Items[position].IsScored) g.Answered[index]++;
            }

        var byKey = groups.ToDictionary(g => (g.RoundId, g.Jurisdiction));
        foreach (var rec in c.Query<ReconciledRow>($"""
            SELECT r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, r.item_id AS ItemId, r.value AS Value
            FROM reconciled_answers r WHERE {filter}
            """, args))
        {
            if (!byKey.TryGetValue((rec.RoundId, rec.Jurisdiction), out var g)) continue;
            var position = g.Items.Position(rec.ItemId);
            if (position < 0) continue;
            g.Reconciled[rec.ItemId] = g.Items.Parse(position, rec.Value);
        }

        return groups;
    }

    /// <summary>An instrument's items by position, with the answer texts already parsed for each.</summary>
    private sealed class ItemTable(Instrument instrument)
    {
        private readonly Dictionary<string, int> positions =
            instrument.Items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        private readonly Dictionary<string, Answer?>[] parsed =
            instrument.Items.Select(_ => new Dictionary<string, Answer?>(StringComparer.Ordinal)).ToArray();

        public Instrument Instrument { get; } = instrument;

        /// <summary>The item's position in Instrument.Items; -1 for an item the snapshot does not have.</summary>
        public int Position(string itemId) => positions.GetValueOrDefault(itemId, -1);

        // Values were validated against this same snapshot when they were saved, so a failure here means the file was
        // edited outside the program: say so rather than score it as unanswered. Answers are immutable, so one parsed
        // answer serves every response that gave the same text (numbers and free text are too varied to keep).
        public Answer? Parse(int position, string value)
        {
            var cache = parsed[position];
            if (cache.TryGetValue(value, out var answer)) return answer;
            var item = Instrument.Items[position];
            var result = AnswerText.Parse(item, value);
            if (!result.Ok) throw new InvalidDataException($"Stored answer does not fit its item: {result.Error}");
            if (item.Type is not (ItemType.Numeric or ItemType.Text)) cache[value] = result.Answer;
            return result.Answer;
        }
    }

    // The same grouping as Core's AnswerSetBuilder (one ByRater slot per response, reconciled answers beside them),
    // kept here on plain arrays because this is the national-round hot path (README, "The store") and it also counts
    // each response's answered items for completeness in the same pass.
    private sealed class Group(long roundId, string jurisdiction, ItemTable items)
    {
        public long RoundId { get; } = roundId;
        public string Jurisdiction { get; } = jurisdiction;
        public ItemTable Items { get; } = items;
        public Instrument Instrument => Items.Instrument;
        public List<ResponseRow> Responses { get; } = [];
        /// <summary>Answered (or NA) scored items per response; set once all responses are added.</summary>
        public int[] Answered { get; set; } = [];
        public Dictionary<string, Answer?> Reconciled { get; } = new(StringComparer.Ordinal);
        private readonly Answer?[]?[] byItem = new Answer?[items.Instrument.Items.Count][];

        public Answer?[] RaterAnswers(int position) => byItem[position] ??= new Answer?[Responses.Count];

        public Dictionary<string, ItemAnswers> Answers()
        {
            var items = new Dictionary<string, ItemAnswers>(StringComparer.Ordinal);
            for (var p = 0; p < byItem.Length; p++)
                if (byItem[p] is { } answers)
                    items[Instrument.Items[p].Id] = new ItemAnswers(answers, Reconciled.GetValueOrDefault(Instrument.Items[p].Id));
            foreach (var (itemId, reconciled) in Reconciled)
                if (!items.ContainsKey(itemId)) items[itemId] = new ItemAnswers(new Answer?[Responses.Count], reconciled);
            return items;
        }

        public JurisdictionScore Result()
        {
            var items = Answers();
            var scored = Instrument.Items.Count(i => i.IsScored);
            var completeness = Responses.Select((r, i) => new ResponseCompleteness(r.Id, r.Rater, r.Status, Answered[i], scored)).ToList();
            return new JurisdictionScore(Jurisdiction, Scorer.Score(Instrument, items), completeness);
        }
    }

    private sealed record RoundRow(long Id, string Name, string Status, string Version, string Sha256, string Yaml);
    private sealed record ResponseRow(long Id, long RoundId, string Jurisdiction, string Rater, string Status);
    private sealed record ReconciledRow(long RoundId, string Jurisdiction, string ItemId, string Value);
}
