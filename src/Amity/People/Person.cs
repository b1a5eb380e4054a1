using Amity.Data;
using Amity.Shared;
using Amity.Partners;

namespace Amity.People;

public sealed class Person : Entity
{
    public required string Name { get; set { field = value; SortKey = Names.SortKey(value); } }
    /// <summary>
    /// The name as lists order it in SQL (<see cref="Names.SortKey"/>), set with the name so that every write path keeps it:
    /// derived, so neither the record, the export nor the audit trail holds it.
    /// </summary>
    public string SortKey { get; private set; } = "";
    /// <summary>The name in its own script (김동연, 郝鹏), kept apart from romanized aliases for display.</summary>
    public string? NativeName { get; set; }
    public List<string> Aliases { get; set; } = [];
    public string? Notes { get; set; }
    public List<Position> Positions { get; set; } = [];
}

/// <summary>A post a person held: a governor who leaves office keeps the history.</summary>
public sealed class Position
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Title { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}
