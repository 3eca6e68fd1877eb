using NewsAnalysis.Core.Extraction.Document;
using NewsAnalysis.Core.Extraction.Lexicons;
using NewsAnalysis.Core.Text;

namespace NewsAnalysis.Core.Extraction.Entities;

/// <summary>
/// The title written before a person's name: "Secretary of State", "Chancellor of the Exchequer", "Defense Secretary",
/// "Minister of State for Foreign Affairs". A title is never part of the name after it, and the name after it is one person.
/// </summary>
internal static class PersonTitles
{
    /// <summary>Whether the word can stand in a title: a title word or the office a title names.</summary>
    public static bool IsTitleWord(string word) => NameLexicon.Titles.Contains(word) || NameLexicon.Portfolios.Contains(word);

    /// <summary>
    /// The first token of the title that ends right before <paramref name="name"/>, or <paramref name="name"/> when
    /// no title does. A title is title words joined by "of", "of the" or "for" and holds a word that heads a person's
    /// title ("Secretary", "Minister"): "State" alone is no title.
    /// </summary>
    public static int Start(List<Token> tokens, int name)
    {
        var start = name;
        var headed = false;
        var t = name - 1;
        while (t >= 0 && tokens[t].Kind == TokenKind.Word)
        {
            var text = tokens[t].Text;
            if (IsTitleWord(text))
            {
                headed |= NameLexicon.PersonTitleHeads.Contains(text);
                start = t;
                t--;
            }
            else if (text is "of" or "for" && t > 0 && IsTitleWord(tokens[t - 1].Text))
            {
                t--;
            }
            else if (text == "the" && t > 1 && tokens[t - 1].Text is "of" or "for" && IsTitleWord(tokens[t - 2].Text))
            {
                t -= 2;
            }
            else
            {
                break;
            }
        }

        return headed ? start : name;
    }

    /// <summary>
    /// Whether the model's mention is only offices ("Defense", "Exchequer"): inside a title before a person, no name.
    /// </summary>
    public static bool IsOffice(List<Token> tokens, EntityMention mention) =>
        mention.CanonicalName is null
        && Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken).All(t => NameLexicon.Portfolios.Contains(tokens[t].Text));
}
