using System.Globalization;

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
}
