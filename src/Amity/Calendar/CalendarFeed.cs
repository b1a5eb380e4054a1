using Amity.Data;

namespace Amity.Calendar;

public static class CalendarFeed
{
    /// <summary><c>/calendar.ics</c>: every event, engagement and answer-by date, for a calendar application to subscribe to.</summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/calendar.ics", async (AmityDb db, TimeProvider clock, HttpRequest request, CancellationToken ct) =>
        {
            var items = await CalendarItem.QueryAsync(db, null, null, ct);
            var text = ICalendar.Write(items, $"{request.Scheme}://{request.Host}", clock.GetUtcNow());
            return TypedResults.Text(text, "text/calendar; charset=utf-8");
        }).WithTags("Calendar").WithSummary("The calendar as iCalendar (RFC 5545), to subscribe to.");
        return routes;
    }
}
