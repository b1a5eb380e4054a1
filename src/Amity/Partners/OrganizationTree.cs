using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Partners;

/// <summary>
/// Every organization's name and parent, read once per page: pages print many organization names, and a partner's
/// page counts its institutions (a province's museum, its capital city) as part of it.
/// </summary>
public sealed class OrganizationTree
{
    public sealed record Node(int Id, string Name, int? ParentId, bool IsHome, OrganizationKind Kind, string? Country);

    private readonly Dictionary<int, Node> _nodes;

    private OrganizationTree(Dictionary<int, Node> nodes) => _nodes = nodes;

    public static async Task<OrganizationTree> LoadAsync(AmityDb db, CancellationToken ct) =>
        new(await db.Organizations.AsNoTracking()
            .Select(o => new Node(o.Id, o.Name, o.ParentId, o.IsHome, o.Kind, o.Country))
            .ToDictionaryAsync(n => n.Id, ct));

    public Node? this[int? id] => id is { } i && _nodes.TryGetValue(i, out var n) ? n : null;

    public string Name(int? id) => this[id]?.Name ?? "";

    public Node? Home => _nodes.Values.FirstOrDefault(n => n.IsHome);

    /// <summary>The organization and every one below it, however deep.</summary>
    public List<int> Family(int id)
    {
        var family = new List<int> { id };
        for (var i = 0; i < family.Count; i++)
            family.AddRange(_nodes.Values.Where(n => n.ParentId == family[i] && !family.Contains(n.Id)).Select(n => n.Id));
        return family;
    }

    public IEnumerable<Node> Children(int id) => _nodes.Values.Where(n => n.ParentId == id);

    public IEnumerable<Node> All => _nodes.Values;
}
