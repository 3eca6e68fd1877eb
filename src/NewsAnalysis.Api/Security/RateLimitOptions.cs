using System.ComponentModel.DataAnnotations;

namespace NewsAnalysis.Api.Security;

/// <summary>
/// Configuration section <c>RateLimits</c>: requests a minute for each API key, or for each client address when a
/// request has no valid key. The defaults leave a newsroom's readers and an ingest run room and stop a flood.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests of any method a minute.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:RequestsPerMinute must be 1 to 1,000,000.")]
    public int RequestsPerMinute { get; set; } = 1200;

    /// <summary>POST, PUT, PATCH and DELETE requests a minute, within <see cref="RequestsPerMinute"/>.</summary>
    [Range(1, 1_000_000, ErrorMessage = "RateLimits:WritesPerMinute must be 1 to 1,000,000.")]
    public int WritesPerMinute { get; set; } = 120;
}
