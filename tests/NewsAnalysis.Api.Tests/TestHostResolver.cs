using System.Net;
using NewsAnalysis.Api.Fetching;

namespace NewsAnalysis.Api.Tests;

/// <summary>
/// Maps the tests' made-up names: <see cref="LocalNewsSite.Host"/> to 127.0.0.1 (the local site, allow-listed) and
/// <see cref="LocalNewsSite.IntranetHost"/> to a private address (never connected to: the check refuses it first).
/// Other names resolve as usual, so <c>localhost</c> is the machine's own loopback.
/// </summary>
public sealed class TestHostResolver : HostAddressResolver
{
    public override Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) => host.ToLowerInvariant() switch
    {
        LocalNewsSite.Host => Task.FromResult(new[] { IPAddress.Loopback }),
        LocalNewsSite.IntranetHost => Task.FromResult(new[] { IPAddress.Parse("10.20.30.40") }),
        _ => base.ResolveAsync(host, cancellationToken),
    };
}
