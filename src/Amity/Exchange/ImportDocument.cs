using System.Text.Json;
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

    public bool Succeeded => !Errors.Any;
}

/// <summary>
/// Loads an <see cref="AmityDocument"/> into an empty database. Everything is checked first (each record's fields by the API's own rules,
/// unique ids, every reference) and then written in one transaction, so a bad document changes nothing.
/// </summary>
public static class ImportDocument
{
    private const int Batch = 1_000;

    public static async Task<ImportResult> ImportFileAsync(AmityDb db, string path, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        return await ImportAsync(db, file, progress, ct);
    }

    public static async Task<ImportResult> ImportAsync(AmityDb db, Stream stream, IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        AmityDocument? document;
        var laps = new Laps();
        try
        {
            document = await JsonSerializer.DeserializeAsync<AmityDocument>(stream, ExportDocument.Json, ct);
            laps.Lap("read JSON");
        }
        catch (JsonException e)
        {
            var errors = new Errors();
            errors.Add(e.Path is null or "$" ? "document" : e.Path.TrimStart('$', '.'),
                $"{e.Message.Split(". Path:")[0]}{(e.LineNumber is { } line ? $" (line {line + 1})" : "")}");
            return new ImportResult(0, errors);
        }
        if (document is null)
        {
            var errors = new Errors();
            errors.Add("document", "is empty (null)");
            return new ImportResult(0, errors);
        }
        return await ImportAsync(db, document, progress, ct, laps);
    }

    public static async Task<ImportResult> ImportAsync(AmityDb db, AmityDocument document, IProgress<(int Done, int Total)> progress, CancellationToken ct,
        Laps? laps = null)
    {
        laps ??= new Laps();
        // The document is checked on the other core while its records are written: a document with errors is rolled back
        // whole, so writing before the check has finished changes nothing that stays. What the check finds wins over
        // whatever the writes ran into because of it (a missing id, a reference to nothing).
        var checking = Task.Run(() => Check(document), ct);
        if (await HasRecordsAsync(db, ct))
        {
            var errors = await checking;
            laps.Lap("check");
            if (!errors.Any) errors.Add("database", "already holds records; import loads a document into an empty database");
            return new ImportResult(0, errors) { Laps = laps };
        }

        var total = document.Count;
        var done = 0;
        void Advance(int n) => progress.Report((done += n, total));

        var strategy = db.Database.CreateExecutionStrategy();
        var found = await strategy.ExecuteAsync(async () =>
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            Exception? failed = null;
            try
            {
                await WriteAsync(db, document, laps, Advance, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                failed = e;
            }
            var errors = await checking;
            laps.Lap("check (what was left of it after the writes)");
            // Disposing the transaction uncommitted rolls every write back.
            if (errors.Any) return errors;
            if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
            await transaction.CommitAsync(ct);
            laps.Lap("commit");
            return errors;
        });
        return new ImportResult(found.Any ? 0 : total, found) { Laps = laps };
    }

