using Amity.Data;
using Amity.Engagements;
using Amity.Partners;
using Amity.People;

namespace Amity.Agreements;

public sealed class Agreement : Entity
{
    public required string Title { get; set; }
    public AgreementKind Kind { get; set; }
    public string? SignedOn { get; set; }
    public AgreementStatus Status { get; set; }
    public string? ExpiresOn { get; set; }
    public List<Area> Areas { get; set; } = [];
    public int? EngagementId { get; set; }
    public Engagement? Engagement { get; set; }
    public string? Notes { get; set; }
    public List<AgreementParty> Parties { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];
}

public sealed class AgreementParty
{
    public int AgreementId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

public sealed class Signatory
{
    public int AgreementId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The title held at signing.</summary>
    public string? Title { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

/// <summary>What one side of an agreement promised, and how far it has got.</summary>
public sealed class Commitment : Entity
{
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public required string Text { get; set; }
    /// <summary>The party that owes it.</summary>
    public int? OwnerOrganizationId { get; set; }
    public Organization? OwnerOrganization { get; set; }
    public string? Due { get; set; }
    public CommitmentStatus Status { get; set; }
    public List<ProgressNote> Notes { get; set; } = [];
}

public sealed class ProgressNote
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
}

public enum AgreementKind { Agreement, Memorandum, LetterOfIntent, Protocol, Other }
public enum AgreementStatus { Draft, Signed, InForce, Expired, Terminated }
public enum CommitmentStatus { Planned, InProgress, Done, Stalled, Dropped }

/// <summary>The areas of cooperation, as extraction-format.md names them.</summary>
public enum Area
{
    Economy, Trade, Investment, Industry, ScienceTechnology, Agriculture, Culture, Tourism,
    Sports, Education, Health, Environment, Youth, Governance, Other,
}
