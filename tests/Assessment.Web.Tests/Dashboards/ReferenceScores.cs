using Assessment.Core.Answers;
using Assessment.Core.Instruments;
using Assessment.Core.Scoring;
using Assessment.Core.Tests.Scoring;
using Assessment.Data.Database;
using Dapper;

namespace Assessment.Web.Tests.Dashboards;

/// <summary>
/// Expected scores of a round too big to work by hand (a demo external round: eleven jurisdictions, two raters, 71
/// items, each answer a seed passage's or the neutral one): the stored answers read with plain SQL and scored by the reference scorer of
/// tests/Assessment.Core.Tests (written from SCORING.md alone and linked into this project), never by Scorer,
/// RoundScores or the dashboard services under test.
/// </summary>
public static class ReferenceScores
{
    public static Dictionary<string, ReferenceResult> ForRound(AssessmentDb db, long roundId, Instrument instrument)
    {
        using var c = db.OpenRead();
        var rows = c.Query<(string Code, long Rater, string ItemId, string? Value)>(
            """
            SELECT r.jurisdiction_code, r.rater_id, a.item_id, a.value
            FROM responses r JOIN answers a ON a.response_id = r.id
            WHERE r.round_id = @roundId
            """, new { roundId }).ToList();
        var raters = c.Query<(string Code, long Rater)>("SELECT jurisdiction_code, rater_id FROM responses WHERE round_id = @roundId", new { roundId })
            .GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(r => r.Rater).Order().ToList());
        var reconciled = c.Query<(string Code, string ItemId, string Value)>(
            "SELECT jurisdiction_code, item_id, value FROM reconciled_answers WHERE round_id = @roundId", new { roundId }).ToList();

        Answer? Parse(string itemId, string? value) =>
            instrument.Items.FirstOrDefault(i => i.Id == itemId) is { } item ? AnswerText.Parse(item, value).Answer : null;

        var result = new Dictionary<string, ReferenceResult>();
        foreach (var (code, ids) in raters)
        {
            var answers = instrument.Items.Where(i => i.IsScored).ToDictionary(i => i.Id, i =>
            {
                var byRater = ids.Select(id => Parse(i.Id, rows.FirstOrDefault(r => r.Code == code && r.Rater == id && r.ItemId == i.Id).Value)).ToList();
                var set = reconciled.FirstOrDefault(r => r.Code == code && r.ItemId == i.Id).Value;
                return new ItemAnswers(byRater, set is null ? null : Parse(i.Id, set));
            });
            result[code] = ReferenceScorer.Score(instrument, answers);
        }
        return result;
    }
}
