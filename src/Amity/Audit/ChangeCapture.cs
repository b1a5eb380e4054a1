using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amity.Audit;

/// <summary>
/// Turns what the change tracker is about to save into audit entries. <see cref="BeginAsync"/> runs before the save, while
/// the values before the change and deleted rows are still at hand; <see cref="CompleteAsync"/> runs after it, when added
/// rows have their generated ids. Only a row's own property values are recorded, never the graph around it.
/// </summary>
public sealed class ChangeCapture
{
    /// <summary>Values as the database holds them: enums by name, dates as ISO text, collections as arrays.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record Change(EntityEntry Entry, AuditAction Action, (string Type, int Id)? Record, string? Before, string? After);

    private readonly AmityDb _db;
    private readonly List<Change> _changes;

    private ChangeCapture(AmityDb db, List<Change> changes)
    {
        _db = db;
        _changes = changes;
    }

    /// <summary>What the coming save changes in audited records, or null when it changes none.</summary>
    public static async Task<ChangeCapture?> BeginAsync(AmityDb db, CancellationToken ct)
    {
        await LoadOwnedRowsOfDeletedAsync(db, ct);
        var changes = new List<Change>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry || !IsAudited(entry.Metadata)) continue;
            switch (entry.State)
            {
                case EntityState.Added:
                    // Its id, and a new parent's id, exist only after the save.
                    changes.Add(new Change(entry, AuditAction.Create, null, null, null));
                    break;
                case EntityState.Deleted:
                    changes.Add(new Change(entry, AuditAction.Delete, await RecordOfAsync(db, entry, original: true, ct), Values(entry, Recorded(entry.Metadata), original: true), null));
                    break;
                case EntityState.Modified:
                    var changed = Recorded(entry.Metadata)
                        .Where(p => p.Name != nameof(Entity.Version) && !JsonNode.DeepEquals(Value(entry, p, original: true), Value(entry, p, original: false)))
                        .ToList();
                    // A record marked changed only to move its version on (its children changed) has no change of its own to record.
                    if (changed.Count == 0) break;
                    var shown = entry.Metadata.FindPrimaryKey()!.Properties.Concat(changed)
                        .Concat(Recorded(entry.Metadata).Where(p => p.Name == nameof(Entity.Version))).Distinct().ToList();
                    changes.Add(new Change(entry, AuditAction.Update, await RecordOfAsync(db, entry, original: true, ct), Values(entry, shown, original: true), Values(entry, shown, original: false)));
                    break;
            }
        }
        return changes.Count == 0 ? null : new ChangeCapture(db, changes);
    }

    /// <summary>The audit entries for the save that has just happened.</summary>
    public async Task<List<AuditEntry>> CompleteAsync(string actor, DateTimeOffset at, CancellationToken ct)
    {
        var entries = new List<AuditEntry>(_changes.Count);
        foreach (var change in _changes)
        {
            var record = change.Record ?? await RecordOfAsync(_db, change.Entry, original: false, ct);
            if (record is not { } r) continue;
            entries.Add(new AuditEntry
            {
                At = at, Actor = actor, Action = change.Action, RecordType = r.Type, RecordId = r.Id,
                Part = AuditedRecords.Names.ContainsKey(change.Entry.Metadata.ClrType) ? null : PartName(change.Entry.Metadata),
                Before = change.Before,
                After = change.Action == AuditAction.Create ? Values(change.Entry, Recorded(change.Entry.Metadata), original: false) : change.After,
            });
        }
        return entries;
    }

    /// <summary>A record type, or a row that a record owns (deleted with it), however deep: a progress note belongs to a commitment of an agreement.</summary>
    private static bool IsAudited(IEntityType type) =>
        AuditedRecords.Names.ContainsKey(type.ClrType) || (OwnerKey(type) is { } owner && IsAudited(owner.PrincipalEntityType));

    private static IForeignKey? OwnerKey(IEntityType type) =>
        type.GetForeignKeys().FirstOrDefault(f => f.DeleteBehavior == DeleteBehavior.Cascade && f.PrincipalToDependent is { IsCollection: true }
                                                  && f.PrincipalEntityType != type);

    /// <summary>
    /// The database would delete a deleted record's owned rows (a person's posts, an agreement's commitments and their notes)
    /// by cascade, unseen; loading them first makes their deletion part of the save, so that the trail records it too.
    /// </summary>
    private static async Task LoadOwnedRowsOfDeletedAsync(AmityDb db, CancellationToken ct)
    {
        var deleted = new Queue<EntityEntry>(db.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && IsAudited(e.Metadata)));
        while (deleted.TryDequeue(out var entry))
        {
            foreach (var navigation in entry.Metadata.GetNavigations().Where(n => n.IsCollection && !n.IsOnDependent && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade))
            {
                var collection = entry.Collection(navigation.Name);
                if (!collection.IsLoaded) await collection.LoadAsync(ct);
                foreach (var child in collection.CurrentValue?.Cast<object>().ToList() ?? [])
                {
                    var childEntry = db.Entry(child);
                    if (childEntry.State != EntityState.Deleted) childEntry.State = EntityState.Deleted;
                    deleted.Enqueue(childEntry);
                }
            }
        }
    }

    private static async Task<(string Type, int Id)?> RecordOfAsync(AmityDb db, EntityEntry entry, bool original, CancellationToken ct)
    {
        var type = entry.Metadata;
        if (AuditedRecords.Names.TryGetValue(type.ClrType, out var name))
            return (name, (int)Raw(entry, type.FindPrimaryKey()!.Properties[0], original)!);
        if (OwnerKey(type) is not { } owner) return null;
        var ownerKey = owner.Properties.Select(p => Raw(entry, p, original)).ToArray();
        if (AuditedRecords.Names.TryGetValue(owner.PrincipalEntityType.ClrType, out var ownerName)) return (ownerName, (int)ownerKey[0]!);
        var ownerEntry = await FindEntryAsync(db, owner.PrincipalEntityType, ownerKey, ct);
        return ownerEntry is null ? null : await RecordOfAsync(db, ownerEntry, original, ct);
    }

    /// <summary>The owner's entry: tracked already (deleted rows are only there), or read from the database.</summary>
    private static async Task<EntityEntry?> FindEntryAsync(AmityDb db, IEntityType type, object?[] key, CancellationToken ct)
    {
        var keyProperties = type.FindPrimaryKey()!.Properties;
        foreach (var candidate in db.ChangeTracker.Entries())
        {
            if (candidate.Metadata != type) continue;
            if (keyProperties.Select((p, i) => Equals(candidate.Property(p.Name).CurrentValue, key[i])).All(x => x)) return candidate;
        }
        var found = await db.FindAsync(type.ClrType, key, ct);
        return found is null ? null : db.Entry(found);
    }

    private static string PartName(IEntityType type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.ClrType.Name);

    private static object? Raw(EntityEntry entry, IProperty property, bool original) =>
        original ? entry.Property(property.Name).OriginalValue : entry.Property(property.Name).CurrentValue;

    // A sort key is derived from the name, which the trail already records.
    private static IEnumerable<IProperty> Recorded(IEntityType type) => type.GetProperties().Where(p => p.Name != nameof(Partners.Organization.SortKey));

    private static JsonNode? Value(EntityEntry entry, IProperty property, bool original) =>
        JsonSerializer.SerializeToNode(Raw(entry, property, original), Json);

    private static string Values(EntityEntry entry, IEnumerable<IProperty> properties, bool original)
    {
        var values = new JsonObject();
        foreach (var property in properties) values[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Value(entry, property, original);
        return values.ToJsonString(Json);
    }
}
