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

public static class RelationshipOrder
{
    /// <summary>
    /// The longest-standing first, those with no start date last (spelt out, since SQLite and PostgreSQL put nulls at opposite
    /// ends). The relationships list and the home page show relationships in this order.
    /// </summary>
    public static IOrderedQueryable<Relationship> LongestStandingFirst(this IQueryable<Relationship> relationships) =>
        relationships.OrderBy(r => r.Since ?? "9999").ThenBy(r => r.Id);
}

public enum RelationshipKind { Sister, Friendship, Parliamentary, Other }
public enum RelationshipStatus { Active, Proposed, Dormant, Ended }
