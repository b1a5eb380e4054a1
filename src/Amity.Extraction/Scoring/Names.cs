using System.Globalization;
using System.Text;
using Amity.Extraction.Text;

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
        // NFKC leaves ASCII unchanged, so plain ASCII names skip the normaliser; their words are lowered one by one.
        if (Ascii.IsValid(name)) return AsciiWords(name);
        var words = new List<string>();
        var text = (KeptByNfkc(name) ? name : name.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isWordChar = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (isWordChar) { if (start < 0) start = i; }
            else if (start >= 0) { words.Add(text.Substring(start, i - start)); start = -1; }
        }
        if (start >= 0) words.Add(start == 0 ? text : text.Substring(start));
        return words;
    }

    /// <summary>
    /// True when NFKC returns the name unchanged, decided without the normaliser (a call into ICU for every accented or
    /// curly-quoted name was a thirtieth of the extractor's time): every character is one of Latin-1 and Latin Extended-A
    /// and -B that has no compatibility form (the excluded ones below), or a curly quote or dash. All of them are starters
    /// that compose with nothing, so no pair of them changes either (checked against every pair of the set).
    /// </summary>
    private static bool KeptByNfkc(string name)
    {
        foreach (var c in name)
        {
            if (c < '\u0250')
            {
                if (c is '\u00A0' or '\u00A8' or '\u00AA' or '\u00AF' or >= '\u00B2' and <= '\u00B5' or '\u00B8' or '\u00B9' or '\u00BA' or >= '\u00BC' and <= '\u00BE'
                    or '\u0132' or '\u0133' or '\u013F' or '\u0140' or '\u0149' or '\u017F' or >= '\u01C4' and <= '\u01CC' or >= '\u01F1' and <= '\u01F3')
                    return false;
            }
            else if (c is not ('\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D')) return false;
        }
        return true;
    }

    /// <summary>The words of a plain ASCII name, lowered, in an array of their exact count.</summary>
    private static string[] AsciiWords(string name)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in name)
        {
            var w = char.IsAsciiLetterOrDigit(c);
            if (w && !inWord) count++;
            inWord = w;
        }
        if (count == 0) return [];
        var words = new string[count];
        SpanCache<string>? lowerWords = null;
        var n = 0;
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && char.IsAsciiLetterOrDigit(name[i])) { if (start < 0) start = i; }
            else if (start >= 0)
            {
                var word = name.AsSpan(start, i - start);
                words[n++] = word.Length == name.Length && !word.ContainsAnyInRange('A', 'Z') ? name : Lowered(lowerWords ??= _lowerWords ??= new SpanCache<string>(1 << 14), word);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// ASCII words and their lower case. Names repeat the same few words, so the lowered string of each word met lately on
    /// the thread is kept instead of a new string for every name that holds it.
    /// </summary>
    [ThreadStatic] private static SpanCache<string>? _lowerWords;

    private static string Lowered(SpanCache<string> cache, ReadOnlySpan<char> word)
    {
        if (cache.TryGet(word, out var lower)) return lower;
        var text = word.ToString();
        lower = word.ContainsAnyInRange('A', 'Z') ? text.ToLowerInvariant() : text;
        cache.Add(text, lower);
        return lower;
    }

    /// <summary>A canonical key: the sorted set of normalised words joined by spaces. Equal keys mean equal names.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        return KeyOfWords(Words(name));
    }

    private const int ScratchLengths = 9;

    /// <summary>Scratch arrays by length (2 to 8 words) for <see cref="KeyOfWords"/>'s sort.</summary>
    [ThreadStatic] private static string[]?[]? _scratch;

    /// <summary>The key of a name whose words are known (see <see cref="Words"/>).</summary>
    internal static string KeyOfWords(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return "";
        if (words.Count == 1) return words[0];
        // The sorted copy lives only while the key is built: a short name reuses the thread's scratch array.
        var sorted = words.Count < ScratchLengths ? ((_scratch ??= new string[ScratchLengths][])[words.Count] ??= new string[words.Count]) : new string[words.Count];
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
