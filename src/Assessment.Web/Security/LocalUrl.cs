namespace Assessment.Web.Security;

public static class LocalUrl
{
    /// <summary>The address if it stays on this site, else "/": an open redirect would let a link to us send users anywhere.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : "/";
}
