using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Events;

internal sealed class EventConfiguration : EntityConfiguration<Event>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Name).HasMaxLength(Lengths.Name);
        builder.Property(e => e.Date).HasMaxLength(Lengths.PartialDate);
        builder.Property(e => e.TimeZone).HasMaxLength(Lengths.Short);
        builder.Property(e => e.Place).HasMaxLength(Lengths.Name);
        builder.HasIndex(e => e.Date);
        builder.HasMany(e => e.Organizations).WithOne().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EventOrganizationConfiguration : IEntityTypeConfiguration<EventOrganization>
{
    public void Configure(EntityTypeBuilder<EventOrganization> builder)
    {
        builder.HasKey(o => new { o.EventId, o.OrganizationId });
        builder.HasOne(o => o.Organization).WithMany().HasForeignKey(o => o.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.OrganizationId, o.EventId });
    }
}
