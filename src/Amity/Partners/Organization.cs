using Amity.Data;

namespace Amity.Partners;

public sealed class Organization : Entity
{
    public required string Name { get; set; }
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
