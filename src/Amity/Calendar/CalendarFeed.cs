using System.IO.Pipelines;
using System.Text;
using Amity.Accounts;
using System.ComponentModel;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Calendar;

public static class CalendarFeed
{
    /// <summary>How far back the feed reaches by default: a calendar application shows what is coming and the recent past.</summary>
    public const int DefaultYearsBack = 1;

    /// <summary>
    /// <c>/calendar.ics</c>: every event, engagement and answer-by date from a year ago on, for a calendar application to
    /// subscribe to. Decades of a national archive would make a feed no application reads; <c>from</c> and <c>to</c> choose another span.
    /// Calendar applications cannot sign in, so each user's address carries a secret key (<c>?key=…</c>, shown on the
    /// calendar page); a signed-in user or a token needs none.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/calendar.ics", async Task<IResult> (
            [Description("The first day to include (YYYY-MM-DD); a year before today by default.")] DateOnly? from,
            [Description("The last day to include (YYYY-MM-DD); no end by default.")] DateOnly? to,
            [Description("The secret key of a user's calendar address, for calendar applications that cannot sign in.")] string? key,
            AmityDb db, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        {
            var request = http.Request;
            var reader = http.User.CanRead();
            if (!reader && (key is not { Length: > 0 and <= 64 } || !await db.Users.AnyAsync(u => u.CalendarKey == key, ct)))
                return TypedResults.Problem("Sign in, or use your own calendar address from the calendar page (it carries a key).",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Calendar address without a valid key");
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var items = await CalendarItem.QueryAsync(db, from ?? today.AddYears(-DefaultYearsBack), to, ct);
            var baseUrl = $"{request.Scheme}://{request.Host}";
            var now = clock.GetUtcNow();
            return TypedResults.Stream(async body =>
            {
                var pipe = PipeWriter.Create(body);
                foreach (var chunk in ICalendar.Chunks(items, baseUrl, now))
                {
                    Encoding.UTF8.GetBytes(chunk, pipe);
                    await pipe.FlushAsync(http.RequestAborted);
                }
                await pipe.CompleteAsync();
            }, "text/calendar; charset=utf-8");
        }).AllowAnonymous().WithTags("Calendar").WithSummary("The calendar as iCalendar (RFC 5545), to subscribe to: from a year ago on, unless from and to say otherwise.");
        return routes;
    }
}
