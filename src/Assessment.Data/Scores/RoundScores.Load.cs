using System.Data.Common;
using System.Text;
using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
using Assessment.Core.Scoring;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Data.Scores;

// How a round's answers become scores. This is the national-round hot path (README, "The store": 700,000 answers
// read and scored within twice the time of the bare SELECT of the same rows), hence the plain arrays.
public static partial class RoundScores
{
    /// <summary>
    /// The answers of the responses <paramref name="filter"/> picks, in the responses' order (round, jurisdiction,
    /// rater): the order of their unique key, which its index gives without a sort (a test holds the plan to that).
    /// </summary>
    internal static string AnswersSql(string filter) => $"""
        SELECT a.response_id, a.item_id, a.value
        FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE {filter} AND a.value IS NOT NULL
        ORDER BY r.round_id, r.jurisdiction_code, r.rater_id
        """;

    /// <summary>
    /// Reads the responses <paramref name="filter"/> picks with their reconciled answers and answers, and hands each
    /// (round, jurisdiction) group to <paramref name="complete"/> once all its answers are in, in (round, jurisdiction)
    /// order. Responses and answers come in the same order, so a group is complete as soon as the answers move past
    /// it and only one group's answers are held at a time: holding a whole round's (a quarter of a million small
    /// arrays, all alive until the end) cost more in garbage collection than the rest of the scoring (measured).
    /// </summary>
    private static void Load(DbConnection c, IReadOnlyDictionary<long, Instrument> instruments, string filter,
        Dictionary<string, object?> args, Action<Group> complete)
    {
        // One read transaction, so that the three reads see the same moment: a response opened between them would
        // otherwise have answers and no place among the responses.
        using var tx = SqlDialect.Of(c).BeginSnapshotRead(c);
        var parameters = new DynamicParameters(args);
        var responses = c.Query<ResponseRow>($"""
            SELECT r.id AS Id, r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, u.user_name AS Rater, r.status AS Status
            FROM responses r JOIN accounts u ON u.id = r.rater_id
            WHERE {filter} ORDER BY r.round_id, r.jurisdiction_code, r.rater_id
            """, parameters, tx).AsList();
        var reconciled = c.Query<ReconciledRow>($"""
            SELECT r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, r.item_id AS ItemId, r.value AS Value
            FROM reconciled_answers r WHERE {filter}
            """, parameters, tx).ToLookup(r => (r.RoundId, r.Jurisdiction));
        var tables = instruments.ToDictionary(round => round.Key, round => new ItemTable(round.Value));
        var groups = new GroupCursor(responses, tables, reconciled, complete);

        // SQLite's statement API rather than Dapper's row mapping (measured three times as slow here); item ids and
        // answer texts are looked up from their UTF-8 bytes without a string each, and each distinct text parsed once.
        using (var answers = StreamedRows.Open(c, tx, AnswersSql(filter), args))
            while (answers.Read())
            {
                var (g, rater) = groups.Find(answers.Int64(0));
                var position = g.Items.Position(answers.Utf8(1));
                if (position >= 0) g.Set(position, rater, g.Items.Parse(position, answers.Utf8(2)));
            }
        groups.Finish();
    }

    /// <summary>Walks the responses in their order, one (round, jurisdiction) group at a time.</summary>
    private sealed class GroupCursor(
        List<ResponseRow> responses, Dictionary<long, ItemTable> tables, ILookup<(long, string), ReconciledRow> reconciled, Action<Group> complete)
    {
        private int next; // the first response not yet in a group
        private Group? current;
        private (long Id, int Rater) last = (-1, -1);

        /// <summary>The group and rater position of a response; completes every group the answers have moved past.</summary>
        public (Group Group, int Rater) Find(long responseId)
        {
            if (responseId == last.Id) return (current!, last.Rater);
            while (true)
            {
                var rater = current?.RaterOf(responseId) ?? -1;
                if (rater >= 0)
                {
                    last = (responseId, rater);
                    return (current!, rater);
                }
                if (!Next()) throw new InvalidOperationException($"The answers of response {responseId} came out of the responses' order.");
            }
        }

        /// <summary>Completes the group in hand and every later one (responses nobody has answered in yet).</summary>
        public void Finish()
        {
            while (Next()) { }
        }

        // Completes the group in hand and starts the next; false when there is none.
        private bool Next()
        {
            if (current is not null) complete(current);
            (current, last) = (null, (-1, -1));
            if (next == responses.Count) return false;
            var (first, end) = (responses[next], next + 1);
            while (end < responses.Count && responses[end].RoundId == first.RoundId && responses[end].Jurisdiction == first.Jurisdiction) end++;
            current = new Group(first.RoundId, first.Jurisdiction, tables[first.RoundId], responses.GetRange(next, end - next));
            foreach (var r in reconciled[(first.RoundId, first.Jurisdiction)]) current.Reconcile(r.ItemId, r.Value);
            next = end;
            return true;
        }
    }

