using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Attribution;
using NewsAnalysis.Core.Extraction.Claims;
using NewsAnalysis.Core.Extraction.Document;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

/// <summary>Tagged spans in, claims with cue, claimant and content out.</summary>
public sealed class ClaimAssemblerTests
{
    private static readonly ExtractionPipeline Inputs = ExtractionPipeline.CreateAttributionInputs();

    [Fact]
    public void Cue_TakesTheContentAfterItWithoutThatAndTheSourceBeforeIt()
    {
        var (document, claims) = Assemble(
            "Maria Delgado said that the plan had failed.",
            (AttributionRole.Source, "Maria Delgado"), (AttributionRole.Cue, "said"), (AttributionRole.Content, "that the plan had failed"));

        var claim = Assert.Single(claims);
        Assert.Equal("the plan had failed", document.TextOf(claim.Span));
        Assert.Equal("said", document.TextOf(claim.Cue!.Value));
        Assert.Equal("Maria Delgado", claim.Claimant!.Name);
        Assert.NotNull(claim.Claimant.Entity);
    }

    [Fact]
    public void Cue_WithNothingAfterIt_TakesTheContentBefore()
    {
        var (document, claims) = Assemble(
            "The roads were closed, officials said.",
            (AttributionRole.Content, "The roads were closed"), (AttributionRole.Source, "officials"), (AttributionRole.Cue, "said"));

        var claim = Assert.Single(claims);
        Assert.Equal("The roads were closed", document.TextOf(claim.Span));
        Assert.Equal("officials", document.TextOf(claim.Claimant!.Mention));
        Assert.Null(claim.Claimant.Entity);
    }

    [Fact]
    public void OuterContent_HoldsTheNestedAttributionWhole()
    {
        var (document, claims) = Assemble(
            "Maria Delgado said Tomas Berg claimed the plan had failed.",
            (AttributionRole.Source, "Maria Delgado"), (AttributionRole.Cue, "said"),
            (AttributionRole.Source, "Tomas Berg"), (AttributionRole.Cue, "claimed"), (AttributionRole.Content, "the plan had failed"));

        Assert.Equal(
            [("Tomas Berg claimed the plan had failed", "Maria Delgado"), ("the plan had failed", "Tomas Berg")],
            claims.Select(c => (document.TextOf(c.Span), c.Claimant!.Name)));
    }

    [Fact]
    public void Pronoun_IsResolvedToTheLatestPerson()
    {
        var (document, claims) = Assemble(
            "Maria Delgado arrived late. She said the plan had failed.",
            (AttributionRole.Source, "She"), (AttributionRole.Cue, "said"), (AttributionRole.Content, "the plan had failed"));

        var claim = Assert.Single(claims);
        Assert.Equal("She", document.TextOf(claim.Claimant!.Mention));
        Assert.Equal("Maria Delgado", claim.Claimant.Name);
    }

    [Fact]
    public void Content_WhollyInQuotationMarks_IsLeftToTheQuote()
    {
        var (_, claims) = Assemble(
            "Maria Delgado said: \"The plan had failed.\"",
            (AttributionRole.Source, "Maria Delgado"), (AttributionRole.Cue, "said"), (AttributionRole.Content, "\"The plan had failed.\""));

        Assert.Empty(claims);
    }

    [Fact]
    public void Cue_WithoutContent_MakesNoClaim()
    {
        var (_, claims) = Assemble("Maria Delgado said nothing.", (AttributionRole.Source, "Maria Delgado"), (AttributionRole.Cue, "said"));

        Assert.Empty(claims);
    }

    private static (AnalysisDocument Document, List<ExtractedClaim> Claims) Assemble(string text, params (AttributionRole Role, string Words)[] parts)
    {
        var document = Inputs.Analyze(text);
        var spans = new List<RoleSpan>();
        var from = 0;
        foreach (var (role, words) in parts)
        {
            var start = text.IndexOf(words, from, StringComparison.Ordinal);
            var end = start + words.Length;
            var first = document.Tokens.FindIndex(t => t.End > start);
            var last = document.Tokens.FindLastIndex(t => t.Start < end);
            spans.Add(new RoleSpan(role, first, last + 1));
            from = start;
        }

        return (document, ClaimAssembler.Assemble(document, spans, keepContentsWithoutCue: false));
    }
}
