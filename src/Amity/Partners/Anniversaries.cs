using Amity.Data;
using Amity.Engagements;

namespace Amity.Partners;

/// <summary>A relationship's age and its coming anniversaries, from the date it began, at the precision that date is known.</summary>
public static class Anniversaries
{
    public sealed record Anniversary(int Years, PartialDate On)
    {
        /// <summary>Every fifth year is one to celebrate.</summary>
        public bool IsRound => Years % 5 == 0;
    }

    /// <summary>Whole years since the relationship began, counted from the first day its date may mean; null before it began or when unknown.</summary>
    public static int? Age(string? since, DateOnly today)
    {
        if (!PartialDate.TryParse(since, out var start) || start.First > today) return null;
        return FirstVisits.YearsBetween(start.First, today);
    }

    /// <summary>The nth anniversary, at the precision of the start: a relationship begun in "1993" has its 35th in "2028".</summary>
    public static PartialDate Of(PartialDate start, int years)
    {
        var year = start.Year + years;
        if (start.Day is { } day)
            return new PartialDate(year, start.Month, Math.Min(day, DateTime.DaysInMonth(year, start.Month!.Value)));
        return new PartialDate(year, start.Month);
    }

    /// <summary>The next anniversary that has not wholly passed (a year-only one lasts all year); with <paramref name="round"/>, the next fifth.</summary>
    public static Anniversary? Next(string? since, DateOnly today, bool round = false)
    {
        if (!PartialDate.TryParse(since, out var start)) return null;
        for (var years = 1; years < 1000; years++)
        {
            if (round && years % 5 != 0) continue;
            var on = Of(start, years);
            if (on.Last >= today) return new Anniversary(years, on);
        }
        return null;
    }

    /// <summary>The anniversaries falling (or, when only a year or month is known, reaching) into the coming twelve months.</summary>
    public static IReadOnlyList<Anniversary> Within12Months(string? since, DateOnly today)
    {
        if (!PartialDate.TryParse(since, out var start)) return [];
        var end = today.AddYears(1).AddDays(-1);
        var found = new List<Anniversary>();
        // An anniversary in a year before today's cannot reach into the window: start there, not at the first (the home page asks
        // this of every live relationship of a national register).
        for (var years = Math.Max(1, today.Year - start.Year); years < 1000 && start.Year + years <= end.Year; years++)
        {
            var on = Of(start, years);
            if (on.Overlaps(today, end)) found.Add(new Anniversary(years, on));
        }
        return found;
    }
}
