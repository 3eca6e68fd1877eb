using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Text).IsRequired();
        builder.Property(c => c.ClaimantName).HasMaxLength(300);
        builder.HasOne(c => c.ClaimantEntity).WithMany().HasForeignKey(c => c.ClaimantEntityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.Quantities).WithOne().HasForeignKey(q => q.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ClaimantEntityId);
        builder.HasIndex(c => c.ArticleId);
        builder.HasIndex(c => c.CheckWorthiness);
        // Coordinated claimants are few: the entity counts and lists find them by this partial
        // index (the rows that are groups) instead of scanning.
        builder.HasIndex(c => c.ClaimantIsGroup).HasFilter("\"ClaimantIsGroup\"");
    }
}
