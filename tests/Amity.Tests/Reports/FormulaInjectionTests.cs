using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Tests.Exchange;
using ClosedXML.Excel;
using CsvHelper;

namespace Amity.Tests.Reports;

/// <summary>Exported cells that a spreadsheet would run as formulas are neutralised, and Amity's own import reads them back exactly.</summary>
public class FormulaInjectionTests
{
    private static readonly string[] Names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(A1)", "-2+3", "'=already quoted", "-7"];
    private static readonly Regex Risky = new(@"^[=+\-@\t\r]");
    private static readonly Regex NegativeNumber = new(@"^-[0-9]+(\.[0-9]+)?$");
    private static readonly string[] Lists = ["/partners", "/relationships", "/people", "/engagements", "/agreements", "/events", "/invitations", "/news"];

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryExportNeutralisesFormulaCellsAndAnImportRestoresTheExactNames(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        async Task<int> Create(string path, object body)
        {
            var response = await server.Client.PostAsJsonAsync(path, body, AmityServer.Json);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        }
        var ids = new List<int>();
        foreach (var name in Names) ids.Add(await Create("/api/v1/organizations", new { name, kind = "region" }));
        await Create("/api/v1/relationships", new { kind = "sister", parties = new[] { ids[0], ids[1] }, since = "2001" });
        var person = await Create("/api/v1/people", new { name = "=1+1", positions = new[] { new { title = "@Governor", organizationId = ids[2], from = "2020" } } });
        await Create("/api/v1/engagements", new { kind = "meeting", title = "=1+2", date = "2024-10-05", hostOrganizationId = ids[0],
            participants = new[] { new { personId = person } } });
        await Create("/api/v1/agreements", new { title = "+3", kind = "memorandum", signedOn = "2024-10-05", parties = new[] { ids[0], ids[1] } });
        await Create("/api/v1/events", new { name = "@cmd", kind = "forum", date = "2024-10-20", organizations = new[] { new { organizationId = ids[3], role = "organizer" } } });
        await Create("/api/v1/invitations", new { fromPersonId = person, toOrganizationId = ids[1], subject = "-1+1", givenOn = "2024-10-01" });
        await Create("/api/v1/articles", new { title = "=A1", body = "Body.", publishedOn = "2024-10-30" });

        foreach (var list in Lists)
        {
            var csv = Cells(await server.Client.GetStringAsync(list + "?handler=csv"));
            Assert.All(csv.SelectMany(r => r), cell => Assert.False(Risky.IsMatch(cell) && !NegativeNumber.IsMatch(cell), $"{list}.csv holds the unguarded cell {cell}"));
            Assert.Contains(csv.Skip(1), row => row[0].StartsWith("'", StringComparison.Ordinal));

            var xlsx = await server.Client.GetByteArrayAsync(list + "?handler=xlsx");
            Assert.DoesNotMatch(@"<(\w+:)?f[ >]", SheetXml(xlsx));
            using var book = new XLWorkbook(new MemoryStream(xlsx));
            var used = book.Worksheet(1).CellsUsed().ToList();
            Assert.All(used, cell => Assert.False(cell.HasFormula, $"{list}.xlsx {cell.Address} is a formula"));
            var risky = used.Where(c => Risky.IsMatch(c.GetString()) && !NegativeNumber.IsMatch(c.GetString())).ToList();
            Assert.NotEmpty(risky);
            Assert.All(risky, cell =>
            {
                Assert.Equal(XLDataType.Text, cell.DataType);
                Assert.True(cell.Style.IncludeQuotePrefix, $"{list}.xlsx {cell.Address} {cell.GetString()} has no quote prefix");
            });
        }

        var partners = await server.Client.GetByteArrayAsync("/partners?handler=csv");
        var names = Cells(System.Text.Encoding.UTF8.GetString(partners)).Skip(1).Select(r => r[0]).ToList();
        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")", names);
        Assert.Contains("'+1", names);
        Assert.Contains("'@SUM(A1)", names);
        Assert.Contains("'-2+3", names);
        Assert.Contains("''=already quoted", names);
        Assert.Contains("-7", names); // a plain negative number is no formula and stays a number
        string[] restored = [.. Names.Order(StringComparer.Ordinal)];
        Assert.Equal(restored, await ImportedNamesAsync(provider, partners, "partners.csv"));
        Assert.Equal(restored, await ImportedNamesAsync(provider, await server.Client.GetByteArrayAsync("/partners?handler=xlsx"), "partners.xlsx"));
    }

    /// <summary>The organization names that a new, empty Amity holds after importing the file through the import page.</summary>
    private static async Task<string[]> ImportedNamesAsync(DatabaseProvider provider, byte[] file, string fileName)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var token = Html.AntiforgeryToken(await server.Client.GetStringAsync("/import"));
        var preview = await SpreadsheetImportTests.PostAsync(server, "Preview", token,
            [new StringContent("Organizations"), new ByteArrayContent(file)], ["Sheet", "Upload"], fileName);
        var payload = WebUtility.HtmlDecode(Regex.Match(preview, "name=\"Payload\" value=\"([^\"]+)\"").Groups[1].Value);
        await SpreadsheetImportTests.PostAsync(server, "Confirm", Html.AntiforgeryToken(preview),
            [new StringContent("Organizations"), new StringContent(payload), new StringContent(fileName)], ["Sheet", "Payload", "FileName"]);
        await using var db = server.OpenDb();
        return [.. db.Organizations.Select(o => o.Name).AsEnumerable().Order(StringComparer.Ordinal)];
    }

    private static List<string[]> Cells(string csvText)
    {
        using var csv = new CsvParser(new StringReader(csvText.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    private static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }
}
