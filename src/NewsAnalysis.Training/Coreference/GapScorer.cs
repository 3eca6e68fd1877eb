using NewsAnalysis.Core.Domain;
using NewsAnalysis.Core.Extraction;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Training.Coreference;

/// <summary>
/// GAP's metric taken through the product: each passage is analysed as an article; the pronoun's entity is the entity
/// one of whose mentions (names, pronouns, descriptions) overlaps the pronoun; name A (B) is predicted coreferent when
/// that entity also has a mention overlapping A (B). F1 of the coreferent class over A and B together, and on the
/// masculine and feminine rows apart.
/// </summary>
public static class GapScorer
{
    public static GapScores Score(ExtractionPipeline pipeline, IReadOnlyList<GapExample> examples)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(examples);
        var results = new GapPrediction[examples.Count];
        Parallel.For(0, examples.Count, i => results[i] = Predict(pipeline, examples[i]));
        return new GapScores(results);
    }

    public static GapPrediction Predict(ExtractionPipeline pipeline, GapExample example)
    {
        var document = pipeline.Analyze(example.Text);
        var pronoun = new TextSpan(example.PronounOffset, example.PronounOffset + example.Pronoun.Length);
        var entity = EntityOver(document, pronoun);
        var spanA = new TextSpan(example.AOffset, example.AOffset + example.A.Length);
        var spanB = new TextSpan(example.BOffset, example.BOffset + example.B.Length);
        var a = entity is { } e && HasMentionOver(document, e, spanA);
        var b = entity is { } f && HasMentionOver(document, f, spanB);
        return new GapPrediction(example, a, b, entity is { } g ? document.Entities[g].Name : null, ReachOf(document, example, spanA, spanB));
    }

    /// <summary>
    /// Whether the pipeline names the row's coreferent name as a person at all, and if so whether it keeps that person
    /// apart from the other name; null for a row with no coreferent name.
    /// </summary>
    private static GapReach? ReachOf(AnalysisDocument document, GapExample example, TextSpan spanA, TextSpan spanB)
    {
        if (!example.ACoreferent && !example.BCoreferent)
        {
            return null;
        }

        var (gold, other) = example.ACoreferent ? (spanA, spanB) : (spanB, spanA);
        var person = document.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Entity >= 0 && m.Span.Overlaps(gold));
        if (person is null)
        {
            return document.Mentions.Any(m => m.Span.Overlaps(gold)) ? GapReach.NamedOtherwise : GapReach.NotNamed;
        }

        return HasMentionOver(document, person.Entity, other) ? GapReach.MergedWithOther : GapReach.Apart;
    }

    private static int? EntityOver(AnalysisDocument document, TextSpan span)
    {
        foreach (var reference in document.References)
        {
            if (reference.Entity is { } e && reference.Span.Overlaps(span))
            {
                return e;
            }
        }

        foreach (var mention in document.Mentions)
        {
            if (mention.Entity >= 0 && mention.Span.Overlaps(span))
            {
                return mention.Entity;
            }
        }

        return null;
    }

    private static bool HasMentionOver(AnalysisDocument document, int entity, TextSpan span) =>
        document.Mentions.Any(m => m.Entity == entity && m.Span.Overlaps(span))
        || document.References.Any(r => r.Entity == entity && r.Span.Overlaps(span));
}
