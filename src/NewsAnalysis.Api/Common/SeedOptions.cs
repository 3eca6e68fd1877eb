namespace NewsAnalysis.Api.Common;

/// <summary>Configuration section <c>Seed</c>: the sample articles an empty database starts with.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Ingest <c>seeds/*.txt</c> into an empty database on start.</summary>
    public bool LoadSamples { get; set; } = true;

    /// <summary>Where the sample files are; by default the <c>seeds</c> folder copied beside the application.</summary>
    public string? Folder { get; set; }
}
