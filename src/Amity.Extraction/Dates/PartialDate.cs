using System.Globalization;

namespace Amity.Extraction;

/// <summary>
/// A date known to a year, a month or a day, printed as ISO 8601 at that precision
/// (<c>2024</c>, <c>2024-06</c>, <c>2024-06-15</c>). It never invents a part the source did not give.
/// </summary>
public readonly record struct PartialDate
{
    /// <summary>The year.</summary>
    public int Year { get; }
    /// <summary>The month (1–12), when known.</summary>
    public int? Month { get; }
    /// <summary>The day of the month, when known (only with <see cref="Month"/>).</summary>
    public int? Day { get; }

    /// <summary>Creates a date at the precision of the arguments given.</summary>
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>True when the day is known.</summary>
    public bool IsFullDate => Day is not null;

    /// <summary>The first day the date can mean, used for sorting.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>ISO 8601 at the known precision.</summary>
    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        try
        {
            date = parts.Length switch
            {
                1 => new PartialDate(numbers[0]),
                2 => new PartialDate(numbers[0], numbers[1]),
                _ => new PartialDate(numbers[0], numbers[1], numbers[2]),
            };
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="predicted"/> agrees with <paramref name="gold"/> at the gold precision:
    /// it is at least as precise and its leading parts are equal. A missing gold date agrees with anything.
    /// </summary>
    public static bool Agrees(string? predicted, string? gold)
    {
        if (string.IsNullOrWhiteSpace(gold)) return true;
        if (!TryParse(gold, out var g) || !TryParse(predicted, out var p)) return false;
        if (p.Year != g.Year) return false;
        if (g.Month is { } gm && p.Month != gm) return false;
        if (g.Day is { } gd && p.Day != gd) return false;
        return true;
    }
}
