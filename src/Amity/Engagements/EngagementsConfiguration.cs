using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Engagements;

internal sealed class EngagementConfiguration : EntityConfiguration<Engagement>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Engagement> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(Lengths.Name);
        builder.Property(e => e.Date).HasMaxLength(Lengths.PartialDate);
        builder.Property(e => e.TimeZone).HasMaxLength(Lengths.Short);
        builder.Property(e => e.Place).HasMaxLength(Lengths.Name);
        builder.HasIndex(e => e.Date);
        builder.HasOne(e => e.HostOrganization).WithMany().HasForeignKey(e => e.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EngagementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasKey(p => new { p.EngagementId, p.PersonId });
        builder.Property(p => p.Title).HasMaxLength(Lengths.Name);
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // Person or organization first, engagement second: "the engagements of X" is read from the index alone.
        builder.HasIndex(p => new { p.PersonId, p.EngagementId });
        builder.HasIndex(p => new { p.OrganizationId, p.EngagementId });
    }
}
