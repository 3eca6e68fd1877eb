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
        var a = entity is { } e && HasMentionOver(document, e, new TextSpan(example.AOffset, example.AOffset + example.A.Length));
        var b = entity is { } f && HasMentionOver(document, f, new TextSpan(example.BOffset, example.BOffset + example.B.Length));
        return new GapPrediction(example, a, b);
    }

    /// <summary>
    /// Of the rows with a coreferent name, how many the pipeline names as a person at all (a person mention overlaps
    /// the name), and of those how many put that person and the other name in different entities: the ceiling the
    /// pronoun resolver works under.
    /// </summary>
    public static (int Rows, int NamedAsPerson, int Separable) Reach(ExtractionPipeline pipeline, IReadOnlyList<GapExample> examples)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(examples);
        int rows = 0, named = 0, separable = 0;
        foreach (var example in examples.Where(e => e.ACoreferent || e.BCoreferent))
        {
            rows++;
            var document = pipeline.Analyze(example.Text);
            var (gold, other) = example.ACoreferent
                ? (new TextSpan(example.AOffset, example.AOffset + example.A.Length), new TextSpan(example.BOffset, example.BOffset + example.B.Length))
                : (new TextSpan(example.BOffset, example.BOffset + example.B.Length), new TextSpan(example.AOffset, example.AOffset + example.A.Length));
            var person = document.Mentions.FirstOrDefault(m => m.Type == Core.Domain.EntityType.Person && m.Entity >= 0 && m.Span.Overlaps(gold));
            if (person is null)
            {
                continue;
            }

            named++;
            separable += HasMentionOver(document, person.Entity, other) ? 0 : 1;
        }

        return (rows, named, separable);
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
