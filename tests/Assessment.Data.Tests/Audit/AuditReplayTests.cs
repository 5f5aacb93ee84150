using System.Text;
using Assessment.Core.Rounds;
using Assessment.Data.Answers;
using Assessment.Data.Audit;
using Assessment.Data.Rounds;
using Assessment.Data.Tests.Stores;
using Dapper;

namespace Assessment.Data.Tests.Audit;

/// <summary>
/// Issue 14, item 4: a long random sequence of saves (valid, invalid, stale), imports, reconciliations and status
/// changes through the stores the services call; then the final answers, reconciliations and statuses are rebuilt
/// from the audit rows alone and must equal the tables exactly.
/// </summary>
public class AuditReplayTests
{
    private static readonly string[] Items = ["q1", "q2", "q3", "q4", "note"];

    [Theory]
    [InlineData(1, Provider.Sqlite)]
    [InlineData(2, Provider.Sqlite)]
    [InlineData(3, Provider.Sqlite)]
    [PostgresInlineData(1)]
    [PostgresInlineData(2)]
    [PostgresInlineData(3)]
    public void The_audit_trail_alone_rebuilds_answers_reconciliations_and_statuses(int seed, Provider provider)
    {
        using var temp = new TempFolder();
        using var db = temp.OpenDb(provider);
        var t = TestData.OpenRound(db);
        var random = new Random(seed);
        var answers = new AnswerStore(db);
        var reconciled = new ReconciledAnswerStore(db);
        var rounds = new RoundStore(db);
        int saved = 0, imported = 0, reconciledCount = 0, statusChanges = 0;

        for (var step = 0; step < 1000; step++)
        {
            var responses = rounds.Responses(t.RoundId);
            switch (random.Next(10))
            {
                case < 6:
                    var response = responses[random.Next(responses.Count)];
                    var item = Items[random.Next(Items.Length)];
                    var current = answers.Find(response.Id, item)?.Version ?? 0;
                    var expected = random.Next(8) == 0 ? Math.Max(0, current - 1) : current;   // sometimes stale
                    var result = answers.Save(new AnswerWrite(response.Id, item, Value(random, item), expected, response.RaterId,
                        Evidence(random), random.Next(3) == 0 ? "https://example.org/" + random.Next(100) : null));
                    if (result is SaveResult.Saved) saved++;
                    break;
                case 6:
                    var csv = new StringBuilder("jurisdiction,rater,item,value,evidence_text,evidence_link\n");
                    foreach (var (code, rater) in new[] { ("33", "rater1"), ("44", "lead"), ("44", "rater2") }.Where(_ => random.Next(2) == 0))
                        csv.Append($"{code},{rater},{Items[random.Next(Items.Length)]},{Value(random, "q1")},\"{Evidence(random)}\",\n");
                    if (AnswerImport.Import(db, t.RoundId, new StringReader(csv.ToString()), "import-test").Ok) imported++;
                    break;
                case 7:
                    var reconciledItem = Items[random.Next(4)];
                    var value = random.Next(4) == 0 ? "" : Value(random, reconciledItem);
                    if (reconciled.Set(t.RoundId, random.Next(2) == 0 ? "33" : "44", reconciledItem, value, "理由 " + step, t.Lead.Id) is SaveResult.Saved)
                        reconciledCount++;
                    break;
                default:
                    var r = responses[random.Next(responses.Count)];
                    var next = r.Status switch
                    {
                        ResponseStatus.Draft or ResponseStatus.Returned => ResponseStatus.Submitted,
                        ResponseStatus.Submitted => random.Next(2) == 0 ? ResponseStatus.Returned : ResponseStatus.Accepted,
                        _ => ResponseStatus.Returned,
                    };
                    rounds.SetResponseStatus(r.Id, next, "lead", "step " + step);
                    statusChanges++;
                    break;
            }
        }
        rounds.SetStatus(t.RoundId, RoundStatus.Closed, "admin");

        // The sequence did what it claims: many of each kind.
        Assert.True(saved > 120 && imported > 10 && reconciledCount > 30 && statusChanges > 80, $"{saved} {imported} {reconciledCount} {statusChanges}");
        var rebuilt = Rebuild(AllAuditRows(db));
        using var c = db.OpenRead();
        Assert.Equal(
            c.Query<(long, string, string?, long, string?, string?)>("SELECT response_id, item_id, value, is_na, evidence_text, evidence_link FROM answers")
                .ToDictionary(a => (a.Item1, a.Item2), a => new AnswerAuditValue(a.Item3, a.Item4 == 1, a.Item5, a.Item6)),
            rebuilt.Answers);
        Assert.Equal(
            c.Query<(long, string, string, string, string)>("SELECT round_id, jurisdiction_code, item_id, value, reason FROM reconciled_answers")
                .ToDictionary(a => $"round:{a.Item1}/jurisdiction:{a.Item2}/item:{a.Item3}", a => (a.Item4, a.Item5)),
            rebuilt.Reconciled);
        Assert.Equal(c.Query<(long, string)>("SELECT id, status FROM responses").ToDictionary(r => r.Item1, r => r.Item2), rebuilt.ResponseStatus);
        Assert.Equal(c.Query<(long, string)>("SELECT id, status FROM rounds").ToDictionary(r => r.Item1, r => r.Item2), rebuilt.RoundStatus);
    }

