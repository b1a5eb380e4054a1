using System.Globalization;
using Amity.Extraction.Text;

namespace Amity.Extraction;

internal enum DateRole { Absolute, Relative, SameDay }

/// <summary>A date expression found in a sentence: tokens [TokStart, TokEnd) and the date it resolves to.</summary>
internal readonly record struct DateMention(int TokStart, int TokEnd, PartialDate Date, DateRole Role);

/// <summary>What relative dates are resolved against.</summary>
/// <param name="Published">The publication date; relative dates need it.</param>
/// <param name="Future">The sentence speaks of what will happen.</param>
/// <param name="Past">The sentence speaks of what happened.</param>
/// <param name="Narrative">The day the story was last at ("the same day", "six months later").</param>
internal readonly record struct DateContext(DateOnly? Published, bool Future, bool Past, PartialDate? Narrative);

/// <summary>Finds and resolves date expressions in a token range, at the precision the text gives. Linear in the range.</summary>
internal static class DateFinder
{
    public static List<DateMention> Find(List<Token> t, int from, int to, DateContext ctx)
    {
        var found = new List<DateMention>();
        var i = from;
        while (i < to)
        {
            if (!t[i].MayStartDate) { i++; continue; }
            var m = TryAt(t, i, to, ctx);
            if (m is { } mention)
            {
                found.Add(mention);
                i = Math.Max(mention.TokEnd, i + 1);
            }
            else i++;
        }
        return found;
    }

