namespace Assessment.Web.Components.Pages.Accounts;

public enum AccountAction { Disable, Enable, ResetPassword, SignOutEverywhere }
