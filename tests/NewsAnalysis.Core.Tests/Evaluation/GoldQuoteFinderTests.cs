using NewsAnalysis.Core.Text;
using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class GoldQuoteFinderTests
{
    // ⟦ and ⟧ mark the fragments of the gold content inside the text; they are removed before the search.
    [Theory]
    [InlineData("Trump said ⟦“we will win.”⟧ today.", "we will win.")]
    [InlineData("Aides ⟦acted to “keep details under wraps.”⟧", "keep details under wraps.")]
    [InlineData("“⟦We will win⟧,” he said.", "We will win")]
    [InlineData("⟦“We will win,⟧” he said.", "We will win,")]
    [InlineData("⟦“Big,”⟧ he said, ⟦“very big.”⟧", "Big,|very big.")]
    [InlineData("⟦“First paragraph.\n“Second one.”⟧", "First paragraph.|Second one.")]
    [InlineData("⟦He called it \"a disaster\" and \"a shame.\"⟧", "a disaster|a shame.")]
    [InlineData("⟦He said \" we lost \" twice⟧", "we lost")]
    [InlineData("⟦the economy is strong⟧", "")]
    [InlineData("⟦It’s ‘in their heads’⟧", "")]
    [InlineData("⟦“”⟧", "")]
    [InlineData("⟦he promised “to build a wall⟧ and more”", "to build a wall")]
    [InlineData("“We will ⟦win big⟧,” he said.", "")]
    [InlineData("⟦He called it “no evidence\"⟧ yet.", "no evidence")]
    [InlineData("\"She saw ⟦how many people agreed⟧ with her, and she was glad of it.\"", "")]
    [InlineData("⟦“One sentence.⟧ ⟦Two sentences.”⟧ he said.", "One sentence. Two sentences.")]
    [InlineData("⟦\"Read it: “As you know, she left.” Yes.\"⟧", "Read it: “As you know, she left.” Yes.")]
    [InlineData("⟦Trump said⟧ “hello” ⟦and left.⟧", "")]
    [InlineData("“Hello,” he said. ⟦“Goodbye.”⟧", "Goodbye.")]
    [InlineData("He said \"no\" and ⟦\"yes.\"⟧", "yes.")]
    [InlineData("⟦«Nous» et „wir“⟧", "Nous|wir")]
    [InlineData("⟦''Both campaigns will be there,''⟧ Mr. Miranda said.", "Both campaigns will be there,")]
    [InlineData("⟦''It's Obama's plan,'' he said, ''and it's ours.''⟧", "It's Obama's plan,|and it's ours.")]
    [InlineData("⟦It's the voters' choice⟧", "")]
    public void Find_ReturnsEachQuotedStretchInsideTheContent(string marked, string expected)
    {
        var (text, content) = Unmark(marked);

        var quotes = GoldQuoteFinder.Find(text, content);

        Assert.Equal(expected, string.Join("|", quotes.Select(q => text[q.Start..q.End])));
    }

    private static (string Text, TextSpanSet Content) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        var fragments = new List<TextSpan>();
        var start = -1;
        foreach (var c in marked)
        {
            switch (c)
            {
                case '⟦':
                    start = text.Length;
                    break;
                case '⟧':
                    fragments.Add(new TextSpan(start, text.Length));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return (text.ToString(), new TextSpanSet(fragments));
    }
}
