using Amity.Data;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Partners;

internal sealed class OrganizationConfiguration : EntityConfiguration<Organization>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Lengths.Name);
        builder.Property(o => o.Country).HasMaxLength(Lengths.Short);
        builder.HasIndex(o => o.Name);
        // Lists read one page in this order: the index hands SQL the page without sorting the register.
        builder.Property(o => o.SortKey).HasMaxLength(Names.SortKeyLength);
        builder.HasIndex(o => new { o.SortKey, o.Id });
        // The home government is looked up by every record page and form; a partial index holds its one row instead of a scan of the register.
        builder.HasIndex(o => o.IsHome).HasFilter("\"IsHome\"");
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RelationshipConfiguration : EntityConfiguration<Relationship>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Relationship> builder)
    {
        builder.Property(r => r.Since).HasMaxLength(Lengths.PartialDate);
        builder.Property(r => r.Until).HasMaxLength(Lengths.PartialDate);
        builder.Property(r => r.CouncilApprovedOn).HasMaxLength(Lengths.PartialDate);
        builder.Property(r => r.BasisDocument).HasMaxLength(Lengths.Name);
        builder.HasMany(r => r.Parties).WithOne().HasForeignKey(p => p.RelationshipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RelationshipPartyConfiguration : IEntityTypeConfiguration<RelationshipParty>
{
    public void Configure(EntityTypeBuilder<RelationshipParty> builder)
    {
        builder.HasKey(p => new { p.RelationshipId, p.OrganizationId });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganizationId, p.RelationshipId });
    }
}
