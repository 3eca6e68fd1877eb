using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using NewsAnalysis.Api.Feeds;
using NewsAnalysis.Api.Fetching;

namespace NewsAnalysis.Api.Tests;

/// <summary>The address check, the charset choice and the feed back-off on their own, without a host.</summary>
public sealed class FetchAddressPolicyTests
{
    private static readonly FetchAddressPolicy Default = new(Options.Create(new FetchingOptions()));

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("::ffff:192.168.1.1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("169.254.169.254", "link-local (cloud metadata)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    public void InternalAddress_IsRefusedWithItsKind(string address, string reason) =>
        Assert.Equal(reason, Default.RefusalOf(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:93.184.216.34")]
    public void PublicAddress_IsAllowed(string address) =>
        Assert.Null(Default.RefusalOf(IPAddress.Parse(address)));

    [Fact]
    public void AllowedNetworksAndHosts_LetTheirAddressesThrough()
    {
        var policy = new FetchAddressPolicy(Options.Create(new FetchingOptions { AllowedNetworks = ["10.20.0.0/16"], AllowedHosts = ["News.Intranet"] }));

        Assert.Null(policy.RefusalOf(IPAddress.Parse("10.20.3.4")));
        Assert.Null(policy.RefusalOf(IPAddress.Parse("::ffff:10.20.3.4")));
        Assert.Equal("private", policy.RefusalOf(IPAddress.Parse("10.21.0.1")));
        Assert.True(policy.IsAllowedHost("news.intranet"));
        Assert.False(policy.IsAllowedHost("localhost"));
    }

    [Fact]
    public void Charset_ByteOrderMarkThenHeaderThenMetaThenUtf8()
    {
        var latin1 = Encoding.GetEncoding("iso-8859-1");
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>café</body></html>";

        Assert.Contains("café", PageEncoding.Decode(latin1.GetBytes(page), null), StringComparison.Ordinal);
        Assert.Contains("café", PageEncoding.Decode(Encoding.UTF8.GetBytes(page), "utf-8"), StringComparison.Ordinal);
        Assert.Contains("café", PageEncoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(page)], "iso-8859-1"), StringComparison.Ordinal);
        Assert.Contains("café", PageEncoding.Decode(Encoding.UTF8.GetBytes("<p>café</p>"), null), StringComparison.Ordinal);
        Assert.Contains("café", PageEncoding.Decode(Encoding.UTF8.GetBytes("<p>café</p>"), "no-such-charset"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60, 1, 120)]
    [InlineData(60, 2, 240)]
    [InlineData(60, 5, 1440)]
    [InlineData(1440, 1, 1440)]
    [InlineData(5, 100, 1440)]
    public void FailingFeed_WaitDoublesPerFailure_UpToTheCap(int pollMinutes, int failures, int expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), FeedQueue.Backoff(pollMinutes, failures, TimeSpan.FromDays(1)));
}
