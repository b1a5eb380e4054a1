using System.Net.Http.Json;
using Ical.Net;

namespace Amity.Tests.Calendar;

public class CalendarFeedTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheFeedParsesAsICalendarWithPartialDatesAsAllDayOrMonthLongItems(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var response = await server.Client.GetAsync("/calendar.ics");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(text.Split("\r\n").Where(l => l.Length > 0), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));

        var calendar = Ical.Net.Calendar.Load(text)!;
        var visit = calendar.Events.Single(e => e.Uid == "engagement-3@amity");
        Assert.Equal("Party Secretary Hao's visit to Gyeonggi Province", visit.Summary);
        Assert.False(visit.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2024, 4, 24), visit.DtStart.Date);
        Assert.Equal(new DateOnly(2024, 4, 25), visit.DtEnd!.Date);

        var forum = calendar.Events.Single(e => e.Uid == "event-1@amity");
        Assert.Equal(new DateOnly(2024, 6, 1), forum.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 7, 1), forum.DtEnd!.Date);
        Assert.Contains("Date known to the month", forum.Description);
        Assert.Equal("Dalian", forum.Location);
    }

    [Fact]
    public async Task AFeedLargerThanOneStreamedPieceArrivesWholeWithEveryItemOnce()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var person = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Kim Min-su" });
        const int count = 300;
        for (var i = 0; i < count; i++)
            await server.PostAsync<object>("/api/v1/engagements", new
            {
                kind = "meeting", title = $"Working meeting {i:D3} on a long agenda of trade, culture, tourism and youth exchanges",
                date = AmityServer.DefaultToday.AddDays(i % 60).ToString("yyyy-MM-dd"), participants = new[] { new { personId = person.Id } },
            });
        var text = await server.Client.GetStringAsync("/calendar.ics");
        // Several of the feed's 16 KB pieces: each joins the next at an item's end.
        Assert.True(text.Length > 3 * 16 * 1024, $"only {text.Length} characters");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(count, calendar.Events.Count);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ATimedItemCarriesItsTimeZoneSoItFallsAtTheRightMomentAcrossSummerTime(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var person = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Kim Min-su" });
        await server.PostAsync<object>("/api/v1/engagements", new
        {
            kind = "meeting", title = "Breakfast in Seoul", date = "2024-04-24", startsAt = "2024-04-24T08:30:00", timeZone = "Asia/Seoul",
            participants = new[] { new { personId = person.Id } },
        });
        await server.PostAsync<object>("/api/v1/events", new
        {
            name = "Davos, summer session; \"forum\"", kind = "forum", startsAt = "2024-06-25T09:00:00", endsAt = "2024-06-25T17:00:00", timeZone = "Europe/Zurich",
        });
        await server.PostAsync<object>("/api/v1/events", new
        {
            name = "Davos, winter session", kind = "forum", startsAt = "2024-01-16T09:00:00", endsAt = "2024-01-16T17:00:00", timeZone = "Europe/Zurich",
        });
        var text = await server.Client.GetStringAsync("/calendar.ics");
        Assert.Contains("DTSTART;TZID=Asia/Seoul:20240424T083000", text);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich", text);

        var calendar = Ical.Net.Calendar.Load(text)!;
        var breakfast = calendar.Events.Single(e => e.Summary == "Breakfast in Seoul");
        Assert.Equal(new DateTime(2024, 4, 23, 23, 30, 0, DateTimeKind.Utc), breakfast.DtStart!.AsUtc);
        var summer = calendar.Events.Single(e => e.Summary == "Davos, summer session; \"forum\"");
        Assert.Equal(new DateTime(2024, 6, 25, 7, 0, 0, DateTimeKind.Utc), summer.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2024, 6, 25, 15, 0, 0, DateTimeKind.Utc), summer.DtEnd!.AsUtc);
        var winter = calendar.Events.Single(e => e.Summary == "Davos, winter session");
        Assert.Equal(new DateTime(2024, 1, 16, 8, 0, 0, DateTimeKind.Utc), winter.DtStart!.AsUtc);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheCalendarPageShowsTheMonthGridAndTheListWithAnswerByDates(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var april = Html.Text(await server.Client.GetStringAsync("/calendar?month=2024-04"));
        Assert.Contains("Calendar: April 2024", april);
        Assert.Contains("24 Dinner for the Liaoning delegation Party Secretary Hao's visit to Gyeonggi Province", april);
        Assert.Contains("webcal://", april);

        var invitation = await server.Client.GetFromJsonAsync<Amity.Invitations.InvitationRecord>("/api/v1/invitations/1", AmityServer.Json);
        var put = await server.Client.PutAsJsonAsync("/api/v1/invitations/1", invitation! with { RespondBy = "2024-05-20" }, AmityServer.Json);
        await Expect.Status(put, System.Net.HttpStatusCode.OK);
        var list = Html.Text(await server.Client.GetStringAsync("/calendar?month=2024-05&view=list"));
        Assert.Contains("20 May 2024 · deadline Answer by: Summer Davos Forum", list);
        Assert.Contains("June 2024 · event Summer Davos Forum", list);
        Assert.Contains("SUMMARY:Answer by: Summer Davos Forum", await server.Client.GetStringAsync("/calendar.ics"));
    }
}
