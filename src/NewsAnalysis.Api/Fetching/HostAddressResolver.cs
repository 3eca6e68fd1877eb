using System.Net;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Resolves a host name to the addresses a fetch may connect to. The fetcher checks every address it answers and
/// connects only to those, so a name cannot resolve to one address for the check and another for the connection.
/// Tests replace it to map made-up names to chosen addresses.
/// </summary>
public class HostAddressResolver
{
    public virtual Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
