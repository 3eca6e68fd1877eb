using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.Property(m => m.Text).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => new { m.EntityId, m.ArticleId });
        builder.HasIndex(m => m.ArticleId);
    }
}
