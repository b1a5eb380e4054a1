using Amity.Extraction;

namespace Amity.Ingestion;

/// <summary>
/// Keys under which a name is the same name whatever its word order, hyphens, case or spacing of syllables:
/// "Dong Yeon Kim", "Kim Dong-yeon" and "Kim Dongyeon" share a key. Each key is one rotation of the name's
/// words run together, so surname-first and given-name-first forms meet without knowing which word is the surname.
/// </summary>
public static class NameKeys
{
    public static IReadOnlySet<string> Of(string? name)
    {
        var words = Names.Words(name);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count == 0) return keys;
        // Long names (organizations) only need their words in order, plus the word set, to stay cheap.
        if (words.Count > 5)
        {
            keys.Add(string.Concat(words));
            keys.Add(Names.Key(name));
            return keys;
        }
        for (var start = 0; start < words.Count; start++)
            keys.Add(string.Concat(words.Skip(start).Concat(words.Take(start))));
        keys.Add(Names.Key(name));
        return keys;
    }

    public static bool Same(string? a, string? b) => Of(a).Overlaps(Of(b));
}
