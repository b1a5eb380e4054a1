using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.News;

internal sealed class ArticleConfiguration : EntityConfiguration<Article>
{
    protected override void ConfigureRecord(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(Lengths.Name * 2);
        builder.Property(a => a.Body).HasMaxLength(Lengths.Body);
        builder.Property(a => a.Source).HasMaxLength(Lengths.Name * 2);
        builder.HasIndex(a => a.PublishedOn);
        builder.HasMany(a => a.Links).WithOne().HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ArticleLinkConfiguration : IEntityTypeConfiguration<ArticleLink>
{
    public void Configure(EntityTypeBuilder<ArticleLink> builder)
    {
        builder.HasOne(l => l.Organization).WithMany().HasForeignKey(l => l.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Relationship).WithMany().HasForeignKey(l => l.RelationshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Person).WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Engagement).WithMany().HasForeignKey(l => l.EngagementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Agreement).WithMany().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Invitation).WithMany().HasForeignKey(l => l.InvitationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Event).WithMany().HasForeignKey(l => l.EventId).OnDelete(DeleteBehavior.Restrict);
        // "The news about X" from the index alone, for the partner and person pages.
        builder.HasIndex(l => new { l.OrganizationId, l.ArticleId });
        builder.HasIndex(l => new { l.PersonId, l.ArticleId });
    }
}
