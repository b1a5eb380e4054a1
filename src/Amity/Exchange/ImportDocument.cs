using System.Collections;
using System.Text.Json;
using System.Threading.Channels;
using Amity.Agreements;
using Amity.Api;
using Amity.Audit;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amity.Exchange;

public sealed record ImportResult(int Count, Errors Errors)
{
    /// <summary>Where the time went, phase by phase.</summary>
    public Laps Laps { get; init; } = new();

    /// <summary>Whether SQLite wrote the load through a rollback journal rather than WAL (<see cref="LoadJournal"/>).</summary>
    public bool RollbackJournal { get; init; }

    public bool Succeeded => !Errors.Any;
}

/// <summary>
/// Loads an <see cref="AmityDocument"/> into an empty database in one transaction, so that a bad document changes nothing.
/// The document is read section by section on one thread, each batch of records checked (each record's fields by the API's own
/// rules, unique ids, every reference to the records before it), mapped and its audit entries written as JSON there, while the
/// batches before it are written to the database on another: parsing overlaps writing, and memory holds a few batches, not the
/// document. A problem found late still rolls everything back, and is reported with the record it is in.
/// </summary>
public static class ImportDocument
{
    /// <summary>Batches read ahead of the writes: enough to keep both threads busy, few enough to keep memory flat.</summary>
    private const int Ahead = 4;

    /// <summary>A batch ready to write: its entities, and their audit entries with each entry's JSON as UTF-8 (<see cref="AfterJson"/>), when the document gave it.</summary>
    private sealed record Prepared(string RecordType, Entity[] Entities, AuditEntry[] Entries, ReadOnlyMemory<byte>[] AfterJson);

    public static async Task<ImportResult> ImportFileAsync(AmityDb db, string path, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return await ImportAsync(db, file, progress, ct);
    }

