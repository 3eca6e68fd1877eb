namespace NewsAnalysis.Api.Articles;

/// <summary>Configuration section <c>Extraction</c>: how articles are analysed.</summary>
public sealed class ExtractionOptions
{
    public const string Section = "Extraction";

    /// <summary>
    /// Check-worthiness also reads the sentence encoder: held-out F1 0.80 instead of the lexical model's 0.78, for
    /// about 200 ms more CPU an article and 300 MB more memory. Off by default (decision 0025): the lexical model
    /// ingests about eight times faster.
    /// </summary>
    public bool SentenceEncoder { get; set; }

    /// <summary>
    /// The entity recogniser also reads the sentence encoder's contextual vectors (decision 0021): CoNLL eng.testa F1
    /// 93.2 instead of 91.6, for about a third of a CPU second more an article. Needs <see cref="SentenceEncoder"/>.
    /// </summary>
    public bool AccurateEntities { get; set; }
}
