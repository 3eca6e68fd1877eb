using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class EntityLinkConfiguration : IEntityTypeConfiguration<EntityLink>
{
    public void Configure(EntityTypeBuilder<EntityLink> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(300).IsRequired();
        builder.Property(l => l.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Reason).HasMaxLength(500).IsRequired();

        // A name of a type stands for one entity: later articles that write it so join that entity. Unique, so that two
        // ingestions making the same join at once record it once (the loser retries).
        builder.HasIndex(l => new { l.Type, l.Name }).IsUnique();
        builder.HasIndex(l => l.EntityId);
        builder.HasOne(l => l.Entity).WithMany().HasForeignKey(l => l.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
