using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Agreements;

internal sealed class AgreementConfiguration : EntityConfiguration<Agreement>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Lengths.Name);
        builder.Property(a => a.SignedOn).HasMaxLength(Lengths.PartialDate);
        builder.Property(a => a.ExpiresOn).HasMaxLength(Lengths.PartialDate);
        builder.PrimitiveCollection(a => a.Areas).ElementType().HasConversion<string>();
        builder.HasIndex(a => a.SignedOn);
        builder.HasOne(a => a.Engagement).WithMany().HasForeignKey(a => a.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Signatories).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Commitments).WithOne(c => c.Agreement).HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> builder)
    {
        builder.HasKey(p => new { p.AgreementId, p.OrganizationId });
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.OrganizationId, p.AgreementId });
    }
}

internal sealed class SignatoryConfiguration : IEntityTypeConfiguration<Signatory>
{
    public void Configure(EntityTypeBuilder<Signatory> builder)
    {
        builder.HasKey(s => new { s.AgreementId, s.PersonId });
        builder.Property(s => s.Title).HasMaxLength(Lengths.Name);
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Organization).WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PersonId, s.AgreementId });
    }
}

internal sealed class CommitmentConfiguration : EntityConfiguration<Commitment>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(Lengths.Text);
        builder.Property(c => c.Due).HasMaxLength(Lengths.PartialDate);
        // The dashboard lists the longest overdue first: in due-date order it stops at the first few open ones.
        builder.HasIndex(c => c.Due);
        builder.HasOne(c => c.OwnerOrganization).WithMany().HasForeignKey(c => c.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgressNoteConfiguration : IEntityTypeConfiguration<ProgressNote>
{
    public void Configure(EntityTypeBuilder<ProgressNote> builder) =>
        builder.Property(n => n.Text).HasMaxLength(Lengths.Text);
}
