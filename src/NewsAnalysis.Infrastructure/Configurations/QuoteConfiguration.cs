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
        builder.HasIndex(q => q.SpeakerEntityId);
        builder.HasIndex(q => q.ArticleId);
    }
}
