using System.IO.Compression;
using System.Reflection;

namespace NewsAnalysis.Core.Extraction.Learning;

/// <summary>
/// The container the perceptron models share: a gzip stream that starts with a magic number and a
/// format version. One place checks both, so every model fails the same clear way on a wrong file.
/// </summary>
internal static class ModelFile
{
    /// <summary>A reader positioned after a checked header; disposing it leaves <paramref name="gzipStream"/> open.</summary>
    /// <exception cref="InvalidDataException">The stream holds another kind of file or an unknown version.</exception>
    public static BinaryReader OpenRead(Stream gzipStream, int magic, int formatVersion, string kind)
    {
        var gzip = new GZipStream(gzipStream, CompressionMode.Decompress, leaveOpen: true);
        var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        try
        {
            if (reader.ReadInt32() != magic)
            {
                throw new InvalidDataException($"Not a NewsAnalysis {kind} model.");
            }

            var version = reader.ReadInt32();
            if (version != formatVersion)
            {
                throw new InvalidDataException($"Unsupported {kind} model version {version}.");
            }

            return reader;
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>A writer that has written the header; disposing it finishes the gzip stream and leaves <paramref name="stream"/> open.</summary>
    public static BinaryWriter OpenWrite(Stream stream, int magic, int formatVersion)
    {
        var writer = new BinaryWriter(new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true));
        writer.Write(magic);
        writer.Write(formatVersion);
        return writer;
    }

    /// <summary>A model that ships inside NewsAnalysis.Core.</summary>
    public static Stream OpenEmbedded(string resource) => OpenEmbedded(typeof(ModelFile).Assembly, resource);

    /// <summary>A model that ships inside <paramref name="assembly"/>.</summary>
    public static Stream OpenEmbedded(Assembly assembly, string resource) =>
        assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
}
