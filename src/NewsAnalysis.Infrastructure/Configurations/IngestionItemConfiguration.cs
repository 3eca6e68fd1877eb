using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class IngestionItemConfiguration : IEntityTypeConfiguration<IngestionItem>
{
    public const string TableName = "IngestionItems";

    /// <summary>Holds only the items a worker may still lease (see the lease SQL in the API's IngestionQueue).</summary>
    public const string OpenItemsIndex = "IX_IngestionItems_Open";

    public void Configure(EntityTypeBuilder<IngestionItem> builder)
    {
        builder.ToTable(TableName);

        // Stored as names so the lease SQL and a person reading the table see the same words.
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(i => new { i.JobId, i.Index }).IsUnique();

        // Finished items pile up; an index over the open ones alone stays as small as the backlog, so
        // leasing the oldest open item does not walk past every item ever finished.
        builder.HasIndex(i => i.Id, OpenItemsIndex).HasFilter("\"Status\" IN ('Queued', 'Running')");
    }
}
