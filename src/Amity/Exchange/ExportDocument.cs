using System.Text.Json;
using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Exchange;

/// <summary>Writes the whole database as an <see cref="AmityDocument"/>, streaming each section in id order so that a large database never sits in memory whole.</summary>
public static class ExportDocument
{
    private const int Batch = 2_000;

    public static readonly JsonSerializerOptions Json = CreateJsonOptions();

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = AmityApp.ConfigureJson(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.WriteIndented = true;
        return options;
    }

    public static async Task WriteFileAsync(AmityDb db, string path, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        var temporary = path + ".partial";
        await using (var file = File.Create(temporary))
            await WriteAsync(db, file, progress, ct);
        // The finished file replaces the target in one step, so an interrupted export never leaves half a document.
        File.Move(temporary, path, overwrite: true);
    }

    public static async Task WriteAsync(AmityDb db, Stream stream, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var total = await db.Organizations.CountAsync(ct) + await db.Relationships.CountAsync(ct) + await db.People.CountAsync(ct)
            + await db.Engagements.CountAsync(ct) + await db.Events.CountAsync(ct) + await db.Agreements.CountAsync(ct)
            + await db.Invitations.CountAsync(ct) + await db.Articles.CountAsync(ct);
        var done = 0;
        void Advance(int n) => progress.Report((done += n, total));

        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Json.Encoder });
        writer.WriteStartObject();
        writer.WriteString("format", AmityDocument.CurrentFormat);
        await SectionAsync(writer, "organizations", db.Organizations, q => q, o => o.AsRecord(), Advance, ct);
        await SectionAsync(writer, "relationships", db.Relationships, q => q.Include(r => r.Parties), r => r.AsRecord(), Advance, ct);
        await SectionAsync(writer, "people", db.People, q => q.Include(p => p.Positions), p => p.AsRecord(), Advance, ct);
        await SectionAsync(writer, "engagements", db.Engagements, q => q.Include(e => e.Participants), e => e.AsRecord(), Advance, ct);
        await SectionAsync(writer, "events", db.Events, q => q.Include(e => e.Organizations), e => e.AsRecord(), Advance, ct);
        await SectionAsync(writer, "agreements", db.Agreements,
            q => q.Include(a => a.Parties).Include(a => a.Signatories).Include(a => a.Commitments).ThenInclude(c => c.Notes).AsSplitQuery(), a => a.AsRecord(), Advance, ct);
        await SectionAsync(writer, "invitations", db.Invitations, q => q, i => i.AsRecord(), Advance, ct);
        await SectionAsync(writer, "articles", db.Articles, q => q.Include(a => a.Links), a => a.AsRecord(), Advance, ct);
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private static async Task SectionAsync<TEntity, TRecord>(Utf8JsonWriter writer, string name, IQueryable<TEntity> source,
        Func<IQueryable<TEntity>, IQueryable<TEntity>> include, Func<TEntity, TRecord> map, Action<int> advance, CancellationToken ct)
        where TEntity : Entity
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        var after = 0;
        while (true)
        {
            var batch = await include(source.Where(e => e.Id > after).OrderBy(e => e.Id).Take(Batch)).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var entity in batch) JsonSerializer.Serialize(writer, map(entity), Json);
            after = batch[^1].Id;
            advance(batch.Count);
            await writer.FlushAsync(ct);
        }
        writer.WriteEndArray();
    }
}
