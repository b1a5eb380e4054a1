using System.Globalization;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Amity.Shared;

/// <summary>One row of a list page: the link to the record and the cells as text (the same text the CSV and XLSX exports hold).</summary>
public sealed record ListRow(string Href, IReadOnlyList<string> Cells);

/// <summary>
/// What every list page shares: the filter (text, kind, dates, as the API's list takes them), an order that sorts names in
/// any script sensibly, paging, and export of the whole filtered list as CSV or XLSX.
/// </summary>
public abstract class ListPage : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "kind")] public string? Kind { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    [FromQuery(Name = "to")] public string? To { get; set; }
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    /// <summary>Only records involving this organization or person: a record page's "All engagements" links here.</summary>
    [FromQuery(Name = "organization")] public int? Organization { get; set; }
    [FromQuery(Name = "person")] public int? Person { get; set; }

    public IReadOnlyList<string> Headers { get; protected set; } = [];
    public IReadOnlyList<ListRow> Rows { get; private set; } = [];
    public Errors Problems { get; } = new();

    public abstract string Title { get; }
    public abstract string NewHref { get; }
    /// <summary>The base name of exported files ("partners.csv").</summary>
    public abstract string ExportName { get; }
    public virtual IEnumerable<SelectListItem>? Kinds => null;
    public virtual string KindLabel => "Kind";
    public virtual bool HasDates => true;

    public int Current => Math.Max(1, PageNumber ?? 1);
    /// <summary>How many records the filter finds, all pages together.</summary>
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IEnumerable<ListRow> Shown => _paged ? Rows : Rows.Skip((Current - 1) * PageSize).Take(PageSize);
    private bool _paged;

    /// <summary>The rows for the filter, already in display order (the exports take them all).</summary>
    protected abstract Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct);

    /// <summary>
    /// Just the rows of one page and the total, read in SQL, for lists that run to hundreds of thousands at national scale;
    /// null when the list reads all its rows and pages them here.
    /// </summary>
    protected virtual Task<(List<ListRow> Rows, int Total)?> LoadPageAsync(ListQuery query, int page, CancellationToken ct) =>
        Task.FromResult<(List<ListRow> Rows, int Total)?>(null);

    /// <summary>The names of just the organizations a page shows (a register holds tens of thousands).</summary>
    protected static async Task<Func<int?, string>> OrganizationNamesAsync(AmityDb db, IEnumerable<int?> ids, CancellationToken ct)
    {
        List<int> wanted = [.. ids.OfType<int>().Distinct()];
        var names = wanted.Count == 0 ? [] : await db.Organizations.AsNoTracking().Where(o => EF.Parameter(wanted).Contains(o.Id))
            .Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return id => id is { } i && names.TryGetValue(i, out var name) ? name : "";
    }

    protected ListQuery Query()
    {
        DateOnly? Parse(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Problems.Add(field, "must be a day written YYYY-MM-DD");
            return null;
        }
        var query = new ListQuery { Q = Q, Kind = Kind, From = Parse(From, "from"), To = Parse(To, "to"), Organization = Organization, Person = Person };
        Problems.AddRange(query.Check());
        return query;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var query = Query();
        if (Problems.Any) Rows = [];
        else if (await LoadPageAsync(query, Current, ct) is { } page)
        {
            (Rows, Total, _paged) = (page.Rows, page.Total, true);
            return Page();
        }
        else Rows = await LoadAsync(query, ct);
        Total = Rows.Count;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var query = Query();
        if (Problems.Any) return BadRequest(Problems.ToString());
        var rows = await LoadAsync(query, ct);
        return Reports.Export.Csv(Headers, rows, ExportName);
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var query = Query();
        if (Problems.Any) return BadRequest(Problems.ToString());
        var rows = await LoadAsync(query, ct);
        return Reports.Export.Xlsx(Headers, rows, ExportName, Title);
    }

    /// <summary>The current filter as a query string, for export links and paging.</summary>
    public string With(string? handler = null, int? page = null)
    {
        var pairs = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add($"{name}={Uri.EscapeDataString(value)}"); }
        Add("handler", handler);
        Add("q", Q); Add("kind", Kind); Add("from", From); Add("to", To);
        Add("organization", Organization?.ToString(CultureInfo.InvariantCulture)); Add("person", Person?.ToString(CultureInfo.InvariantCulture));
        if (page is > 1) Add("page", page.Value.ToString(CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }
}

/// <summary>
/// A list page over one table that reads in SQL only the page it shows, and its total: lists run to hundreds of thousands of
/// records at national scale. The exports still take every match, in the same order.
/// </summary>
public abstract class ListPage<T> : ListPage where T : Entity
{
    /// <summary>The records the filter finds, unordered; null when the filter could not be read (the problems say why).</summary>
    protected abstract IQueryable<T>? Matching(ListQuery query);

    /// <summary>The list's order, ending on the id so that it is total.</summary>
    protected abstract IOrderedQueryable<T> Ordered(IQueryable<T> matching);

    /// <summary>The rows of these records, in the order of the ids.</summary>
    protected abstract Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct);

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct) =>
        Matching(query) is { } matching && !Problems.Any ? await RowsAsync(await Ordered(matching).Select(r => r.Id).ToListAsync(ct), ct) : [];

    protected override async Task<(List<ListRow> Rows, int Total)?> LoadPageAsync(ListQuery query, int page, CancellationToken ct)
    {
        if (Matching(query) is not { } matching || Problems.Any) return ([], 0);
        var total = await matching.CountAsync(ct);
        var ids = await Ordered(matching).Skip((page - 1) * PageSize).Take(PageSize).Select(r => r.Id).ToListAsync(ct);
        return (await RowsAsync(ids, ct), total);
    }

    /// <summary>Records read by id, put back in the order of the ids.</summary>
    protected static List<TRow> InOrder<TRow>(IEnumerable<TRow> records, List<int> ids, Func<TRow, int> id)
    {
        var position = ids.Select((value, index) => (value, index)).ToDictionary(p => p.value, p => p.index);
        return [.. records.OrderBy(r => position[id(r)])];
    }
}
