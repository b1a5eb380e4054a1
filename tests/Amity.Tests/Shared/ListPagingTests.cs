using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Shared;

namespace Amity.Tests.Shared;

/// <summary>
/// Every list page that grows with the archive reads one page and its total in SQL: page 2 holds the rows after page 1 in the
/// promised order, the total counts every match, and the filters are applied before paging.
/// </summary>
public class ListPagingTests
{
    private static List<int> Listed(string html, string type) =>
        [.. Regex.Matches(Html.Section(html, "main"), $"href=\"/{type}/(\\d+)(/edit)?\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct()];

    private static async Task<List<int>> BothPagesAsync(AmityServer server, string path, string type, int total, bool counted = true)
    {
        var separator = path.Contains('?') ? "&" : "?";
        var first = await server.Client.GetStringAsync(path);
        // The public news list says no count, only its pages.
        if (counted) Assert.Contains($"{total} found", Html.Text(first));
        Assert.Contains($"Page 1 of {(total + 49) / 50}", Html.Text(first));
        var second = await server.Client.GetStringAsync(path + separator + "page=2");
        var ids = Listed(first, type);
        Assert.Equal(Math.Min(50, total), ids.Count);
        return [.. ids, .. Listed(second, type)];
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task PeopleArePagedByNameWithCaseAndAccentsSortedTogetherAndFilteredInSql(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        string[] first = ["Émile", "emile", "Eve", "Zoë", "álvaro", "Bo"];
        var people = new List<(int Id, string Name)>();
        for (var i = 0; i < 60; i++)
        {
            var name = $"{first[i % first.Length]} {i:D2}";
            people.Add(((await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name })).Id!.Value, name));
        }
        var previous = CultureInfo.CurrentCulture;
        List<int> expected;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            expected = [.. people.OrderBy(p => p.Name, Names.Comparer).Select(p => p.Id)];
        }
        finally { CultureInfo.CurrentCulture = previous; }
        // "Émile 00" and "emile 01" are neighbours, before "Eve", and "álvaro" comes first.
        Assert.Equal(expected, await BothPagesAsync(server, "/people", "people", 60));

        // The text filter is the API's, counted in SQL.
        var api = await server.GetAsync<JsonElement>("/api/v1/people?q=emile&pageSize=1");
        var filtered = await server.Client.GetStringAsync("/people?q=emile");
        Assert.Contains($"{api.GetProperty("total").GetInt32()} found", Html.Text(filtered));

        // Only the people who held a post at an organization.
        var museum = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Provincial Museum", kind = "museum" });
        var curator = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Wang Li", positions = new[] { new { title = "Curator", organizationId = museum.Id } } });
        var ofMuseum = await server.Client.GetStringAsync($"/people?organization={museum.Id}");
        Assert.Contains("1 found", Html.Text(ofMuseum));
        Assert.Equal([curator.Id!.Value], Listed(ofMuseum, "people"));
        Assert.Contains("Curator, Liaoning Provincial Museum", Html.Text(ofMuseum));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task PartnersArePagedByNameAndFilteredByKindAndTextInSql(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var parent = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Aichi Prefecture", kind = "region" });
        var regions = new List<(int Id, string Name)> { (parent.Id!.Value, parent.Name) };
        for (var i = 0; i < 54; i++)
        {
            var name = (i % 2 == 0 ? "Île " : "ile ") + i.ToString("D2", CultureInfo.InvariantCulture);
            regions.Add(((await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name, kind = "region" })).Id!.Value, name));
        }
        for (var i = 0; i < 3; i++)
            await server.PostAsync<object>("/api/v1/organizations", new { name = $"Museum {i}", kind = "museum", parentId = parent.Id });

