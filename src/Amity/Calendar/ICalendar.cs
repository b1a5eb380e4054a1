using System.Globalization;
using System.Text;

namespace Amity.Calendar;

/// <summary>
/// Writes the calendar as iCalendar (RFC 5545). Timed items carry TZID with a VTIMEZONE built from the time zone database, so
/// a calendar application shows them at the right moment wherever it is; a partial date is an all-day item spanning its day,
/// month or year (DTEND is the day after, as RFC 5545 wants for dates).
/// </summary>
public static class ICalendar
{
    /// <summary>
    /// The calendar in pieces of a few kilobytes, for the feed to stream: a year of a national archive is over 10 MB of text,
    /// which as one string (with its builder's copies and its bytes) cost about 240 MB per request.
    /// </summary>
    public static IEnumerable<string> Chunks(IEnumerable<CalendarItem> items, string baseUrl, DateTimeOffset now)
    {
        const int chunk = 16 * 1024;
        var list = items.ToList();
        var text = new StringBuilder(chunk + 1024);
        void Line(string content) => Fold(text, content);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Amity//Partnerships calendar//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:Amity");
        foreach (var zone in list.Where(i => i.HasTime && i.TimeZone is not null).GroupBy(i => i.TimeZone!))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone.Key, out var tz)) continue;
            var years = zone.SelectMany(i => new[] { i.StartsAt!.Value.Year, (i.EndsAt ?? i.StartsAt!.Value).Year }).ToList();
            WriteTimeZone(Line, zone.Key, tz, years.Min(), years.Max());
        }
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var item in list)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + item.Uid);
            Line("DTSTAMP:" + stamp);
            if (item.StartsAt is { } start)
            {
                var zone = item.TimeZone is { } z && TimeZoneInfo.TryFindSystemTimeZoneById(z, out _) ? z : null;
                Line(zone is null ? $"DTSTART:{Local(start)}" : $"DTSTART;TZID={zone}:{Local(start)}");
                if (item.EndsAt is { } end) Line(zone is null ? $"DTEND:{Local(end)}" : $"DTEND;TZID={zone}:{Local(end)}");
                else Line("DURATION:PT1H");
            }
            else
            {
                Line("DTSTART;VALUE=DATE:" + Day(item.Date.First));
                Line("DTEND;VALUE=DATE:" + Day(item.Date.Last.AddDays(1)));
                // Shown as free time: a month-long "June 2024" must not block the whole month in someone's diary.
                Line("TRANSP:TRANSPARENT");
            }
            Line("SUMMARY:" + Escape(item.Title));
            if (item.Place is not null) Line("LOCATION:" + Escape(item.Place));
            var description = item.Description;
            if (item.Date.Precision != Data.DatePrecision.Day) description = $"Date known to the {item.Date.Precision.ToString().ToLowerInvariant()}: {item.Date}" + (description is null ? "" : "\n" + description);
            if (description is not null) Line("DESCRIPTION:" + Escape(description));
            Line("CATEGORIES:" + Escape(item.Kind));
            Line("URL:" + baseUrl.TrimEnd('/') + item.Href);
            Line("END:VEVENT");
            if (text.Length >= chunk)
            {
                yield return text.ToString();
                text.Clear();
            }
        }
        Line("END:VCALENDAR");
        yield return text.ToString();
    }

    private static string Local(DateTime t) => t.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
    private static string Day(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1).</summary>
    private static void Fold(StringBuilder text, string line)
    {
        // Most lines fit: measure them once instead of character by character (a year of a national dataset is a few million characters).
        if (line.Length <= 25 || Encoding.UTF8.GetByteCount(line) <= 75)
        {
            text.Append(line).Append("\r\n");
            return;
        }
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }
        text.Append("\r\n");
    }

    /// <summary>
    /// A VTIMEZONE listing the zone's actual offset changes over the years used (found from the time zone database, not from
    /// rules typed here), so Asia/Seoul gets one STANDARD part and a zone with summer time gets each of its changes.
    /// </summary>
    private static void WriteTimeZone(Action<string> line, string id, TimeZoneInfo zone, int fromYear, int toYear)
    {
        line("BEGIN:VTIMEZONE");
        line("TZID:" + id);
        var start = new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(toYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(start);
        // The offset in force when the range begins, as a first observance.
        Observance(line, zone.IsDaylightSavingTime(start), start.AddDays(-1) + offset, offset, offset, Abbreviation(zone, start));
        for (var day = start; day < end; day = day.AddDays(1))
        {
            if (zone.GetUtcOffset(day.AddDays(1)) == offset) continue;
            // Narrow the change to the minute within this day.
            DateTime low = day, high = day.AddDays(1);
            while ((high - low).TotalMinutes > 1)
            {
                var mid = low + (high - low) / 2;
                if (zone.GetUtcOffset(mid) == offset) low = mid; else high = mid;
            }
            var next = zone.GetUtcOffset(high);
            Observance(line, zone.IsDaylightSavingTime(high), high + offset, offset, next, Abbreviation(zone, high));
            offset = next;
        }
        line("END:VTIMEZONE");
    }

    private static void Observance(Action<string> line, bool daylight, DateTime localStart, TimeSpan from, TimeSpan to, string? name)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        line("BEGIN:" + kind);
        line("DTSTART:" + Local(new DateTime(localStart.Year, localStart.Month, localStart.Day, localStart.Hour, localStart.Minute, 0)));
        line("TZOFFSETFROM:" + Offset(from));
        line("TZOFFSETTO:" + Offset(to));
        if (name is not null) line("TZNAME:" + name);
        line("END:" + kind);
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string? Abbreviation(TimeZoneInfo zone, DateTime utc)
    {
        var offset = zone.GetUtcOffset(utc);
        return "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }
}
