using System.Net;
using Amity.Extraction;
using Amity.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Ingestion;

/// <summary>The reviewer's page: an article in, each proposal shown with its sentence, accepted, edited or rejected, written once.</summary>
public class ReviewPageTests
{
    private static string Sample => SampleArticles.Read(SampleArticles.GyeonggiLiaoning);

    [Theory, ClassData(typeof(Providers))]
    public async Task PastingAnArticleShowsEachProposalWithItsSentenceAndWhetherItIsNewOrOnRecord(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var (response, html) = await server.SubmitAsync("/ingest", [new("Text", Sample)], handler: "Propose");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Html.Text(html);
        Assert.Contains("Hao Feng, Party Secretary, Liaoning Province", text);
        Assert.Contains("matched", text);
        Assert.Contains("<mark>On April 24, Gyeonggi Province Governor Dong Yeon Kim met with", WebUtility.HtmlDecode(html));
        Assert.Contains("href=\"/people/2\"", html);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AcceptingWritesTheRecordsOnceRejectedOnesAreLeftAndEditsAreKept(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var proposals = Ingester.Propose(ArticleExtractor.Extract(Sample), Sample);
        var li = proposals.Single(p => p.Person?.Name == "Li Leqing");
        var museum = proposals.Single(p => p.Organization?.Name == "Liaoning Provincial Museum");
        var fields = new List<KeyValuePair<string, string>> { new("Text", Sample), new("Source", "press office") };
        for (var i = 0; i < proposals.Count; i++)
        {
            var row = ReviewRow.From(proposals[i]);
            fields.Add(new($"Rows[{i}].Key", proposals[i].Key.ToString()));
            fields.Add(new($"Rows[{i}].Accept", proposals[i] == li ? "false" : "true"));
            fields.Add(new($"Rows[{i}].Name", proposals[i] == museum ? "Liaoning Museum" : row.Name ?? ""));
            if (row.Title is not null) fields.Add(new($"Rows[{i}].Title", row.Title));
            if (row.Date is not null) fields.Add(new($"Rows[{i}].Date", row.Date));
        }

        var (response, html) = await server.SubmitAsync("/ingest", fields, handler: "Commit");
        Assert.Matches("^/news/\\d+$", response.Landed());
        Assert.Contains("records created", Html.Text(html));

        await using var db = server.OpenDb();
        Assert.False(await db.People.AnyAsync(p => p.Name == "Li Leqing"));
        Assert.True(await db.Organizations.AnyAsync(o => o.Name == "Liaoning Museum"));
        var hao = await db.People.SingleAsync(p => p.Name == "Hao Feng");

        // Every record shows where it came from.
        var person = Html.Text(await server.Client.GetStringAsync($"/people/{hao.Id}"));
        Assert.Contains("Where this comes from", person);
        Assert.Contains("met with Liaoning Provincial Party Secretary Hao Feng at Dodamso", person);

        var people = await db.People.CountAsync();
        await server.SubmitAsync("/ingest", fields, handler: "Commit");
        Assert.Equal(people, await db.People.CountAsync());
    }

    [Fact]
    public async Task AnEmptyOrBinaryArticleGetsAMessageBesideTheField()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        var (_, empty) = await server.SubmitAsync("/ingest", [new("Text", "   ")], handler: "Propose");
        Assert.Contains("Paste the article, or choose a file.", Html.Text(empty));

        var page = await server.Client.GetStringAsync("/ingest");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "Upload", "photo.txt" },
        };
        var binary = await server.Client.PostAsync("/ingest?handler=Propose", form);
        Assert.Contains("binary data", Html.Text(await binary.Content.ReadAsStringAsync()));
    }
}
