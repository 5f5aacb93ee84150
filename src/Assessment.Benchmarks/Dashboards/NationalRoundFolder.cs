using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Answers;
using Assessment.Data.Database;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Microsoft.AspNetCore.Identity;

namespace Assessment.Benchmarks.Dashboards;

/// <summary>
/// A data folder for the web app holding the national round: China's 3,351 divisions x the full external instrument
/// x 3 raters (the answers StoreBenchmarks draws, imported through AnswerImport as an evaluation centre would),
/// published; and a researcher account to read it. Written before the app starts: the store has a single writer.
/// </summary>
public sealed record NationalRoundFolder(string Folder, long RoundId, int Jurisdictions, int Items, long Answers)
{
    public const string Researcher = "bench-researcher";
    public const string Password = "Bench-research-2026";

    public static NationalRoundFolder Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assessment-dashbench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        using var db = AssessmentDb.Open(Path.Combine(folder, "assessment.db"));
        var (yaml, source) = StoreBenchmarks.InstrumentText();
        var snapshot = new SnapshotStore(db).Add(yaml, source, "bench").Snapshot
            ?? throw new InvalidOperationException("The instrument did not load: " + source);
        new JurisdictionStore(db).Upsert(ChinaDivision.Load(), ChinaDivision.Source, "bench");
        var accounts = new AccountStore(db);
        for (var r = 1; r <= 3; r++) accounts.Create(new NewAccount($"rater{r}", $"Rater {r}", Roles.Evaluator), "bench");
        var researcher = new Account { Id = 0, UserName = Researcher, DisplayName = "Benchmark researcher", Role = Roles.Researcher, IsLead = false, CreatedAt = "" };
        accounts.Create(new NewAccount(Researcher, "Benchmark researcher", Roles.Researcher,
            PasswordHash: new PasswordHasher<Account>().HashPassword(researcher, Password)), "bench");

        var round = StoreBenchmarks.OpenRound(db, snapshot.Id, "全国基准轮次 / national benchmark round");
        var instrument = new SnapshotStore(db).ForRound(round);
        var codes = new JurisdictionStore(db).List().Select(j => j.Code).ToList();
        var csv = Path.Combine(folder, "round.csv");
        var rows = StoreBenchmarks.WriteCsv(csv, instrument, codes, raters: 3, limit: long.MaxValue);
        using (var reader = new StreamReader(csv))
        {
            var result = AnswerImport.Import(db, round, reader, "bench");
            if (!result.Ok) throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
        }
        File.Delete(csv);
        var rounds = new RoundStore(db);
        rounds.SetStatus(round, RoundStatus.Closed, "bench");
        rounds.SetStatus(round, RoundStatus.Published, "bench");
        return new NationalRoundFolder(folder, round, codes.Count, instrument.Items.Count, rows);
    }

    public void Delete()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
