using Amity.Accounts;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Calendar;

public static class CalendarFeed
{
    /// <summary>
    /// <c>/calendar.ics</c>: every event, engagement and answer-by date, for a calendar application to subscribe to.
    /// Calendar applications cannot sign in, so each user's address carries a secret key (<c>?key=…</c>, shown on the
    /// calendar page); a signed-in user or a token needs none.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/calendar.ics", async Task<IResult> (string? key, AmityDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var request = http.Request;
            var reader = Roles.Readers.Any(http.User.IsInRole);
            if (!reader && (key is not { Length: > 0 and <= 64 } || !await db.Users.AnyAsync(u => u.CalendarKey == key, ct)))
                return TypedResults.Problem("Sign in, or use your own calendar address from the calendar page (it carries a key).",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Calendar address without a valid key");
            var items = await CalendarItem.QueryAsync(db, null, null, ct);
            var text = ICalendar.Write(items, $"{request.Scheme}://{request.Host}", clock.GetUtcNow());
            return TypedResults.Text(text, "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("Calendar").WithSummary("The calendar as iCalendar (RFC 5545), to subscribe to.");
        return routes;
    }
}
