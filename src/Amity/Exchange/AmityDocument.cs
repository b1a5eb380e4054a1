using Amity.Agreements;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;

namespace Amity.Exchange;

/// <summary>
/// Every record and link of one Amity, as `./amity export` writes it and `./amity import` reads it.
/// Records keep their ids and refer to each other by them, in the same shapes the API returns.
/// </summary>
public sealed record AmityDocument
{
    public const string CurrentFormat = "amity-export/1";

    public required string Format { get; init; }
    public List<OrganizationRecord> Organizations { get; init; } = [];
    public List<RelationshipRecord> Relationships { get; init; } = [];
    public List<PersonRecord> People { get; init; } = [];
    public List<EngagementRecord> Engagements { get; init; } = [];
    public List<EventRecord> Events { get; init; } = [];
    public List<AgreementRecord> Agreements { get; init; } = [];
    public List<InvitationRecord> Invitations { get; init; } = [];
    public List<ArticleRecord> Articles { get; init; } = [];

    public int Count => Organizations.Count + Relationships.Count + People.Count + Engagements.Count + Events.Count
        + Agreements.Count + Invitations.Count + Articles.Count;
}
