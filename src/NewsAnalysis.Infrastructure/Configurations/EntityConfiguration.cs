using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(Entity.MaxNameLength).IsRequired();
        builder.Property(e => e.Key).HasMaxLength(320).IsRequired();
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.Type, e.Name });
        builder.HasMany(e => e.Mentions).WithOne(m => m.Entity).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Restrict);
    }
}
