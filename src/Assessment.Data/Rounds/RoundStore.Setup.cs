using Assessment.Data.Database;

namespace Assessment.Data.Rounds;

/// <summary>A rater assigned to a jurisdiction in a new round.</summary>
public sealed record RoundAssignment(string JurisdictionCode, long RaterId);

public sealed partial class RoundStore
{
    /// <summary>
    /// Creates a draft round with all its assignments (and their draft responses) in one transaction: a round for
    /// thousands of jurisdictions is one commit, and a failure leaves no half-assigned round behind.
    /// </summary>
    public Round CreateAssigned(NewRound r, IReadOnlyCollection<RoundAssignment> assignments, string actor)
    {
        var id = db.Writer.Write((c, tx) =>
        {
            var at = Clock.Stamp(db.Time);
            var roundId = Insert(c, tx, r, actor, at);
            using var opener = ResponseOpener.For(c, tx, roundId, actor, at);
            opener.EnsureAll(assignments.Select(a => (a.JurisdictionCode, a.RaterId)));
            return roundId;
        });
        return Find(id)!;
    }
}
