using System.IO.Compression;
using NewsAnalysis.Core.Extraction.Coreference;

namespace NewsAnalysis.Core.Tests.Extraction.Coreference;

public sealed class AntecedentModelTests
{
    [Fact]
    public void ShippedModel_SavedAndLoaded_ScoresTheSame()
    {
        var model = AntecedentModel.LoadDefault();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = AntecedentModel.Load(stream);

        int[] features = [0, 3, 77, 1001];
        Assert.Equal(model.HashBits, loaded.HashBits);
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(model.FirstNames.Count, loaded.FirstNames.Count);
        Assert.Equal(CoreferenceStep.Gender.Feminine, loaded.FirstNames.Of("Karen"));
        Assert.Equal(model.Probability(features), loaded.Probability(features));
    }

    [Fact]
    public void AFileWithEncoderWeights_IsRefused()
    {
        // The shipped model's bytes with the trailing encoder-weight count set to one, and that one weight after it.
        var bytes = Decompressed(AntecedentModel.LoadDefault());
        BitConverter.GetBytes(1).CopyTo(bytes, bytes.Length - sizeof(int));
        using var file = Compressed([.. bytes, .. BitConverter.GetBytes(0.5f)]);

        var error = Assert.Throws<InvalidDataException>(() => AntecedentModel.Load(file));

        Assert.Contains("encoder weights", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Decompressed(AntecedentModel model)
    {
        using var saved = new MemoryStream();
        model.Save(saved);
        saved.Position = 0;
        using var gzip = new GZipStream(saved, CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    private static MemoryStream Compressed(byte[] bytes)
    {
        var file = new MemoryStream();
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        file.Position = 0;
        return file;
    }
}
