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
        var text = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var isWordChar = char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar) current.Append(c);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>A canonical key: the sorted set of normalised words joined by spaces. Equal keys mean equal names.</summary>
    public static string Key(string? name) => string.Join(' ', Words(name).Distinct().Order(StringComparer.Ordinal));

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
