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
        // A claimant's claims, newest article first, as the lists order them.
        builder.HasIndex(c => new { c.ClaimantEntityId, c.ArticleDate, c.ArticleId, c.Start }).IsDescending(false, true, true, false);
        builder.HasIndex(c => c.ArticleId);
        builder.HasIndex(c => c.CheckWorthiness);
        // Coordinated claimants are few: the entity counts and lists find them by this partial
        // index (the rows that are groups) instead of scanning.
        builder.HasIndex(c => c.ClaimantIsGroup).HasFilter("\"ClaimantIsGroup\"");
    }
}
