namespace Amity.Extraction.Text;

internal enum TokenKind { Word, Number, Punct }

/// <summary>A word, number or punctuation mark with its span in the article.</summary>
internal sealed class Token(int start, int end, TokenKind kind, string text)
{
    public int Start { get; } = start;
    public int End { get; } = end;
    public TokenKind Kind { get; } = kind;
    public string Text { get; } = text;
    public string Lower { get; } = text.ToLowerInvariant();

    /// <summary>Starts with an upper-case letter (or is a capitalised possessive).</summary>
    public bool IsCap => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool IsPossessive => Kind == TokenKind.Word && (Lower.EndsWith("'s", StringComparison.Ordinal) || Lower.EndsWith("’s", StringComparison.Ordinal) || Lower.EndsWith("s'", StringComparison.Ordinal) || Lower.EndsWith("s’", StringComparison.Ordinal));

    /// <summary>The word without a possessive ending.</summary>
    public string Base => !IsPossessive ? Text : Lower.EndsWith('s') ? Text[..^2] : Text[..^1];

    public bool Is(string lower) => Lower == lower;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Text[0] == c;

    public override string ToString() => Text;
}

/// <summary>Splits a span of text into tokens. Linear in the span.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
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
                var word = text[s..i];
                // Abbreviations and initials keep their full stop: Dr., Co., J.
                if (i < end && text[i] == '.' && !startsWithDigit &&
                    (Lexicon.Abbreviations.Contains(word.ToLowerInvariant()) || (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.')))
                {
                    i++;
                    word = text[s..i];
                }
                var kind = startsWithDigit && word.All(ch => char.IsDigit(ch) || ch is '-' or '.' or ',' or '/') ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(s, i, kind, word));
                continue;
            }
            tokens.Add(new Token(i, i + 1, TokenKind.Punct, c.ToString()));
            i++;
        }
        return tokens;
    }

    private static bool IsInitialism(string text, int s, int dot) => dot - s <= 2 && char.IsUpper(text[s]);
}