    private sealed record Rebuilt(
        Dictionary<(long, string), AnswerAuditValue> Answers, Dictionary<string, (string, string)> Reconciled,
        Dictionary<long, string> ResponseStatus, Dictionary<long, string> RoundStatus);

    /// <summary>The replay: only audit rows, in order; each kind of row sets the state it records.</summary>
    private static Rebuilt Rebuild(IEnumerable<AuditEntry> trail)
    {
        var rebuilt = new Rebuilt([], [], [], []);
        foreach (var row in trail)
        {
            switch (row.Entity)
            {
                case "answer":
                    var parts = row.EntityKey.Split('/');   // response:{id}/item:{item}
                    rebuilt.Answers[(long.Parse(parts[0]["response:".Length..]), parts[1]["item:".Length..])] =
                        AnswerAuditValue.TryParse(row.NewValue) ?? throw new InvalidOperationException($"audit row {row.Id} is not an answer state");
                    break;
                case "reconciled_answer":
                    if (row.NewValue is null) rebuilt.Reconciled.Remove(row.EntityKey);
                    else rebuilt.Reconciled[row.EntityKey] = (row.NewValue, row.Reason!);
                    break;
                case "assignment":   // new value "response {id}": the response opens as a draft
                    rebuilt.ResponseStatus[long.Parse(row.NewValue!["response ".Length..])] = "draft";
                    break;
                case "response.status":
                    rebuilt.ResponseStatus[long.Parse(row.EntityKey)] = row.NewValue!;
                    break;
                case "round":
                    rebuilt.RoundStatus[long.Parse(row.EntityKey)] = "draft";
                    break;
                case "round.status":
                    rebuilt.RoundStatus[long.Parse(row.EntityKey)] = row.NewValue!;
                    break;
            }
        }
        return rebuilt;
    }

    private static List<AuditEntry> AllAuditRows(Assessment.Data.Database.AssessmentDb db) => new AuditQuery(db).Stream(new AuditFilter()).ToList();

    /// <summary>Mostly valid values for the item, sometimes N/A, cleared or invalid (refused, so never audited).</summary>
    private static string Value(Random random, string item) => random.Next(12) switch
    {
        0 => "",
        1 => "NA",
        2 => "not-a-value",
        _ => item switch
        {
            "q1" => random.Next(1, 6).ToString(),
            "q2" => random.Next(2) == 0 ? "yes" : "no",
            "q3" => random.Next(2) == 0 ? "none" : "full",
            "q4" => random.Next(0, 101).ToString(),
            _ => "说明 " + random.Next(1000) + ", with \"quotes\"",
        },
    };

    private static string? Evidence(Random random) => random.Next(3) switch
    {
        0 => null,
        1 => "政策文件 " + random.Next(50),
        _ => "line one | evidence: not a separator",
    };
}
