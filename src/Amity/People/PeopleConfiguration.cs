using Amity.Data;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.People;

internal sealed class PersonConfiguration : EntityConfiguration<Person>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Person> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(Lengths.Name);
        builder.Property(p => p.NativeName).HasMaxLength(Lengths.Name);
        builder.HasIndex(p => p.Name);
        // Lists read one page in this order: the index hands SQL the page without sorting the register.
        builder.Property(p => p.SortKey).HasMaxLength(Names.SortKeyLength);
        builder.HasIndex(p => new { p.SortKey, p.Id });
        builder.HasMany(p => p.Positions).WithOne().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(Lengths.Name);
        builder.Property(p => p.From).HasMaxLength(Lengths.PartialDate);
        builder.Property(p => p.To).HasMaxLength(Lengths.PartialDate);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
