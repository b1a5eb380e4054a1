using System.Globalization;
using System.Text;

namespace Amity.Extraction;

/// <summary>Name normalisation used by scoring: NFKC, lower case, hyphens and punctuation to spaces, words as a set.</summary>
public static class Names
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "for", "to", "in", "on", "at", "by", "with", "from", "between", "its", "their",
    };

    /// <summary>The words of a name after normalisation, in order.</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        if (string.IsNullOrEmpty(name)) return [];
        var words = new List<string>();
        AddWords(name, words);
        return words;
    }

    /// <summary>Appends the normalised words of a non-empty name to <paramref name="words"/>.</summary>
    private static void AddWords(string name, List<string> words)
    {
        // NFKC leaves ASCII unchanged, so plain ASCII names skip the normaliser; their words are lowered one by one.
        if (Ascii.IsValid(name))
        {
            AddAsciiWords(name, words);
            return;
        }
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar) { if (start < 0) start = i; }
            else if (start >= 0) { words.Add(text.Substring(start, i - start)); start = -1; }
        }
        if (start >= 0) words.Add(start == 0 ? text : text.Substring(start));
    }

    private static void AddAsciiWords(string name, List<string> words)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && char.IsAsciiLetterOrDigit(name[i])) { if (start < 0) start = i; }
            else if (start >= 0)
            {
                var word = name.AsSpan(start, i - start);
                if (!word.ContainsAnyInRange('A', 'Z')) words.Add(word.Length == name.Length ? name : word.ToString());
                else words.Add(string.Create(word.Length, (name, start), static (dest, state) => Ascii.ToLower(state.name.AsSpan(state.start, dest.Length), dest, out _)));
                start = -1;
            }
        }
    }

    /// <summary>A canonical key: the sorted set of normalised words joined by spaces. Equal keys mean equal names.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var words = new List<string>(4);
        AddWords(name, words);
        return KeyOfWords(words);
    }

    /// <summary>The key of a name whose words are known (see <see cref="Words"/>).</summary>
    internal static string KeyOfWords(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return "";
        if (words.Count == 1) return words[0];
        var sorted = new string[words.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = words[i];
        // Names have a handful of words: an insertion sort needs no comparer delegate; long ones take the library sort.
        if (sorted.Length <= 16)
            for (var i = 1; i < sorted.Length; i++)
            {
                var w = sorted[i];
                var j = i - 1;
                while (j >= 0 && string.CompareOrdinal(sorted[j], w) > 0) { sorted[j + 1] = sorted[j]; j--; }
                sorted[j + 1] = w;
            }
        else Array.Sort(sorted, StringComparer.Ordinal);
        var length = 0;
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i] == sorted[i - 1]) continue;
            length += sorted[i].Length + (distinct > 0 ? 1 : 0);
            distinct++;
        }
        if (distinct == 1) return sorted[0];
        return string.Create(length, sorted, static (dest, sorted) =>
        {
            var n = 0;
            for (var i = 0; i < sorted.Length; i++)
            {
                if (i > 0 && sorted[i] == sorted[i - 1]) continue;
                if (n > 0) dest[n++] = ' ';
                sorted[i].AsSpan().CopyTo(dest[n..]);
                n += sorted[i].Length;
            }
        });
    }

    /// <summary>True when the two names are the same set of words after normalisation.</summary>
    public static bool Same(string? a, string? b)
    {
        var ka = Key(a);
        return ka.Length > 0 && ka == Key(b);
    }

    /// <summary>The normalised words of a name that carry meaning (articles and prepositions dropped).</summary>
    public static IReadOnlySet<string> ContentWords(string? name) =>
        Words(name).Where(w => !StopWords.Contains(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The share of <paramref name="gold"/>'s content words that also occur in <paramref name="predicted"/> (0 when gold has none).</summary>
    public static double SharedContent(string? predicted, string? gold)
    {
        var g = ContentWords(gold);
        if (g.Count == 0) return 0;
        var p = ContentWords(predicted);
        return g.Count(p.Contains) / (double)g.Count;
    }
}
