namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// Everything the features need to know about one token, hashed once per token so that the
/// per-label feature templates only combine numbers.
/// </summary>
internal struct TokenProfile
{
    /// <summary>Stands in for <see cref="Word"/> and <see cref="Lower"/> of words withheld in training.</summary>
    public const ulong RareWord = 0x5EED_0000_0000_0003UL;

    /// <summary>
    /// The lower-cased word (digits as 0): the key for gazetteer and document look-ups. Unlike
    /// <see cref="Lower"/>, which feeds the word-identity features, it is never withheld.
    /// </summary>
    public ulong Key;
    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Prefix4;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public int Length;
    public TokenTraits Traits;

    /// <summary>Bit t set: the word was seen inside a training entity of type t.</summary>
    public byte Gazetteer;

    /// <summary>
    /// Bit 4t + p set: the token is part p (0 begin, 1 inside, 2 last, 3 unit) of a phrase that was
    /// a training entity of type t.
    /// </summary>
    public ushort PhraseMatch;

    /// <summary>The word's cluster paths as heap indexes in the low and high 32 bits (see <c>WordClusters</c>).</summary>
    public ulong Clusters;

    /// <summary>The same word appears title-cased away from a sentence start elsewhere in the document.</summary>
    public bool TitleCaseElsewhere;

    /// <summary>The same word appears in lower case elsewhere in the document.</summary>
    public bool LowerCaseElsewhere;

    public readonly bool Has(TokenTraits trait) => (Traits & trait) != 0;

    public static TokenProfile Of(string token)
    {
        var profile = new TokenProfile { Length = token.Length };
        var word = FeatureHash.Seed;
        var lower = FeatureHash.Seed;
        var shape = FeatureHash.Seed;
        var shortShape = FeatureHash.Seed;
        var previousSymbol = '\0';
        var run = 0;
        var upper = 0;
        var lowerCount = 0;
        var letters = 0;
        var digits = 0;
        var traits = TokenTraits.None;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            word = FeatureHash.Step(word, c);
            var normalized = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
            lower = FeatureHash.Step(lower, normalized);
            switch (i)
            {
                case 0: profile.Prefix1 = lower; break;
                case 1: profile.Prefix2 = lower; break;
                case 2: profile.Prefix3 = lower; break;
                case 3: profile.Prefix4 = lower; break;
            }

            var symbol = WordShape.Symbol(c);
            run = symbol == previousSymbol ? run + 1 : 1;
            previousSymbol = symbol;
            if (run <= WordShape.MaxRun)
            {
                shape = FeatureHash.Step(shape, symbol);
            }

            if (run == 1)
            {
                shortShape = FeatureHash.Step(shortShape, symbol);
            }

            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                    if (i > 0 && lowerCount > 0)
                    {
                        traits |= TokenTraits.InnerCaps;
                    }
                }
                else if (char.IsLower(c))
                {
                    lowerCount++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '-')
            {
                traits |= TokenTraits.HasHyphen;
            }
            else if (c == '.')
            {
                traits |= TokenTraits.HasPeriod;
            }
        }

        var suffix = FeatureHash.Seed;
        for (var n = 1; n <= Math.Min(4, token.Length); n++)
        {
            var c = token[^n];
            suffix = FeatureHash.Step(suffix, char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
            switch (n)
            {
                case 1: profile.Suffix1 = suffix; break;
                case 2: profile.Suffix2 = suffix; break;
                case 3: profile.Suffix3 = suffix; break;
                case 4: profile.Suffix4 = suffix; break;
            }
        }

        if (token.Length > 0 && char.IsUpper(token[0]))
        {
            traits |= TokenTraits.Capitalized;
        }

        if (letters > 0)
        {
            traits |= TokenTraits.HasLetter;
            if (lowerCount == 0 && upper > 1)
            {
                traits |= TokenTraits.AllCaps;
            }

            if (upper == 0)
            {
                traits |= TokenTraits.AllLower;
            }
        }

        if (digits > 0)
        {
            traits |= TokenTraits.HasDigit;
            if (digits == token.Length)
            {
                traits |= TokenTraits.AllDigits;
            }
        }

        if (letters == 0 && digits == 0)
        {
            traits |= TokenTraits.NoAlphanumeric;
        }

        profile.Word = FeatureHash.Mix(word);
        profile.Lower = FeatureHash.Mix(lower);
        profile.Key = profile.Lower;
        profile.Shape = FeatureHash.Mix(shape);
        profile.ShortShape = FeatureHash.Mix(shortShape);
        profile.Traits = traits;
        return profile;
    }
}
