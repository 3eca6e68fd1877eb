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

        // An entity's latest articles, newest first, with its mentions in each, for the entity page (issue 16).
        builder.HasIndex(m => new { m.EntityId, m.ArticleDate, m.ArticleId }).IsDescending(false, true, true);

        // Covers an entity's names and their counts (aliases in the entity list, the linker's surname counts) without
        // reading the mention rows: 500 ms against 20 ms for the top 20 people at 10,000 articles (issue 16).
        builder.HasIndex(m => new { m.EntityId, m.Kind, m.Text });
    }
}
