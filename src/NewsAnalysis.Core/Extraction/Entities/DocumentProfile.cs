using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// Token profiles for every sentence of one document, plus the document-level facts that need all
/// sentences: whether a word also occurs title-cased mid-sentence (a name even in an all-caps headline)
/// or in lower case (probably a common word) somewhere else.
/// </summary>
internal sealed class DocumentProfile
{
    /// <param name="rareWords">
    /// Training only: words whose identity features are withheld (see <see cref="TokenProfile.Key"/>), so that
    /// the model learns how to label words it has never seen.
    /// </param>
    public DocumentProfile(
        IReadOnlyList<IReadOnlyList<string>> sentences, EntityGazetteer gazetteer, WordClusters clusters, IReadOnlySet<ulong>? rareWords = null)
    {
        Sentences = new TokenProfile[sentences.Count][];
        IsHeadline = new bool[sentences.Count];
        var titleCase = new Dictionary<ulong, int>();
        var lowerCase = new HashSet<ulong>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            var profiles = new TokenProfile[tokens.Count];
            var letterTokens = 0;
            var capsTokens = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                ref var profile = ref profiles[i];
                profile = TokenProfile.Of(tokens[i]);
                profile.Gazetteer = gazetteer.Lookup(profile.Key);
                profile.Clusters = clusters.Lookup(profile.Key);
                if (rareWords is not null && rareWords.Contains(profile.Key))
                {
                    profile.Word = TokenProfile.RareWord;
                    profile.Lower = TokenProfile.RareWord;
                }

                if (profile.Has(TokenTraits.HasLetter))
                {
                    letterTokens++;
                    if (profile.Has(TokenTraits.AllCaps))
                    {
                        capsTokens++;
                    }
                }

                if (profile.Has(TokenTraits.AllLower))
                {
                    lowerCase.Add(profile.Key);
                }
            }

            // Reuters headlines are in capitals, where capitalisation carries no signal.
            IsHeadline[s] = letterTokens > 0 && capsTokens * 2 > letterTokens;
            if (!IsHeadline[s])
            {
                for (var i = 1; i < profiles.Length; i++)
                {
                    if (IsTitleCase(profiles[i]))
                    {
                        titleCase[profiles[i].Key] = titleCase.GetValueOrDefault(profiles[i].Key) + 1;
                    }
                }
            }

            MarkPhrases(profiles, gazetteer);
            Sentences[s] = profiles;
        }

        for (var s = 0; s < Sentences.Length; s++)
        {
            var profiles = Sentences[s];
            for (var i = 0; i < profiles.Length; i++)
            {
                ref var profile = ref profiles[i];
                if (!profile.Has(TokenTraits.HasLetter))
                {
                    continue;
                }

                var ownCount = !IsHeadline[s] && i > 0 && IsTitleCase(profile) ? 1 : 0;
                profile.TitleCaseElsewhere = titleCase.GetValueOrDefault(profile.Key) > ownCount;
                profile.LowerCaseElsewhere = !profile.Has(TokenTraits.AllLower) && lowerCase.Contains(profile.Key);
            }
        }
    }

    public TokenProfile[][] Sentences { get; }

    public bool[] IsHeadline { get; }

    private static void MarkPhrases(TokenProfile[] profiles, EntityGazetteer gazetteer)
    {
        for (var start = 0; start < profiles.Length; start++)
        {
            if (!profiles[start].Has(TokenTraits.Capitalized))
            {
                continue;
            }

            var key = FeatureHash.Seed;
            var end = Math.Min(profiles.Length, start + EntityGazetteer.MaxPhraseLength);
            for (var last = start; last < end; last++)
            {
                key = EntityGazetteer.PhraseKey(key, profiles[last].Key);
                var mask = gazetteer.LookupPhrase(key);
                for (var type = 0; mask != 0 && type < BilouLabels.TypeCount; type++)
                {
                    if ((mask & (1 << type)) == 0)
                    {
                        continue;
                    }

                    if (last == start)
                    {
                        profiles[start].PhraseMatch |= (ushort)(1 << ((type * 4) + 3));
                        continue;
                    }

                    profiles[start].PhraseMatch |= (ushort)(1 << (type * 4));
                    for (var i = start + 1; i < last; i++)
                    {
                        profiles[i].PhraseMatch |= (ushort)(1 << ((type * 4) + 1));
                    }

                    profiles[last].PhraseMatch |= (ushort)(1 << ((type * 4) + 2));
                }
            }
        }
    }

    private static bool IsTitleCase(in TokenProfile profile) =>
        profile.Has(TokenTraits.Capitalized) && !profile.Has(TokenTraits.AllCaps);
}
