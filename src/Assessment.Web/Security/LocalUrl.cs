namespace Assessment.Web.Security;

public static class LocalUrl
{
    /// <summary>Longer return addresses are not ours: no page of the app has one near this long.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// The address if it stays on this site, else "/": an open redirect would let a link to us send users anywhere.
    /// Control characters are refused too: browsers drop tabs and line breaks from a URL ("/\t/evil.com" becomes
    /// "//evil.com"), and CR/LF in a Location header would split it.
    /// </summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 and <= MaxLength } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl)
            ? url : "/";
}
