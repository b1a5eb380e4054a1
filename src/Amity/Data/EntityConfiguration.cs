using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Data;

/// <summary>What every record shares: the version is the optimistic-concurrency token.</summary>
public abstract class EntityConfiguration<T> : IEntityTypeConfiguration<T> where T : Entity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        ConfigureRecord(builder);
    }

    protected abstract void ConfigureRecord(EntityTypeBuilder<T> builder);
}

public static class Lengths
{
    public const int Name = 300;
    public const int Short = 100;
    public const int PartialDate = 10;
    public const int Text = 20_000;
    public const int Body = 1_000_000;
}
