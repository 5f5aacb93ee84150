using Assessment.Core.Rounds;
using Assessment.Data.Accounts;
using Assessment.Data.Instruments;
using Assessment.Data.Jurisdictions;
using Assessment.Data.Rounds;
using Assessment.Web.Configuration;
using Assessment.Web.Localization;
using Assessment.Web.Security;
using Assessment.Web.Texts;

namespace Assessment.Web.Services;

/// <summary>
/// Rounds: the list, the progress board, creation and the status steps. Every call checks the stored account:
/// administrators manage; others read per their permissions (RoundVisibility).
/// </summary>
public sealed partial class RoundService(
    CurrentUser currentUser, RoundStore rounds, RoundOverview overview, SnapshotStore snapshots, AccountStore accounts,
    JurisdictionStore jurisdictions, InstrumentCatalog catalog, AppPaths paths, TimeProvider time)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync()
    {
        var reader = await SignedInAsync();
        return overview.List(RoundVisibility.For(reader).Filter);
    }

    /// <summary>The round's header and board as the reader may see them; null if there is no such round for them.</summary>
    public async Task<RoundBoard?> BoardAsync(long roundId)
    {
        var reader = await SignedInAsync();
        var visibility = RoundVisibility.For(reader);
        var round = overview.List(visibility.Filter).FirstOrDefault(r => r.Id == roundId);
        if (round is null) return null;

        var instrument = snapshots.ForRound(roundId);
        var places = JurisdictionPlaces.From(jurisdictions.List());
        var now = time.GetUtcNow();
        var rows = new List<BoardRow>();
        foreach (var byPlace in overview.Board(roundId, instrument).GroupBy(p => p.JurisdictionCode))
        {
            var place = places.Find(byPlace.Key);
            var number = 0;
            foreach (var p in byPlace)
            {
                number++;
                if (visibility.Scope == BoardScope.Own && p.RaterId != reader.Id) continue;
                if (visibility.Scope == BoardScope.Anonymous && !RoundLifecycle.IsDone(p.Status)) continue;
                var rater = visibility.Scope == BoardScope.Anonymous ? $"{RoundTexts.AnonymousRater.Localized()} {number}" : $"{p.RaterName} ({p.RaterUserName})";
                rows.Add(new BoardRow(p.ResponseId, p.JurisdictionCode, place.Name, place.Level, place.ProvinceCode, place.Province,
                    rater, p.Status, p.Completeness, RoundWindow.IsOverdue(round.ClosesAt, p.Status, now)));
            }
        }
        var transitions = reader.Allows(Permission.ManageRounds) ? RoundLifecycle.NextSteps(round.Status) : [];
        return new RoundBoard(round, visibility.Scope, transitions, rows, rows.Count(r => r.Overdue));
    }

    /// <summary>Moves the round one step (draft -> open -> closed -> published). Administrators only.</summary>
    /// <exception cref="InvalidOperationException">The step is not the round's next one; the message says why.</exception>
    public async Task SetStatusAsync(long roundId, RoundStatus status)
    {
        var admin = await currentUser.RequireAsync(StepPermissions.For(RoundLifecycle.WhoMakes(status)));
        var round = rounds.Find(roundId) ?? throw new InvalidOperationException(RoundTexts.NotVisible.Localized());
        if (RoundLifecycle.Refusal(round.Status, status) is not null)
            throw new InvalidOperationException(
                $"{RoundTexts.StatusName(round.Status).Localized()} → {RoundTexts.StatusName(status).Localized()}: {SecurityTexts.NotAllowed.Localized()}");
        rounds.SetStatus(roundId, status, admin.UserName);
    }

    private async Task<Account> SignedInAsync() =>
        await currentUser.GetAsync() ?? throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
}

/// <summary>Which rounds and which board rows a reader sees, from the permission table.</summary>
public sealed record RoundVisibility(RoundFilter Filter, BoardScope Scope)
{
    private static readonly RoundStatus[] Every = Enum.GetValues<RoundStatus>();
    // Drafts are the administrator's work in progress: raters, assignments and window may still change.
    private static readonly RoundStatus[] Started = Every.Where(RoundLifecycle.IsStarted).ToArray();

    /// <exception cref="ForbiddenException">The role may see no round at all.</exception>
    public static RoundVisibility For(Account reader)
    {
        if (reader.Allows(Permission.ManageRounds)) return new(new(Every), BoardScope.All);
        if (reader.Allows(Permission.Reconcile)) return new(new(Started), BoardScope.All);
        // Researchers read finished results only, never who rated or what is still being written.
        if (reader.Allows(Permission.ViewResults)) return new(new([RoundStatus.Published]), BoardScope.Anonymous);
        if (reader.Allows(Permission.ScoreAssigned) || reader.Allows(Permission.SelfAssess))
            return new(new(Started, AssignedTo: reader.Id), BoardScope.Own);
        throw new ForbiddenException(SecurityTexts.NotAllowed.Localized());
    }
}
