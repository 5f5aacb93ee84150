using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Assessment.Web.Tests.Components;

/// <summary>
/// A signed-in (or anonymous) person that never changes: what the services read through CurrentUser in tests,
/// without a circuit or a cookie. Pass an empty ClaimsPrincipal for an anonymous visitor.
/// </summary>
public sealed class FixedAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}
