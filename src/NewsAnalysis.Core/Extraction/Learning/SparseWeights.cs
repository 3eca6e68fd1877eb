namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// A weight per hashed feature bin, stored as the count of non-zero weights followed by each one's index and value:
/// the logistic-regression models keep most bins at zero.
/// </summary>
internal static class SparseWeights
{
    public static void Write(BinaryWriter writer, float[] weights)
    {
        writer.Write(weights.Count(w => w != 0f));
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0f)
            {
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    /// <exception cref="InvalidDataException">An index falls outside the <paramref name="size"/> bins.</exception>
    public static float[] Read(BinaryReader reader, int size, string kind)
    {
        var weights = new float[size];
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var index = reader.ReadInt32();
            if ((uint)index >= (uint)weights.Length)
            {
                throw new InvalidDataException($"The {kind} model has a feature index out of range.");
            }

            weights[index] = reader.ReadSingle();
        }

        return weights;
    }
}
