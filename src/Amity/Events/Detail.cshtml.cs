using Amity.Data;
using Amity.Invitations;
using Amity.Partners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Events;

public sealed class DetailModel(AmityDb db) : PageModel
{
    public EventSummary Event { get; private set; } = null!;
    public OrganizationTree Tree { get; private set; } = null!;
    public List<InvitationSummary> Invitations { get; private set; } = [];
    public List<(int Id, string Title, DateOnly PublishedOn)> News { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var e = (await EventSummary.QueryAsync(db, x => x.Id == id, ct)).FirstOrDefault();
        if (e is null) return NotFound();
        Event = e;
        Tree = await OrganizationTree.LoadAsync(db, ct);
        Invitations = await InvitationSummary.QueryAsync(db, i => i.EventId == id, ct);
        News = [.. (await db.Articles.AsNoTracking().Where(a => a.Links.Any(l => l.EventId == id)).OrderByDescending(a => a.PublishedOn)
            .Select(a => new { a.Id, a.Title, a.PublishedOn }).ToListAsync(ct)).Select(a => (a.Id, a.Title, a.PublishedOn))];
        return Page();
    }
}
