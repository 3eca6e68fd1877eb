using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace NewsAnalysis.Api.Fetching;

/// <summary>
/// Fetches a page or a feed for the server, safely: http(s) only; every address connected to is checked after DNS
/// resolution by the client's connect step (<see cref="FetchAddressPolicy"/>), and redirects are followed here one by
/// one, at most <c>Fetching:MaxRedirects</c>, so each goes through the same check; at most <c>Fetching:MaxBytes</c>
/// read; <c>Fetching:Timeout</c> for the whole fetch. Transient failures are retried by the client's resilience
/// handler; refusals and 4xx never are. See docs/decisions/0015-safe-fetching-and-feeds.md.
/// </summary>
public sealed class PageFetcher(IHttpClientFactory clients, IOptions<FetchingOptions> options, ILogger<PageFetcher> logger)
{
    public const string ClientName = "fetching";

    /// <summary>The User-Agent of every fetch: the product, its version, and what it does.</summary>
    public static readonly string UserAgent = $"NewsAnalysis/{ProductVersion()} (self-hosted news analysis; fetches the pages and feeds its users submit)";

    private static readonly string[] PageTypes = ["text/html", "application/xhtml+xml"];

    public async Task<FetchOutcome> FetchAsync(Uri url, FetchedContent content, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!IsHttp(url))
        {
            return FetchOutcome.Of(FetchFailure.Unusable("Only http and https addresses are fetched.", $"'{url}' is not an http or https address."));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var client = clients.CreateClient(ClientName);
        var current = url;
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.Accept.ParseAdd(content == FetchedContent.Page
                    ? "text/html, application/xhtml+xml;q=0.9"
                    : "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9");
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    if (response.Headers.Location is not { } location)
                    {
                        return FetchOutcome.Of(FetchFailure.Upstream("The site answered a redirect without a Location.", $"{current} answered {(int)response.StatusCode} with no Location header."));
                    }

                    if (redirects >= settings.MaxRedirects)
                    {
                        return FetchOutcome.Of(FetchFailure.Unusable("Too many redirects.", $"{url} redirected more than {settings.MaxRedirects} times; the last went to {location}."));
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!IsHttp(next))
                    {
                        return FetchOutcome.Of(FetchFailure.Unusable("Only http and https addresses are fetched.", $"{current} redirected to '{next}', which is not an http or https address."));
                    }

                    logger.LogDebug("Fetch of {Url} redirected to {Next}", current, next);
                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    return FetchOutcome.Of(FetchFailure.Upstream(
                        "The site answered with an error.", $"{current} answered {(int)response.StatusCode} {response.ReasonPhrase}."));
                }

                return await ReadAsync(current, response, content, settings, timeout.Token);
            }
        }
        catch (HttpRequestException exception) when (Refusal(exception) is { } refusal)
        {
            logger.LogInformation("Refused to fetch {Url}: {Reason}", current, refusal.Message);
            return FetchOutcome.Of(FetchFailure.Unusable(
                "The address is not allowed.",
                $"{current} was not fetched: {refusal.Message}. Only public addresses are fetched unless Fetching:AllowedHosts or Fetching:AllowedNetworks lists them."));
        }
        catch (HttpRequestException exception) when (IsUnknownHost(exception))
        {
            return FetchOutcome.Of(FetchFailure.Unusable("The host name does not resolve.", $"No address is known for {current.Host}."));
        }
        catch (HttpRequestException exception)
        {
            logger.LogInformation(exception, "Fetch of {Url} failed", current);
            return FetchOutcome.Of(FetchFailure.Upstream("The site could not be reached.", $"Fetching {current} failed: {exception.Message}"));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchOutcome.Of(FetchFailure.Upstream("The site took too long.", $"{current} did not answer in full within {settings.Timeout.TotalSeconds:0.#} s."));
        }
        catch (Polly.Timeout.TimeoutRejectedException)
        {
            return FetchOutcome.Of(FetchFailure.Upstream("The site took too long.", $"{current} did not answer within {settings.AttemptTimeout.TotalSeconds:0.#} s, in every attempt."));
        }
    }

    private static async Task<FetchOutcome> ReadAsync(Uri url, HttpResponseMessage response, FetchedContent content, FetchingOptions settings, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (!Accepts(content, mediaType))
        {
            var wanted = content == FetchedContent.Page ? "an HTML page (text/html or application/xhtml+xml)" : "a feed (RSS or Atom XML)";
            return FetchOutcome.Of(FetchFailure.Unusable(
                content == FetchedContent.Page ? "The address is not an HTML page." : "The address is not a feed.",
                $"{url} answered {mediaType ?? "no content type"}, not {wanted}."));
        }

        var limit = settings.MaxBytes;
        if (response.Content.Headers.ContentLength > limit)
        {
            return FetchOutcome.Of(TooLarge(url, limit));
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                // Stop reading here: the rest is never downloaded.
                return FetchOutcome.Of(TooLarge(url, limit));
            }

            buffer.Write(chunk, 0, read);
        }

        return FetchOutcome.Of(new FetchedDocument(url, mediaType!, response.Content.Headers.ContentType?.CharSet, buffer.ToArray()));
    }

    private static bool Accepts(FetchedContent content, string? mediaType) => mediaType is not null && (content == FetchedContent.Page
        ? PageTypes.Contains(mediaType)
        : mediaType.EndsWith("/xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal));

    private static FetchFailure TooLarge(Uri url, long limit) =>
        FetchFailure.Unusable("The page is too large.", $"{url} is larger than {limit:N0} bytes (Fetching:MaxBytes); reading stopped there.");

    private static bool IsHttp(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Host.Length > 0;

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The refusal inside an exception of the connect step, if that is what failed.</summary>
    internal static AddressRefusedException? Refusal(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static bool IsUnknownHost(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
            {
                return true;
            }
        }

        return false;
    }

    private static string ProductVersion()
    {
        var version = typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
