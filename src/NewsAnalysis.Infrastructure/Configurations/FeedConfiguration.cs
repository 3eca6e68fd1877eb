using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class FeedConfiguration : IEntityTypeConfiguration<Feed>
{
    public const string TableName = "Feeds";

    public void Configure(EntityTypeBuilder<Feed> builder)
    {
        builder.ToTable(TableName);
        builder.Property(f => f.Url).HasMaxLength(FeedLimits.MaxUrlLength);
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(FeedLimits.MaxTitleLength);
        builder.Property(f => f.LastError).HasMaxLength(FeedLimits.MaxErrorLength);

        // The lease query looks for the earliest due feed.
        builder.HasIndex(f => f.NextPollAt);
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FeedId).OnDelete(DeleteBehavior.Cascade);
    }
}
