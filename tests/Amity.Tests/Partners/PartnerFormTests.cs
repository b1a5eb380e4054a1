namespace Amity.Tests.Partners;

public class PartnerFormTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task APartnerWithoutANameIsRefusedWithTheMessageBesideTheFieldAndWhatWasTypedKept(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (response, html) = await server.SubmitAsync("/partners/new", [new("Input.Name", ""), new("Input.Kind", "Region"), new("Input.Country", "CN"), new("Input.Aliases", "辽宁省\nLiaoning")]);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/partners/new", response.Landed());
        Assert.Matches("<span class=\"field-validation-error\" data-valmsg-for=\"Input.Name\"[^>]*>[^<]*name[^<]*required", html);
        Assert.Contains("value=\"CN\"", html);
        Assert.Contains("辽宁省\nLiaoning", System.Net.WebUtility.HtmlDecode(html));
        await using var db = server.OpenDb();
        Assert.Equal(0, db.Organizations.Count());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task APartnerIsAddedEditedFoundByAnAliasInHangulAndDeleted(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var (added, page) = await server.SubmitAsync("/partners/new", [new("Input.Name", "Jilin Province"), new("Input.Kind", "Region"), new("Input.Aliases", "吉林省\n지린성")]);
        Assert.Matches("^/partners/\\d+$", added.Landed());
        Assert.Contains("Saved Jilin Province.", Html.Text(page));
        var id = added.Landed().Split('/').Last();

        var (edited, _) = await server.SubmitAsync($"/partners/{id}/edit", [new("Input.Name", "Jilin"), new("Input.Kind", "Region"), new("Input.Aliases", "吉林省\n지린성"), new("Input.Version", "1")]);
        Assert.Equal($"/partners/{id}", edited.Landed());

        var found = Html.Text(await server.Client.GetStringAsync("/search?q=" + Uri.EscapeDataString("지린")));
        Assert.Contains("Jilin 吉林省", found);
        Assert.Contains("Jilin", Html.Text(await server.Client.GetStringAsync("/partners?q=" + Uri.EscapeDataString("吉林"))));

        var (stale, staleHtml) = await server.SubmitAsync($"/partners/{id}/edit", [new("Input.Name", "Jilin (stale)"), new("Input.Kind", "Region"), new("Input.Version", "1")]);
        Assert.Contains("changed by someone else", Html.Text(staleHtml));

        var (deleted, _) = await server.SubmitAsync($"/partners/{id}/edit", [new("Input.Name", "Jilin")], handler: "Delete");
        Assert.Equal("/partners", deleted.Landed());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync($"/partners/{id}")).StatusCode);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task DeletingAPartnerOthersReferToIsRefusedSayingWhy(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var (response, html) = await server.SubmitAsync("/partners/2/edit", [new("Input.Name", "Liaoning Province")], handler: "Delete");
        Assert.Equal("/partners/2/edit", response.Landed());
        Assert.Contains("is still referred to by", Html.Text(html));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryListExportsAsCsvAndXlsx(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var csv = await server.Client.GetStringAsync("/partners?handler=csv&q=liaoning");
        Assert.StartsWith("\uFEFFName,Kind,Country,Part of,Other names,Link", csv);
        Assert.Contains("Liaoning Province,region,CN,,\"Liaoning, 辽宁省, 랴오닝성\",/partners/2", csv);
        foreach (var list in new[] { "/relationships", "/people", "/engagements", "/agreements", "/invitations", "/events", "/news" })
        {
            var xlsx = await server.Client.GetAsync(list + "?handler=xlsx");
            Assert.Equal(System.Net.HttpStatusCode.OK, xlsx.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
            using var book = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
            Assert.True(book.Worksheet(1).LastRowUsed()!.RowNumber() > 1, $"{list} exported no rows");
            Assert.Equal(System.Net.HttpStatusCode.OK, (await server.Client.GetAsync(list)).StatusCode);
        }
    }
}
