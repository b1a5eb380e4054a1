using System.Net;
using System.Net.Http.Json;
using Amity.Search;

namespace Amity.Tests.Search;

public class SearchApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnyPartOfANameOrTextIsFoundInAnyScript(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);

        var hangul = await server.GetAsync<SearchResults>("/api/v1/search?q=" + Uri.EscapeDataString("동연"));
        Assert.Contains(hangul.Results, r => r.Type == "person" && r.Title == "Dong Yeon Kim");

        var hanzi = await server.GetAsync<SearchResults>("/api/v1/search?q=" + Uri.EscapeDataString("辽宁省博物"));
        Assert.Contains(hanzi.Results, r => r.Type == "organization" && r.Title == "Liaoning Provincial Museum");

        var kana = await server.GetAsync<SearchResults>("/api/v1/search?q=" + Uri.EscapeDataString("奈川"));
        Assert.Contains(kana.Results, r => r.Title == "Kanagawa Prefecture");

        var commitment = await server.GetAsync<SearchResults>("/api/v1/search?q=pest%20control&type=commitment");
        var hit = Assert.Single(commitment.Results);
        Assert.Equal(2, hit.ParentId);

        var article = await server.GetAsync<SearchResults>("/api/v1/search?q=dodamso&type=article");
        Assert.Contains("Dodamso", Assert.Single(article.Results).Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ARecordIsFoundByItsNewNameOnceChangedAndNotOnceDeleted(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var created = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Jalisco State", kind = "region", aliases = new[] { "Estado de Jalisco" } });
        Assert.Single((await server.GetAsync<SearchResults>("/api/v1/search?q=de%20jalis")).Results);

        var renamed = await server.Client.PutAsJsonAsync($"/api/v1/organizations/{created.Id}", new { name = "State of Jalisco", kind = "region", version = 1 }, AmityServer.Json);
        await Expect.Status(renamed, HttpStatusCode.OK);
        Assert.Empty((await server.GetAsync<SearchResults>("/api/v1/search?q=de%20jalis")).Results);
        Assert.Single((await server.GetAsync<SearchResults>("/api/v1/search?q=state%20of")).Results);

        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/organizations/{created.Id}"), HttpStatusCode.NoContent);
        Assert.Empty((await server.GetAsync<SearchResults>("/api/v1/search?q=jalisco")).Results);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task RecordsNamedByTheTextComeFirstThenTheNewestThatMentionIt(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var named = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Zephyr Basin Authority", kind = "agency" });
        var mentions = new List<int>();
        for (var i = 0; i < 4; i++)
            mentions.Add((await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations",
                new { name = $"Harbour Board {i}", kind = "agency", notes = "Works with the Zephyr Basin Authority on floods." })).Id!.Value);

        var found = (await server.GetAsync<SearchResults>("/api/v1/search?q=zephyr%20basin&limit=3")).Results;
        Assert.Equal(named.Id, found[0].Id);
        Assert.All(found.Skip(1), r => Assert.Contains(r.Id, mentions));
        Assert.True(found[1].Id > found[2].Id, "the records that mention the text come newest first");
        // SQLite walks its index newest first; PostgreSQL shows the first matches its indexes give, newest first.
        if (provider == DatabaseProvider.Sqlite) Assert.Equal([named.Id!.Value, mentions[3], mentions[2]], found.Select(r => r.Id));

        // Fewer than three characters look in names only: the boards that mention it in their notes are not found.
        var shortText = (await server.GetAsync<SearchResults>("/api/v1/search?q=ze&limit=5")).Results;
        Assert.Equal(named.Id, Assert.Single(shortText).Id);
        await Expect.InvalidFields(await server.Client.GetAsync("/api/v1/search?q=ze&type=article"), "q");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TwoCharactersFindANameInHangulOrHanziByItsNameNativeNameOrAliasAndLatinWhateverItsCase(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var province = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "Gyeonggi Province", kind = "region", aliases = new[] { "경기도" } });
        var city = await server.PostAsync<Amity.Partners.OrganizationRecord>("/api/v1/organizations", new { name = "수원시", kind = "region" });
        var governor = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Kim Dong-yeon", nativeName = "김동연" });
        var envoy = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Li Wei", aliases = new[] { "李伟", "Lee Wei" } });

        async Task<IEnumerable<int>> Find(string text, string type) =>
            (await server.GetAsync<SearchResults>($"/api/v1/search?type={type}&q=" + Uri.EscapeDataString(text))).Results.Select(r => r.Id);

        Assert.Equal([province.Id!.Value], await Find("경기", "organization"));
        Assert.Equal([city.Id!.Value], await Find("수원", "organization"));
        Assert.Equal([governor.Id!.Value], await Find("동연", "person"));
        Assert.Equal([envoy.Id!.Value], await Find("李伟", "person"));
        Assert.Equal([envoy.Id!.Value], await Find("wE", "person"));
        Assert.Empty(await Find("경북", "organization"));
        Assert.Empty(await Find("伟李", "person"));
    }

    [Fact]
    public async Task ASearchWithoutTextOrWithAnUnknownTypeIsAProblem()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        await Expect.InvalidFields(await server.Client.GetAsync("/api/v1/search?q=%20&type=planet&limit=0"), "q", "type", "limit");
        // Text that looks like query syntax is searched for as it stands.
        var odd = await server.Client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("\" OR 1=1 -- %_*"));
        await Expect.Status(odd, HttpStatusCode.OK);
    }
}
