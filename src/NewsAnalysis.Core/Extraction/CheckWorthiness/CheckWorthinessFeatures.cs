using NewsAnalysis.Core.Extraction.Learning;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.CheckWorthiness;

/// <summary>
/// Turns one sentence into hashed feature indices. Besides word n-grams it adds cue features that
/// generalise past the vocabulary of the training debates: what kind of quantities occur, comparisons,
/// who is speaking to whom, modality and tense, and how long the sentence is.
/// </summary>
internal sealed class CheckWorthinessFeatures
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
        "trillions", "half", "third", "thirds", "quarter", "twice", "double", "doubled", "tripled", "dozen",
        "percent", "percentage",
    };

    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "$", "dollar", "dollars", "cents", "budget", "deficit", "debt", "tax", "taxes", "spending", "spent",
        "cost", "costs", "paid", "pay", "billion", "million", "trillion",
    };

    private static readonly HashSet<string> ComparisonWords = new(StringComparer.Ordinal)
    {
        "more", "most", "less", "least", "fewer", "than", "higher", "highest", "lower", "lowest", "larger",
        "largest", "bigger", "biggest", "greater", "greatest", "smaller", "smallest", "increase", "increased",
        "decrease", "decreased", "rose", "risen", "fell", "fallen", "doubled", "tripled", "cut", "grew",
        "grown", "declined", "record", "ever", "since", "only", "first", "last",
    };

    private static readonly HashSet<string> FirstPersonSingular = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself",
    };

    private static readonly HashSet<string> FirstPersonPlural = new(StringComparer.Ordinal)
    {
        "we", "us", "our", "ours", "ourselves",
    };

    private static readonly HashSet<string> SecondPerson = new(StringComparer.Ordinal)
    {
        "you", "your", "yours", "yourself", "yourselves",
    };

    private static readonly HashSet<string> ThirdPerson = new(StringComparer.Ordinal)
    {
        "he", "she", "him", "her", "his", "they", "them", "their",
    };

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "would", "should", "could", "can", "must", "may", "might", "shall", "'ll", "'d", "ought",
        "need", "needs", "want", "wants", "going",
    };

    private static readonly HashSet<string> PastTenseCues = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "has", "have", "been", "ago", "last", "voted", "said", "passed",
    };

    private static readonly HashSet<string> OpinionCues = new(StringComparer.Ordinal)
    {
        "think", "believe", "feel", "hope", "thank", "thanks", "agree", "disagree", "wrong", "right",
        "question", "answer", "let", "going", "ought", "important",
    };

    private static readonly HashSet<string> IrregularPastTense = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "said", "made", "took", "got", "found", "went", "came", "gave", "knew",
        "thought", "told", "became", "left", "felt", "brought", "began", "kept", "held", "stood", "heard",
        "meant", "met", "ran", "paid", "sat", "spoke", "led", "grew", "lost", "fell", "sent", "built",
        "understood", "drew", "broke", "spent", "rose", "drove", "bought", "wore", "chose", "sought", "threw",
        "caught", "dealt", "won", "fought", "sold", "shot", "saw", "wrote", "taught", "ago",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "from", "and", "or", "but", "that",
        "this", "these", "those", "is", "are", "be", "been", "being", "'s", "not", "n't", "no", "never", "there",
        "it", "what", "which", "who", "when", "if", "because", "so", "as", "all", "every", "do", "does",
        "now", "today", "year", "years", "per", "%", "$",
    };

    private readonly int _mask;

    public CheckWorthinessFeatures(int hashBits, CheckWorthinessFeatureSet featureSet)
    {
        HashBits = hashBits;
        FeatureSet = featureSet;
        _mask = (1 << hashBits) - 1;
    }

    public int HashBits { get; }

    public CheckWorthinessFeatureSet FeatureSet { get; }

    /// <summary>Appends one index per feature occurrence; repeated indices count as repeated occurrences.</summary>
    public void Extract(string sentence, List<int> indices)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = Normalise(tokens[i], i > 0 ? tokens[i - 1] : null, i + 1 < tokens.Count ? tokens[i + 1] : null);
        }

        var numbers = 0;
        var capitalised = 0;
        var pastTense = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = words[i];
            AddFeature(indices, "w", word);
            AddFeature(indices, "b", i == 0 ? "<s>" : words[i - 1], word);
            if (FeatureSet.HasFlag(CheckWorthinessFeatureSet.WordTrigrams) && i > 0)
            {
                AddFeature(indices, "t", i == 1 ? "<s>" : words[i - 2], words[i - 1], word);
            }

            if (FeatureSet.HasFlag(CheckWorthinessFeatureSet.CharacterNGrams) && tokens[i].Kind == TokenKind.Word)
            {
                AddCharacterNGrams(indices, word);
            }

            var token = tokens[i];
            if (token.Kind == TokenKind.Number || word.StartsWith('#'))
            {
                numbers++;
                AddFeature(indices, "num", word);
            }

            if (NumberWords.Contains(word))
            {
                AddFeature(indices, "cue", "number-word");
            }

            if (MoneyWords.Contains(word))
            {
                AddFeature(indices, "cue", "money");
            }

            if (ComparisonWords.Contains(word) || IsSuperlative(word))
            {
                AddFeature(indices, "cue", "compare");
            }

            if (FirstPersonSingular.Contains(word))
            {
                AddFeature(indices, "cue", "i");
            }
            else if (FirstPersonPlural.Contains(word))
            {
                AddFeature(indices, "cue", "we");
            }
            else if (SecondPerson.Contains(word))
            {
                AddFeature(indices, "cue", "you");
            }
            else if (ThirdPerson.Contains(word))
            {
                AddFeature(indices, "cue", "they");
            }

            if (Modals.Contains(word))
            {
                AddFeature(indices, "cue", "modal");
            }

            if (OpinionCues.Contains(word))
            {
                AddFeature(indices, "cue", "opinion");
            }

            if (PastTenseCues.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)))
            {
                pastTense++;
            }

            if (i > 0 && token.Kind == TokenKind.Word && token.IsCapitalized && token.Text != "I")
            {
                capitalised++;
            }
        }

        if (FeatureSet.HasFlag(CheckWorthinessFeatureSet.WordClassNGrams))
        {
            AddWordClassNGrams(indices, tokens, words);
        }

        AddFeature(indices, "end", words.Length == 0 ? "<empty>" : words[^1]);
        AddFeature(indices, "b", words.Length == 0 ? "<s>" : words[^1], "</s>");
        AddFeature(indices, "numbers", Bucket(numbers, 0, 1, 2, 3));
        AddFeature(indices, "caps", Bucket(capitalised, 0, 1, 2, 4));
        AddFeature(indices, "past", Bucket(pastTense, 0, 1, 2));
        AddFeature(indices, "length", Bucket(tokens.Count, 4, 7, 11, 16, 22, 30, 45));
        if (sentence.Contains('?', StringComparison.Ordinal))
        {
            AddFeature(indices, "cue", "question");
        }
    }

    /// <summary>
    /// Lower-cases words and replaces numbers by their kind, so "1947" and "1952" share one feature
    /// ("#year") instead of each being a rare word the model cannot learn from.
    /// </summary>
    private static string Normalise(Token token, Token? previous, Token? next)
    {
        if (token.Kind != TokenKind.Number)
        {
            return token.Text.ToLowerInvariant();
        }

        var text = token.Text;
        var nextWord = next?.Text.ToLowerInvariant();
        if (nextWord is "%" or "percent" or "per")
        {
            return "#percent";
        }

        if (previous?.Text is "$" or "£" or "€")
        {
            return "#money";
        }

        if (text.Length == 4 && (text.StartsWith("19", StringComparison.Ordinal) || text.StartsWith("20", StringComparison.Ordinal)))
        {
            return "#year";
        }

        if (text.EndsWith('s') && text.Length == 5)
        {
            return "#decade";
        }

        if (text.Contains('.', StringComparison.Ordinal))
        {
            return "#decimal";
        }

        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return digits switch
        {
            1 => "#1",
            2 => "#2",
            3 => "#3",
            _ => "#4+",
        };
    }

    /// <summary>
    /// Coarse word classes standing in for the part-of-speech n-grams of the original ClaimBuster model:
    /// "they VBD NUM" or "we MD" patterns carry over to sentences whose words were never seen in training.
    /// </summary>
    private void AddWordClassNGrams(List<int> indices, List<Token> tokens, string[] words)
    {
        var classes = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            classes[i] = WordClass(tokens[i], words[i], i);
        }

        for (var i = 0; i < classes.Length; i++)
        {
            var previous = i == 0 ? "<s>" : classes[i - 1];
            AddFeature(indices, "k2", previous, classes[i]);
            if (i > 0)
            {
                AddFeature(indices, "k3", i == 1 ? "<s>" : classes[i - 2], previous, classes[i]);
            }
        }
    }

    private static string WordClass(Token token, string word, int position)
    {
        if (word.StartsWith('#'))
        {
            return word;
        }

        if (FunctionWords.Contains(word) || token.Kind is TokenKind.Punctuation or TokenKind.QuotationMark)
        {
            return word;
        }

        if (NumberWords.Contains(word))
        {
            return "NUMW";
        }

        if (FirstPersonSingular.Contains(word))
        {
            return "I";
        }

        if (FirstPersonPlural.Contains(word))
        {
            return "WE";
        }

        if (SecondPerson.Contains(word))
        {
            return "YOU";
        }

        if (ThirdPerson.Contains(word))
        {
            return "THEY";
        }

        if (Modals.Contains(word))
        {
            return "MD";
        }

        if (IrregularPastTense.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return "VBD";
        }

        if (ComparisonWords.Contains(word) || IsSuperlative(word))
        {
            return "CMP";
        }

        if (position > 0 && token.IsCapitalized)
        {
            return "CAP";
        }

        return word.EndsWith("ing", StringComparison.Ordinal) ? "VBG" : word.EndsWith('s') ? "S" : "W";
    }

    private static bool IsSuperlative(string word) =>
        word.Length > 5 && word.EndsWith("est", StringComparison.Ordinal) && word is not "interest" and not "request"
            and not "protest" and not "honest" and not "suggest" and not "invest" and not "arrest";

    private static string Bucket(int value, params int[] upperBounds)
    {
        foreach (var bound in upperBounds)
        {
            if (value <= bound)
            {
                return "<=" + bound.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return ">" + upperBounds[^1].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AddCharacterNGrams(List<int> indices, string word)
    {
        // Sub-word pieces let "taxes"/"taxpayers" and "unemployment"/"employed" share evidence.
        Span<char> padded = stackalloc char[Math.Min(word.Length, 40) + 2];
        padded[0] = '<';
        word.AsSpan(0, padded.Length - 2).CopyTo(padded[1..]);
        padded[^1] = '>';
        for (var n = 3; n <= 5; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                var hash = TemplateHash.Start("c");
                hash.Add(padded.Slice(start, n));
                indices.Add((int)(hash.Value & (uint)_mask));
            }
        }
    }

    private void AddFeature(List<int> indices, string template, string value)
    {
        var hash = TemplateHash.Start(template);
        hash.Add(value);
        indices.Add((int)(hash.Value & (uint)_mask));
    }

    private void AddFeature(List<int> indices, string template, string first, string second)
    {
        var hash = TemplateHash.Start(template);
        hash.Add(first);
        hash.Add('\u0002');
        hash.Add(second);
        indices.Add((int)(hash.Value & (uint)_mask));
    }

    /// <summary>
    /// <see cref="AddFeature(List{int}, string, string, string)"/> with "<paramref name="secondHead"/> <paramref name="secondTail"/>"
    /// as the second part, hashed piece by piece: the same hash as the joined string, without building it.
    /// </summary>
    private void AddFeature(List<int> indices, string template, string first, string secondHead, string secondTail)
    {
        var hash = TemplateHash.Start(template);
        hash.Add(first);
        hash.Add('\u0002');
        hash.Add(secondHead);
        hash.Add(' ');
        hash.Add(secondTail);
        indices.Add((int)(hash.Value & (uint)_mask));
    }
}
