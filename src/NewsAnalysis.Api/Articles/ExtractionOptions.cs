namespace NewsAnalysis.Api.Articles;

/// <summary>Configuration section <c>Extraction</c>: how articles are analysed.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>
    /// Check-worthiness also reads the sentence encoder (better scores); false keeps the lexical model alone, which
    /// ingests about 13 times faster in a third of the memory.
    /// </summary>
    public bool SentenceEncoder { get; set; } = true;

    /// <summary>
    /// The entity recogniser also reads the sentence encoder's contextual vectors (decision 0021): CoNLL eng.testa F1
    /// 93.2 instead of 91.6, for about a third of a CPU second more an article. Needs <see cref="SentenceEncoder"/>.
    /// </summary>
    public bool AccurateEntities { get; set; }
}
