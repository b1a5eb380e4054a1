using System.Text;
using Amity.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Exchange;

/// <summary>
/// The import reads a document section by section and writes each batch while the next is read; these documents are larger than
/// the reader's buffer (1 MB) and than a batch (1,000 records), so that writes happen before the end of the document is seen.
/// </summary>
public class StreamingImportTests
{
    private const int Organizations = 3_000;
    private const int People = 2_500;

    /// <summary>Every progress report, as it is made (a <see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class Reports : IProgress<(int Done, int Total)>
    {
        public int MostDone { get; private set; }

        public void Report((int Done, int Total) value) => MostDone = Math.Max(MostDone, value.Done);
    }

    private static string Document(int lastPersonsOrganization, string articleBody)
    {
        var json = new StringBuilder("{\"format\": \"amity-export/1\",\n\"organizations\": [\n");
        var notes = new string('x', 300);
        for (var i = 1; i <= Organizations; i++)
            json.Append($"{{\"id\": {i}, \"name\": \"Organization {i}\", \"kind\": \"region\", \"notes\": \"{notes}\"{(i > 1 ? $", \"parentId\": {i / 2}" : "")}}}{(i < Organizations ? "," : "")}\n");
        json.Append("],\n\"people\": [\n");
        for (var i = 1; i <= People; i++)
        {
            var organization = i == People ? lastPersonsOrganization : i % Organizations + 1;
            json.Append($"{{\"id\": {i}, \"name\": \"Person {i}\", \"positions\": [{{\"title\": \"Envoy\", \"organizationId\": {organization}}}]}}{(i < People ? "," : "")}\n");
        }
        json.Append("],\n\"articles\": [\n");
        json.Append($"{{\"id\": 1, \"title\": \"Long\", \"body\": \"{articleBody}\", \"publishedOn\": \"2025-01-02\", \"links\": [{{\"type\": \"person\", \"id\": {People}}}]}},\n");
        json.Append("{\"id\": 2, \"title\": \"Short\", \"body\": \"경기도\", \"publishedOn\": \"2025-01-03\"}\n]}\n");
        return json.ToString();
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, string json, IProgress<(int, int)> progress)
    {
        await using var db = database.Open();
        return await ImportDocument.ImportAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(json)), progress, CancellationToken.None);
    }

    private static async Task<int> AuditEntriesAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.AuditTrail.CountAsync();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ALargeDocumentIsWrittenWhileItIsReadEvenARecordLargerThanTheBuffer(DatabaseProvider provider)
    {
        // 900,000 Korean characters: 2.7 MB of UTF-8 in one value, so the reader's buffer has to grow to hold it.
        var body = new string('가', 900_000);
        await using var target = await TestDatabase.CreateAsync(provider);
        var entriesBefore = await AuditEntriesAsync(target);
        var result = await ImportAsync(target, Document(1, body), new Reports());
        Assert.True(result.Succeeded, result.Errors.ToString());
        Assert.Equal(Organizations + People + 2, result.Count);

        await using var db = target.Open();
        Assert.Equal(Organizations, await db.Organizations.CountAsync());
        Assert.Equal(People, await db.People.CountAsync());
        Assert.Equal(body, await db.Articles.Where(a => a.Id == 1).Select(a => a.Body).SingleAsync());
        Assert.Equal(Organizations - 1, await db.Organizations.CountAsync(o => o.ParentId == o.Id / 2));
        Assert.Equal(entriesBefore + Organizations + People + 2, await db.AuditTrail.CountAsync());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnErrorInTheLastRecordRollsBackTheBatchesAlreadyWrittenAndNamesTheRecord(DatabaseProvider provider)
    {
        await using var target = await TestDatabase.CreateAsync(provider);
        var entriesBefore = await AuditEntriesAsync(target);
        var reports = new Reports();
        var result = await ImportAsync(target, Document(999_999, "short"), reports);
        Assert.False(result.Succeeded);
        Assert.Contains($"people[{People - 1}] (id {People}).positions[0].organizationId: refers to organization 999999, which the document does not hold",
            result.Errors.ToString());
        // The organizations and the first batches of people were written before the last person was read.
        Assert.True(reports.MostDone >= Organizations + 1_000, $"{reports.MostDone} records written before the error");

        await using var db = target.Open();
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.People.CountAsync());
        Assert.Equal(entriesBefore, await db.AuditTrail.CountAsync());
    }

    [Fact]
    public async Task SectionsOutOfOrderAreRefusedNamingTheSection()
    {
        await using var target = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var json = "{\"format\": \"amity-export/1\", \"people\": [{\"id\": 1, \"name\": \"A\"}], \"organizations\": [{\"id\": 1, \"name\": \"B\", \"kind\": \"region\"}]}";
        var result = await ImportAsync(target, json, new Reports());
        Assert.Contains("organizations: comes after people", result.Errors.ToString());
        await using var db = target.Open();
        Assert.Equal(0, await db.People.CountAsync());
    }
}
