using Amity.Data;
using Amity.Shared;

namespace Amity.Partners;

public sealed class Organization : Entity
{
    public required string Name { get; set { field = value; SortKey = Names.SortKey(value); } }
    /// <summary>
    /// The name as lists order it in SQL (<see cref="Names.SortKey"/>), set with the name so that every write path keeps it:
    /// derived, so neither the record, the export nor the audit trail holds it.
    /// </summary>
    public string SortKey { get; private set; } = "";
    public OrganizationKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Organization? Parent { get; set; }
    public string? Country { get; set; }
    /// <summary>Other names in any script: Hangul, Hanzi, kana, romanizations, abbreviations.</summary>
    public List<string> Aliases { get; set; } = [];
    public string? Notes { get; set; }
    /// <summary>The government that runs this Amity; at most one organization is home.</summary>
    public bool IsHome { get; set; }
}

public enum OrganizationKind { Region, Legislature, University, Institute, Office, Museum, Arts, Company, Agency, Other }
