using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(ArticleLimits.MaxTitleLength).IsRequired();
        builder.Property(a => a.Body).IsRequired();
        builder.Property(a => a.Url).HasMaxLength(ArticleLimits.MaxUrlLength);
        builder.Property(a => a.Source).HasMaxLength(ArticleLimits.MaxSourceLength);
        builder.Property(a => a.Author).HasMaxLength(ArticleLimits.MaxAuthorLength);
        builder.Property(a => a.ExtractorVersion).HasMaxLength(ArticleLimits.MaxExtractorVersionLength).IsRequired();
        builder.HasIndex(a => a.Url).IsUnique();
        builder.HasIndex(a => a.IngestedAt);
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.Source);
        builder.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
