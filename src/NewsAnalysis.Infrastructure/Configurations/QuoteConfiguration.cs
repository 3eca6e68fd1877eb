using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.Property(q => q.Text).IsRequired();
        builder.Property(q => q.SpeakerName).HasMaxLength(300);
        builder.HasOne(q => q.SpeakerEntity).WithMany().HasForeignKey(q => q.SpeakerEntityId).OnDelete(DeleteBehavior.SetNull);
        // A speaker's quotes, newest article first, as the lists order them.
        builder.HasIndex(q => new { q.SpeakerEntityId, q.ArticleDate, q.ArticleId, q.Start }).IsDescending(false, true, true, false);
        builder.HasIndex(q => q.ArticleId);
        // Coordinated speakers are few: the entity counts and lists find them by this partial
        // index (the rows that are groups) instead of scanning.
        builder.HasIndex(q => q.SpeakerIsGroup).HasFilter("\"SpeakerIsGroup\"");
    }
}
