namespace Amity.Tests.Engagements;

public class EngagementPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnEngagementPageNumbersEachPairAndSaysWhenAVisitIsTheFirstByItsTitleInYears(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        Assert.Contains("2nd meeting of Dong Yeon Kim and Hao Feng", Html.Text(Html.Section(await server.Client.GetStringAsync("/engagements/3"), "participants")));

        // A Liaoning party secretary was last received in Gyeonggi in 2012, on record.
        var earlier = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Wang Min" });
        await server.PostAsync<object>("/api/v1/engagements", new
        {
            kind = "visit", date = "2012-09", hostOrganizationId = 1,
            participants = new[] { new { personId = earlier.Id, role = "guest", title = "Party Secretary", organizationId = 2 } },
        });
        var text = Html.Text(Html.Section(await server.Client.GetStringAsync("/engagements/3"), "participants"));
        Assert.Contains("First visit by a Party Secretary of Liaoning Province in 11 years", text);
    }

    [Fact]
    public async Task TheListFilteredToAnOrganizationShowsOnlyItsEngagementsAndKeepsTheFilter()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        // A meeting Liaoning had no part in.
        var elsewhere = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Oita Prefecture", kind = "region", country = "JP" });
        var guest = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Aiko Mori" });
        await server.PostAsync<object>("/api/v1/engagements", new
        {
            kind = "meeting", date = "2024-05-02", hostOrganizationId = elsewhere.Id,
            participants = new[] { new { personId = guest.Id, role = "guest" } },
        });
        var all = await server.GetAsync<System.Text.Json.JsonElement>("/api/v1/engagements?pageSize=200");
        var ofLiaoning = await server.GetAsync<System.Text.Json.JsonElement>("/api/v1/engagements?organization=2&pageSize=200");
        var expected = ofLiaoning.GetProperty("items").EnumerateArray().Select(e => $"/engagements/{e.GetProperty("id").GetInt32()}").ToHashSet();
        Assert.InRange(expected.Count, 1, all.GetProperty("total").GetInt32() - 1);

        var page = await server.Client.GetStringAsync("/engagements?organization=2");
        var listed = System.Text.RegularExpressions.Regex.Matches(Html.Section(page, "main"), "href=\"(/engagements/\\d+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(expected, listed);
        Assert.Contains($"{expected.Count} found", Html.Text(page));
        // Filtering further by text keeps the organization, and so do the exports.
        Assert.Contains("name=\"organization\" value=\"2\"", page);
        Assert.Contains("?handler=csv&organization=2", System.Net.WebUtility.HtmlDecode(page));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheListShowsOnePageNewestFirstWithTheTotalOfAllPagesAndTheExportHoldsEveryRow(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var person = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Lena Vogt" });
        for (var day = 1; day <= 56; day++)
            await server.PostAsync<object>("/api/v1/engagements", new
            {
                kind = "call", title = $"Call {day:D2}", date = $"2030-{1 + (day - 1) / 28:D2}-{1 + (day - 1) % 28:D2}",
                participants = new[] { new { personId = person.Id, role = "guest" } },
            });
        var total = (await server.GetAsync<System.Text.Json.JsonElement>("/api/v1/engagements?pageSize=1")).GetProperty("total").GetInt32();
        Assert.True(total > 56);

        var first = await server.Client.GetStringAsync("/engagements");
        Assert.Contains($"{total} found", Html.Text(first));
        Assert.Contains($"Page 1 of {(total + 49) / 50}", Html.Text(first));
        var titles = System.Text.RegularExpressions.Regex.Matches(Html.Section(first, "main"), ">Call (\\d\\d)<").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(7, 50).Reverse(), titles);

        var second = await server.Client.GetStringAsync("/engagements?page=2");
        var rest = System.Text.RegularExpressions.Regex.Matches(Html.Section(second, "main"), ">Call (\\d\\d)<").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, 6).Reverse(), rest);
        // The export still holds every row.
        var csv = await server.Client.GetStringAsync("/engagements?handler=csv");
        Assert.Equal(56, System.Text.RegularExpressions.Regex.Matches(csv, "Call \\d\\d").Count);
    }
}