    private static async Task WriteAsync(AmityDb db, AmityDocument document, Laps laps, Action<int> advance, CancellationToken ct)
    {
        await using var load = await BulkLoad.BeginAsync(db, ct);
        var audit = new ImportAudit(db.Actor, db.Clock.GetUtcNow(), (await db.AuditTrail.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1);
        await AddAsync(db, laps, audit, "organization", ParentsFirst(document.Organizations), r => { var o = new Organization { Name = r.Name }; r.ApplyTo(o); return Keep(o, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "relationship", document.Relationships, r => { var e = new Relationship(); r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "person", document.People, r => { var e = new Person { Name = r.Name }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "engagement", document.Engagements, r => { var e = new Engagement { Date = r.Date }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "event", document.Events, r => { var e = new Event { Name = r.Name }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "agreement", document.Agreements, r => { var e = new Agreement { Title = r.Title }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "invitation", document.Invitations, r => { var e = new Invitation(); r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await AddAsync(db, laps, audit, "article", document.Articles, r => { var e = new Article { Title = r.Title, Body = r.Body }; r.ApplyTo(e); return Keep(e, r.Id, r.Version); }, advance, ct);
        await load.CompleteAsync(ct, laps);
        if (db.Provider == DatabaseProvider.Postgres) await AdvanceIdentitiesAsync(db, ct);
    }

    private static T Keep<T>(T entity, int? id, int? version) where T : Entity
    {
        // Check has made sure every record carries its id.
        entity.Id = id!.Value;
        entity.Version = version ?? 0;
        return entity;
    }

    private static async Task AddAsync<TRecord, TEntity>(AmityDb db, Laps laps, ImportAudit audit, string recordType, IReadOnlyList<TRecord> records, Func<TRecord, TEntity> create,
        Action<int> advance, CancellationToken ct)
        where TEntity : Entity
    {
        // Records arrive checked, with their ids: the bulk writer inserts them without the change tracker's cost,
        // and each record's audit entry beside it, in the same transaction. The next chunk is mapped and its audit
        // values written as JSON on another core while this one is written.
        var writer = new BulkWriter(db);
        Task<(TEntity[] Entities, AuditEntry[] Entries)> Prepare(int start)
        {
            var count = Math.Min(Batch, records.Count - start);
            var firstAuditId = audit.Reserve(count);
            return Task.Run(() =>
            {
                var entities = new TEntity[count];
                var entries = new AuditEntry[count];
                for (var i = 0; i < count; i++)
                {
                    entities[i] = create(records[start + i]);
                    entries[i] = audit.Created(firstAuditId + i, recordType, entities[i].Id, records[start + i]!);
                }
                return (entities, entries);
            }, ct);
        }

        var next = records.Count > 0 ? Prepare(0) : null;
        for (var start = 0; next is not null; start += Batch)
        {
            var (entities, entries) = await next;
            next = start + Batch < records.Count ? Prepare(start + Batch) : null;
            foreach (var entity in entities) writer.Add(entity);
            foreach (var entry in entries) writer.Add(entry);
            await writer.FlushAsync(ct);
            advance(entities.Length);
            laps.Lap($"write {recordType}");
        }
    }

    /// <summary>
    /// One "create" entry per imported record, with the record as the document gives it (children included) for its values.
    /// The bulk writer gives ids only to int keys, so the trail's long ids are counted on here.
    /// </summary>
    private sealed class ImportAudit(string actor, DateTimeOffset at, long nextId)
    {
        private static readonly JsonSerializerOptions Compact = new(ExportDocument.Json) { WriteIndented = false };

        /// <summary>The first of <paramref name="count"/> consecutive ids for entries to come.</summary>
        public long Reserve(int count)
        {
            var first = nextId;
            nextId += count;
            return first;
        }

        public AuditEntry Created(long id, string recordType, int recordId, object record) => new()
        {
            Id = id, At = at, Actor = actor, Action = AuditAction.Create, RecordType = recordType, RecordId = recordId,
            After = JsonSerializer.Serialize(record, record.GetType(), Compact),
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

    /// <summary>Every problem in the document, each named by section, position, id and field.</summary>
    public static Errors Check(AmityDocument document)
    {
        var errors = new Errors();
        if (document.Format != AmityDocument.CurrentFormat) errors.Add("format", $"must be \"{AmityDocument.CurrentFormat}\", not \"{document.Format}\"");

        var organizations = Ids(document.Organizations, o => o.Id, "organizations", errors);
        var relationships = Ids(document.Relationships, r => r.Id, "relationships", errors);
        var people = Ids(document.People, p => p.Id, "people", errors);
        var engagements = Ids(document.Engagements, e => e.Id, "engagements", errors);
        var events = Ids(document.Events, e => e.Id, "events", errors);
        var agreements = Ids(document.Agreements, a => a.Id, "agreements", errors);
        var invitations = Ids(document.Invitations, i => i.Id, "invitations", errors);
        Ids(document.Articles, a => a.Id, "articles", errors);

        void Ref(string at, string field, int? id, HashSet<int> known, string noun)
        {
            if (id is { } value && !known.Contains(value)) errors.Add(at + field, $"refers to {noun} {value}, which the document does not hold");
        }
        void Refs(string at, string field, IEnumerable<int> ids, HashSet<int> known, string noun)
        {
            var list = ids.ToList();
            for (var i = 0; i < list.Count; i++) Ref(at, $"{field}[{i}]", list[i], known, noun);
            foreach (var duplicate in list.GroupBy(x => x).Where(g => g.Count() > 1)) errors.Add(at + field, $"lists {noun} {duplicate.Key} more than once");
        }

        Each(document.Organizations, "organizations", o => o.Id, errors, (o, at) => Ref(at, "parentId", o.ParentId, organizations, "organization"));
        if (document.Organizations.Count(o => o.IsHome) > 1)
            errors.Add("organizations", $"more than one is marked home ({string.Join(", ", document.Organizations.Where(o => o.IsHome).Select(o => o.Id))})");
        CheckParentLoops(document.Organizations, errors);

        Each(document.Relationships, "relationships", r => r.Id, errors, (r, at) => Refs(at, "parties", r.Parties, organizations, "organization"));
        Each(document.People, "people", p => p.Id, errors, (p, at) =>
        {
            var positions = p.Positions ?? [];
            for (var i = 0; i < positions.Count; i++) Ref(at, $"positions[{i}].organizationId", positions[i].OrganizationId, organizations, "organization");
            NestedIds(positions.Select(x => x.Id), at + "positions", errors);
        });
        NestedIdsAcross(document.People.SelectMany(p => p.Positions ?? []).Select(x => x.Id), "people[].positions", errors);
        Each(document.Engagements, "engagements", e => e.Id, errors, (e, at) =>
        {
            errors.AddRange(EngagementsApi.CheckShape(e), at);
            Ref(at, "hostOrganizationId", e.HostOrganizationId, organizations, "organization");
            Refs(at, "participants", e.Participants.Select(p => p.PersonId), people, "person");
            for (var i = 0; i < e.Participants.Count; i++) Ref(at, $"participants[{i}].organizationId", e.Participants[i].OrganizationId, organizations, "organization");
        });
        Each(document.Events, "events", e => e.Id, errors, (e, at) =>
        {
            errors.AddRange(EventsApi.CheckShape(e), at);
            Refs(at, "organizations", e.Organizations.Select(o => o.OrganizationId), organizations, "organization");
        });
        Each(document.Agreements, "agreements", a => a.Id, errors, (a, at) =>
        {
            Refs(at, "parties", a.Parties, organizations, "organization");
            Refs(at, "signatories", a.Signatories.Select(s => s.PersonId), people, "person");
            for (var i = 0; i < a.Signatories.Count; i++) Ref(at, $"signatories[{i}].organizationId", a.Signatories[i].OrganizationId, organizations, "organization");
            Ref(at, "engagementId", a.EngagementId, engagements, "engagement");
            var commitments = a.Commitments ?? [];
            for (var i = 0; i < commitments.Count; i++) Ref(at, $"commitments[{i}].ownerOrganizationId", commitments[i].OwnerOrganizationId, organizations, "organization");
        });
        NestedIdsAcross(document.Agreements.SelectMany(a => a.Commitments ?? []).Select(c => c.Id), "agreements[].commitments", errors);
        NestedIdsAcross(document.Agreements.SelectMany(a => a.Commitments ?? []).SelectMany(c => c.Notes).Select(n => n.Id), "agreements[].commitments[].notes", errors);
        Each(document.Invitations, "invitations", i => i.Id, errors, (inv, at) =>
        {
            errors.AddRange(InvitationsApi.CheckShape(inv), at);
            Ref(at, "fromPersonId", inv.FromPersonId, people, "person");
            Ref(at, "fromOrganizationId", inv.FromOrganizationId, organizations, "organization");
            Ref(at, "toPersonId", inv.ToPersonId, people, "person");
            Ref(at, "toOrganizationId", inv.ToOrganizationId, organizations, "organization");
            Ref(at, "eventId", inv.EventId, events, "event");
            Ref(at, "engagementId", inv.EngagementId, engagements, "engagement");
        });
        Each(document.Articles, "articles", a => a.Id, errors, (a, at) =>
        {
            for (var i = 0; i < a.Links.Count; i++)
            {
                var link = a.Links[i];
                var known = link.Type switch
                {
                    LinkedRecord.Organization => organizations, LinkedRecord.Relationship => relationships, LinkedRecord.Person => people,
                    LinkedRecord.Engagement => engagements, LinkedRecord.Agreement => agreements, LinkedRecord.Invitation => invitations, _ => events,
                };
                Ref(at, $"links[{i}].id", link.Id, known, EnumText.Of(link.Type));
            }
        });
        return errors;
    }

    private static void Each<T>(List<T> records, string section, Func<T, int?> id, Errors errors, Action<T, string> check) where T : class
    {
        // Each record's own rules depend on no other record, so they are checked on every core; the errors keep the document's order.
        var own = new Errors?[records.Count];
        Parallel.For(0, records.Count, i => own[i] = records[i] is { } record ? RecordValidator.Validate(record) : null);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is null)
            {
                errors.Add($"{section}[{i}]", "is null");
                continue;
            }
            var at = $"{section}[{i}] (id {id(records[i])}).";
            errors.AddRange(own[i]!, at);
            check(records[i], at);
        }
    }

    private static HashSet<int> Ids<T>(List<T> records, Func<T, int?> id, string section, Errors errors) where T : class
    {
        var seen = new HashSet<int>();
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is null) continue;
            if (id(records[i]) is not { } value) errors.Add($"{section}[{i}].id", "is required: records in a document refer to each other by id");
            else if (value <= 0) errors.Add($"{section}[{i}].id", "must be a positive whole number");
            else if (!seen.Add(value)) errors.Add($"{section}[{i}].id", $"{value} is used by another record in {section}");
        }
        return seen;
    }

    private static void NestedIds(IEnumerable<int?> ids, string at, Errors errors)
    {
        foreach (var duplicate in ids.OfType<int>().GroupBy(x => x).Where(g => g.Count() > 1)) errors.Add(at, $"id {duplicate.Key} is used more than once");
    }

    private static void NestedIdsAcross(IEnumerable<int?> ids, string at, Errors errors)
    {
        var list = ids.ToList();
        if (list.Any(i => i is not null) && list.Any(i => i is null)) errors.Add(at, "either every one has an id or none has");
        NestedIds(list, at, errors);
    }

    private static void CheckParentLoops(List<OrganizationRecord> organizations, Errors errors)
    {
        var byId = organizations.Where(o => o?.Id is not null).GroupBy(o => o.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        foreach (var organization in byId.Values)
        {
            var seen = new HashSet<int>();
            for (OrganizationRecord? current = organization; current?.ParentId is { } parent; current = byId.GetValueOrDefault(parent))
            {
                if (!seen.Add(current.Id!.Value))
                {
                    errors.Add($"organizations (id {organization.Id}).parentId", "leads round in a loop of parents");
                    break;
                }
            }
        }
    }
}
