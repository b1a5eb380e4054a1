namespace Amity.Calendar;

public static class CalendarFeed
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder routes) => routes;
}
