using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public const int MaxTitleLength = 500;
    public const int MaxUrlLength = 2048;
    public const int MaxSourceLength = 200;
    public const int MaxAuthorLength = 200;

    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(MaxTitleLength).IsRequired();
        builder.Property(a => a.Body).IsRequired();
        builder.Property(a => a.Url).HasMaxLength(MaxUrlLength);
        builder.Property(a => a.Source).HasMaxLength(MaxSourceLength);
        builder.Property(a => a.Author).HasMaxLength(MaxAuthorLength);
        builder.Property(a => a.ExtractorVersion).HasMaxLength(50).IsRequired();
        builder.HasIndex(a => a.Url).IsUnique();
        builder.HasIndex(a => a.IngestedAt);
        builder.HasIndex(a => a.PublishedAt);
        builder.HasIndex(a => a.Source);
        builder.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Quotes).WithOne(q => q.Article).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
