using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsAnalysis.Core.Domain;

namespace NewsAnalysis.Infrastructure.Configurations;

public sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.Scope).HasConversion<string>().HasMaxLength(10);
        builder.Property(k => k.Hash).HasMaxLength(ApiKey.HashLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength);

        // Every authenticated request finds its key by hash.
        builder.HasIndex(k => k.Hash).IsUnique();
    }
}
