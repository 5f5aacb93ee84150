using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Rounds;
using Dapper;
using Microsoft.AspNetCore.Identity;

namespace Assessment.LoadDriver;

/// <summary>One simulated official: an account of their own and their county's response in the open self-assessment round.</summary>
public sealed record Participant(string UserName, string Jurisdiction, long ResponseId);

/// <summary>
/// Gives the demo database N self-assessors, each with a county of their own assigned in the demo's open
/// self-assessment round, through the stores the app itself uses. One password hash serves them all: hashing
/// (PBKDF2) is what costs, and the app checks it at each sign-in as it would for distinct passwords.
/// </summary>
public static class LoadSeed
{
    public const string Password = "Load-driver-2026";
    private const string Actor = "load-driver";

    /// <param name="database">A SQLite file or a postgres:// URL (<see cref="RunSetup.OpenDatabase"/>).</param>
    public static (long RoundId, IReadOnlyList<Participant> Participants) Ensure(string database, int count)
    {
        using var db = RunSetup.OpenDatabase(database);
        using var connection = db.OpenRead();
        var roundId = connection.ExecuteScalar<long?>(
            "SELECT id FROM rounds WHERE mode = @mode AND status = @status ORDER BY id LIMIT 1",
            new { mode = RoundMode.SelfAssessment.Name(), status = RoundStatus.Open.Name() })
            ?? throw new LoadException($"{db.Location}: no open self-assessment round (start the app with the demo data first)");
        var existing = connection.Query<(string UserName, string Code, long ResponseId)>(
            """
            SELECT a.user_name, r.jurisdiction_code, r.id FROM accounts a JOIN responses r ON r.rater_id = a.id AND r.round_id = @roundId
            WHERE a.user_name LIKE 'load%' ORDER BY a.user_name
            """, new { roundId }).Select(p => new Participant(p.UserName, p.Code, p.ResponseId)).ToList();
        if (existing.Count >= count) return (roundId, existing.Take(count).ToList());

        var counties = connection.Query<string>(
            "SELECT code FROM jurisdictions WHERE level = 'county' AND code NOT IN (SELECT jurisdiction_code FROM responses WHERE round_id = @roundId) ORDER BY code LIMIT @n",
            new { roundId, n = count - existing.Count }).ToList();
        var hash = new PasswordHasher<Account>().HashPassword(null!, Password);
        var accounts = new AccountStore(db);
        var rounds = new RoundStore(db);
        var added = new List<Participant>(existing);
        foreach (var code in counties)
        {
            var name = $"load{added.Count + 1:D4}";
            var account = accounts.Create(new NewAccount(name, "Load " + name, Roles.SelfAssessor, JurisdictionCode: code, PasswordHash: hash), Actor);
            added.Add(new Participant(name, code, rounds.Assign(roundId, code, account.Id, Actor).Id));
        }
        return (roundId, added);
    }
}
