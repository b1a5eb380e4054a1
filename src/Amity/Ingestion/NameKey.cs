using Amity.Data;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Ingestion;

/// <summary>
/// One of the <see cref="NameKeys"/> of a person's or an organization's names, so that ingestion reads only the records whose
/// names an article mentions. Kept by every save (<see cref="NameIndex.TrackAsync"/>) and by the bulk writer; a row with the
/// empty key marks a record whose keys are still to be computed (what the migration leaves for records made before it).
/// </summary>
public sealed class NameKey
{
    public const string Pending = "";

    public int Id { get; set; }
    public required string Key { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? OrganizationId { get; set; }
    public Organization? Organization { get; set; }
}

internal sealed class NameKeyConfiguration : IEntityTypeConfiguration<NameKey>
{
    public void Configure(EntityTypeBuilder<NameKey> builder)
    {
        builder.ToTable("NameKeys");
        // No collection on the record's side: the keys are an index, not a part of the record, so neither the audit trail
        // nor the export sees them; the database deletes them with their record.
        builder.HasOne(k => k.Person).WithMany().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(k => k.Organization).WithMany().HasForeignKey(k => k.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // The lookup reads key and owner from the index alone.
        builder.HasIndex(k => new { k.Key, k.PersonId, k.OrganizationId });
        builder.HasIndex(k => k.PersonId);
        builder.HasIndex(k => k.OrganizationId);
    }
}

/// <summary>Computes and keeps the name keys of people and organizations.</summary>
public static class NameIndex
{
    public static IEnumerable<string> NamesOf(Person person) => person.Aliases.Append(person.Name).Append(person.NativeName ?? "");

    public static IEnumerable<string> NamesOf(Organization organization) => organization.Aliases.Append(organization.Name);

    public static HashSet<string> KeysOf(IEnumerable<string> names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names) keys.UnionWith(NameKeys.Of(name));
        keys.Remove(NameKey.Pending);
        return keys;
    }

    /// <summary>The key rows of records about to be written by the bulk writer, whose ids are set.</summary>
    public static IEnumerable<NameKey> RowsOf(object record) => record switch
    {
        Person p => KeysOf(NamesOf(p)).Select(k => new NameKey { Key = k, PersonId = p.Id }),
        Organization o => KeysOf(NamesOf(o)).Select(k => new NameKey { Key = k, OrganizationId = o.Id }),
        _ => [],
    };

    /// <summary>Before a save: new keys for every person or organization added or renamed in it (the database drops a deleted record's keys).</summary>
    public static async Task TrackAsync(AmityDb db, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.Entity is Person or Organization && (e.State == EntityState.Added || (e.State == EntityState.Modified && NamesChanged(e))))
            .ToList();
        foreach (var entry in changed)
        {
            if (entry.State == EntityState.Modified)
            {
                var id = ((Entity)entry.Entity).Id;
                db.NameKeys.RemoveRange(entry.Entity is Person
                    ? await db.NameKeys.Where(k => k.PersonId == id).ToListAsync(ct)
                    : await db.NameKeys.Where(k => k.OrganizationId == id).ToListAsync(ct));
            }
            // Through the navigation, so that a new record's keys get its id when the save gives it one.
            if (entry.Entity is Person person)
                db.NameKeys.AddRange(KeysOf(NamesOf(person)).Select(k => new NameKey { Key = k, Person = person }));
            else if (entry.Entity is Organization organization)
                db.NameKeys.AddRange(KeysOf(NamesOf(organization)).Select(k => new NameKey { Key = k, Organization = organization }));
        }
    }

    private static bool NamesChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Properties.Any(p => p.Metadata.Name is nameof(Person.Name) or nameof(Person.NativeName) or nameof(Person.Aliases) && p.IsModified);

    /// <summary>Computes the keys of records that have only the pending mark (those made before the keys existed), once.</summary>
    public static async Task FillPendingAsync(AmityDb db, CancellationToken ct)
    {
        if (!await db.NameKeys.AnyAsync(k => k.Key == NameKey.Pending, ct)) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            var people = await db.People.AsNoTracking().Where(p => db.NameKeys.Any(k => k.Key == NameKey.Pending && k.PersonId == p.Id)).ToListAsync(ct);
            var organizations = await db.Organizations.AsNoTracking().Where(o => db.NameKeys.Any(k => k.Key == NameKey.Pending && k.OrganizationId == o.Id)).ToListAsync(ct);
            var writer = new BulkWriter(db);
            foreach (var row in people.SelectMany(RowsOf).Concat(organizations.SelectMany(RowsOf))) writer.Add(row);
            await writer.FlushAsync(ct);
            // The bulk writer numbers rows itself; PostgreSQL's identity must move past them for the saves that follow.
            if (db.Provider == DatabaseProvider.Postgres) await Exchange.ImportDocument.AdvanceIdentitiesAsync(db, ct);
            await db.NameKeys.Where(k => k.Key == NameKey.Pending).ExecuteDeleteAsync(ct);
            if (transaction is not null) await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
