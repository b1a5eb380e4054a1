using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Search;

/// <summary>
/// The search box: the same full-text search as GET /api/v1/search (any substring, in any script), its results grouped by
/// the kind of record, each linking to its page.
/// </summary>
public sealed class IndexModel(AmityDb db) : PageModel
{
    public sealed record Hit(string Kind, string Name, string? Native, string Href, string? Snippet);

    /// <summary>The groups in the order the page shows them, with their headings.</summary>
    public static readonly (string Type, string Heading)[] Groups =
        [("organization", "Partners"), ("person", "People"), ("agreement", "Agreements"), ("commitment", "Commitments"), ("article", "News")];

    [FromQuery(Name = "q")] public string? Q { get; set; }
    public List<Hit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Q)) return;
        var text = Q.Trim();
        if (text.Length > 200) text = text[..200];
        var found = await SearchApi.FindAsync(db, text, null, SearchApi.MaxResults, ct);
        // Names in their own script, shown beside the Latin one, for just the partners and people found.
        var organizationIds = found.Where(h => h.Type == "organization").Select(h => h.Id).ToList();
        var aliases = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).Select(o => new { o.Id, o.Aliases }).ToDictionaryAsync(o => o.Id, o => o.Aliases, ct);
        var personIds = found.Where(h => h.Type == "person").Select(h => h.Id).ToList();
        var natives = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).Select(p => new { p.Id, p.NativeName }).ToDictionaryAsync(p => p.Id, p => p.NativeName, ct);
        Hits =
        [
            .. Groups.SelectMany(g => found.Where(h => h.Type == g.Type).Select(h => h.Type switch
            {
                "organization" => new Hit(g.Heading, h.Title, aliases.GetValueOrDefault(h.Id)?.FirstOrDefault(a => Names.Lang(a) is not null), $"/partners/{h.Id}", null),
                "person" => new Hit(g.Heading, h.Title, natives.GetValueOrDefault(h.Id), $"/people/{h.Id}", null),
                "agreement" => new Hit(g.Heading, h.Title, null, $"/agreements/{h.Id}", null),
                "commitment" => new Hit(g.Heading, h.Title, null, $"/agreements/{h.ParentId}", null),
                _ => new Hit(g.Heading, h.Title, null, $"/news/{h.Id}", h.Snippet),
            })),
        ];
    }
}
