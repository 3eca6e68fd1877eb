using System.Text;
using NewsAnalysis.Training.Corpora;

namespace NewsAnalysis.Core.Tests.Extraction.Claims;

public sealed class ClaimBusterSplitTests
{
    [Fact]
    public void IsHeldOut_HoldsOutAboutOneFifthOfIds()
    {
        var heldOut = Enumerable.Range(0, 10_000).Count(id => ClaimBusterSplit.IsHeldOut(id));

        Assert.InRange(heldOut, 1_800, 2_200);
    }

    [Fact]
    public void Split_DependsOnIdsNotOnFileOrder()
    {
        var sentences = Enumerable.Range(0, 200).Select(i => new ClaimBusterSentence(i, i % 3 == 0, $"s{i}")).ToList();

        var (_, forward) = ClaimBusterSplit.Split(sentences);
        var (_, backward) = ClaimBusterSplit.Split(Enumerable.Reverse(sentences));

        Assert.Equal(forward.Select(s => s.SentenceId).Order(), backward.Select(s => s.SentenceId).Order());
    }

    [Fact]
    public void Read_ParsesIdLabelAndText()
    {
        var json = """[{"sentence_id": 42, "label": 1, "text": "Taxes rose."}, {"sentence_id": 7, "label": 0, "text": "Thanks."}]""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var sentences = ClaimBusterSplit.Read(stream);

        Assert.Equal([new ClaimBusterSentence(42, true, "Taxes rose."), new ClaimBusterSentence(7, false, "Thanks.")], sentences);
    }
}
