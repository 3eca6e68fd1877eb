using NewsAnalysis.Core.Extraction.Attribution;

namespace NewsAnalysis.Core.Tests.Extraction.Attribution;

public sealed class RoleLabelsTests
{
    private static readonly int BSource = RoleLabels.BeginOf(AttributionRole.Source);
    private static readonly int BCue = RoleLabels.BeginOf(AttributionRole.Cue);
    private static readonly int BContent = RoleLabels.BeginOf(AttributionRole.Content);
    private static readonly int IContent = RoleLabels.InsideOf(AttributionRole.Content);

    [Fact]
    public void Encode_ThenDecode_GivesTheSpansBack()
    {
        RoleSpan[] spans =
        [
            new(AttributionRole.Source, 0, 2),
            new(AttributionRole.Cue, 2, 3),
            new(AttributionRole.Content, 4, 8),
        ];

        var labels = RoleLabels.Encode(spans, 9);

        Assert.Equal(spans, RoleLabels.Decode(labels));
    }

    [Fact]
    public void Encode_NestedAttribution_CueAndSourceWinOverTheOuterContent()
    {
        // "Ann said [that Bob claimed [taxes rose]]": the outer content holds the inner attribution.
        RoleSpan[] spans =
        [
            new(AttributionRole.Source, 0, 1),
            new(AttributionRole.Cue, 1, 2),
            new(AttributionRole.Content, 2, 7),
            new(AttributionRole.Source, 3, 4),
            new(AttributionRole.Cue, 4, 5),
            new(AttributionRole.Content, 5, 7),
        ];

        var labels = RoleLabels.Encode(spans, 7);

        Assert.Equal([BSource, BCue, BContent, BSource, BCue, BContent, IContent], labels);
    }

    [Fact]
    public void Encode_TwoContentsSideBySide_BeginTwice()
    {
        var labels = RoleLabels.Encode([new(AttributionRole.Content, 0, 2), new(AttributionRole.Content, 2, 4)], 4);

        Assert.Equal([BContent, IContent, BContent, IContent], labels);
        Assert.Equal(2, RoleLabels.Decode(labels).Count);
    }

    [Fact]
    public void Decode_AddsTheOffsetAndClosesASpanAtTheEnd()
    {
        var spans = RoleLabels.Decode([RoleLabels.Outside, BContent, IContent], offset: 10);

        Assert.Equal([new RoleSpan(AttributionRole.Content, 11, 13)], spans);
    }

    [Theory]
    [InlineData(0, 6, false)]
    [InlineData(5, 6, true)]
    [InlineData(6, 6, true)]
    [InlineData(3, 6, false)]
    public void IsAllowed_InsideOnlyContinuesItsRole(int previous, int current, bool allowed)
    {
        Assert.Equal(allowed, RoleLabels.IsAllowed(previous, current));
    }
}
