using Amity.Agreements;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Search;

/// <summary>The search box: any record by its name or one of its aliases, in any script, through the same filters the API's lists use.</summary>
public sealed class IndexModel(AmityDb db) : PageModel
{
    public sealed record Hit(string Kind, string Name, string? Native, string Href);

    public const int PerKind = 20;

    [FromQuery(Name = "q")] public string? Q { get; set; }
    public List<Hit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        var query = new ListQuery { Q = Q };
        var organizations = await OrganizationsApi.Matching(db, query, null).OrderBy(x => x.Id).Take(PerKind).Select(o => new { o.Id, o.Name, o.Aliases }).ToListAsync(ct);
        var people = await PeopleApi.Matching(db, query).OrderBy(x => x.Id).Take(PerKind).Select(p => new { p.Id, p.Name, p.NativeName }).ToListAsync(ct);
        var engagements = await EngagementsApi.Matching(db, query, null).OrderBy(x => x.Id).Take(PerKind).Select(e => new { e.Id, e.Title, e.Kind, e.Date }).ToListAsync(ct);
        var agreements = await AgreementsApi.Matching(db, query, null).OrderBy(x => x.Id).Take(PerKind).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        var events = await EventsApi.Matching(db, query, null).OrderBy(x => x.Id).Take(PerKind).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var articles = await ArticlesApi.Matching(db, query).OrderBy(x => x.Id).Take(PerKind).Select(a => new { a.Id, a.Title }).ToListAsync(ct);
        Hits =
        [
            .. organizations.OrderBy(o => o.Name, Names.Comparer).Select(o => new Hit("Partners", o.Name, o.Aliases.FirstOrDefault(a => Names.Lang(a) is not null), $"/partners/{o.Id}")),
            .. people.OrderBy(p => p.Name, Names.Comparer).Select(p => new Hit("People", p.Name, p.NativeName, $"/people/{p.Id}")),
            .. engagements.Select(e => new Hit("Engagements", $"{e.Title ?? Show.Words(e.Kind)} ({Show.Date(e.Date)})", null, $"/engagements/{e.Id}")),
            .. agreements.Select(a => new Hit("Agreements", a.Title, null, $"/agreements/{a.Id}")),
            .. events.Select(e => new Hit("Events", e.Name, null, $"/events/{e.Id}")),
            .. articles.Select(a => new Hit("News", a.Title, null, $"/news/{a.Id}")),
        ];
    }
}
