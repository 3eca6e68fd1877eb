using NewsAnalysis.Core.Extraction.Learning;

namespace NewsAnalysis.Core.Tests.Extraction.Learning;

public sealed class LabelWeightsTests
{
    // With eight rows the table has 16 slots, so keys 3, 19 and 35 all start at slot 3 and run past each other;
    // 4 starts where 19 has moved to, and 0 is the key an empty slot holds.
    private static readonly ulong[] Keys = [3, 19, 35, 4, 0, 1UL << 40, 7, 8];

    [Fact]
    public void Score_SumsTheRowsOfTheFeaturesItHas_InCollidingSlotsAndForKeyZero()
    {
        var weights = Build(Keys);
        Span<float> scores = stackalloc float[3];

        foreach (var (key, row) in Keys.Select((key, row) => (key, row)))
        {
            weights.Score([key], scores);
            Assert.Equal(RowOf(row), scores.ToArray());
        }

        weights.Score([35, 0, 99, 4], scores);
        Assert.Equal(RowOf(2).Zip(RowOf(4), RowOf(3)).Select(r => r.First + r.Second + r.Third), scores.ToArray());
    }

    [Fact]
    public void Score_GivesZeroForFeaturesItDoesNotHave()
    {
        var weights = Build(Keys);
        Span<float> scores = stackalloc float[3];

        weights.Score([51, 67, 2, 1UL << 41], scores);

        Assert.Equal([0f, 0f, 0f], scores.ToArray());
    }

    [Fact]
    public void Accumulate_AddsAFeatureListLongerThanOneBatchInOrder()
    {
        var weights = Build(Keys);
        var features = Enumerable.Repeat(Keys, 30).SelectMany(k => k).ToArray();
        Span<float> scores = stackalloc float[3];
        var expected = new float[3];
        foreach (var row in Enumerable.Repeat(Enumerable.Range(0, Keys.Length), 30).SelectMany(r => r))
        {
            for (var k = 0; k < 3; k++)
            {
                expected[k] += RowOf(row)[k];
            }
        }

        weights.Score(features, scores);

        Assert.Equal(expected, scores.ToArray());
    }

    [Fact]
    public void SaveThenRead_KeepsEveryRow()
    {
        var weights = Build(Keys);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            weights.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = LabelWeights.Read(reader, 3);

        Assert.Equal(Keys.Length, read.FeatureCount);
        Span<float> scores = stackalloc float[3];
        foreach (var (key, row) in Keys.Select((key, row) => (key, row)))
        {
            read.Score([key], scores);
            Assert.Equal(RowOf(row), scores.ToArray());
        }
    }

    [Fact]
    public void Read_RejectsAFeatureWithTwoRows()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(2);
            foreach (var _ in new[] { 1, 2 })
            {
                writer.Write(19UL);
                writer.Write((byte)1);
                writer.Write((byte)0);
                writer.Write((Half)1);
            }
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        Assert.Throws<InvalidDataException>(() => LabelWeights.Read(reader, 3));
    }

    /// <summary>Weights a half-precision file can hold, distinct per row.</summary>
    private static float[] RowOf(int row) => [row + 1, -(row + 0.5f), row * 0.25f];

    private static LabelWeights Build(ulong[] keys)
    {
        var rows = new Dictionary<ulong, int>();
        var weights = new List<float>();
        foreach (var key in keys)
        {
            weights.AddRange(RowOf(rows.Count));
            rows.Add(key, rows.Count);
        }

        return new LabelWeights(3, rows, [.. weights]);
    }
}
