using Assessment.Data.Accounts;

namespace Assessment.Web.Security;

/// <summary>What a signed-in person may do. Each one is also an authorization policy of the same name.</summary>
public enum Permission
{
    ManageAccounts,
    ViewInstruments,
    ManageInstruments,
    ManageRounds,
    ViewResults,
    ScoreAssigned,
    Reconcile,
    SelfAssess,
    ViewDashboards,
    ViewAudit,
}

/// <summary>
/// The one table of who may do what (issue 4, item 1). The services check it against the stored account on every
/// call; the pages and the navigation use the same table through the policies, so hiding and refusing agree.
/// </summary>
public static class AccessRules
{
    public static bool Allows(string role, bool isLead, Permission permission) => permission switch
    {
        // The audit trail names every rater and holds every answer ever given: administrators only.
        Permission.ManageAccounts or Permission.ManageInstruments or Permission.ManageRounds or Permission.ViewAudit => role == Roles.Administrator,
        // Researchers read instruments to interpret results; self-assessors see their questionnaire, not the file.
        Permission.ViewInstruments => role is Roles.Administrator or Roles.Evaluator or Roles.Researcher,
        Permission.ViewResults => role is Roles.Administrator or Roles.Researcher || (role == Roles.Evaluator && isLead),
        Permission.ScoreAssigned => role == Roles.Evaluator,
        Permission.Reconcile => role == Roles.Evaluator && isLead,
        Permission.SelfAssess => role == Roles.SelfAssessor,
        // Dashboards: everyone who reads results, and self-assessors for the rounds their own jurisdiction takes part
        // in, where peers stay anonymous until the round is published (issue 5, item 10; DashboardService.ViewFor).
        Permission.ViewDashboards => Allows(role, isLead, Permission.ViewResults) || role == Roles.SelfAssessor,
        _ => false,
    };

    public static bool Allows(this Account account, Permission permission) => Allows(account.Role, account.IsLead, permission);
}

/// <summary>The permission that makes a reader the actor of a life-cycle step (Core's RoundLifecycle.WhoMakes).</summary>
public static class StepPermissions
{
    /// <exception cref="ArgumentOutOfRangeException">An own rater's step: no permission makes it, only owning the response.</exception>
    public static Permission For(Assessment.Core.Rounds.StepActor actor) => actor switch
    {
        Assessment.Core.Rounds.StepActor.RoundManager => Permission.ManageRounds,
        Assessment.Core.Rounds.StepActor.Reviewer => Permission.Reconcile,
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, "Only the response's own rater submits it."),
    };
}
