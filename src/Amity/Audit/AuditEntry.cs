using System.Globalization;
using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Amity.Audit;

/// <summary>
/// One change to one row: who made it, when, and the row's values before and after. A change to a record's child row
/// (a commitment, a post, a participant) is filed under the record it belongs to, with <see cref="Part"/> naming the child.
/// Rows are only ever added: the database refuses to update or delete them. Synthetic benchmark data (<c>./amity synth</c>)
/// is written by the bulk writer without entries, as it is no change anyone made; an import writes one entry per record.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public AuditAction Action { get; set; }
    /// <summary>The API's resource name: organization, person, engagement, agreement, invitation, event, article, relationship; token or user.</summary>
    public required string RecordType { get; set; }
    /// <summary>The record's number; 0 for a user, whose Identity id is text that means nothing to a reader (see <see cref="RecordKey"/>).</summary>
    public int RecordId { get; set; }
    /// <summary>The name of a user or token (their names are unique and never reused); null for the other records.</summary>
    public string? RecordKey { get; set; }
    /// <summary>The child row that changed (commitment, progress-note, position…), or null when the record's own row did.</summary>
    public string? Part { get; set; }
    /// <summary>The row's values before the change as a JSON object: every value for a delete, the changed ones for an update.</summary>
    public string? Before { get; set; }
    /// <summary>The row's values after the change: every value for a create, the changed ones for an update.</summary>
    public string? After { get; set; }
}

public enum AuditAction { Create, Update, Delete }

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.Property(e => e.Actor).HasMaxLength(Lengths.Name);
        builder.Property(e => e.RecordType).HasMaxLength(40);
        builder.Property(e => e.Part).HasMaxLength(40);
        builder.Property(e => e.RecordKey).HasMaxLength(256);
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.Actor);
    }
}

/// <summary>The records the trail files changes under, by the API's resource names, and the page that shows each.</summary>
public static class AuditedRecords
{
    public static readonly IReadOnlyDictionary<Type, string> Names = new Dictionary<Type, string>
    {
        [typeof(Organization)] = "organization", [typeof(Relationship)] = "relationship", [typeof(Person)] = "person",
        [typeof(Engagement)] = "engagement", [typeof(Agreement)] = "agreement", [typeof(Invitation)] = "invitation",
        [typeof(Event)] = "event", [typeof(Article)] = "article",
    };

    /// <summary>Accounts are audited by <see cref="Accounts.AccountAudit"/>, not by the change capture.</summary>
    public static readonly IReadOnlyList<string> Types = [.. Names.Values.Append(Accounts.AccountAudit.Token).Append(Accounts.AccountAudit.User).Order(StringComparer.Ordinal)];

    public static string? PageOf(string type, int id) => type switch
    {
        "organization" => $"/partners/{id}",
        "relationship" => $"/relationships/{id}/edit",
        "person" => $"/people/{id}",
        "engagement" => $"/engagements/{id}",
        "agreement" => $"/agreements/{id}",
        "invitation" => $"/invitations/{id}/edit",
        "event" => $"/events/{id}",
        "article" => $"/news/{id}/edit",
        Accounts.AccountAudit.Token => "/accounts/tokens",
        Accounts.AccountAudit.User => "/accounts/users",
        _ => null,
    };
}

/// <summary>
/// SQLite can neither compare nor order DateTimeOffset values, so there the time is stored as fixed-width UTC text,
/// which sorts and compares as the times do.
/// </summary>
public sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(v => Write(v), v => Read(v))
{
    private const string Format = "yyyy-MM-dd HH:mm:ss.fffffff";

    public static string Write(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string value) =>
        new(DateTime.SpecifyKind(DateTime.ParseExact(value, Format, CultureInfo.InvariantCulture), DateTimeKind.Utc));
}
