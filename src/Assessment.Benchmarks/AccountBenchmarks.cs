using System.Diagnostics;
using System.Text;
using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Data.Jurisdictions;
using Dapper;

namespace Assessment.Benchmarks;

/// <summary>
/// Bulk provisioning for a self-assessment campaign: one self-assessor per county of the reference data, topped up
/// with evaluators to 3,000 accounts, imported from CSV in one step (target: under 30 s). The floor, measured in
/// the same run, is 3,000 plain inserts in one transaction on the same file.
/// dotnet run -c Release --project src/Assessment.Benchmarks -- accounts
/// </summary>
public static class AccountBenchmarks
{
    public const int Accounts = 3_000;

    public static void Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assessment-bench-accounts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var db = AssessmentDb.Open(Path.Combine(folder, "bench.db"));
            Console.WriteLine($"SQLite {db.ServerVersion}, {Environment.ProcessorCount} cores");
            new JurisdictionStore(db).Upsert(ChinaDivision.Load(), ChinaDivision.Source, "bench");
            var counties = new JurisdictionStore(db).List().Where(j => j.Level == "county").Select(j => j.Code).ToList();
            var csv = new StringBuilder("user_name,display_name,role,jurisdiction_code,email\n");
            foreach (var code in counties.Take(Accounts)) csv.Append($"sa{code},自评员 {code},self-assessor,{code},sa{code}@example.cn\n");
            for (var i = counties.Count; i < Accounts; i++) csv.Append($"ev{i},评估员 {i},evaluator,,\n");
            Console.WriteLine($"{counties.Count} counties; {Accounts} accounts in the CSV ({csv.Length / 1024} KiB)");

            var floor = Floor(db);
            var watch = Stopwatch.StartNew();
            var result = AccountProvisioning.Import(db, new StringReader(csv.ToString()), "bench");
            var seconds = watch.Elapsed.TotalSeconds;
            if (!result.Ok) throw new InvalidOperationException(string.Join("\n", result.Problems.Take(5)));
            watch.Restart();
            AccountProvisioning.WritePasswords(result.Issued, new StringWriter());
            Console.WriteLine($"provisioned {result.Issued.Count} accounts in {seconds:F2} s (target < 30 s); password CSV written in {watch.ElapsedMilliseconds} ms");
            Console.WriteLine($"floor: {Accounts} plain inserts in one transaction {floor * 1000:F0} ms; provisioning = {seconds / floor:F0}x floor");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Floor(AssessmentDb db)
    {
        db.Writer.Write((c, tx) => c.Execute("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", transaction: tx));
        var watch = Stopwatch.StartNew();
        db.Writer.Write((c, tx) =>
        {
            for (var i = 0; i < Accounts; i++) c.Execute("INSERT INTO bench_floor (name) VALUES (@name)", new { name = $"row{i}" }, tx);
            return 0;
        });
        return watch.Elapsed.TotalSeconds;
    }
}
