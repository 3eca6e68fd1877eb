using System.Globalization;
using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Claims;

/// <summary>
/// Reads stated quantities from tokens: "more than 320,000 people", "20%", "$3.5 billion", "six-year".
/// Dates, years and ordinals are not quantities.
/// </summary>
public static class QuantityParser
{
    private static readonly string[][] Approximations =
    [
        ["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["close", "to"], ["upwards", "of"],
        ["an", "estimated"], ["nearly"], ["almost"], ["about"], ["around"], ["roughly"], ["approximately"],
        ["over"], ["under"], ["some"], ["estimated"], ["just", "over"], ["just", "under"], ["well", "over"],
        ["more", "than", "a"], ["about", "a"], ["nearly", "a"], ["almost", "a"],
    ];

    /// <summary>The words an approximation can start with: a token that is none of them starts none (most tokens).</summary>
    private static readonly HashSet<string> ApproximationStarts = new(Approximations.Select(phrase => phrase[0]), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["dozen"] = 12,
        ["dozens"] = 24,
        ["hundreds"] = 200,
        ["thousands"] = 2_000,
        ["millions"] = 2_000_000,
        ["half"] = 0.5,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
        ["bn"] = 1_000_000_000,
        ["mln"] = 1_000_000,
    };

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.Ordinal)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["£"] = "GBP",
        ["€"] = "EUR",
        ["¥"] = "JPY",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.",
        "Nov.", "Dec.",
    };

    private static readonly HashSet<string> NotUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "for", "by", "with", "from", "that", "this",
        "who", "which", "were", "was", "are", "is", "have", "has", "had", "be", "been", "will", "would", "could",
        "than", "as", "per", "more", "less", "times", "out", "percent", "killed", "died", "dead", "said", "says",
        "since", "after", "before", "when", "while", "but", "so", "if", "its", "their", "his", "her", "it", "they",
        "we", "he", "she", "not", "also", "other", "others", "each", "all", "into", "about", "over", "under",
    };

    /// <summary>
    /// The most quantities read from one span: more make a table or a list, not a statement, and each is a stored row
    /// ("1,000 1,000 …" at the body's length limit stored 83,000). PolNeAR's claims (train and dev) hold at most 10.
    /// </summary>
    public const int MaxPerSpan = 20;

    /// <summary>The quantities stated in tokens [<paramref name="first"/>, <paramref name="end"/>), the first <see cref="MaxPerSpan"/> of them.</summary>
    public static List<ExtractedQuantity> Parse(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        var found = new List<ExtractedQuantity>();
        var i = first;
        while (i < end && found.Count < MaxPerSpan)
        {
            if (TryParseAt(text, tokens, first, end, i, out var quantity, out var next))
            {
                found.Add(quantity);
                i = next;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool TryParseAt(string text, IReadOnlyList<Token> tokens, int first, int end, int i, out ExtractedQuantity quantity, out int next)
    {
        quantity = null!;
        next = i;
        var start = i;
        string? approximation = null;
        foreach (var phrase in ApproximationStarts.Contains(tokens[i].Text) ? Approximations : [])
        {
            if (Matches(tokens, i, end, phrase) && i + phrase.Length < end && StartsNumber(tokens[i + phrase.Length]))
            {
                if (approximation is null || phrase.Length > approximation.Split(' ').Length)
                {
                    approximation = string.Join(' ', phrase);
                }
            }
        }

        var p = approximation is null ? i : i + approximation.Split(' ').Length;
        if (approximation is not null && approximation.EndsWith(" a", StringComparison.Ordinal))
        {
            approximation = approximation[..^2];
        }

        string? unit = null;
        if (p < end && Currencies.TryGetValue(tokens[p].Text, out var currency))
        {
            unit = currency;
            p++;
        }

        if (p >= end || !TryReadNumber(tokens[p], out var value, out var hyphenUnit))
        {
            return false;
        }

        var numberToken = p;
        if (IsDateOrYear(tokens, first, numberToken, value, unit))
        {
            return false;
        }

        p++;
        if (p < end && Multipliers.TryGetValue(tokens[p].Text, out var multiplier))
        {
            value *= multiplier;
            p++;
        }

        if (hyphenUnit is not null)
        {
            unit ??= hyphenUnit;
        }
        else if (p < end && tokens[p].Text is "%")
        {
            unit ??= "percent";
            p++;
        }
        else if (p < end && tokens[p].Text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            unit ??= "percent";
            p++;
        }
        else if (p + 1 < end && tokens[p].Text == "per" && tokens[p + 1].Text == "cent")
        {
            unit ??= "percent";
            p += 2;
        }
        else if (unit is null && p < end && IsUnitWord(tokens[p]))
        {
            unit = tokens[p].Text.ToLowerInvariant();
            p++;
        }

        if (tokens[numberToken].Kind == TokenKind.Word && hyphenUnit is null && unit is null)
        {
            // A bare number word ("two", "dozens") is a quantity only with what it counts.
            return false;
        }

        var span = new TextSpan(tokens[start].Start, tokens[p - 1].End);
        quantity = new ExtractedQuantity(span, value, unit, approximation);
        next = p;
        return true;
    }

    private static bool StartsNumber(Token token) =>
        token.Kind == TokenKind.Number || Currencies.ContainsKey(token.Text) || NumberWords.ContainsKey(token.Text)
            || token.Text is "a" or "half";

    private static bool Matches(IReadOnlyList<Token> tokens, int i, int end, string[] phrase)
    {
        if (i + phrase.Length > end)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!tokens[i + k].Text.Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadNumber(Token token, out double value, out string? hyphenUnit)
    {
        hyphenUnit = null;
        var text = token.Text;
        if (token.Kind == TokenKind.Number)
        {
            return double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && !text.Contains(':') && !text.Contains('/');
        }

        var dash = text.IndexOf('-');
        var head = dash > 0 ? text[..dash] : text;
        if (dash > 0 && head.All(char.IsDigit) && double.TryParse(head, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            hyphenUnit = text[(dash + 1)..].ToLowerInvariant();
            return hyphenUnit.All(char.IsLetter);
        }

        if (NumberWords.TryGetValue(head, out value))
        {
            if (dash > 0)
            {
                hyphenUnit = text[(dash + 1)..].ToLowerInvariant();
                return hyphenUnit.All(char.IsLetter) && !NumberWords.ContainsKey(hyphenUnit);
            }

            return true;
        }

        value = 0;
        return false;
    }

    private static bool IsDateOrYear(IReadOnlyList<Token> tokens, int first, int i, double value, string? unit)
    {
        if (i > first && Months.Contains(tokens[i - 1].Text))
        {
            return true;
        }

        if (i + 1 < tokens.Count && Months.Contains(tokens[i + 1].Text))
        {
            return true;
        }

        var text = tokens[i].Text;
        var isYearLike = unit is null && text.Length == 4 && value is >= 1800 and <= 2100
            && (i + 1 >= tokens.Count || tokens[i + 1].Text is not "%" and not "percent");
        var isDecade = text.Length == 5 && text.EndsWith('s') && text[..4].All(char.IsDigit);
        return isYearLike || isDecade;
    }

    private static bool IsUnitWord(Token token) =>
        token.Kind == TokenKind.Word && !char.IsUpper(token.Text[0]) && token.Text.All(c => char.IsLetter(c) || c == '-')
            && !NotUnits.Contains(token.Text);
}
