namespace Amity.Extraction.Text;

/// <summary>A sentence: its span in the article and its paragraph number.</summary>
internal readonly record struct Sentence(int Start, int End, int Paragraph);

/// <summary>Splits text into sentences in one pass; a sentence never exceeds <see cref="MaxLength"/> characters.</summary>
internal static class SentenceSplitter
{
    public const int MaxLength = 1200;

    public static List<Sentence> Split(string text, int start, int end)
    {
        // About one sentence per 120 characters of prose: sized once instead of grown by copies (bounded for huge texts).
        var sentences = new List<Sentence>(Math.Min(Math.Max(0, end - start) / 120 + 4, 4096));
        var paragraph = 0;
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = text.IndexOf('\n', lineStart, end - lineStart);
            if (lineEnd < 0) lineEnd = end;
            // Hard-wrapped paragraphs: a line continues while the next one starts in lower case.
            while (lineEnd < end)
            {
                var next = lineEnd + 1;
                while (next < end && text[next] is ' ' or '\t') next++;
                if (next < end && char.IsLower(text[next]))
                {
                    var more = text.IndexOf('\n', next, end - next);
                    lineEnd = more < 0 ? end : more;
                }
                else break;
            }
            if (SplitBlock(text, lineStart, lineEnd, paragraph, sentences)) paragraph++;
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static bool SplitBlock(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var before = sentences.Count;
        var s = start;
        for (var i = start; i < end; i++)
        {
            // Jump to the next mark that can end a sentence, or to where the sentence grows too long.
            var limit = Math.Min(end, s + MaxLength);
            if (i < limit)
            {
                var next = text.AsSpan(i, limit - i).IndexOfAny(EndMarks);
                i = next < 0 ? limit : i + next;
                if (i >= end) break;
            }
            var c = text[i];
            if (i - s >= MaxLength)
            {
                // A run-on "sentence": cut at the last space so that work per sentence stays bounded.
                var cut = text.LastIndexOf(' ', i, Math.Min(i - s, 200));
                if (cut <= s) cut = i;
                Add(text, s, cut, paragraph, sentences);
                s = cut;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…' or '。' or '！' or '？')) continue;
            var j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '.' or '…') j++;
            if (c is '。' or '！' or '？') { Add(text, s, j, paragraph, sentences); s = j; i = j - 1; continue; }
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) continue;
            var n = text[k];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' || !char.IsLetter(n) && !char.IsPunctuation(n))) continue;
            if (c == '.' && (IsAbbreviation(text, s, i) || IsDottedWord(text, s, i) && (n == '(' || WordThenBracket(text, k, end)))) continue;
            Add(text, s, j, paragraph, sentences);
            s = j;
            i = j - 1;
        }
        Add(text, s, end, paragraph, sentences);
        return sentences.Count > before;
    }

    private static readonly System.Buffers.SearchValues<char> EndMarks = System.Buffers.SearchValues.Create(".!?…。！？");

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && dot - w < 24 && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        var lower = word.ToLowerInvariant();
        // Company suffixes often end a sentence; titles and "No." never do.
        if (!Lexicon.Abbreviations.Contains(lower)) return false;
        return lower is not ("co" or "corp" or "inc" or "ltd" or "etc") || lower is "co" or "corp" && LegalFormFollows(text, dot + 1);
    }

    /// <summary>"Arlen Holding S.A. (the …)": a word written with full stops inside it, its gloss in brackets after it.</summary>
    private static bool IsDottedWord(string text, int sentenceStart, int dot)
    {
        for (var w = dot - 1; w > sentenceStart && dot - w < 12 && (char.IsLetter(text[w]) || text[w] == '.'); w--)
            if (text[w] == '.') return true;
        return false;
    }

    /// <summary>"Arlen Ports S.A. Westport (AP)": one word, then its bracket; the company's seat after its legal form.</summary>
    private static bool WordThenBracket(string text, int k, int end)
    {
        var e = k;
        while (e < end && char.IsLetter(text[e])) e++;
        if (e == k) return false;
        while (e < end && text[e] == ' ') e++;
        return e < end && text[e] == '(';
    }

    /// <summary>"Co. Ltd.", "Corp. Ltd.": a second legal form after the first continues the company's name.</summary>
    private static bool LegalFormFollows(string text, int k)
    {
        while (k < text.Length && text[k] == ' ') k++;
        var e = k;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text.AsSpan(k, e - k) is "Ltd" or "Limited" or "LTD" or "Inc" or "LLC" or "Bhd";
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, paragraph));
    }
}
