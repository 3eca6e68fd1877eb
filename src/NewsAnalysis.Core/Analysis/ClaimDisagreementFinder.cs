using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsAnalysis.Core.Analysis;

/// <summary>
/// Finds pairs of claims that are about the same thing and cannot both be right, with explainable
/// heuristics and no model (docs/decisions/0008-claim-disagreements.md):
/// <list type="bullet">
/// <item><b>Numbers</b>: the same unit with values whose ranges do not meet ("89 people" vs "20 people");
/// exact values are points, "about" is ±10%, "more than" is open above, "up to" open below.</item>
/// <item><b>Polarity</b>: one claim denies or negates (an odd number of "denied", "not", "never", "false"…
/// in cue and content together) what the other asserts.</item>
/// </list>
/// "About the same thing" is overlap of content words (stop words, numbers and negators removed, crude
/// suffix stripping) over the shorter claim. Claims of one claimant are never compared with each other.
/// Deterministic: the result depends only on the set of claims, not on their order.
/// </summary>
public static partial class ClaimDisagreementFinder
{
    /// <summary>Relative tolerance of an approximate value: "about 100" is 90 to 110, "nearly 100" is 90 to 100.</summary>
    public const double ApproximateTolerance = 0.10;

    /// <summary>Shared content words over those of the shorter claim for two claims to be about the same thing.</summary>
    public const double SameThingOverlap = 0.6;

    /// <summary>The lower overlap that is enough when both claims count the same noun ("people", "aircraft").</summary>
    public const double CountedNounOverlap = 0.4;

    /// <summary>At least this many shared content words for a numbers disagreement.</summary>
    public const int MinSharedWordsForNumbers = 2;

