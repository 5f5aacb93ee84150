using Assessment.Data.Accounts;
using Assessment.Data.Database;
using Assessment.Web.Security;

namespace Assessment.Web.Tests.Components;

/// <summary>The real CurrentUser for one stored account, as a circuit of that signed-in user would have it.</summary>
public static class SignedIn
{
    public static CurrentUser As(AssessmentDb db, Account account) =>
        new(new FixedAuthentication(UserClaims.For(account, "test")), new AccountStore(db));
}
