using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Ingestion;

/// <summary>
/// Finds the person or organization already on record under any of its names (name, aliases, native script,
/// romanizations in either order), so that ingestion matches instead of duplicating. It reads only the records whose
/// name keys (<see cref="NameKey"/>) an article's names have, not the whole register.
/// </summary>
public sealed class EntityResolver
{
    private const int KeysPerQuery = 500;

    private readonly AmityDb _db;
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _organizations = new(StringComparer.Ordinal);

    private EntityResolver(AmityDb db) => _db = db;

    /// <summary>A resolver that has read the records under every key of <paramref name="names"/> (the names an article mentions).</summary>
    public static async Task<EntityResolver> LoadAsync(AmityDb db, IEnumerable<string?> names, CancellationToken ct)
    {
        await NameIndex.FillPendingAsync(db, ct);
        var resolver = new EntityResolver(db);
        var keys = names.SelectMany(NameKeys.Of).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in keys.Chunk(KeysPerQuery)) resolver.Take(chunk, await Query(db, chunk).ToListAsync(ct));
        return resolver;
    }

    public int? Person(string? name) => Find(_people, name);
    public int? Organization(string? name) => Find(_organizations, name);

    /// <summary>Makes a record created during this ingestion findable by its names, so later mentions match it.</summary>
    public void AddPerson(int id, IEnumerable<string> names)
    {
        foreach (var name in names) Index(_people, NameKeys.Of(name), id);
    }

    public void AddOrganization(int id, IEnumerable<string> names)
    {
        foreach (var name in names) Index(_organizations, NameKeys.Of(name), id);
    }

    private static IQueryable<NameKey> Query(AmityDb db, string[] keys) => db.NameKeys.AsNoTracking().Where(k => keys.Contains(k.Key));

    private void Take(string[] keys, List<NameKey> rows)
    {
        _loaded.UnionWith(keys);
        foreach (var row in rows)
        {
            if (row.PersonId is { } person) Index(_people, [row.Key], person);
            if (row.OrganizationId is { } organization) Index(_organizations, [row.Key], organization);
        }
    }

    private static void Index(Dictionary<string, List<int>> index, IEnumerable<string> keys, int id)
    {
        foreach (var key in keys)
        {
            if (!index.TryGetValue(key, out var ids)) index[key] = ids = [];
            if (!ids.Contains(id)) ids.Add(id);
        }
    }

    /// <summary>The one record the name points to; a name that fits several records is not a match (a person must choose).</summary>
    private int? Find(Dictionary<string, List<int>> index, string? name)
    {
        var keys = NameKeys.Of(name);
        // A name the article did not give (an edit by the reviewer) is read when it is first asked for.
        var missing = keys.Where(k => !_loaded.Contains(k)).ToArray();
        if (missing.Length > 0) Take(missing, [.. Query(_db, missing)]);
        var found = keys.SelectMany(k => index.TryGetValue(k, out var ids) ? ids : []).Distinct().ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
