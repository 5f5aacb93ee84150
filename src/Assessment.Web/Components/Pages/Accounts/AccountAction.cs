namespace Assessment.Web.Components.Pages.Accounts;

public enum AccountAction { Disable, Enable, ResetPassword, SignOutEverywhere }

/// <summary>What the account editor hands back: the role as typed (lead, self-assessor, ...).</summary>
public sealed record AccountDraft(string UserName, string DisplayName, string Role, string? JurisdictionCode);
