using Assessment.Web.Security;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Assessment.Web.Tests.Security;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cases")]
    [InlineData("/dashboards/12?view=compare&codes=33,3301")]
    [InlineData("/review/3#item-q1")]
    [InlineData("/%0d%0aLocation:x")]   // percent-encoded: stays encoded in the header, a plain path
    [InlineData("/a\\b")]               // a backslash after the first segment is a path character
    [InlineData("/案例库")]
    public void A_path_on_this_site_is_kept(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData("//evil.com")]            // protocol-relative: another host
    [InlineData("/\\evil.com")]           // browsers read "/\" as "//"
    [InlineData("//\\evil.com")]
    [InlineData("https://evil.com")]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil.com")]
    [InlineData("\\\\evil.com")]
    [InlineData("\\/evil.com")]
    [InlineData(" /cases")]               // not a path as given
    [InlineData("/\r\nLocation:x")]       // header splitting
    [InlineData("/\t/evil.com")]          // browsers drop the tab: "//evil.com"
    [InlineData("/\n/evil.com")]
    [InlineData("/cases\0")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_goes_home(string? url) => Assert.Equal("/", LocalUrl.OrHome(url));

    [Fact]
    public void A_very_long_address_goes_home()
    {
        Assert.Equal("/", LocalUrl.OrHome("/" + new string('a', LocalUrl.MaxLength)));
        var longest = "/" + new string('a', LocalUrl.MaxLength - 1);
        Assert.Equal(longest, LocalUrl.OrHome(longest));
    }

    /// <summary>Strings built from the characters open redirects are made of, plus anything at all.</summary>
    private static Gen<string> Hostile { get; } = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>(),
        Gen.Elements("/", "\\", ":", "//", "/\\", "\t", "\r", "\n", "\0", " ", "%0d%0a", "evil.com", "https:", "javascript:", "@", "?", "#", "案")
            .ListOf().Select(parts => string.Concat(parts)));

    [Property(MaxTest = 2000)]
    public Property The_result_is_always_a_path_on_this_site() => Prop.ForAll(Hostile.ToArbitrary(), url =>
    {
        var result = LocalUrl.OrHome(url);
        return result.Length <= LocalUrl.MaxLength && result[0] == '/'
            && (result.Length == 1 || (result[1] != '/' && result[1] != '\\'))
            && !result.Any(char.IsControl)
            && (result == url || result == "/");
    });
}
