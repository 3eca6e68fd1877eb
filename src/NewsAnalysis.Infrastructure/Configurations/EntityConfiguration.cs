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
        builder.Property(e => e.Surname).HasMaxLength(Entity.MaxNameLength);
        builder.HasIndex(e => new { e.Type, e.Name });

        // The linker's reads while it writes an article: a name under any type, and the people of a surname.
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => new { e.Type, e.Surname });

        // The entity list's order (most mentioned first, then by name), with and without a type, read from the index.
        builder.HasIndex(e => new { e.Type, e.MentionCount, e.Name, e.Id }).IsDescending(false, true, false, false);
        builder.HasIndex(e => new { e.MentionCount, e.Name, e.Id }).IsDescending(true, false, false);
        builder.HasMany(e => e.Mentions).WithOne(m => m.Entity).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Restrict);
    }
}
