namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// Word shapes: upper-case letters become X, lower-case x, digits d, anything else stays itself.
/// The long shape keeps runs up to four characters ("Xxxx", "dddd-dd-dd"), the short shape collapses
/// every run to one ("Xx", "X.X.", "d-d-d") so that rare words still share a feature.
/// </summary>
internal static class WordShape
{
    public const int MaxRun = 4;

    public static char Symbol(char c)
    {
        if (char.IsDigit(c))
        {
            return 'd';
        }

        if (char.IsLetter(c))
        {
            return char.IsUpper(c) ? 'X' : 'x';
        }

        return c;
    }

    public static string Of(string word) => Build(word, MaxRun);

    public static string ShortOf(string word) => Build(word, 1);

    private static string Build(string word, int maxRun)
    {
        var shape = new System.Text.StringBuilder(word.Length);
        var previous = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var symbol = Symbol(c);
            run = symbol == previous ? run + 1 : 1;
            previous = symbol;
            if (run <= maxRun)
            {
                shape.Append(symbol);
            }
        }

        return shape.ToString();
    }
}
