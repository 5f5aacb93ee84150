using System.Security.Claims;
using Assessment.Data.Accounts;

namespace Assessment.Web.Security;

/// <summary>The claims the sign-in cookie carries. Only the account id is trusted by services; the rest serves display and policies.</summary>
public static class UserClaims
{
    public const string Lead = "assessment:lead";
    public const string Jurisdiction = "assessment:jurisdiction";
    public const string DisplayName = "assessment:display_name";
    public const string Stamp = "assessment:stamp";
    /// <summary>Unix seconds of the sign-in: the absolute session lifetime counts from here, however active the session.</summary>
    public const string IssuedAt = "assessment:issued_at";
    /// <summary>Present while the password is one-time: nothing but the change-password page opens.</summary>
    public const string PasswordChangeDue = "assessment:password_change_due";

    public static ClaimsPrincipal For(Account account, string authenticationType, DateTimeOffset? issuedAt = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.Role, account.Role),
            new(DisplayName, account.DisplayName),
            new(Lead, account.IsLead ? "true" : "false"),
            new(Stamp, account.SecurityStamp),
            new(IssuedAt, (issuedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (account.MustChangePassword) claims.Add(new(PasswordChangeDue, "true"));
        if (account.JurisdictionCode is not null) claims.Add(new(Jurisdiction, account.JurisdictionCode));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }

    public static bool Allows(this ClaimsPrincipal user, Permission permission) =>
        user.Identity?.IsAuthenticated == true && !user.MustChangePassword() &&
        user.FindFirstValue(ClaimTypes.Role) is { } role &&
        AccessRules.Allows(role, user.FindFirstValue(Lead) == "true", permission);

    public static long? AccountId(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(PasswordChangeDue, "true");
}
