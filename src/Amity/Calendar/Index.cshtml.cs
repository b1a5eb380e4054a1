using System.Globalization;
using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Calendar;

/// <summary>The calendar as a month grid or as a list: events, engagements and the days invitations must be answered by.</summary>
public sealed class IndexModel(AmityDb db, TimeProvider clock) : PageModel
{
    /// <summary>The signed-in user's calendar key, for their own subscription address; null for a token.</summary>
    public string? CalendarKey { get; private set; }

    [FromQuery(Name = "month")] public string? MonthText { get; set; }
    [FromQuery(Name = "view")] public string? View { get; set; }

    public DateOnly Month { get; private set; }
    public DateOnly Today { get; private set; }
    public List<CalendarItem> Items { get; private set; } = [];
    public bool IsList => View == "list";

    /// <summary>Items known to the day (or with a time), by day; the rest (a month, a year) belong to the month as a whole.</summary>
    public ILookup<DateOnly, CalendarItem> ByDay => Items.Where(i => i.Date.Precision == DatePrecision.Day).ToLookup(i => i.Date.First);
    public IEnumerable<CalendarItem> WholeMonth => Items.Where(i => i.Date.Precision != DatePrecision.Day);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.Date();
        Month = PartialDate.TryParse(MonthText, out var m) && m.Precision == DatePrecision.Month ? m.First : new DateOnly(Today.Year, Today.Month, 1);
        // The list shows this month and the next two; the grid, one month.
        var last = IsList ? Month.AddMonths(3).AddDays(-1) : Month.AddMonths(1).AddDays(-1);
        Items = await CalendarItem.QueryAsync(db, Month, last, ct);
        var name = User.Identity?.Name;
        CalendarKey = name is null ? null : await db.Users.Where(u => u.UserName == name).Select(u => u.CalendarKey).FirstOrDefaultAsync(ct);
    }

    public string MonthLink(int offset) =>
        $"/calendar?month={Month.AddMonths(offset).ToString("yyyy-MM", CultureInfo.InvariantCulture)}{(IsList ? "&view=list" : "")}";

    /// <summary>Monday-first weeks covering the month.</summary>
    public IEnumerable<DateOnly[]> Weeks()
    {
        var first = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        for (var start = first; start < Month.AddMonths(1); start = start.AddDays(7))
            yield return [.. Enumerable.Range(0, 7).Select(start.AddDays)];
    }
}
