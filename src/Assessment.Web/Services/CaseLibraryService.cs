using Assessment.Data.Database;
using Assessment.Data.Rounds;
using Assessment.Web.Localization;
using Assessment.Web.Security;

namespace Assessment.Web.Services;

/// <summary>
/// The case library for the pages. Cases are published literature, so any signed-in person may read them; the
/// sign-in check is here as well as on the pages so that no other caller skips it.
/// </summary>
public sealed class CaseLibraryService(CurrentUser currentUser, CaseLibrary library, AssessmentDb db)
{
    public async Task<IReadOnlyList<CaseStudy>> ListAsync()
    {
        await RequireSignedInAsync();
        return library.Cases;
    }

    public async Task<CaseStudy?> FindAsync(string id)
    {
        await RequireSignedInAsync();
        return library.Find(id);
    }

    /// <summary>The demo round whose profiles the cases link to, or null when no demo round is loaded.</summary>
    public async Task<long?> ProfileRoundIdAsync()
    {
        await RequireSignedInAsync();
        return DemoProfileRound.Find(db);
    }

    /// <summary>The dashboards page of one jurisdiction in a round (built by the dashboards feature).</summary>
    public static string ProfileUrl(long roundId, string jurisdictionCode) =>
        $"dashboards/{roundId}/profile/{Uri.EscapeDataString(jurisdictionCode)}";

    private async Task RequireSignedInAsync()
    {
        if (await currentUser.GetAsync() is null) throw new ForbiddenException(SecurityTexts.SignInFirst.Localized());
    }
}