        var expected = regions.OrderBy(r => Names.SortKey(r.Name), StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        Assert.Equal(expected, await BothPagesAsync(server, "/partners?kind=Region", "partners", 55));
        var museums = await server.Client.GetStringAsync("/partners?kind=Museum");
        Assert.Contains("3 found", Html.Text(museums));
        // A partner's parent is named beside it.
        Assert.Contains("Aichi Prefecture", Html.Text(Html.Section(museums, "main")));
        Assert.Contains("2 found", Html.Text(await server.Client.GetStringAsync("/partners?q=ile%205")));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task NewsIsPagedNewestFirstWithoutArticlesNotYetPublished(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var day = AmityServer.DefaultToday;
        var ids = new List<int>();
        for (var i = 0; i < 55; i++)
            ids.Add((await server.PostAsync<Amity.News.ArticleRecord>("/api/v1/articles", new
            {
                title = $"Report {i:D2}", body = "Text.", publishedOn = day.AddDays(-i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })).Id!.Value);
        await server.PostAsync<object>("/api/v1/articles", new { title = "Embargoed", body = "Text.", publishedOn = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(ids, await BothPagesAsync(server, "/news", "news", 55, counted: false));
        Assert.Equal([ids[7]], Listed(await server.Client.GetStringAsync("/news?q=report%2007"), "news"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AgreementsEventsInvitationsAndRelationshipsArePagedInTheirOrderWithTheirTotals(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var a = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Gyeonggi Province", kind = "region" });
        var b = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Province", kind = "region" });
        var start = new DateOnly(2020, 1, 1);
        List<int> agreements = [], events = [], invitations = [], relationships = [];
        for (var i = 0; i < 52; i++)
        {
            var date = start.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            agreements.Add((await server.PostAsync<Amity.Agreements.AgreementRecord>("/api/v1/agreements", new { title = $"Agreement {i:D2}", signedOn = date, parties = new[] { a.Id, b.Id } })).Id!.Value);
            events.Add((await server.PostAsync<Amity.Events.EventRecord>("/api/v1/events", new { name = $"Forum {i:D2}", kind = "forum", date })).Id!.Value);
            invitations.Add((await server.PostAsync<Amity.Invitations.InvitationRecord>("/api/v1/invitations", new
            {
                fromOrganizationId = b.Id, toOrganizationId = a.Id, subject = $"Visit {i:D2}", givenOn = "2019-12-01", respondBy = date,
            })).Id!.Value);
            relationships.Add((await server.PostAsync<Amity.Partners.RelationshipRecord>("/api/v1/relationships", new
            {
                kind = i % 2 == 0 ? "sister" : "friendship", parties = new[] { a.Id, b.Id }, since = (1950 + i).ToString(CultureInfo.InvariantCulture),
            })).Id!.Value);
        }
        // One still unsigned: last of all.
        var unsigned = (await server.PostAsync<Amity.Agreements.AgreementRecord>("/api/v1/agreements", new { title = "Draft", status = "draft", parties = new[] { a.Id, b.Id } })).Id!.Value;
        Assert.Equal([.. Enumerable.Reverse(agreements), unsigned], await BothPagesAsync(server, "/agreements", "agreements", 53));
        Assert.Equal(events, await BothPagesAsync(server, "/events", "events", 52));
        Assert.Equal(invitations, await BothPagesAsync(server, "/invitations", "invitations", 52));
        // The longest-standing first, one with no start date last.
        var undated = (await server.PostAsync<Amity.Partners.RelationshipRecord>("/api/v1/relationships", new { kind = "other", parties = new[] { a.Id, b.Id } })).Id!.Value;
        Assert.Equal([.. relationships, undated], await BothPagesAsync(server, "/relationships", "relationships", 53));
        Assert.Contains("26 found", Html.Text(await server.Client.GetStringAsync("/relationships?kind=sister")));
        // The filters count in SQL too.
        Assert.Contains("10 found", Html.Text(await server.Client.GetStringAsync("/events?from=2020-01-01&to=2020-01-10")));
        Assert.Contains("1 found", Html.Text(await server.Client.GetStringAsync("/agreements?q=draft")));
    }
}
