using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Entities;
using NewsAnalysis.Core.Extraction.Segmentation;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Tests.Extraction.Entities;

public sealed class EntityGroupingTests
{
    /// <summary>The text segmented, with the recogniser's output replaced by the given full names only.</summary>
    private static AnalysisDocument Grouped(string text, params string[] recognised)
    {
        var document = new AnalysisDocument(text);
        new TextSegmentationStep().Run(document);
        foreach (var name in recognised)
        {
            var start = text.IndexOf(name, StringComparison.Ordinal);
            var first = document.TokenIndexAtOrAfter(start);
            var end = document.TokenIndexAtOrAfter(start + name.Length);
            document.Mentions.Add(new EntityMention(new TextSpan(start, start + name.Length), first, end, EntityType.Person));
        }

        MentionGrouper.Group(document);
        return document;
    }

    [Fact]
    public void NameWrittenWithANoBreakSpaceASoftHyphenOrAnEditorsBrackets_IsTheSameNameAsWrittenPlainly()
    {
        var document = Grouped(
            "Dana\u00a0Whit\u00adfield spoke on Monday. Dana Whitfield  left. [Dana] Whitfield wrote.", "Dana\u00a0Whit\u00adfield", "Dana Whitfield", "Dana] Whitfield");
        var entity = Assert.Single(document.Entities);
        Assert.Equal("Dana Whitfield", entity.Name);
        Assert.Equal(Entity.KeyOf(EntityType.Person, "Dana\u00a0Whitfield"), Entity.KeyOf(EntityType.Person, "Dana Whitfield"));
    }

    [Fact]
    public void SurnameTheRecogniserMissed_IsAMentionOfTheFullyNamedPerson()
    {
        var document = Grouped("Dana Whitfield spoke on Monday. Whitfield openly admires the mayor.", "Dana Whitfield");
        Assert.Equal(["Dana Whitfield", "Whitfield"], document.Mentions.Select(m => document.TextOf(m.Span)));
        Assert.All(document.Mentions, m => Assert.Equal(0, m.Entity));
    }

    [Fact]
    public void SurnameInsideAnotherName_IsNoMentionOfThePerson()
    {
        var document = Grouped("Dana Whitfield spoke on Monday. The Whitfield Tower is closed.", "Dana Whitfield");
        Assert.Single(document.Mentions);
    }
}
