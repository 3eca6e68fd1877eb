using System.Text.Json;
using Microsoft.Playwright;

namespace NewsAnalysis.Web.Tests;

/// <summary>
/// Runs axe-core (vendored in Axe/, MPL-2.0) in a page and answers its serious and critical findings. The script is
/// evaluated through the browser's debugging protocol, so the page's Content-Security-Policy stays as it is.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js")));

    /// <summary>"rule: target (summary)" for each serious or critical violation, WCAG 2.x A and AA plus best practices.</summary>
    public static async Task<IReadOnlyList<string>> SeriousFindingsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        // label-content-name-mismatch is one of axe's experimental rules: it is the one issue 19 found failing.
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
              // A run that checked nothing would pass anything: report it as a finding instead.
              if (result.passes.length === 0) {
                return ['axe-core checked no rule on this page'];
              }
              return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)})`));
            }
            """);
        return result.EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
