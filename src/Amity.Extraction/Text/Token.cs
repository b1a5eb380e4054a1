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
        // ToLowerInvariant returns the same instance when nothing changes (all ASCII lower case).
        _word = new WordFacts(kind, text, lower, lex ?? LexIndex.Of(lower));
        _word.MayStartDate = DateFinder.MayStartDate(this);
    }

    /// <summary>A token of the same word at another place: the facts of the word are shared, only the place is new.</summary>
    public Token(int start, int end, Token pattern)
    {
        Start = start;
        End = end;
        _word = pattern._word;
    }

    /// <summary>
    /// What a word is, whatever its place: the tokenizer meets the same words again and again, so a token is only its
    /// place and a reference to these (32 bytes a token instead of 56: tokens were a sixth of what an article allocated).
    /// </summary>
    private sealed class WordFacts
    {
        public WordFacts(TokenKind kind, string text, string lower, LexFlag lex)
        {
            Kind = kind;
            Text = text;
            Lower = lower;
            Lex = lex;
            if (kind != TokenKind.Word) return;
            IsCap = char.IsUpper(text[0]);
            if (text.Length > 1)
            {
                var all = true;
                foreach (var c in text)
                    if (char.IsLetter(c) && !char.IsUpper(c)) { all = false; break; }
                IsAllCaps = all;
            }
            IsPossessive = lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal) || lower.EndsWith("s'", StringComparison.Ordinal) || lower.EndsWith("s’", StringComparison.Ordinal);
        }

        public readonly TokenKind Kind;
        public readonly string Text;
        public readonly string Lower;
        public readonly LexFlag Lex;
        public readonly bool IsCap;
        public readonly bool IsAllCaps;
        public readonly bool IsPossessive;
        public bool MayStartDate;
    }

    private readonly WordFacts _word;

    public int Start { get; }
    public int End { get; }
    public TokenKind Kind => _word.Kind;
    public string Text => _word.Text;
    public string Lower => _word.Lower;

    /// <summary>Starts with an upper-case letter (or is a capitalised possessive).</summary>
    public bool IsCap => _word.IsCap;

    public bool IsAllCaps => _word.IsAllCaps;

    public bool IsPossessive => _word.IsPossessive;

    /// <summary>The word can begin a date expression (see <see cref="DateFinder"/>).</summary>
    public bool MayStartDate => _word.MayStartDate;

    /// <summary>The word without a possessive ending.</summary>
    public string Base => !IsPossessive ? Text : Lower.EndsWith('s') ? Text[..^2] : Text[..^1];

    public bool Is(string lower) => Lower == lower;

    /// <summary>The word lists of <see cref="Lexicon"/> that contain <see cref="Lower"/>.</summary>
    public LexFlag Lex => _word.Lex;

    /// <summary>True when <see cref="Lower"/> is in one of the lists <paramref name="lists"/>.</summary>
    public bool Is(LexFlag lists) => (_word.Lex & lists) != 0;

    /// <summary>The exact text is a lower-case name particle ("de", "van"), as <c>NameParticles.Contains(Text)</c>.</summary>
    public bool IsParticle => (_word.Lex & LexFlag.NameParticles) != 0 && string.Equals(_word.Text, _word.Lower, StringComparison.Ordinal);

    public bool IsPunct(char c) => _word.Kind == TokenKind.Punct && _word.Text[0] == c;

    public override string ToString() => Text;
}

/// <summary>Splits a span of text into tokens. Linear in the span.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Min(Math.Max(0, end - start) / 4 + 4, 1024));
        var cache = _cache ??= new SpanCache<Token>(WordCacheLimit);
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
                tokens.Add(Word(cache, text, s, i, startsWithDigit));
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
    /// Bounded: the cache starts over when full, so memory stays small whatever the input. Fetched once a sentence, not once
    /// a word: a thread-static read has a cost.
    /// </summary>
    [ThreadStatic] private static SpanCache<Token>? _cache;

    private const int WordCacheLimit = 1 << 15;

    private static Token Word(SpanCache<Token> cache, string text, int s, int e, bool startsWithDigit)
    {
        if (cache.TryGet(text.AsSpan(s, e - s), out var pattern)) return new Token(s, e, pattern);
        var word = text[s..e];
        var kind = startsWithDigit && IsNumber(word) ? TokenKind.Number : TokenKind.Word;
        var token = new Token(s, e, kind, word);
        cache.Add(word, token);
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