    public static async Task<ImportResult> ImportAsync(AmityDb db, Stream stream, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        var laps = new Laps();
        if (await HasRecordsAsync(db, ct))
        {
            var errors = new Errors();
            errors.Add("database", "already holds records; import loads a document into an empty database");
            return new ImportResult(0, errors) { Laps = laps };
        }
        var done = 0;
        var rollbackJournal = false;
        var strategy = db.Database.CreateExecutionStrategy();
        var (found, count) = await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(ct);
            // Declared before the transaction, so disposed after it: WAL comes back once the transaction has ended.
            await using var journal = LoadJournal.Begin(db);
            rollbackJournal = journal.Rollback;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await using var load = await BulkLoad.BeginAsync(db, ct, searchBeside: true);
            var audit = new ImportAudit(db.Actor, db.Clock.GetUtcNow(), (await db.AuditTrail.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1);
            var check = new DocumentCheck();
            var channel = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(Ahead) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            DocumentReader? reader = null;
            var readingTime = (Wall: TimeSpan.Zero, Cpu: TimeSpan.Zero);
            void Hand(DocumentPart part)
            {
                check.Check(part);
                // Once the document is known to be refused, what remains is only read and checked, to report every problem.
                if (check.Errors.Any || reader!.Failed) return;
                var prepared = Prepare(part, audit);
                while (!channel.Writer.TryWrite(prepared)) channel.Writer.WaitToWriteAsync(stop.Token).AsTask().GetAwaiter().GetResult();
            }
            reader = new DocumentReader(stream, check.Organizations(Hand), stop.Token);
            var reading = Task.Factory.StartNew(() =>
            {
                // Named so that a profile or Laps.Threads tells its time from the writer's.
                Thread.CurrentThread.Name = "import reader";
                var clock = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    reader.Read();
                    check.Finish(Hand);
                    channel.Writer.Complete();
                }
                catch (Exception e)
                {
                    channel.Writer.Complete(e);
                }
                finally
                {
                    readingTime = (clock.Elapsed, Laps.ThreadCpu());
                }
            }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

            Exception? failed = null;
            var writer = new BulkWriter(db, load);
            var writingClock = System.Diagnostics.Stopwatch.StartNew();
            var writingCpu = TimeSpan.Zero;
            try
            {
                await foreach (var prepared in channel.Reader.ReadAllAsync(ct))
                {
                    if (failed is not null) continue;
                    var cpu = Laps.ThreadCpu();
                    try
                    {
                        foreach (var entity in prepared.Entities) writer.Add(entity);
                        for (var i = 0; i < prepared.Entries.Length; i++) writer.Add(prepared.Entries[i], AfterProperty, prepared.AfterJson[i]);
                        await writer.FlushAsync(ct);
                    }
                    catch (Exception e) when (!ct.IsCancellationRequested)
                    {
                        // The check of what remains may explain it (a reference to nothing): keep reading, report what it finds.
                        failed = e;
                    }
                    // The writes hop between pool threads (after each await): their CPU is summed batch by batch.
                    writingCpu += Laps.ThreadCpu() - cpu;
                    done += prepared.Entities.Length;
                    progress.Report((done, Estimate(done, reader.BytesRead, stream)));
                    laps.Lap($"write {prepared.RecordType}");
                }
            }
            finally
            {
                await stop.CancelAsync();
                await reading;
            }
            laps.Beside("reading, checking", readingTime.Wall, readingTime.Cpu);
            laps.Beside("writing the rows", writingClock.Elapsed, writingCpu);
            var errors = new Errors();
            errors.AddRange(reader.Errors);
            errors.AddRange(check.Errors);
            // Disposing the transaction uncommitted rolls every write back.
            if (errors.Any) return (errors, 0);
            if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
            await load.CompleteAsync(ct, laps);
            if (db.Provider == DatabaseProvider.Postgres) await AdvanceIdentitiesAsync(db, ct);
            await transaction.CommitAsync(ct);
            laps.Lap("commit");
            return (errors, done);
        });
        return new ImportResult(count, found) { Laps = laps, RollbackJournal = rollbackJournal };
    }

    /// <summary>Records to come, guessed from the share of the stream read so far, for the progress bar.</summary>
    private static int Estimate(int done, long bytesRead, Stream stream) =>
        stream.CanSeek && bytesRead > 0 ? Math.Max(done, (int)Math.Min(int.MaxValue, done * (double)stream.Length / bytesRead)) : done;

    /// <summary>Maps a checked batch to entities, each with its "create" audit entry; runs on the reading thread.</summary>
    private static Prepared Prepare(DocumentPart part, ImportAudit audit)
    {
        var (recordType, create) = Mappings[part.Section];
        var records = part.Records;
        // The reader gives every record's JSON with it.
        var json = part.Json!;
        if (part.Section == "organizations")
        {
            var ordered = ParentsFirst([.. part.Records.Cast<OrganizationRecord>()]);
            // Each record's JSON follows it to its new place.
            var byRecord = new Dictionary<object, ReadOnlyMemory<byte>>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < records.Count; i++) byRecord[records[i]!] = json[i];
            json = [.. ordered.Select(o => byRecord[o])];
            records = ordered;
        }
        var count = records.Count;
        var firstAuditId = audit.Reserve(count);
        var entities = new Entity[count];
        var entries = new AuditEntry[count];
        for (var i = 0; i < count; i++)
        {
            var record = records[i]!;
            entities[i] = create(record);
            entries[i] = audit.Created(firstAuditId + i, recordType, entities[i].Id);
        }
        return new Prepared(recordType, entities, entries, [.. json]);
    }

    private static readonly string AfterProperty = nameof(AuditEntry.After);

    /// <summary>Each section's record type in the audit trail, and how its records become entities.</summary>
    private static readonly Dictionary<string, (string RecordType, Func<object, Entity> Create)> Mappings = new()
    {
        ["organizations"] = ("organization", o => { var r = (OrganizationRecord)o; var e = new Organization { Name = r.Name }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["relationships"] = ("relationship", o => { var r = (RelationshipRecord)o; var e = new Relationship(); r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["people"] = ("person", o => { var r = (PersonRecord)o; var e = new Person { Name = r.Name }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["engagements"] = ("engagement", o => { var r = (EngagementRecord)o; var e = new Engagement { Date = r.Date }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["events"] = ("event", o => { var r = (EventRecord)o; var e = new Event { Name = r.Name }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["agreements"] = ("agreement", o => { var r = (AgreementRecord)o; var e = new Agreement { Title = r.Title }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["invitations"] = ("invitation", o => { var r = (InvitationRecord)o; var e = new Invitation(); r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
        ["articles"] = ("article", o => { var r = (ArticleRecord)o; var e = new Article { Title = r.Title, Body = r.Body }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }),
    };

    private static T Keep<T>(T entity, int? id, int? version) where T : Entity
    {
        // Check has made sure every record carries its id.
        entity.Id = id!.Value;
        entity.Version = version ?? 0;
        return entity;
    }

    /// <summary>
    /// One "create" entry per imported record, with the record as the document gives it (children included) for its values:
    /// the record's own text, compacted by <see cref="DocumentReader"/> and handed to the bulk writer as UTF-8 beside the
    /// entry (serializing every record again cost the reading thread a fifth of its time; for a document written by export the
    /// text is the same, byte for byte). The bulk writer gives ids only to int keys, so the trail's long ids are counted on here.
    /// </summary>
    private sealed class ImportAudit(string actor, DateTimeOffset at, long nextId)
    {
        /// <summary>The first of <paramref name="count"/> consecutive ids for entries to come.</summary>
        public long Reserve(int count)
        {
            var first = nextId;
            nextId += count;
            return first;
        }

        /// <summary>The entry for a record, without its JSON, which goes to the bulk writer beside it.</summary>
        public AuditEntry Created(long id, string recordType, int recordId) => new()
        {
            Id = id, At = at, Actor = actor, Action = AuditAction.Create, RecordType = recordType, RecordId = recordId,
        };
    }

    private static async Task<bool> HasRecordsAsync(AmityDb db, CancellationToken ct) =>
        await db.Organizations.AnyAsync(ct) || await db.People.AnyAsync(ct) || await db.Engagements.AnyAsync(ct) || await db.Events.AnyAsync(ct)
        || await db.Agreements.AnyAsync(ct) || await db.Invitations.AnyAsync(ct) || await db.Articles.AnyAsync(ct) || await db.Relationships.AnyAsync(ct);

    /// <summary>PostgreSQL identity columns do not move past ids inserted explicitly; set each to the largest id so new records follow.</summary>
    internal static async Task AdvanceIdentitiesAsync(AmityDb db, CancellationToken ct)
    {
        foreach (var entityType in db.Model.GetEntityTypes())
        {
            var key = entityType.FindPrimaryKey();
            if (key is not { Properties: [var id] } || (id.ClrType != typeof(int) && id.ClrType != typeof(long)) || id.ValueGenerated != ValueGenerated.OnAdd) continue;
            var table = entityType.GetTableName()!;
            var column = id.GetColumnName(StoreObjectIdentifier.Table(table, entityType.GetSchema()))!;
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0), 1), (SELECT COUNT(*) > 0 FROM \"{table}\"))";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>Every problem in a document already in memory, each named by section, position, id and field.</summary>
    public static Errors Check(AmityDocument document)
    {
        var check = new DocumentCheck();
        if (document.Format != AmityDocument.CurrentFormat) check.Errors.Add("format", $"must be \"{AmityDocument.CurrentFormat}\", not \"{document.Format}\"");
        IList[] sections = [document.Organizations, document.Relationships, document.People, document.Engagements, document.Events, document.Agreements,
            document.Invitations, document.Articles];
        for (var i = 0; i < sections.Length; i++) check.Check(new DocumentPart(DocumentReader.Sections[i], 0, sections[i]));
        check.Finish(_ => { });
        return check.Errors;
    }

    /// <summary>Parents before their children, so that each batch refers only to organizations already written.</summary>
    private static List<OrganizationRecord> ParentsFirst(List<OrganizationRecord> organizations)
    {
        var byId = organizations.ToDictionary(o => o.Id!.Value);
        var ordered = new List<OrganizationRecord>(organizations.Count);
        var placed = new HashSet<int>();
        foreach (var organization in organizations.OrderBy(o => o.Id))
        {
            var chain = new Stack<OrganizationRecord>();
            for (var current = organization; current is not null && !placed.Contains(current.Id!.Value);
                 current = current.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent : null)
            {
                if (chain.Contains(current)) break;
                chain.Push(current);
            }
            foreach (var item in chain) if (placed.Add(item.Id!.Value)) ordered.Add(item);
        }
        return ordered;
    }
}