    /// <summary>At least this many shared content words for a polarity disagreement: negation is cheap to misread, so it needs more.</summary>
    public const int MinSharedWordsForPolarity = 3;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "than", "that", "this", "these", "those", "there", "here",
        "of", "in", "on", "at", "to", "from", "by", "for", "with", "into", "onto", "upon", "as", "about", "over", "under",
        "after", "before", "during", "since", "while", "when", "where", "which", "who", "whom", "whose", "what", "why", "how",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
        "you", "your", "i", "me", "my", "one", "ones", "all", "any", "each", "some", "such", "more", "most", "less",
        "least", "fewer", "few", "many", "much", "also", "only", "just", "very", "so", "too", "up", "out", "off",
        "said", "say", "says", "saying", "told", "tell", "according", "claimed", "claims", "claim", "stated",
        "nearly", "almost", "around", "roughly", "approximately", "estimated", "upwards", "close", "well",
        "percent", "per", "cent", "last", "other", "others", "both", "either",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "billions", "trillion", "dozen", "dozens", "half", "bn", "mln",
    };

    /// <summary>Words that negate the sentence they are in. "Disputed" and "contested" only count in a cue: in content they are usually adjectives ("the disputed region").</summary>
    private static readonly HashSet<string> ContentNegators = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "false", "untrue", "baseless",
        "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
        "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "refuting",
    };

    private static readonly HashSet<string> CueOnlyNegators = new(StringComparer.Ordinal)
    {
        "dispute", "disputes", "disputed", "disputing", "contest", "contests", "contested", "contesting",
        "contradict", "contradicts", "contradicted", "contradicting",
    };

    private static readonly string[] VagueCounts = ["dozens", "hundreds", "thousands", "millions", "billions"];

    private static readonly string[] OpenAbove = ["more than", "over", "upwards of", "well over", "at least", "as few as"];

    private static readonly string[] OpenBelow = ["less than", "fewer than", "under", "at most", "up to", "as many as", "as much as"];

    private static readonly string[] AtMost = ["just under", "nearly", "almost", "close to"];

    /// <summary>Every disagreeing pair among <paramref name="claims"/>, best-supported (highest overlap) first.</summary>
    public static IReadOnlyList<ClaimDisagreement> Find(IEnumerable<ComparableClaim> claims)
    {
        var profiles = claims
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.Id)
            .Select(ClaimProfile.Of)
            .Where(p => p.Words.Count > 0)
            .ToList();
        var found = new List<ClaimDisagreement>();
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                if (Compare(profiles[i], profiles[j]) is { } disagreement)
                {
                    found.Add(disagreement);
                }
            }
        }

        return found
            .OrderByDescending(d => d.Overlap)
            .ThenBy(d => d.Kind)
            .ThenBy(d => d.FirstClaimId)
            .ThenBy(d => d.SecondClaimId)
            .ToList();
    }

    /// <summary>The disagreement between two claims, or null when they agree, are not about the same thing, or share a claimant.</summary>
    public static ClaimDisagreement? Compare(ComparableClaim first, ComparableClaim second)
    {
        var (a, b) = first.Id <= second.Id ? (first, second) : (second, first);
        return Compare(ClaimProfile.Of(a), ClaimProfile.Of(b));
    }

    private static ClaimDisagreement? Compare(ClaimProfile a, ClaimProfile b)
    {
        if (a.ClaimantKey == b.ClaimantKey)
        {
            return null;
        }

        // Most pairs share almost nothing: count before building anything.
        var (fewer, more) = a.Words.Count <= b.Words.Count ? (a.Words, b.Words) : (b.Words, a.Words);
        var sharedCount = fewer.Keys.Count(more.ContainsKey);
        if (sharedCount < MinSharedWordsForNumbers)
        {
            return null;
        }

        var shared = a.Words.Keys.Where(b.Words.ContainsKey).OrderBy(w => w, StringComparer.Ordinal).ToList();
        var smaller = fewer.Count;

        var overlap = Math.Round((double)shared.Count / smaller, 3);
        var sharedWords = shared.Select(w => a.Words[w]).ToList();
        var numbers = NumberConflict(a, b);
        if (a.Negated == b.Negated)
        {
            if (numbers is not var (qa, qb))
            {
                return null;
            }

            var countedNoun = qa.Unit is { } unit && UnitKey(unit) is var key && key.Length > 0 && char.IsLetter(key[0])
                && key is not "percent" && a.Words.ContainsKey(key);
            var aboutSame = shared.Count >= MinSharedWordsForNumbers
                && (overlap >= SameThingOverlap || (countedNoun && overlap >= CountedNounOverlap));
            return aboutSame
                ? new ClaimDisagreement(a.Claim.Id, b.Claim.Id, DisagreementKind.Numbers, NumbersReason(a, b, qa, qb), sharedWords, overlap)
                : null;
        }

        // A denial of one number and the assertion of another are compatible, not a disagreement.
        if (numbers is not null || shared.Count < MinSharedWordsForPolarity || overlap < SameThingOverlap)
        {
            return null;
        }

        var (negating, asserting) = a.Negated ? (a, b) : (b, a);
        var reason = $"{Who(negating)} {negating.NegationText} vs {Who(asserting)} {asserting.Claim.Cue ?? "states"}";
        return new ClaimDisagreement(a.Claim.Id, b.Claim.Id, DisagreementKind.Polarity, reason, sharedWords, overlap);
    }

    /// <summary>A pair of quantities of one unit that cannot both hold, when every quantity of that unit in one claim conflicts with every one in the other.</summary>
    private static (ComparableQuantity, ComparableQuantity)? NumberConflict(ClaimProfile a, ClaimProfile b)
    {
        foreach (var unit in a.Claim.Quantities.Select(q => UnitKey(q.Unit)).Distinct().Order(StringComparer.Ordinal))
        {
            var ofA = a.Claim.Quantities.Where(q => UnitKey(q.Unit) == unit).ToList();
            var ofB = b.Claim.Quantities.Where(q => UnitKey(q.Unit) == unit).ToList();
            if (ofB.Count > 0 && ofA.All(qa => ofB.All(qb => !Compatible(qa, qb))))
            {
                return (ofA[0], ofB[0]);
            }
        }

        return null;
    }

    private static bool Compatible(ComparableQuantity a, ComparableQuantity b)
    {
        var (aLow, aHigh) = RangeOf(a);
        var (bLow, bHigh) = RangeOf(b);
        var epsilon = 1e-9 * Math.Max(1, Math.Max(Math.Abs(a.Value), Math.Abs(b.Value)));
        return aLow <= bHigh + epsilon && bLow <= aHigh + epsilon;
    }

    /// <summary>The values a stated quantity allows: "89" is 89, "more than 80" is 80 and up, "about 100" is 90 to 110.</summary>
    internal static (double Low, double High) RangeOf(ComparableQuantity quantity)
    {
        var value = quantity.Value;
        var slack = Math.Abs(value) * ApproximateTolerance;
        var text = quantity.Text.ToLowerInvariant();
        if (VagueCounts.Any(text.Contains))
        {
            // The parser reads "hundreds" as 200: it means a few hundred, not exactly 200.
            return (value, value * 5);
        }

        var approximation = quantity.Approximation?.ToLowerInvariant();
        return approximation switch
        {
            null => (value, value),
            "just over" => (value, value + slack),
            _ when OpenAbove.Contains(approximation) => (value, double.PositiveInfinity),
            _ when OpenBelow.Contains(approximation) => (double.NegativeInfinity, value),
            _ when AtMost.Contains(approximation) => (value - slack, value),
            _ => (value - slack, value + slack),
        };
    }

    private static string NumbersReason(ClaimProfile a, ClaimProfile b, ComparableQuantity qa, ComparableQuantity qb)
    {
        var context = ContextWord(a, b, qa);
        return context is null ? $"{qa.Text} vs {qb.Text}" : $"{context}: {qa.Text} vs {qb.Text}";
    }

    /// <summary>The nearest shared content word just before or after the number in the first claim ("killed" in "killed 89 people").</summary>
    private static string? ContextWord(ClaimProfile a, ClaimProfile b, ComparableQuantity quantity)
    {
        var at = a.Claim.Text.IndexOf(quantity.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var before = Words().Matches(a.Claim.Text[..at]).Select(m => m.Value).TakeLast(3).Reverse();
        var after = Words().Matches(a.Claim.Text[(at + quantity.Text.Length)..]).Select(m => m.Value).Take(3);
        var unit = UnitKey(quantity.Unit);
        return before.Concat(after)
            .FirstOrDefault(w => Normalise(w.ToLowerInvariant()) is { } key && key != unit && a.Words.ContainsKey(key) && b.Words.ContainsKey(key));
    }

    private static string Who(ClaimProfile claim) => claim.Claim.ClaimantName ?? "unattributed";

    /// <summary>"people", "persons" and "person" count the same thing; an absent unit (a bare number) is its own unit.</summary>
    private static string UnitKey(string? unit)
    {
        if (unit is null)
        {
            return "";
        }

        var key = Normalise(unit.ToLowerInvariant()) ?? unit.ToLowerInvariant();
        return key is "person" or "persons" ? "peopl" : key;
    }

    /// <summary>Crude suffix stripping so "strikes", "striking" and "strike" meet; null for stop words and numbers.</summary>
    internal static string? Normalise(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        if (word.Length == 0 || StopWords.Contains(word) || NumberWords.Contains(word) || !word.Any(char.IsLetter)
            || ContentNegators.Contains(word) || CueOnlyNegators.Contains(word) || IsContraction(word))
        {
            return null;
        }

        if (word.Length > 4 && (word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ied", StringComparison.Ordinal)))
        {
            return word[..^3] + "y";
        }

        if (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            word = word[..^3];
        }
        else if (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        return word.Length > 3 && word.EndsWith('e') ? word[..^1] : word;
    }

    private static bool IsContraction(string word) =>
        word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Words();

    /// <summary>What the comparison needs of one claim, computed once.</summary>
    private sealed record ClaimProfile(ComparableClaim Claim, string ClaimantKey, Dictionary<string, string> Words, bool Negated, string NegationText)
    {
        public static ClaimProfile Of(ComparableClaim claim)
        {
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var negators = new List<string>();
            foreach (Match match in ClaimDisagreementFinder.Words().Matches(claim.Text))
            {
                var word = match.Value.ToLowerInvariant();
                if (ContentNegators.Contains(word) || IsContraction(word))
                {
                    negators.Add(match.Value);
                }
                else if (Normalise(word) is { } key)
                {
                    words.TryAdd(key, word);
                }
            }

            var cueNegates = claim.Cue is { } cue
                && ClaimDisagreementFinder.Words().Matches(cue.ToLowerInvariant())
                    .Count(m => ContentNegators.Contains(m.Value) || CueOnlyNegators.Contains(m.Value) || IsContraction(m.Value)) % 2 == 1;
            // An odd count of negators negates: "denied that it did not happen" asserts that it happened.
            var negated = cueNegates ^ (negators.Count % 2 == 1);
            var negation = cueNegates
                ? claim.Cue!
                : $"{claim.Cue ?? "states"} '{string.Join(' ', negators)}'";
            return new ClaimProfile(claim, ClaimantKeyOf(claim), words, negated, negation);
        }

        /// <summary>
        /// Who is speaking: the linked entity when there is one; otherwise the name within its article (two
        /// articles' "officials" are not the same people); an unattributed claim is the article's own voice.
        /// </summary>
        private static string ClaimantKeyOf(ComparableClaim claim) => claim switch
        {
            { ClaimantEntityId: { } entity } => "entity:" + entity.ToString(CultureInfo.InvariantCulture),
            { ClaimantName: { } name } => $"name:{claim.ArticleId.ToString(CultureInfo.InvariantCulture)}:{name.Trim().ToLowerInvariant()}",
            _ => "article:" + claim.ArticleId.ToString(CultureInfo.InvariantCulture),
        };
    }
}
