using System.Globalization;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Audit;

/// <summary>The whole audit trail, newest first, filtered as the API filters it and paged in the database (the trail only grows).</summary>
public sealed class IndexModel(AmityDb db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "type")] public string? RecordType { get; set; }
    [FromQuery(Name = "id")] public string? RecordId { get; set; }
    [FromQuery(Name = "actor")] public string? Actor { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Errors Problems { get; } = new();
    public IReadOnlyList<AuditLine> Lines { get; private set; } = [];
    public int Total { get; private set; }
    public int Current => Math.Max(1, PageNumber ?? 1);
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = new AuditQuery
        {
            RecordType = string.IsNullOrWhiteSpace(RecordType) ? null : RecordType,
            RecordId = Number(RecordId, "id"),
            Actor = Actor,
            From = Day(From, "from"),
            To = Day(To, "to"),
            Page = Current,
            PageSize = PageSize,
        };
        Problems.AddRange(query.Check());
        if (Problems.Any) return;
        var entries = AuditApi.Matching(db, query);
        Total = await entries.CountAsync(ct);
        var page = await entries.Newest().Skip((Current - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Lines = [.. page.Select(AuditLine.Of)];
    }

    private int? Number(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        Problems.Add(field, "must be a whole number");
        return null;
    }

    private DateOnly? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Problems.Add(field, "must be a day written YYYY-MM-DD");
        return null;
    }

    /// <summary>The current filter as a query string, for paging.</summary>
    public string With(int page)
    {
        var pairs = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("type", RecordType); Add("id", RecordId); Add("actor", Actor); Add("from", From); Add("to", To);
        if (page > 1) Add("page", page.ToString(CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "/audit" : "/audit?" + string.Join("&", pairs);
    }
}
