using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Invitations;
using Amity.Partners;
using Amity.People;

namespace Amity.News;

public sealed class Article : Entity
{
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateOnly PublishedOn { get; set; }
    public string? Source { get; set; }
    public int ViewCount { get; set; }
    public List<ArticleLink> Links { get; set; } = [];
}

/// <summary>
/// A record an article reports. Exactly one target is set; each is a real foreign key,
/// so a reported record cannot be deleted while the article still points at it.
/// </summary>
public sealed class ArticleLink
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public int? RelationshipId { get; set; }
    public Relationship? Relationship { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public int? AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public int? InvitationId { get; set; }
    public Invitation? Invitation { get; set; }
    public int? EventId { get; set; }
    public Events.Event? Event { get; set; }
    /// <summary>The span of the article's body that reports the record, where ingestion found it: where the record came from.</summary>
    public int? EvidenceStart { get; set; }
    public int? EvidenceEnd { get; set; }
}
