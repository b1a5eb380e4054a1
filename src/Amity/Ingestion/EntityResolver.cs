using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Ingestion;

/// <summary>
/// Finds the person or organization already on record under any of its names (name, aliases, native script,
/// romanizations in either order), so that ingestion matches instead of duplicating.
/// </summary>
public sealed class EntityResolver
{
    private readonly Dictionary<string, List<int>> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _organizations = new(StringComparer.Ordinal);

    private EntityResolver() { }

    public static async Task<EntityResolver> LoadAsync(AmityDb db, CancellationToken ct)
    {
        var resolver = new EntityResolver();
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.NativeName, p.Aliases }).ToListAsync(ct);
        foreach (var p in people)
            foreach (var name in p.Aliases.Append(p.Name).Append(p.NativeName ?? "")) Index(resolver._people, name, p.Id);
        var organizations = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.Aliases }).ToListAsync(ct);
        foreach (var o in organizations)
            foreach (var name in o.Aliases.Append(o.Name)) Index(resolver._organizations, name, o.Id);
        return resolver;
    }

    public int? Person(string? name) => Find(_people, name);
    public int? Organization(string? name) => Find(_organizations, name);

    /// <summary>Makes a record created during this ingestion findable by its names, so later mentions match it.</summary>
    public void AddPerson(int id, IEnumerable<string> names)
    {
        foreach (var name in names) Index(_people, name, id);
    }

    public void AddOrganization(int id, IEnumerable<string> names)
    {
        foreach (var name in names) Index(_organizations, name, id);
    }

    private static void Index(Dictionary<string, List<int>> index, string name, int id)
    {
        foreach (var key in NameKeys.Of(name))
        {
            if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
            if (!ids.Contains(id)) ids.Add(id);
        }
    }

    /// <summary>The one record the name points to; a name that fits several records is not a match (a person must choose).</summary>
    private static int? Find(Dictionary<string, List<int>> index, string? name)
    {
        var found = NameKeys.Of(name).SelectMany(k => index.TryGetValue(k, out var ids) ? ids : []).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
