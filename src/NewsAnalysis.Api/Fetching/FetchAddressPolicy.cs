using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Decides which addresses a fetch may connect to: public unicast ones, plus the hosts and networks that
/// <c>Fetching:AllowedHosts</c> and <c>Fetching:AllowedNetworks</c> let through. Everything a user's url could use to
/// reach the server's own machine or network is refused: loopback, private, link-local (with the cloud metadata
/// address 169.254.169.254), carrier-grade NAT, unspecified, multicast and reserved ranges, in IPv4, IPv6, and IPv4
/// written as IPv6.
/// </summary>
public sealed class FetchAddressPolicy
{
    private static readonly (IPNetwork Network, string Reason)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "carrier-grade NAT"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (cloud metadata)"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.0.0.0/24"), "reserved"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("198.18.0.0/15"), "reserved"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("::/96"), "reserved"),
        (IPNetwork.Parse("fc00::/7"), "private"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "reserved"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private readonly HashSet<string> _allowedHosts;
    private readonly IPNetwork[] _allowedNetworks;

    public FetchAddressPolicy(IOptions<FetchingOptions> options)
    {
        _allowedHosts = new HashSet<string>(options.Value.AllowedHosts.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        _allowedNetworks = options.Value.AllowedNetworks.Select(n => IPNetwork.Parse(n.Trim())).ToArray();
    }

    /// <summary>Whether the host name is listed in <c>Fetching:AllowedHosts</c>, so that its addresses are not checked.</summary>
    public bool IsAllowedHost(string host) => _allowedHosts.Contains(host.Trim('[', ']'));

    /// <summary>Why the address must not be fetched (e.g. "loopback"), or null when it may be.</summary>
    public string? RefusalOf(IPAddress address)
    {
        if (_allowedNetworks.Any(n => n.Contains(address)) || (address.IsIPv4MappedToIPv6 && _allowedNetworks.Any(n => n.Contains(address.MapToIPv4()))))
        {
            return null;
        }

        var checkedAddress = address;
        if (address.IsIPv4MappedToIPv6)
        {
            checkedAddress = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetworkV6 && Nat64.Contains(address))
        {
            // 64:ff9b::a.b.c.d reaches a.b.c.d through a NAT64 gateway.
            checkedAddress = new IPAddress(address.GetAddressBytes()[12..]);
        }

        foreach (var (network, reason) in Refused)
        {
            if (network.BaseAddress.AddressFamily == checkedAddress.AddressFamily && network.Contains(checkedAddress))
            {
                return reason;
            }
        }

        return null;
    }
}
