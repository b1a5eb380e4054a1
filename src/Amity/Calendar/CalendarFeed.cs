using System.ComponentModel;
using Amity.Data;

namespace Amity.Calendar;

public static class CalendarFeed
{
    /// <summary>How far back the feed reaches by default: a calendar application shows what is coming and the recent past.</summary>
    public const int DefaultYearsBack = 1;

    /// <summary>
    /// <c>/calendar.ics</c>: every event, engagement and answer-by date from a year ago on, for a calendar application to
    /// subscribe to. Decades of a national archive would make a feed no application reads; <c>from</c> and <c>to</c> choose another span.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/calendar.ics", async (
            [Description("The first day to include (YYYY-MM-DD); a year before today by default.")] DateOnly? from,
            [Description("The last day to include (YYYY-MM-DD); no end by default.")] DateOnly? to,
            AmityDb db, TimeProvider clock, HttpRequest request, CancellationToken ct) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var items = await CalendarItem.QueryAsync(db, from ?? today.AddYears(-DefaultYearsBack), to, ct);
            var text = ICalendar.Write(items, $"{request.Scheme}://{request.Host}", clock.GetUtcNow());
            return TypedResults.Text(text, "text/calendar; charset=utf-8");
        }).WithTags("Calendar").WithSummary("The calendar as iCalendar (RFC 5545), to subscribe to: from a year ago on, unless from and to say otherwise.");
        return routes;
    }
}
