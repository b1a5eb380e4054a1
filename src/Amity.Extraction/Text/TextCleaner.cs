using System.Buffers;

namespace Amity.Extraction.Text;

/// <summary>
/// Makes any input safe to scan without moving a single character: HTML tags, entities, control characters and
/// broken surrogate halves become spaces (or a newline where a tag breaks a block), so offsets into the cleaned
/// text are offsets into the input.
/// </summary>
internal static class TextCleaner
{
    private static readonly string[] BlockTags = ["p", "br", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article", "header", "footer", "ul", "ol", "table", "blockquote"];

    public static string Clean(string input)
    {
        var looksLikeHtml = LooksLikeHtml(input);
        // Most articles are clean plain text: then the input is returned as it is, without two copies.
        if (!NeedsCleaning(input, looksLikeHtml)) return input;
        var chars = input.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
                chars[i] = ' ';
            }
            else if (char.IsLowSurrogate(c)) chars[i] = ' ';
            else if (c is '\n' or '\t') { }
            else if (c == '\r') chars[i] = i + 1 < chars.Length && chars[i + 1] == '\n' ? ' ' : '\n';
            else if (c is '\u2028' or '\u2029') chars[i] = '\n';
            else if (char.IsControl(c) || c is '\uFEFF' or '\uFFFD' or '\u00AD' or '\u200B') chars[i] = ' ';
            else if (c == '\u00A0') chars[i] = ' ';
            else if (looksLikeHtml && c == '<') i = StripTag(chars, i);
            else if (looksLikeHtml && c == '&') i = DecodeEntity(chars, i);
        }
        return new string(chars);
    }

    /// <summary>True when <see cref="Clean"/> may change a character: the same tests as its loop, without changing anything.</summary>
    private static bool NeedsCleaning(string s, bool looksLikeHtml)
    {
        if (looksLikeHtml) return s.AsSpan().ContainsAny(SpecialInHtml);
        // Plain text is nearly all printable ASCII, which a vector search skips; only the few other characters (newlines,
        // quotes, accents) are tested one by one. A search for the special set itself probed a bitmap of its 2,000
        // characters at every position (a fiftieth of the extractor's time).
        var rest = s.AsSpan();
        while (true)
        {
            var k = rest.IndexOfAnyExceptInRange(' ', '~');
            if (k < 0) return false;
            if (Special.Contains(rest[k])) return true;
            rest = rest[(k + 1)..];
        }
    }

    /// <summary>Every character the loop of <see cref="Clean"/> may change: controls but newline and tab, surrogates, and a few marks.</summary>
    private static readonly string SpecialChars = string.Concat(
        Enumerable.Range(0, 0x10000).Select(i => (char)i)
            .Where(c => c is not ('\n' or '\t') && (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFD' or '\u00AD' or '\u200B' or '\u00A0')));

    private static readonly SearchValues<char> Special = SearchValues.Create(SpecialChars);

    private static readonly SearchValues<char> SpecialInHtml = SearchValues.Create(SpecialChars + "<&");

    private static bool LooksLikeHtml(string s)
    {
        // A handful of real tags is enough; a lone "<" in prose is not.
        var tags = 0;
        var limit = Math.Min(s.Length - 1, 200_000);
        for (var i = 0; i < limit && tags < 3; i++)
            if (s[i] == '<' && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] is '/' or '!')) tags++;
        return tags >= 2;
    }

    /// <summary>Blanks a tag (and the content of script and style elements); returns the index of its last character.</summary>
    private static int StripTag(char[] chars, int start)
    {
        var next = start + 1;
        if (next >= chars.Length || !(char.IsAsciiLetter(chars[next]) || chars[next] is '/' or '!' or '?')) return start;
        var end = Array.IndexOf(chars, '>', next, Math.Min(chars.Length - next, 4096));
        if (end < 0) return start;
        var name = TagName(chars, next, end);
        var isBlock = BlockTags.Contains(name);
        for (var k = start; k <= end; k++) chars[k] = chars[k] == '\n' ? '\n' : ' ';
        if (isBlock) chars[start] = '\n';
        if (name is "script" or "style" && chars[next] != '/')
        {
            // Blank everything up to the closing tag; bounded by the text, scanned once.
            var k = end + 1;
            for (; k < chars.Length; k++)
            {
                if (chars[k] == '<' && k + 1 < chars.Length && chars[k + 1] == '/') break;
                if (chars[k] != '\n') chars[k] = ' ';
            }
            return k - 1;
        }
        return end;
    }

    private static string TagName(char[] chars, int from, int end)
    {
        var i = from;
        if (i < end && chars[i] == '/') i++;
        var s = i;
        while (i < end && char.IsAsciiLetterOrDigit(chars[i])) i++;
        return new string(chars, s, i - s).ToLowerInvariant();
    }

    private static readonly Dictionary<string, char> Entities = new(StringComparer.Ordinal)
    {
        ["amp"] = '&', ["lt"] = '<', ["gt"] = '>', ["quot"] = '"', ["apos"] = '\'', ["nbsp"] = ' ', ["ldquo"] = '“',
        ["rdquo"] = '”', ["lsquo"] = '‘', ["rsquo"] = '’', ["ndash"] = '–', ["mdash"] = '—', ["hellip"] = '…', ["middot"] = '·',
    };

    /// <summary>Replaces an entity by its character followed by spaces, keeping the length.</summary>
    private static int DecodeEntity(char[] chars, int start)
    {
        var end = -1;
        for (var k = start + 1; k < chars.Length && k < start + 10; k++)
        {
            if (chars[k] == ';') { end = k; break; }
            if (!char.IsAsciiLetterOrDigit(chars[k]) && chars[k] != '#') break;
        }
        if (end < 0) return start;
        var name = new string(chars, start + 1, end - start - 1);
        char? value = null;
        if (Entities.TryGetValue(name, out var v)) value = v;
        else if (name.Length > 1 && name[0] == '#')
        {
            var ok = name.Length > 2 && name[1] is 'x' or 'X'
                ? int.TryParse(name.AsSpan(2), System.Globalization.NumberStyles.HexNumber, null, out var code)
                : int.TryParse(name.AsSpan(1), out code);
            if (ok && code is > 31 and < 0xD800) value = (char)code;
        }
        if (value is null) return start;
        chars[start] = value.Value;
        for (var k = start + 1; k <= end; k++) chars[k] = ' ';
        return end;
    }
}
