using NewsAnalysis.Training.Evaluation;

namespace NewsAnalysis.Core.Tests.Evaluation;

public sealed class BratReaderTests
{
    [Theory]
    [InlineData("T1\tSource 89 106\tThe New York Post", "T1", "Source", "89-106")]
    [InlineData("T9\tContent 315 448;463 553\t“One …” “Yesterday …”", "T9", "Content", "315-448;463-553")]
    [InlineData("T3\tContent 13 98\tIssues; It’s ‘in Their Heads.’", "T3", "Content", "13-98")]
    [InlineData("T7\tContent 209 236;91 186\tin favor … party", "T7", "Content", "209-236;91-186")]
    [InlineData("T2\tCue 0 0\t", "T2", "Cue", "0-0")]
    public void TextBound_IsReadWithEveryFragment(string line, string id, string label, string fragments)
    {
        var annotations = BratReader.Parse(line + "\n");

        var textBound = Assert.Single(annotations.TextBounds.Values);
        Assert.Equal(id, textBound.Id);
        Assert.Equal(label, textBound.Label);
        Assert.Equal(fragments, string.Join(";", textBound.Fragments.Select(f => $"{f.Start}-{f.End}")));
    }

    [Theory]
    [InlineData("T1\tContent 10 20;25 30\tfirst line\nsecond line of the same span\nT2\tSource 0 5\tTrump", 2)]
    [InlineData("#1\tAnnotatorNotes T1\ta note\nT1\tSource 0 5\tTrump", 1)]
    [InlineData("T1\tSource 0 5\tTrump\r\nT2\tCue 6 10\tsaid\r\n", 2)]
    [InlineData("\n\nT1\tSource x 5\tbroken\n", 0)]
    public void Parse_SkipsLinesThatAreNotAnnotations(string content, int expectedTextBounds)
    {
        Assert.Equal(expectedTextBounds, BratReader.Parse(content).TextBounds.Count);
    }

    [Theory]
    [InlineData("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1", "Attribution", "T4", "Content=T3 Cue=T2 Source=T1")]
    [InlineData("E2\tAttribution-no-source:T8 Cue:T6 Content:T7", "Attribution-no-source", "T8", "Cue=T6 Content=T7")]
    [InlineData("E3\tAttribution:T9 Cue:T1 Source:T2 Content:T3 Content2:T5", "Attribution", "T9", "Cue=T1 Source=T2 Content=T3 Content2=T5")]
    [InlineData("E21\tAttribution-no-source:T83 ", "Attribution-no-source", "T83", "")]
    public void Event_IsReadWithTypeTriggerAndRoles(string line, string type, string trigger, string arguments)
    {
        var bratEvent = Assert.Single(BratReader.Parse(line).Events);

        Assert.Equal(type, bratEvent.Type);
        Assert.Equal(trigger, bratEvent.TriggerId);
        Assert.Equal(arguments, string.Join(" ", bratEvent.Arguments.Select(a => $"{a.Role}={a.TargetId}")));
    }

    [Theory]
    [InlineData("E3\tAttribution:T9 Content:T3 Content2:T5 Source:T2", "Content", "T3 T5")]
    [InlineData("E3\tAttribution:T9 Content:T3 Content2:T5 Source:T2", "Source", "T2")]
    [InlineData("E3\tAttribution:T9 Content:T3 ContentNote:T5", "Content", "T3")]
    public void ArgumentsFor_IncludesNumberedRepeatsOfTheRole(string line, string role, string expected)
    {
        var bratEvent = Assert.Single(BratReader.Parse(line).Events);

        Assert.Equal(expected, string.Join(" ", bratEvent.ArgumentsFor(role)));
    }
}
