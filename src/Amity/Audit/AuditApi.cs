using System.ComponentModel;
using System.Text.Json;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Audit;

/// <summary>One entry of the trail as the API gives it: the values before and after are JSON objects, not text.</summary>
public sealed record AuditEntryRecord(
    long Id, DateTimeOffset At, string Actor, AuditAction Action, string RecordType, int RecordId, string? RecordKey, string? Part,
    JsonElement? Before, JsonElement? After);

/// <summary>The filters of the trail, for the API and the /audit page alike.</summary>
public sealed record AuditQuery
{
    [Description("Only changes to this kind of record: organization, relationship, person, engagement, agreement, invitation, event, article, token or user.")]
    public string? RecordType { get; init; }
    [Description("Only changes to the record with this id (with recordType).")]
    public int? RecordId { get; init; }
    [Description("Only changes to the user or token with this name (with recordType user or token).")]
    public string? RecordKey { get; init; }
    [Description("Only changes made by this user, token (token:NAME) or command-line user (cli:NAME).")]
    public string? Actor { get; init; }
    [Description("Only changes made on or after this day (YYYY-MM-DD, UTC).")]
    public DateOnly? From { get; init; }
    [Description("Only changes made on or before this day (YYYY-MM-DD, UTC).")]
    public DateOnly? To { get; init; }
    [Description("Page number, from 1.")]
    public int? Page { get; init; }
    [Description("Entries per page, 1 to 200; 50 by default.")]
    public int? PageSize { get; init; }

    public int PageNumber => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? 50, 1, ListQuery.MaxPageSize);


    public Errors Check()
    {
        // Paging and days follow the same rules as every list.
        var errors = new ListQuery { Page = Page, PageSize = PageSize, From = From, To = To }.Check();
        if (RecordType is { } type && !AuditedRecords.Types.Contains(type)) errors.Add("recordType", $"must be one of {string.Join(", ", AuditedRecords.Types)}");
        return errors;
    }
}

/// <summary>The audit trail, read-only: there is no endpoint that changes it, and the database refuses to.</summary>
public static class AuditApi
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/audit").WithTags("Audit");
        group.MapGet("/", List).WithSummary("List the audit trail, newest first: filter by record type and id, actor and days.");
        return group;
    }

    /// <summary>The entries a query selects, unordered: the API and the page share it.</summary>
    public static IQueryable<AuditEntry> Matching(AmityDb db, AuditQuery query)
    {
        var entries = db.AuditTrail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.RecordType)) entries = entries.Where(e => e.RecordType == query.RecordType);
        if (query.RecordId is { } id) entries = entries.Where(e => e.RecordId == id);
        if (!string.IsNullOrEmpty(query.RecordKey)) entries = entries.Where(e => e.RecordKey == query.RecordKey);
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            entries = entries.Where(e => e.Actor == actor);
        }
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }
        if (query.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }
        return entries;
    }

    /// <summary>Newest first; entries of one save share a time, so the id keeps them in the order they were written.</summary>
    public static IQueryable<AuditEntry> Newest(this IQueryable<AuditEntry> entries) => entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    public static async Task<Results<Ok<Page<AuditEntryRecord>>, ValidationProblem>> List([AsParameters] AuditQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        if (errors.Any) return Problems.Invalid(errors);
        var entries = Matching(db, query);
        var total = await entries.CountAsync(ct);
        var items = await entries.Newest().Skip((query.PageNumber - 1) * query.Size).Take(query.Size).ToListAsync(ct);
        return TypedResults.Ok(new Page<AuditEntryRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static AuditEntryRecord AsRecord(this AuditEntry e) =>
        new(e.Id, e.At, e.Actor, e.Action, e.RecordType, e.RecordId, e.RecordKey, e.Part, Parse(e.Before), Parse(e.After));

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
