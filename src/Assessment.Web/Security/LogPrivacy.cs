using System.Net;

namespace Assessment.Web.Security;

/// <summary>
/// What the server log may say about a person (issue 14: logs without personal data). Logs leave the application's
/// access control (log shippers, support staff), so they name an account by its number, never its user name (often a
/// person's name), and a client by its network, never its full address. The audit trail, behind the administrators'
/// permission, keeps who did what; an account number in the log is looked up there.
/// </summary>
public static class LogPrivacy
{
    /// <summary>"account 42".</summary>
    public static string Account(long id) => $"account {id}";

    /// <summary>
    /// The client's network: IPv4 to /24 and IPv6 to /48, enough to see a burst from one place (throttling, guessing
    /// across accounts) without identifying a household. "-" when there is no address.
    /// </summary>
    public static string Network(IPAddress? address)
    {
        if (address is null) return "-";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var kept = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 3 : 6;
        for (var i = kept; i < bytes.Length; i++) bytes[i] = 0;
        return $"{new IPAddress(bytes)}/{kept * 8}";
    }
}
