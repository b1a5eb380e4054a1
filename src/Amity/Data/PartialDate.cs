using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Amity.Data;

/// <summary>
/// A date known to a year, a month or a day, as press releases give them ("2023", "June 2024").
/// Records store it as its canonical text (<c>2024</c>, <c>2024-06</c>, <c>2024-06-15</c>), which sorts
/// by first day in SQL as plain text and never invents a day that the source did not give.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        if (month is not null && month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        if (day is not null && month is null) throw new ArgumentException("A day needs a month.", nameof(day));
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {day}.");
        Year = year;
        Month = month;
        Day = day;
    }

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the date may mean; partial dates sort by it.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date may mean.</summary>
    public DateOnly Last => Day is not null ? First
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    public bool Contains(DateOnly date) => First <= date && date <= Last;

    /// <summary>True when this date may fall on or after <paramref name="other"/>'s span, i.e. the spans overlap or this is later.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => First <= to && Last >= from;

    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        if (parts.Skip(1).Any(p => p.Length != 2)) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].All(char.IsAsciiDigit) || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                return false;
        }
        var year = numbers[0];
        int? month = parts.Length > 1 ? numbers[1] : null;
        int? day = parts.Length > 2 ? numbers[2] : null;
        if (year < 1 || month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) => TryParse(text, out var date)
        ? date
        : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD.");

    /// <summary>The canonical text of an optional partial date that has passed validation, as records store it.</summary>
    public static string? Canonical(string? text) => text is null ? null : Parse(text).ToString();

    /// <summary>The message given for text that is not a partial date; shared by the API, import and pages.</summary>
    public const string FormatMessage = "must be a date of the form YYYY, YYYY-MM or YYYY-MM-DD, and a real one";

    /// <summary>The canonical text, ISO 8601 at the precision known; this is what is stored.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>As a reader expects it: "2024", "June 2024", "24 June 2024".</summary>
    public string ToDisplay(CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        return Precision switch
        {
            DatePrecision.Day => First.ToString("d MMMM yyyy", culture),
            DatePrecision.Month => First.ToString("MMMM yyyy", culture),
            _ => Year.ToString("D4", culture),
        };
    }

    /// <summary>Orders by first day, then the coarser date first ("2024" before "2024-01" before "2024-01-01").</summary>
    public int CompareTo(PartialDate other)
    {
        var byFirstDay = First.CompareTo(other.First);
        return byFirstDay != 0 ? byFirstDay : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// The stored texts a query keeps for "on or after <paramref name="from"/>": every text at or after it,
    /// plus the year and month that contain it (their spans reach into the range though their text sorts before).
    /// </summary>
    public static (string From, string Year, string Month) LowerBound(DateOnly from) =>
        (from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), from.ToString("yyyy", CultureInfo.InvariantCulture), from.ToString("yyyy-MM", CultureInfo.InvariantCulture));
}

public enum DatePrecision { Year, Month, Day }
