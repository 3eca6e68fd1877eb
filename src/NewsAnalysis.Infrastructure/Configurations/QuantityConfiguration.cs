using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class QuantityConfiguration : IEntityTypeConfiguration<Quantity>
{
    public void Configure(EntityTypeBuilder<Quantity> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(200).IsRequired();
        builder.Property(q => q.Unit).HasMaxLength(50);
        builder.Property(q => q.Approximation).HasMaxLength(30);
        builder.HasIndex(q => q.ClaimId);
    }
}
