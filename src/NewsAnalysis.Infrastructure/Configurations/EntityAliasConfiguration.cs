using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class EntityAliasConfiguration : IEntityTypeConfiguration<EntityAlias>
{
    public void Configure(EntityTypeBuilder<EntityAlias> builder)
    {
        builder.HasKey(a => new { a.EntityId, a.Text });
        builder.Property(a => a.Text).HasMaxLength(300);
        builder.HasOne<Entity>().WithMany().HasForeignKey(a => a.EntityId).OnDelete(DeleteBehavior.Cascade);
    }
}
