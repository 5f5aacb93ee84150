using System.Diagnostics;
using System.Text;
using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Dapper;

namespace Assessment.Data.Tests.Durability;

public class CrashRecoveryTests
{
    private const int Items = 20;
    private const int Jurisdictions = 300;
    private const int Kills = 20;

    [Fact]
    public void Every_acknowledged_answer_survives_SIGKILL_mid_stream_without_duplicates_or_corruption()
    {
        using var temp = new TempFolder();
        var dbPath = temp.File("crash.db");
        Setup(dbPath);
        var acked = new Dictionary<long, int>(); // slot -> run that acknowledged it
        var random = new Random(42);
        long next = 0;

        for (var run = 0; run < Kills; run++)
        {
            var lines = RunAndKill(dbPath, next, TimeSpan.FromMilliseconds(random.Next(30, 400)));
            Assert.DoesNotContain(lines, l => l.StartsWith("ERR", StringComparison.Ordinal));
            foreach (var line in lines.Where(l => l.StartsWith("ACK ", StringComparison.Ordinal)))
                Assert.True(acked.TryAdd(long.Parse(line[4..]), run), $"slot acknowledged twice: {line}");

            // Reopen as the app would after a crash, then check every acknowledged save is there, once.
            using (var db = Assessment.Data.Database.AssessmentDb.Open(dbPath))
            using (var c = db.OpenRead())
            {
                Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
                var stored = c.Query<(long Jurisdiction, string Item, string Value, long Version)>("""
                    SELECT CAST(substr(r.jurisdiction_code, 2) AS INTEGER), a.item_id, a.value, a.version
                    FROM answers a JOIN responses r ON r.id = a.response_id
                    """).ToDictionary(a => a.Jurisdiction * Items + int.Parse(a.Item[1..]));
                foreach (var slot in acked.Keys)
                {
                    Assert.True(stored.TryGetValue(slot, out var answer), $"acknowledged slot {slot} (run {acked[slot]}) is missing");
                    Assert.Equal((slot.ToString(), 1L), (answer.Value, answer.Version));
                }
                // At most the one save that committed but was killed before its ACK went out is unacknowledged.
                Assert.InRange(stored.Count - acked.Count, 0, run + 1);
                Assert.Equal(0, c.ExecuteScalar<long>(
                    "SELECT count(*) FROM (SELECT entity_key FROM audit_log WHERE entity = 'answer' GROUP BY entity_key HAVING count(*) > 1)"));
                Assert.Equal(stored.Count, c.ExecuteScalar<long>("SELECT count(*) FROM audit_log WHERE entity = 'answer'"));
            }
            next = acked.Count == 0 ? 0 : acked.Keys.Max() + 1;
        }

        Assert.True(acked.Count > Kills, $"only {acked.Count} saves were acknowledged in {Kills} runs");
    }

    private static List<string> RunAndKill(string dbPath, long firstSlot, TimeSpan after)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "Assessment.Data.CrashWriter.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in new[] { "exec", writer, dbPath, firstSlot.ToString(), Items.ToString() }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var lines = new List<string>();
        var ready = new ManualResetEventSlim();
        var acknowledging = new ManualResetEventSlim();
        var reading = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                lock (lines) lines.Add(line);
                if (line == "READY") ready.Set();
                if (line.StartsWith("ACK ", StringComparison.Ordinal)) acknowledging.Set();
            }
        });
        Assert.True(ready.Wait(TimeSpan.FromSeconds(20)), "the writer did not start");
        // The kill lands mid-stream however busy the machine is: a fixed delay after start-up, on a loaded machine,
        // could end the writer before its first save and the run would check nothing.
        Assert.True(acknowledging.Wait(TimeSpan.FromSeconds(60)), "the writer acknowledged no save");
        Thread.Sleep(after);
        process.Kill(); // SIGKILL on Linux: no finally blocks, no flush, no checkpoint
        process.WaitForExit();
        reading.Wait(TimeSpan.FromSeconds(10));
        lock (lines) return [.. lines];
    }

    private static void Setup(string dbPath)
    {
        var yaml = new StringBuilder("""
            id: crash-test
            version: "1"
            title:
              zh: 测试
              en: Crash test
            stages:
              - id: all
                min: 0
                title:
                  zh: 全
                  en: All
            layers:
              - id: l
                title:
                  zh: 层
                  en: Layer
                indicators:
                  - id: i
                    title:
                      zh: 指标
                      en: Indicator
                    items:

            """);
        for (var n = 0; n < Items; n++)
            yaml.Append($"""
                          - id: n{n:D2}
                            type: numeric
                            text:
                              zh: 数
                              en: Number
                            anchors:
                              - [0, 0]
                              - [100000, 1]

                """);
        using var db = Assessment.Data.Database.AssessmentDb.Open(dbPath);
        new JurisdictionStore(db).Upsert(
            Enumerable.Range(0, Jurisdictions).Select(j => new Jurisdiction($"C{j:D4}", $"测{j}", $"C{j}", "province", "other", null)).ToList(),
            "test", "test");
        var rater = new AccountStore(db).Create(new NewAccount("writer", "Writer", Roles.Evaluator), "test");
        var snapshot = new SnapshotStore(db).Add(yaml.ToString(), "crash.yaml", "test");
        Assert.Empty(snapshot.Problems);
        var rounds = new RoundStore(db);
        var round = rounds.Create(new NewRound("crash", snapshot.Snapshot!.Id, RoundMode.ExternalEvaluation), "test");
        rounds.SetStatus(round.Id, RoundStatus.Open, "test");
        for (var j = 0; j < Jurisdictions; j++) rounds.Assign(round.Id, $"C{j:D4}", rater.Id, "test");
    }
}
