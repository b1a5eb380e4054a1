using System.Globalization;
using System.Text;

namespace Amity.Shared;

/// <summary>Names in Hangul, Hanzi, kana and Latin script: which language to tag them with, and an order that reads sensibly.</summary>
public static class Names
{
    /// <summary>
    /// The language a name is written in, for the <c>lang</c> attribute, so browsers pick the right glyphs
    /// (Han characters differ between Chinese, Japanese and Korean fonts); null for Latin script.
    /// </summary>
    public static string? Lang(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        bool han = false, kana = false;
        foreach (var c in name)
        {
            if (c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') return "ko";
            if (c is >= '\u3040' and <= '\u30FF') kana = true;
            else if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF') han = true;
        }
        return kana ? "ja" : han ? "zh" : null;
    }

    /// <summary>
    /// Orders names by the reader's language rules (ICU collation): Latin names alphabetically ignoring case and accents,
    /// Hangul in dictionary order, and Hanzi after them in a stable order, rather than by raw code point.
    /// </summary>
    public static StringComparer Comparer => StringComparer.Create(CultureInfo.CurrentCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    public static IOrderedEnumerable<T> OrderByName<T>(this IEnumerable<T> items, Func<T, string> name) => items.OrderBy(name, Comparer);

    /// <summary>
    /// The name as the lists order it in SQL, by plain code point (SQLite's binary order, PostgreSQL's "C" collation): compatibility
    /// forms unfolded, accents and other marks dropped, lower case, the few Latin letters that do not decompose spelt out. Latin names
    /// then sort as <see cref="Comparer"/> sorts them (case and accents ignored), Hangul syllables in dictionary order, kana with and
    /// without voicing marks together; only the order between scripts differs from ICU's (kana, then Han, then Hangul).
    /// </summary>
    /// <remarks>
    /// Computed here rather than taken from ICU's own sort keys so that a key stored years ago still matches one made today on
    /// another machine: ICU's keys change between ICU versions, this code only with Amity.
    /// </remarks>
    public static string SortKey(string? name)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
            }
            var lower = char.ToLowerInvariant(c);
            key.Append(lower switch
            {
                'ß' => "ss", 'æ' => "ae", 'œ' => "oe", 'ø' => "o", 'ł' => "l", 'đ' => "d", 'ð' => "d", 'þ' => "th", 'ı' => "i", 'ħ' => "h",
                _ => null,
            } ?? (object)lower);
        }
        // Decomposed Hangul syllables compose again; the marks dropped above do not come back.
        var folded = key.ToString().Normalize(NormalizationForm.FormC);
        return folded.Length <= SortKeyLength ? folded : folded[..SortKeyLength];
    }

    /// <summary>The longest sort key stored: a name's length, with room for letters spelt out in two.</summary>
    public const int SortKeyLength = 400;
}
