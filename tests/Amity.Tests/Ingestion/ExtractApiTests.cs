using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amity.Ingestion;

namespace Amity.Tests.Ingestion;

public class ExtractApiTests
{
    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task PostingAnArticleAsTextAnswersTheExtractionFormat()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var response = await server.Client.PostAsync("/api/v1/extract", Text(SampleArticles.Read(SampleArticles.GyeonggiLiaoning)));
        await Expect.Status(response, HttpStatusCode.OK);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("amity-extraction/1", json.GetProperty("format").GetString());
        Assert.Equal("2024-04-24", json.GetProperty("article").GetProperty("published").GetString());
        Assert.Contains(json.GetProperty("people").EnumerateArray(), p => p.GetProperty("name").GetString() == "Hao Feng");
    }

    [Fact]
    public async Task BadArticlesGetAClearProblemNeverACrash()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        Assert.Contains("empty", (await Expect.Problem(await server.Client.PostAsync("/api/v1/extract", Text("  \n")), HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        var binary = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xD8]);
        binary.Headers.ContentType = new("text/plain");
        Assert.Contains("binary", (await Expect.Problem(await server.Client.PostAsync("/api/v1/extract", binary), HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        var huge = new ByteArrayContent(new byte[20 * 1024 * 1024]);
        huge.Headers.ContentType = new("text/plain");
        await Expect.Problem(await server.Client.PostAsync("/api/v1/extract", huge), HttpStatusCode.RequestEntityTooLarge);
        var json = new StringContent("{}", Encoding.UTF8, "application/json");
        await Expect.Problem(await server.Client.PostAsync("/api/v1/extract", json), HttpStatusCode.UnsupportedMediaType);

        var html = await server.Client.PostAsync("/api/v1/extract?published=2025-03-01", Text("<html><body><h1>Mayor visits Busan</h1><p>Mayor Ana Souza of Curitiba met Mayor Park Heong-joon in Busan.</p></body></html>"));
        await Expect.Status(html, HttpStatusCode.OK);
        var other = await server.Client.PostAsync("/api/v1/extract", Text("경기도지사와 랴오닝성 당서기가 만났다.\n\n김동연 지사는 하오펑 당서기를 도담소에서 만났다."));
        await Expect.Status(other, HttpStatusCode.OK);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task APreviewProposesAndACommitWritesThroughTheApi(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var text = SampleArticles.Read(SampleArticles.GyeonggiLiaoning);
        var preview = await server.Client.PostAsync("/api/v1/ingestions/preview", Text(text));
        await Expect.Status(preview, HttpStatusCode.OK);
        var plan = (await preview.Content.ReadFromJsonAsync<IngestionPlan>(AmityServer.Json))!;
        Assert.Contains(plan.Proposals, p => p.Person?.Name == "Hao Feng" && p.MatchId == 2);

        var commit = await server.Client.PostAsJsonAsync("/api/v1/ingestions", new { text, source = "api" }, AmityServer.Json);
        await Expect.Status(commit, HttpStatusCode.OK);
        var result = (await commit.Content.ReadFromJsonAsync<IngestionResult>(AmityServer.Json))!;
        Assert.Equal(1, result.ArticleId);
        Assert.DoesNotContain(result.Outcomes, o => o.Type is ProposalType.Person or ProposalType.Organization && o.Outcome == Outcome.Created);

        var empty = await server.Client.PostAsJsonAsync("/api/v1/ingestions", new { text = " " }, AmityServer.Json);
        await Expect.InvalidFields(empty, "text");
    }
}
