using System.Net;
using System.Text.RegularExpressions;

namespace Amity.Tests.Exchange;

public class SpreadsheetImportTests
{
    internal static async Task<string> PostAsync(AmityServer server, string handler, string token, HttpContent[] parts, string[] names, string? fileName = null)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        for (var i = 0; i < parts.Length; i++)
        {
            if (names[i] == "Upload") form.Add(parts[i], "Upload", fileName!);
            else form.Add(parts[i], names[i]);
        }
        var response = await server.Client.PostAsync($"/import?handler={handler}", form);
        await Expect.Status(response, HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task APeopleSheetIsPreviewedMatchedByAliasRejectedRowsExplainedAndWrittenOnlyOnConfirm(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var csv = "Name,Native name,Aliases,Title,Organization\n" +
                  "Zhang Wei,张伟,,Vice Governor,辽宁省\n" +          // a new person, post at Liaoning found by its Hanzi alias
                  "Kim Dong-yeon,,,Governor,Gyeonggi\n" +              // already recorded: matches Dong Yeon Kim by alias
                  "Park Ji-min,,,Director,Atlantis Province\n" +       // rejected: no such organization
                  ",,,Clerk,Gyeonggi Province\n";                     // rejected: no name
        var token = Html.AntiforgeryToken(await server.Client.GetStringAsync("/import"));
        var preview = await PostAsync(server, "Preview", token,
            [new StringContent("People"), new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv))], ["Sheet", "Upload"], "people.csv");
        var text = Html.Text(Html.Section(preview, "preview"));
        Assert.Contains("1 to create, 1 already recorded, 2 rejected.", text);
        Assert.Contains("2 Zhang Wei will be created", text);
        Assert.Contains("3 Kim Dong-yeon matches an existing record", text);
        Assert.Contains("4 Park Ji-min rejected organization: no organization is called “Atlantis Province”", text);
        Assert.Matches("5 rejected name: .*required", text);
        await using (var db = server.OpenDb()) Assert.Equal(8, db.People.Count());

        var payload = WebUtility.HtmlDecode(Regex.Match(preview, "name=\"Payload\" value=\"([^\"]+)\"").Groups[1].Value);
        var done = await PostAsync(server, "Confirm", Html.AntiforgeryToken(preview),
            [new StringContent("People"), new StringContent(payload), new StringContent("people.csv")], ["Sheet", "Payload", "FileName"]);
        Assert.Contains("Imported 1 new records; 1 rows matched existing records and 2 were rejected.", Html.Text(done));
        await using (var db = server.OpenDb())
        {
            var zhang = db.People.Where(p => p.Name == "Zhang Wei").Select(p => new { p.NativeName, Post = p.Positions.Single() }).Single();
            Assert.Equal("张伟", zhang.NativeName);
            Assert.Equal(2, zhang.Post.OrganizationId);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnXlsxSheetOfEngagementsIsReadAndItsParticipantsFoundByName(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = book.Worksheets.Add("Engagements");
        string[][] cells = [["Date", "Kind", "Title", "Host", "Participants"], ["2024-09", "visit", "Expo visit", "Liaoning", "Dong Yeon Kim; 郝鹏"], ["2024-13", "meeting", "Bad date", "", "Dong Yeon Kim"]];
        for (var r = 0; r < cells.Length; r++) for (var c = 0; c < cells[r].Length; c++) sheet.Cell(r + 1, c + 1).SetValue(cells[r][c]);
        using var buffer = new MemoryStream();
        book.SaveAs(buffer);
        var token = Html.AntiforgeryToken(await server.Client.GetStringAsync("/import"));
        var preview = Html.Text(Html.Section(await PostAsync(server, "Preview", token,
            [new StringContent("Engagements"), new ByteArrayContent(buffer.ToArray())], ["Sheet", "Upload"], "engagements.xlsx"), "preview"));
        Assert.Contains("2 2024-09 Expo visit will be created", preview);
        Assert.Contains("3 2024-13 Bad date rejected date:", preview);
    }
}
