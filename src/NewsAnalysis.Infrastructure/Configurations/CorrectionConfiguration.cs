using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Before).HasMaxLength(Correction.MaxStateLength);
        builder.Property(c => c.After).HasMaxLength(Correction.MaxStateLength);

        // The ids are history, not references: no foreign keys, so that deleting an entity or an article keeps the record.
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.EntityId);
    }
}
