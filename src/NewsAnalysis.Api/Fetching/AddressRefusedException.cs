using System.Net;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Thrown from the fetch client's connect step when a host resolves to an address the server must not reach. The
/// HTTP handler wraps it in an <see cref="HttpRequestException"/>; the fetcher finds it there, and retries never
/// repeat it.
/// </summary>
public sealed class AddressRefusedException(string host, IPAddress address, string reason)
    : Exception($"{host} resolves to {address}, a {reason} address")
{
    public string Host { get; } = host;

    public IPAddress Address { get; } = address;

    public string Reason { get; } = reason;
}
