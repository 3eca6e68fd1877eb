using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class FeedItemConfiguration : IEntityTypeConfiguration<FeedItem>
{
    public void Configure(EntityTypeBuilder<FeedItem> builder)
    {
        builder.ToTable("FeedItems");
        builder.Property(i => i.Key).HasMaxLength(FeedLimits.MaxItemKeyLength);
        builder.Property(i => i.Url).HasMaxLength(FeedLimits.MaxUrlLength);
        builder.Property(i => i.Error).HasMaxLength(FeedLimits.MaxErrorLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);

        // An item is recorded once per feed, whichever replica saw it first.
        builder.HasIndex(i => new { i.FeedId, i.Key }).IsUnique();

        // The article may be deleted later; the item stays seen so that it is not fetched again.
        builder.HasOne<Article>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