    /// <summary>Whether the sentence's words point to the future or the past (used to place a bare month in a year).</summary>
    public static (bool Future, bool Past) Tense(List<Token> t)
    {
        bool future = false, past = false;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            if (t[i].Is(LexFlag.FutureMarkers) && !IsNounWill(t, i) || (w == "be" && i + 1 < t.Count && t[i + 1].Lower == "held")) future = true;
            if (t[i].Is(LexFlag.PastMarkers)) past = true;
        }
        return (future, past);
    }

    /// <summary>
    /// "ratified on Wednesday the will to deepen …", "the political will of both sides", "their shared will": "will" after an
    /// article, a possessive or an adjective of intent is the noun, and tells nothing of the future.
    /// </summary>
    private static bool IsNounWill(List<Token> t, int i) =>
        t[i].Lower == "will" && i > 0 && t[i - 1].Lower is "the" or "a" or "their" or "its" or "his" or "her" or "our" or "political" or "good" or
            "common" or "shared" or "mutual" or "firm" or "strong" or "clear" or "joint";

    /// <summary>
    /// Most tokens start no date: punctuation never does, and a word only as a month, weekday, number word,
    /// day number ("18th"), hyphenated count ("twenty-five"), or one of the relative words of <see cref="TryAt"/>.
    /// </summary>
    internal static bool MayStartDate(Token tok) =>
        tok.Kind == TokenKind.Number || tok.Kind == TokenKind.Word && (tok.Is(LexFlag.Months | LexFlag.Weekdays | LexFlag.NumberWords) || char.IsAsciiDigit(tok.Text[0]) ||
            tok.Lower is "yesterday" or "today" or "tomorrow" or "last" or "next" or "this" or "day" || tok.Lower.Contains('-'));

    private static DateMention? TryAt(List<Token> t, int i, int to, DateContext ctx)
    {
        var tok = t[i];
        if (!tok.MayStartDate) return null;
        var pub = ctx.Published;
        string Lw(int k) => k >= 0 && k < to ? t[k].Lower : "";

        if (tok.Kind == TokenKind.Number && TryIso(tok.Text, out var iso)) return new(i, i + 1, iso, DateRole.Absolute);
        if (tok.Kind == TokenKind.Number && SlashDate(tok.Text, Lw(i - 1), pub) is { } slashed) return new(i, i + 1, slashed, DateRole.Absolute);

        // "Jan Kowalski", "June Carter": a month word before a capitalised name is a name.
        if ((IsMonth(tok) || PrefixedMonth(tok) > 0) && !(i + 1 < to && t[i + 1].Kind == TokenKind.Word && t[i + 1].IsCap && !t[i + 1].Is(LexFlag.Months) && !t[i + 1].Is(LexFlag.Weekdays))
            && !(tok.Text.Length <= 4 && !tok.Text.EndsWith('.') && tok.Lower is not ("may" or "june" or "july") && !(i + 1 < to && t[i + 1].Kind == TokenKind.Number)))
        {
            var month = IsMonth(tok) ? Lexicon.Months[tok.Lower] : PrefixedMonth(tok);
            var start = i;
            var modifier = Lw(i - 1) is "last" or "next" or "this" or "early" or "late" or "mid" or "mid-" ? Lw(i - 1) : "";
            if (modifier.Length > 0) start = i - 1;
            if (start > 0 && Lw(start - 1) == "," && start - 2 >= 0 && Lexicon.Weekdays.ContainsKey(Lw(start - 2))) start -= 2;
            else if (start > 0 && Lexicon.Weekdays.ContainsKey(Lw(start - 1))) start -= 1;
            var j = i + 1;
            int? day = null;
            if (j < to && DayNumber(t[j]) is { } d) { day = d; j++; }
            int? year = null;
            var k = j < to && t[j].IsPunct(',') ? j + 1 : j;
            if (k < to && YearNumber(t[k]) is { } y) { year = y; j = k + 1; }
            else if (Lw(j) == "of" && Lw(j + 2) == "year" && Lw(j + 1) is "this" or "last" or "next" && pub is { } p0)
            {
                year = p0.Year + (Lw(j + 1) == "last" ? -1 : Lw(j + 1) == "next" ? 1 : 0);
                j += 3;
            }
            else if (Lw(j) is "next" or "last" or "this" && Lw(j + 1) == "year" && pub is { } p1)
            {
                year = p1.Year + (Lw(j) == "last" ? -1 : Lw(j) == "next" ? 1 : 0);
                j += 2;
            }
            // A day number may also precede the month: "18 September".
            if (day is null && i > 0 && DayNumber(t[i - 1]) is { } before && start == i) { day = before; start = i - 1; }
            if (year is null)
            {
                if (pub is not { } p) return null;
                year = modifier switch
                {
                    "last" => month < p.Month ? p.Year : p.Year - 1,
                    "next" => month > p.Month ? p.Year : p.Year + 1,
                    "this" => p.Year,
                    _ when ctx.Past && !ctx.Future && month > p.Month => p.Year - 1,
                    _ when ctx.Future && !ctx.Past && month < p.Month => p.Year + 1,
                    _ => p.Year,
                };
            }
            var date = Make(year.Value, month, day);
            return date is null ? null : new(start, j, date.Value, DateRole.Absolute);
        }

        // "from 14 to 16 September": a span of days begins on its first day.
        if (DayNumber(tok) is { } first && i + 3 < to && Lw(i + 1) is "to" or "–" or "-" or "and" && DayNumber(t[i + 2]) is { } last && last > first && IsMonth(t[i + 3]) &&
            TryAt(t, i + 3, to, ctx) is { } span && span.Date.Month is { } spanMonth && Make(span.Date.Year, spanMonth, first) is { } firstDay)
            return span with { TokStart = Math.Min(i, span.TokStart), Date = firstDay };

        // "on 23-24 October": the span of days written as one number, joined by its hyphen; it begins on its first day.
        if (JoinedDaySpanStart(tok) is { } joinedFirst && i + 1 < to && IsMonth(t[i + 1]) &&
            TryAt(t, i + 1, to, ctx) is { } joined && joined.Date.Month is { } joinedMonth && Make(joined.Date.Year, joinedMonth, joinedFirst) is { } joinedDay)
            return joined with { TokStart = Math.Min(i, joined.TokStart), Date = joinedDay };

        if (DayNumber(tok) is { } dd && i + 1 < to && IsMonth(t[i + 1]))
            return TryAt(t, i + 1, to, ctx) is { } m2 ? m2 with { TokStart = Math.Min(i, m2.TokStart) } : null;

        // "on the 1st of March", "on the 14th of next month", "the 1st of this month".
        if (Lw(i + 1) == "of" && i + 2 < to && DayNumber(tok) is { } ofDay)
        {
            if (IsMonth(t[i + 2]) && TryAt(t, i + 2, to, ctx) is { Date: { Month: { } ofMonth, Day: null } } named && Make(named.Date.Year, ofMonth, ofDay) is { } dayOfNamed)
                return named with { TokStart = i, Date = dayOfNamed };
            if (pub is { } now && Lw(i + 2) is "next" or "this" or "last" && Lw(i + 3) == "month")
            {
                var shifted = MonthShift(now.Year, now.Month, Lw(i + 2) switch { "next" => 1, "last" => -1, _ => 0 });
                if (Make(shifted.Year, shifted.Month!.Value, ofDay) is { } dayOfShifted) return new(i, i + 4, dayOfShifted, DateRole.Relative);
            }
        }

        if (YearNumber(tok) is { } yr && tok.Kind == TokenKind.Number &&
            (Lw(i - 1) is "in" or "since" or "from" or "of" or "by" or "until" or "till" or "year" or "early" or "late" or "mid" or "(" or "," or "to" or "and" or "around" or "circa" or "" || i + 1 >= to || t[i + 1].Kind == TokenKind.Punct))
            return new(i, i + 1, new PartialDate(yr), DateRole.Absolute);

        // "30 years ago", "six months later"
        if (CountOf(tok) is { } n && n > 0 && i + 2 < to + 1)
        {
            var unit = Lw(i + 1);
            var dir = Lw(i + 2);
            if (dir is "ago" or "later" or "earlier" && unit.TrimEnd('s') is "year" or "month" or "day" or "week" or "decade")
            {
                var origin = dir == "ago" ? pub is { } pp ? PartialDate.FromDate(pp) : (PartialDate?)null : ctx.Narrative;
                if (origin is not { } o) return null;
                var sign = dir == "later" ? 1 : -1;
                var start = Lw(i - 1) is "than" && Lw(i - 2) is "more" or "less" ? i - 2 : i;
                PartialDate? date = unit.TrimEnd('s') switch
                {
                    "year" => new PartialDate(o.Year + sign * n),
                    "decade" => new PartialDate(o.Year + sign * 10 * n),
                    "month" when o.Month is { } om => MonthShift(o.Year, om, sign * n),
                    "day" when o.IsFullDate => PartialDate.FromDate(o.FirstDay.AddDays(sign * n)),
                    "week" when o.IsFullDate => PartialDate.FromDate(o.FirstDay.AddDays(sign * 7 * n)),
                    _ => null,
                };
                return date is null ? null : new(start, i + 3, date.Value, DateRole.Relative);
            }
        }

        if (pub is { } today)
        {
            // "on the 17th": a day of the month of publication, or of the month before when that day is still to come
            // (of the month after, for what will happen).
            // "on the afternoon of the 25th", "in the evening of the 3rd": a part of that day, as Korean and Japanese releases write it.
            if (Lw(i - 1) == "the" && (Lw(i - 2) is "on" or "from" or "since" or "until" || Lw(i - 2) == "of" && Lw(i - 3) is "morning" or "afternoon" or "evening" or "night") && tok.Kind == TokenKind.Word && tok.Text.Length > 2 && !char.IsAsciiDigit(tok.Text[^1]) &&
                DayNumber(tok) is { } dayOnly && !(i + 1 < to && (IsMonth(t[i + 1]) || Lw(i + 1) == "of")) && !OrdinalOfANoun(t, i + 1, to))
            {
                var month = new DateOnly(today.Year, today.Month, 1);
                if (ctx.Future && !ctx.Past ? dayOnly < today.Day : dayOnly > today.Day) month = month.AddMonths(ctx.Future && !ctx.Past ? 1 : -1);
                if (dayOnly <= DateTime.DaysInMonth(month.Year, month.Month))
                    return new(i - 1, i + 1, PartialDate.FromDate(new DateOnly(month.Year, month.Month, dayOnly)), DateRole.Relative);
            }
            switch (tok.Lower)
            {
                case "yesterday": return new(i, i + 1, PartialDate.FromDate(today.AddDays(-1)), DateRole.Relative);
                case "today": return new(i, i + 1, PartialDate.FromDate(today), DateRole.Relative);
                case "tomorrow": return new(i, i + 1, PartialDate.FromDate(today.AddDays(1)), DateRole.Relative);
                // "next month's fair", "this year's festival": the possessive names the same month or year.
                case "last" or "next" or "this" when Lw(i + 1) is "month" or "year" or "month's" or "month’s" or "year's" or "year’s":
                {
                    var shift = tok.Lower == "last" ? -1 : tok.Lower == "next" ? 1 : 0;
                    var date = Lw(i + 1).StartsWith("year", StringComparison.Ordinal) ? new PartialDate(today.Year + shift) : MonthShift(today.Year, today.Month, shift);
                    return new(i, i + 2, date, DateRole.Relative);
                }
            }
            if (tok.Is(LexFlag.Weekdays) && Lexicon.Weekdays.TryGetValue(tok.Lower, out var weekday) && tok.IsCap && !(Lw(i + 1) == "," && i + 2 < to && IsMonth(t[i + 2])) && !(i + 1 < to && IsMonth(t[i + 1])))
            {
                var mod = Lw(i - 1);
                var forward = mod == "next" || (mod != "last" && ctx.Future && !ctx.Past);
                var delta = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
                var date = forward ? today.AddDays(mod == "next" && delta == 0 ? 7 : delta) : today.AddDays(-(((int)today.DayOfWeek - (int)weekday + 7) % 7) - (mod == "last" && weekday == today.DayOfWeek ? 7 : 0));
                return new(mod is "next" or "last" ? i - 1 : i, i + 1, PartialDate.FromDate(date), DateRole.Relative);
            }
        }

        if (tok.Lower == "day" && Lw(i - 1) is "same" or "that" && ctx.Narrative is { IsFullDate: true } narrative)
        {
            var start = Lw(i - 1) == "same" ? (Lw(i - 2) is "the" or "that" ? i - 2 : i - 1) : i - 1;
            return new(start, i + 1, narrative, DateRole.SameDay);
        }
        // "the next day", "the following day", "the previous day", "the day before", "the day after the talks": one day
        // from the day the story was last at.
        if (tok.Lower == "day" && Lw(i - 2) == "the" && ctx.Narrative is { IsFullDate: true } from)
        {
            var step = Lw(i - 1) switch { "next" or "following" => 1, "previous" or "preceding" => -1, _ => 0 };
            if (step != 0) return new(i - 2, i + 1, PartialDate.FromDate(from.FirstDay.AddDays(step)), DateRole.Relative);
        }
        if (tok.Lower == "day" && Lw(i - 1) == "the" && Lw(i + 1) is "before" or "after" && ctx.Narrative is { IsFullDate: true } near)
            return new(i - 1, i + 2, PartialDate.FromDate(near.FirstDay.AddDays(Lw(i + 1) == "after" ? 1 : -1)), DateRole.Relative);
        return null;
    }

    /// <summary>
    /// "(9/9/2025)", "on 10/3", "the afternoon of 10/3": a day and month written with a slash, the day first as most of the
    /// world writes it (month first only when the second number cannot be a month). Without a year, only after "on", "of" or
    /// a bracket, in the year of publication (the year before for a day more than a month after it).
    /// </summary>
    private static PartialDate? SlashDate(string text, string before, DateOnly? pub)
    {
        var parts = text.Split('/');
        if (parts.Length is not (2 or 3) || parts[0].Length is 0 or > 2 || parts[1].Length is 0 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var a) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var b)) return null;
        var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        if (month is < 1 or > 12 || day < 1) return null;
        int year;
        if (parts.Length == 3)
        {
            if (parts[2].Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 1900 or > 2100) return null;
        }
        else
        {
            if (pub is not { } p || before is not ("on" or "of" or "(")) return null;
            year = p.Year;
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) > p.AddDays(31)) year--;
        }
        return Make(year, month, day);
    }

    /// <summary>The month of "mid-January", "early-March", "late-May", else 0.</summary>
    private static int PrefixedMonth(Token t)
    {
        if (t.Kind != TokenKind.Word || !t.Lower.Contains('-')) return 0;
        var l = t.Lower;
        var rest = l.StartsWith("mid-", StringComparison.Ordinal) ? l[4..] : l.StartsWith("early-", StringComparison.Ordinal) ? l[6..] : l.StartsWith("late-", StringComparison.Ordinal) ? l[5..] : null;
        return rest is not null && rest.Length > 2 && Lexicon.Months.TryGetValue(rest, out var m) ? m : 0;
    }

    private static bool IsMonth(Token t) =>
        t.Kind == TokenKind.Word && t.Is(LexFlag.Months) && t.IsCap;

    private static PartialDate? Make(int year, int month, int? day)
    {
        if (year is < 1 or > 9999) return null;
        if (day is { } d && d > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    private static PartialDate MonthShift(int year, int month, int delta)
    {
        var index = year * 12 + (month - 1) + delta;
        return new PartialDate(index / 12, index % 12 + 1);
    }

    /// <summary>"23-24", "3-5": two day numbers joined by a hyphen, the second after the first: the first, else null.</summary>
    private static int? JoinedDaySpanStart(Token t)
    {
        var s = t.Text;
        var dash = s.IndexOf('-');
        if (dash is < 1 or > 2 || s.Length - dash - 1 is < 1 or > 2) return null;
        for (var k = 0; k < s.Length; k++) if (k != dash && !char.IsAsciiDigit(s[k])) return null;
        var first = int.Parse(s.AsSpan(0, dash), CultureInfo.InvariantCulture);
        var last = int.Parse(s.AsSpan(dash + 1), CultureInfo.InvariantCulture);
        return first is >= 1 and <= 31 && last > first && last <= 31 ? first : null;
    }

    /// <summary>
    /// "on the 30th Anniversary of …", "on the 12th session": the ordinal counts the noun after it (a word with a capital, or
    /// a noun of a series), it is no day of the month.
    /// </summary>
    private static bool OrdinalOfANoun(List<Token> t, int next, int to) =>
        next < to && t[next].Kind == TokenKind.Word && (t[next].IsCap ||
            t[next].Lower is "anniversary" or "edition" or "session" or "meeting" or "annual" or "century" or "birthday" or "congress" or "conference" or "forum" or "round" or "plenary" or "year" or "time" or "floor" or "summit" or "festival" or "expo");

    private static int? DayNumber(Token t)
    {
        var s = t.Text;
        var digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits])) digits++;
        if (digits is 0 or > 2) return null;
        var rest = s[digits..].ToLowerInvariant();
        if (rest is not ("" or "st" or "nd" or "rd" or "th")) return null;
        var n = int.Parse(s.AsSpan(0, digits), CultureInfo.InvariantCulture);
        return n is >= 1 and <= 31 ? n : null;
    }

    internal static int? YearNumber(Token t) =>
        t.Kind == TokenKind.Number && t.Text.Length == 4 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;

    internal static int? CountOf(Token t)
    {
        if (t.Kind == TokenKind.Number)
            return t.Text.Length <= 4 && int.TryParse(t.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        // Without a hyphen the word itself must be a number word.
        if (!t.Is(LexFlag.NumberWords) && !t.Lower.Contains('-')) return null;
        var total = 0;
        var rest = t.Lower.AsSpan();
        while (true)
        {
            var dash = rest.IndexOf('-');
            var part = dash < 0 ? rest : rest[..dash];
            if (!NumberWords.TryGetValue(part, out var v) || v < 0) return null;
            total += v;
            if (dash < 0) return total;
            rest = rest[(dash + 1)..];
        }
    }

    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        Lexicon.NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool TryIso(string s, out PartialDate date)
    {
        date = default;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-') return PartialDate.TryParse(s, out date) && date.IsFullDate;
        if (s.Length == 10 && s[4] == '/' && s[7] == '/') return PartialDate.TryParse(s.Replace('/', '-'), out date) && date.IsFullDate;
        if (s.Length == 10 && s[2] == '.' && s[5] == '.' &&
            int.TryParse(s.AsSpan(0, 2), out var d) && int.TryParse(s.AsSpan(3, 2), out var m) && int.TryParse(s.AsSpan(6, 4), out var y) &&
            m is >= 1 and <= 12 && y is >= 1900 and <= 2100 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new PartialDate(y, m, d);
            return true;
        }
        return false;
    }
}
