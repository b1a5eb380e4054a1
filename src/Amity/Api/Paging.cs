using System.ComponentModel;

namespace Amity.Api;

/// <summary>One page of a list, with the total so a client can page through all of it.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>The filters every list takes; each list reads those that apply to its records.</summary>
public sealed record ListQuery
{
    [Description("Text to find in names, aliases and other text of the record.")]
    public string? Q { get; init; }
    [Description("The record's kind, as the record type names them.")]
    public string? Kind { get; init; }
    [Description("Only records dated on or after this day (YYYY-MM-DD); partial dates count when their span reaches it.")]
    public DateOnly? From { get; init; }
    [Description("Only records dated on or before this day (YYYY-MM-DD).")]
    public DateOnly? To { get; init; }
    [Description("Only records involving this organization id.")]
    public int? Organization { get; init; }
    [Description("Only records involving this person id.")]
    public int? Person { get; init; }
    [Description("Page number, from 1.")]
    public int? Page { get; init; }
    [Description("Records per page, 1 to 200; 50 by default.")]
    public int? PageSize { get; init; }

    public const int MaxPageSize = 200;

    public int PageNumber => Math.Max(1, Page ?? 1);
    public int Size => Math.Clamp(PageSize ?? 50, 1, MaxPageSize);
    public string? Text => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim().ToLowerInvariant();

    /// <summary>The problems with the query itself, keyed by parameter name.</summary>
    public Errors Check()
    {
        var errors = new Errors();
        if (Page is < 1) errors.Add("page", "must be 1 or more");
        if (PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"must be between 1 and {MaxPageSize}");
        if (From is not null && To is not null && From > To) errors.Add("from", "must not be after 'to'");
        return errors;
    }

    /// <summary>Parses <see cref="Kind"/> into the record type's kind enum, naming the allowed values when it is not one.</summary>
    public TEnum? KindAs<TEnum>(Errors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(Kind)) return null;
        if (EnumText.TryParse<TEnum>(Kind, out var value)) return value;
        errors.Add("kind", $"must be one of {EnumText.Allowed<TEnum>()}");
        return null;
    }
}
