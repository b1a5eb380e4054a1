using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Partners;

/// <summary>
/// Organizations' names and parents, read once per page: pages print many organization names, and a partner's page counts
/// its institutions (a province's museum, its capital city) as part of it. List pages read every organization; a record's
/// page reads only those it names (<see cref="LoadAsync(AmityDb, IEnumerable{int}, CancellationToken)"/> and
/// <see cref="AddAsync"/>), since a national dataset holds tens of thousands.
/// </summary>
public sealed class OrganizationTree
{
    public sealed record Node(int Id, string Name, int? ParentId, bool IsHome, OrganizationKind Kind, string? Country);

    private readonly Dictionary<int, Node> _nodes;

    private OrganizationTree(Dictionary<int, Node> nodes) => _nodes = nodes;

    private static IQueryable<Node> Nodes(AmityDb db, System.Linq.Expressions.Expression<Func<Organization, bool>> which) =>
        db.Organizations.AsNoTracking().Where(which).Select(o => new Node(o.Id, o.Name, o.ParentId, o.IsHome, o.Kind, o.Country));

    public static async Task<OrganizationTree> LoadAsync(AmityDb db, CancellationToken ct) =>
        new(await Nodes(db, o => true).ToDictionaryAsync(n => n.Id, ct));

    /// <summary>
    /// The given organizations with everything above and below them, and the home government with its institutions:
    /// enough for <see cref="Family"/> of each of them and for <see cref="Home"/>.
    /// </summary>
    public static async Task<OrganizationTree> LoadAsync(AmityDb db, IEnumerable<int> families, CancellationToken ct)
    {
        var tree = new OrganizationTree([]);
        var home = await db.Organizations.Where(o => o.IsHome).Select(o => o.Id).ToListAsync(ct);
        List<int> level = [.. families.Concat(home).Distinct()];
        await tree.AddAsync(db, level.Cast<int?>(), ct);
        while (level.Count > 0)
        {
            var parents = level;
            var children = await Nodes(db, o => o.ParentId != null && EF.Parameter(parents).Contains(o.ParentId.Value)).ToListAsync(ct);
            level = [.. children.Where(c => tree._nodes.TryAdd(c.Id, c)).Select(c => c.Id)];
        }
        return tree;
    }

    /// <summary>Reads the organizations not yet in the tree, and their parents, so that the page can name them.</summary>
    public async Task AddAsync(AmityDb db, IEnumerable<int?> ids, CancellationToken ct)
    {
        List<int> missing = [.. ids.OfType<int>().Where(id => !_nodes.ContainsKey(id)).Distinct()];
        while (missing.Count > 0)
        {
            var wanted = missing;
            var nodes = await Nodes(db, o => EF.Parameter(wanted).Contains(o.Id)).ToListAsync(ct);
            foreach (var node in nodes) _nodes[node.Id] = node;
            missing = [.. nodes.Where(n => n.ParentId is { } p && !_nodes.ContainsKey(p)).Select(n => n.ParentId!.Value).Distinct()];
        }
    }

    public Node? this[int? id] => id is { } i && _nodes.TryGetValue(i, out var n) ? n : null;

    public string Name(int? id) => this[id]?.Name ?? "";

    public Node? Home => _nodes.Values.FirstOrDefault(n => n.IsHome);

    /// <summary>The organization and every one below it, however deep (of those read).</summary>
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
