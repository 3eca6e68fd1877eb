using System.Net;
using System.Net.Sockets;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// The fetch client's connect step: resolves the host, checks every address against <see cref="FetchAddressPolicy"/>
/// and connects only to a checked one. Checking here, on the address actually connected to, leaves no gap between
/// the check and the connection for a rebinding DNS answer to slip through, and covers every redirect.
/// </summary>
public sealed class CheckedConnector(FetchAddressPolicy policy, HostAddressResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }

        if (!policy.IsAllowedHost(host))
        {
            // One refused address refuses the name: a name that mixes public and internal answers is not to be trusted.
            foreach (var address in addresses)
            {
                if (policy.RefusalOf(address) is { } reason)
                {
                    throw new AddressRefusedException(host, address, reason);
                }
            }
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException exception)
            {
                socket.Dispose();
                last = exception;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
