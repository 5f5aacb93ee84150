using System.Data.Common;
using Assessment.Core.Instruments;
using Assessment.Core.Rounds;
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
    /// Reads the responses <paramref name="filter"/> picks with their reconciled answers and answers into Core's
    /// RoundAnswerStream, which hands each (round, jurisdiction) group to <paramref name="complete"/> once all its
    /// answers are in, in (round, jurisdiction) order. Responses and answers come in the same order, so only one
    /// group's answers are held at a time.
    /// </summary>
    private static void Load(DbConnection c, IReadOnlyDictionary<long, Instrument> instruments, string filter,
        Dictionary<string, object?> args, Action<JurisdictionGroup> complete)
    {
        // One read transaction, so that the three reads see the same moment: a response opened between them would
        // otherwise have answers and no place among the responses.
        using var tx = SqlDialect.Of(c).BeginSnapshotRead(c);
        var parameters = new DynamicParameters(args);
        var responses = c.Query<ResponseRow>($"""
            SELECT r.id AS Id, r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, u.user_name AS Rater, r.status AS Status
            FROM responses r JOIN accounts u ON u.id = r.rater_id
            WHERE {filter} ORDER BY r.round_id, r.jurisdiction_code, r.rater_id
            """, parameters, tx).Select(r => r.ToResponse()).ToList();
        var reconciled = c.Query<ReconciledText>($"""
            SELECT r.round_id AS RoundId, r.jurisdiction_code AS Jurisdiction, r.item_id AS ItemId, r.value AS Value
            FROM reconciled_answers r WHERE {filter}
            """, parameters, tx);
        var stream = new RoundAnswerStream(instruments, responses, reconciled, complete);

        // SQLite's statement API rather than Dapper's row mapping (measured three times as slow here): item ids and
        // answer texts go to the stream as UTF-8 bytes, without a string each. PostgreSQL: one streamed data reader.
        using (var answers = StreamedRows.Open(c, tx, AnswersSql(filter), args))
            while (answers.Read())
                stream.Add(answers.Int64(0), answers.Utf8(1), answers.Utf8(2));
        stream.Finish();
    }

    /// <summary>A group's scores with each response's completeness, as the pages and exports take them.</summary>
    private static JurisdictionScore Result(JurisdictionGroup g) => new(g.Jurisdiction, g.Score(),
        g.Responses.Select((r, i) => new ResponseCompleteness(r.Id, r.Rater, r.Status, g.CompletenessOf(i))).ToList());

    private sealed record ResponseRow(long Id, long RoundId, string Jurisdiction, string Rater, string Status)
    {
        public RoundResponse ToResponse() => new(Id, RoundId, Jurisdiction, Rater, StoredNames.ParseResponseStatus(Status));
    }
}
