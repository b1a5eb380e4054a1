using Amity.Data;

namespace Amity.Partners;

/// <summary>A standing tie between two or more organizations (a tri-regional exchange has three parties).</summary>
public sealed class Relationship : Entity
{
    public RelationshipKind Kind { get; set; }
    public string? Since { get; set; }
    public string? Until { get; set; }
    public RelationshipStatus Status { get; set; }
    /// <summary>The signed document the tie rests on.</summary>
    public string? BasisDocument { get; set; }
    /// <summary>The day the council approved the tie, where one did.</summary>
    public string? CouncilApprovedOn { get; set; }
    public string? Notes { get; set; }
    public List<RelationshipParty> Parties { get; set; } = [];
}

public sealed class RelationshipParty
{
    public int RelationshipId { get; set; }
    public int OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

public enum RelationshipKind { Sister, Friendship, Parliamentary, Other }
public enum RelationshipStatus { Active, Proposed, Dormant, Ended }
