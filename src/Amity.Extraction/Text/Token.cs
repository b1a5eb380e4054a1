using System.Collections.Frozen;

namespace Amity.Extraction.Text;

internal enum TokenKind { Word, Number, Punct }

/// <summary>A word, number or punctuation mark with its span in the article. Its facts are computed once.</summary>
internal sealed class Token
{
    public Token(int start, int end, TokenKind kind, string text) : this(start, end, kind, text, text.ToLowerInvariant(), null) { }

    /// <summary>A token whose lower-case form (and word-list flags, when known) are given.</summary>
    public Token(int start, int end, TokenKind kind, string text, string lower, LexFlag? lex)
    {
        Start = start;
        End = end;
        Kind = kind;
        Text = text;
        // ToLowerInvariant returns the same instance when nothing changes (all ASCII lower case).
        Lower = lower;
        Lex = lex ?? LexIndex.Of(Lower);
        if (kind == TokenKind.Word)
        {
            IsCap = char.IsUpper(text[0]);
            if (text.Length > 1)
            {
                var all = true;
                foreach (var c in text)
                    if (char.IsLetter(c) && !char.IsUpper(c)) { all = false; break; }
                IsAllCaps = all;
            }
            var l = Lower;
            IsPossessive = l.EndsWith("'s", StringComparison.Ordinal) || l.EndsWith("’s", StringComparison.Ordinal) || l.EndsWith("s'", StringComparison.Ordinal) || l.EndsWith("s’", StringComparison.Ordinal);
        }
        MayStartDate = DateFinder.MayStartDate(this);
    }

    /// <summary>A token at [start, end) with the text and facts of <paramref name="pattern"/> (the same word seen before).</summary>
    public Token(int start, int end, Token pattern)
    {
        Start = start;
        End = end;
        Kind = pattern.Kind;
        Text = pattern.Text;
        Lower = pattern.Lower;
        Lex = pattern.Lex;
        IsCap = pattern.IsCap;
        IsAllCaps = pattern.IsAllCaps;
        IsPossessive = pattern.IsPossessive;
        MayStartDate = pattern.MayStartDate;
    }

    public int Start { get; }
    public int End { get; }
    public TokenKind Kind { get; }
    public string Text { get; }
    public string Lower { get; }

    /// <summary>Starts with an upper-case letter (or is a capitalised possessive).</summary>
    public bool IsCap { get; }

    public bool IsAllCaps { get; }

    public bool IsPossessive { get; }

    /// <summary>The word can begin a date expression (see <see cref="DateFinder"/>).</summary>
    public bool MayStartDate { get; }

    /// <summary>The word without a possessive ending.</summary>
    public string Base => !IsPossessive ? Text : Lower.EndsWith('s') ? Text[..^2] : Text[..^1];

    public bool Is(string lower) => Lower == lower;

    /// <summary>The word lists of <see cref="Lexicon"/> that contain <see cref="Lower"/>.</summary>
    public LexFlag Lex { get; }

    /// <summary>True when <see cref="Lower"/> is in one of the lists <paramref name="lists"/>.</summary>
    public bool Is(LexFlag lists) => (Lex & lists) != 0;

    /// <summary>The exact text is a lower-case name particle ("de", "van"), as <c>NameParticles.Contains(Text)</c>.</summary>
    public bool IsParticle => (Lex & LexFlag.NameParticles) != 0 && string.Equals(Text, Lower, StringComparison.Ordinal);

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;

    public override string ToString() => Text;
}

/// <summary>Splits a span of text into tokens. Linear in the span.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Min(Math.Max(0, end - start) / 4 + 4, 1024));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetterOrDigit(c))
            {
                var s = i;
                var startsWithDigit = char.IsDigit(c);
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark) { i++; continue; }
                    // Joiners inside a word: Je-hoon, People's, U.S, 2024-04-24, 1,200.
                    if (d is '-' or '\'' or '’' or '‐' or '.' or ',' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        if (d is ',' or '/' && !(startsWithDigit && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))) break;
                        if (d == '.' && !(char.IsDigit(text[i + 1]) && startsWithDigit) && !(i + 2 <= end && IsInitialism(text, s, i))) break;
                        i += 2;
                        continue;
                    }
                    // Possessive at the end of a word: Gyeonggi's, farmers'.
                    if (d is '\'' or '’' && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])) && text[i - 1] is 's' or 'S') { i++; break; }
                    // A name ending in an apostrophe before another name: "Peter Anyang' Odhiambo".
                    if (d is '\'' or '’' && i + 2 < end && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && char.IsLetter(text[i - 1])) { i++; break; }
                    break;
                }
                // Abbreviations and initials keep their full stop: Dr., Co., J.
                if (i < end && text[i] == '.' && !startsWithDigit &&
                    (IsAbbreviation(text.AsSpan(s, i - s)) || (i - s == 1 && char.IsUpper(text[s])) || text.AsSpan(s, i - s).Contains('.')))
                    i++;
                tokens.Add(Word(text, s, i, startsWithDigit));
                continue;
            }
            tokens.Add(c < Single.Length ? Single[c] is { } one ? new Token(i, i + 1, one) : NewSingle(i, c) : new Token(i, i + 1, TokenKind.Punct, c.ToString()));
            i++;
        }
        return tokens;
    }

    /// <summary>
    /// The words seen lately on this thread, as pattern tokens: a word met again (most words of an article are common ones)
    /// takes its text, lower case and word-list flags from the pattern instead of allocating and looking them up again.
    /// Bounded: the cache starts over when full, so memory stays small whatever the input.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, Token>? _words;

    [ThreadStatic] private static Dictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    private const int WordCacheLimit = 1 << 15;

    private static Token Word(string text, int s, int e, bool startsWithDigit)
    {
        var words = _words;
        if (words is null)
        {
            _words = words = new Dictionary<string, Token>(StringComparer.Ordinal);
            _wordsBySpan = words.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        if (_wordsBySpan.TryGetValue(text.AsSpan(s, e - s), out var pattern)) return new Token(s, e, pattern);
        var word = text[s..e];
        var kind = startsWithDigit && IsNumber(word) ? TokenKind.Number : TokenKind.Word;
        var token = new Token(s, e, kind, word);
        if (words.Count >= WordCacheLimit) words.Clear();
        words[word] = token;
        return token;
    }

    /// <summary>Pattern tokens for punctuation below U+3100 (text, lower case, flags), filled on first use; a race only writes an equal pattern.</summary>
    private static readonly Token?[] Single = new Token?[0x3100];

    /// <summary>A punctuation token; its text, lower case and flags are kept as a pattern for the next one.</summary>
    private static Token NewSingle(int i, char c)
    {
        var token = new Token(i, i + 1, TokenKind.Punct, c.ToString());
        Single[c] = token;
        return token;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > 16) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Abbreviations.Contains(lower);
    }

    private static bool IsNumber(string word)
    {
        foreach (var ch in word)
            if (!(char.IsDigit(ch) || ch is '-' or '.' or ',' or '/')) return false;
        return true;
    }

    private static bool IsInitialism(string text, int s, int dot) => dot - s <= 2 && char.IsUpper(text[s]);
}
