using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.Partners;
using Amity.People;

namespace Amity.Tests.People;

public class PeopleApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task APersonKeepsEveryPostTheyHeldInOrder(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var gyeonggi = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Gyeonggi Province", kind = "region" });
        var person = await server.PostAsync<PersonRecord>("/api/v1/people", new
        {
            name = "Dong Yeon Kim", nativeName = "김동연", aliases = new[] { "Kim Dong-yeon" },
            positions = new[] { new { title = "Governor", organizationId = gyeonggi.Id, from = "2022-07" } },
        });

        var earlier = await server.Client.PostAsJsonAsync($"/api/v1/people/{person.Id}/positions", new { title = "Minister of Economy and Finance", from = "2017-06", to = "2018-12" });
        await Expect.Status(earlier, HttpStatusCode.Created);

        var positions = await server.GetAsync<List<PositionRecord>>($"/api/v1/people/{person.Id}/positions");
        Assert.Equal(["Minister of Economy and Finance", "Governor"], positions.Select(p => p.Title));

        // Leaving office keeps the post as history, with its end.
        var governor = positions[1];
        var left = await server.Client.PutAsJsonAsync($"/api/v1/people/{person.Id}/positions/{governor.Id}",
            new { title = "Governor", organizationId = gyeonggi.Id, from = "2022-07", to = "2026-06" });
        await Expect.Status(left, HttpStatusCode.OK);
        var read = await server.GetAsync<PersonRecord>($"/api/v1/people/{person.Id}");
        Assert.Equal("2026-06", read.Positions![1].To);
        Assert.Equal(3, read.Version);

        Assert.Single((await server.GetAsync<Page<PersonRecord>>("/api/v1/people?q=김동연")).Items);
        Assert.Single((await server.GetAsync<Page<PersonRecord>>("/api/v1/people?q=kim dong")).Items);
        Assert.Single((await server.GetAsync<Page<PersonRecord>>($"/api/v1/people?organization={gyeonggi.Id}")).Items);
        Assert.Empty((await server.GetAsync<Page<PersonRecord>>("/api/v1/people?q=nobody")).Items);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task APostThatEndsBeforeItBeginsOrNamesAnUnknownOrganizationIsRefused(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var response = await server.Client.PostAsJsonAsync("/api/v1/people", new
        {
            name = "Hao Feng",
            positions = new object[] { new { title = "Party Secretary", organizationId = 42 }, new { title = "Governor", from = "2020", to = "2019-05" }, new { title = "", from = "May 2020" } },
        });
        await Expect.InvalidFields(response, "positions[0].organizationId", "positions[1].to", "positions[2].title", "positions[2].from");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task DeletingAPersonWhoTookPartInAMeetingIsRefusedButTheirPostsGoWithThem(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var kim = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Dong Yeon Kim", positions = new[] { new { title = "Governor" } } });
        var hao = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Hao Feng" });
        await server.PostAsync<object>("/api/v1/engagements", new { kind = "meeting", date = "2024-04-24", participants = new[] { new { personId = hao.Id } } });

        var refused = await server.Client.DeleteAsync($"/api/v1/people/{hao.Id}");
        Assert.Contains("participant", (await Expect.Problem(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/people/{kim.Id}"), HttpStatusCode.NoContent);
        await using var db = server.OpenDb();
        Assert.Equal(0, db.Set<Position>().Count());
    }
}