    // The same grouping as Core's AnswerSetBuilder (one ByRater slot per response, reconciled answers beside them),
    // on one array per group, item by item and rater by rater; it also counts each response's answered items for
    // completeness in the same pass.
    private sealed class Group(long roundId, string jurisdiction, ItemTable items, List<ResponseRow> responses)
    {
        private readonly Answer?[] answers = new Answer?[items.Count * responses.Count];
        private readonly bool[] given = new bool[items.Count];
        private readonly int[] answered = new int[responses.Count]; // answered (or NA) scored items per response
        private Dictionary<string, Answer?>? reconciled;

        public long RoundId => roundId;
        public ItemTable Items => items;
        private Instrument Instrument => items.Instrument;

        /// <summary>The response's position among the group's raters; -1 when it is not one of them.</summary>
        public int RaterOf(long responseId)
        {
            for (var i = 0; i < responses.Count; i++)
                if (responses[i].Id == responseId) return i;
            return -1;
        }

        public void Set(int position, int rater, Answer? answer)
        {
            answers[position * responses.Count + rater] = answer;
            given[position] = true;
            if (items.IsScored[position]) answered[rater]++;
        }

        public void Reconcile(string itemId, string value)
        {
            var position = items.Position(itemId);
            if (position >= 0) (reconciled ??= new(StringComparer.Ordinal))[itemId] = items.Parse(position, value);
        }

        public Dictionary<string, ItemAnswers> Answers()
        {
            var result = new Dictionary<string, ItemAnswers>(given.Length + (reconciled?.Count ?? 0), StringComparer.Ordinal);
            for (var p = 0; p < given.Length; p++)
                if (given[p])
                    result[Instrument.Items[p].Id] = new ItemAnswers(
                        new ArraySegment<Answer?>(answers, p * responses.Count, responses.Count), reconciled?.GetValueOrDefault(Instrument.Items[p].Id));
            foreach (var (itemId, answer) in reconciled ?? [])
                if (!result.ContainsKey(itemId)) result[itemId] = new ItemAnswers(new Answer?[responses.Count], answer);
            return result;
        }

        /// <summary>The group as the scorer's input, raters named (for analyses that compare the raters).</summary>
        public JurisdictionAnswers Unscored() => new(jurisdiction, responses.Select(r => r.Rater).ToList(), Answers());

        public JurisdictionScore Result()
        {
            var completeness = responses.Select((r, i) =>
                new ResponseCompleteness(r.Id, r.Rater, StoredNames.ParseResponseStatus(r.Status), new Completeness(answered[i], items.ScoredCount))).ToList();
            return new JurisdictionScore(jurisdiction, Scorer.Score(Instrument, Answers()), completeness);
        }
    }

    /// <summary>An instrument's items by position, with the answer texts already parsed for each.</summary>
    private sealed class ItemTable
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> positions;
        private readonly Dictionary<string, Answer?>.AlternateLookup<ReadOnlySpan<char>>[] parsed;

        public ItemTable(Instrument instrument)
        {
            Instrument = instrument;
            IsScored = instrument.Items.Select(i => i.IsScored).ToArray();
            ScoredCount = IsScored.Count(s => s);
            positions = instrument.Items.Select((item, i) => (item.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
            parsed = instrument.Items.Select(_ => new Dictionary<string, Answer?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>()).ToArray();
        }

        public Instrument Instrument { get; }
        public int Count => IsScored.Length;
        public bool[] IsScored { get; }
        public int ScoredCount { get; }

        /// <summary>The item's position in Instrument.Items; -1 for an item the snapshot does not have.</summary>
        public int Position(ReadOnlySpan<char> itemId) => positions.TryGetValue(itemId, out var position) ? position : -1;

        public int Position(ReadOnlySpan<byte> utf8ItemId)
        {
            Span<char> chars = stackalloc char[Math.Min(utf8ItemId.Length, 256)];
            return Encoding.UTF8.TryGetChars(utf8ItemId, chars, out var length) ? Position(chars[..length]) : Position(Encoding.UTF8.GetString(utf8ItemId));
        }

        // Values were validated against this same snapshot when they were saved, so a failure here means the file was
        // edited outside the program: say so rather than score it as unanswered. Answers are immutable, so one parsed
        // answer serves every response that gave the same text (numbers and free text are too varied to keep).
        public Answer? Parse(int position, ReadOnlySpan<char> value)
        {
            var cache = parsed[position];
            if (cache.TryGetValue(value, out var answer)) return answer;
            var item = Instrument.Items[position];
            var text = value.ToString();
            var result = AnswerText.Parse(item, text);
            if (!result.Ok) throw new InvalidDataException($"Stored answer does not fit its item: {result.Error}");
            if (item.Type is not (ItemType.Numeric or ItemType.Text)) cache[text] = result.Answer;
            return result.Answer;
        }

        public Answer? Parse(int position, ReadOnlySpan<byte> utf8Value)
        {
            if (utf8Value.Length > 256) return Parse(position, Encoding.UTF8.GetString(utf8Value));
            Span<char> chars = stackalloc char[utf8Value.Length];
            return Parse(position, chars[..Encoding.UTF8.GetChars(utf8Value, chars)]);
        }
    }

    private sealed record ResponseRow(long Id, long RoundId, string Jurisdiction, string Rater, string Status);
    private sealed record ReconciledRow(long RoundId, string Jurisdiction, string ItemId, string Value);
}
