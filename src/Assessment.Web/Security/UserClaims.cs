using System.Security.Claims;
using Assessment.Data.Accounts;

namespace Assessment.Web.Security;

/// <summary>The claims the sign-in cookie carries. Only the account id is trusted by services; the rest serves display and policies.</summary>
public static class UserClaims
{
    public const string Lead = "assessment:lead";
    public const string Jurisdiction = "assessment:jurisdiction";
    public const string DisplayName = "assessment:display_name";

    public static ClaimsPrincipal For(Account account, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role),
            new(DisplayName, account.DisplayName),
            new(Lead, account.IsLead ? "true" : "false"),
        };
        if (account.JurisdictionCode is not null) claims.Add(new(Jurisdiction, account.JurisdictionCode));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static bool Allows(this ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true &&
        user.FindFirstValue(ClaimTypes.Role) is { } role &&
        AccessRules.Allows(role, user.FindFirstValue(Lead) == "true", permission);

    public static long? AccountId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
