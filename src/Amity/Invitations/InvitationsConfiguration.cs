using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Invitations;

internal sealed class InvitationConfiguration : EntityConfiguration<Invitation>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Subject).HasMaxLength(Lengths.Name);
        builder.Property(i => i.GivenOn).HasMaxLength(Lengths.PartialDate);
        builder.Property(i => i.RespondBy).HasMaxLength(Lengths.PartialDate);
        builder.HasOne(i => i.FromPerson).WithMany().HasForeignKey(i => i.FromPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.FromOrganization).WithMany().HasForeignKey(i => i.FromOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.ToPerson).WithMany().HasForeignKey(i => i.ToPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.ToOrganization).WithMany().HasForeignKey(i => i.ToOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Engagement).WithMany().HasForeignKey(i => i.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.GivenOn);
    }
}
