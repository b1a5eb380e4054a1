using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.News;
using Amity.Partners;

namespace Amity.Tests.News;

public class ArticlesApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnArticleLinksTheRecordsItReportsAndTheyCannotBeDeletedUnderIt(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var liaoning = await server.PostAsync<OrganizationRecord>("/api/v1/organizations", new { name = "Liaoning Province", kind = "region" });
        var article = await server.PostAsync<ArticleRecord>("/api/v1/articles", new
        {
            title = "Governor meets Party Secretary", body = "A summary.", publishedOn = "2024-04-24", viewCount = 19,
            links = new[] { new { type = "organization", id = liaoning.Id } },
        });
        Assert.Equal(LinkedRecord.Organization, Assert.Single(article.Links).Type);
        Assert.Single((await server.GetAsync<Page<ArticleRecord>>($"/api/v1/articles?organization={liaoning.Id}")).Items);
        Assert.Single((await server.GetAsync<Page<ArticleRecord>>("/api/v1/articles?q=party secretary&from=2024-04-01&to=2024-04-30")).Items);

        var refused = await server.Client.DeleteAsync($"/api/v1/organizations/{liaoning.Id}");
        Assert.Contains("article link", (await Expect.Problem(refused, HttpStatusCode.Conflict)).GetProperty("detail").GetString());

        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/articles/{article.Id}"), HttpStatusCode.NoContent);
        await Expect.Status(await server.Client.DeleteAsync($"/api/v1/organizations/{liaoning.Id}"), HttpStatusCode.NoContent);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnArticleLinkingAnUnknownRecordOrWithoutADateIsRefused(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var response = await server.Client.PostAsJsonAsync("/api/v1/articles", new
        {
            title = "News", body = "Text", publishedOn = "2024-04-24", links = new[] { new { type = "agreement", id = 5 } },
        });
        await Expect.InvalidFields(response, "links[0].id");
        var noDate = await server.Client.PostAsJsonAsync("/api/v1/articles", new { title = "News", body = "Text" });
        await Expect.InvalidFields(noDate, "publishedOn");
        var badDate = await server.Client.PostAsJsonAsync("/api/v1/articles", new { title = "News", body = "Text", publishedOn = "24 April" });
        await Expect.InvalidFields(badDate, "publishedOn");
    }
}
