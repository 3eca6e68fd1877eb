using System.Text.Json;
using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Training.Corpora;

/// <summary>
/// Reads the ClaimBuster JSON file and divides it into the four fifths the shipped model is trained on and
/// the fifth it is evaluated on. The training command, the evaluation command and the regression test all go
/// through here, so the held-out score they report is about the same sentences.
/// </summary>
public static class ClaimBusterSplit
{
    private const int Folds = 5;

    /// <summary>Parses a JSON array of <c>{sentence_id, label, text}</c> objects.</summary>
    public static IReadOnlyList<ClaimBusterSentence> Read(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var sentences = new List<ClaimBusterSentence>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            sentences.Add(new ClaimBusterSentence(
                item.GetProperty("sentence_id").GetInt64(),
                item.GetProperty("label").GetInt32() == 1,
                item.GetProperty("text").GetString() ?? string.Empty));
        }

        return sentences;
    }

    /// <summary>
    /// True for the held-out fifth. Decided by a hash of the sentence id rather than by file position, so
    /// reordering or appending to the file does not move sentences between the two parts.
    /// </summary>
    public static bool IsHeldOut(long sentenceId)
    {
        var hash = TemplateHash.Start("claimbuster-split");
        hash.Add((ulong)sentenceId);
        return hash.Value % Folds == 0;
    }

    /// <summary>Divides <paramref name="sentences"/> into training and held-out parts, keeping file order.</summary>
    public static (IReadOnlyList<ClaimBusterSentence> Training, IReadOnlyList<ClaimBusterSentence> HeldOut) Split(
        IEnumerable<ClaimBusterSentence> sentences)
    {
        var training = new List<ClaimBusterSentence>();
        var heldOut = new List<ClaimBusterSentence>();
        foreach (var sentence in sentences)
        {
            (IsHeldOut(sentence.SentenceId) ? heldOut : training).Add(sentence);
        }

        return (training, heldOut);
    }
}
