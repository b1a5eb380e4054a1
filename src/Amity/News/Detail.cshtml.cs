using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.News;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : PageModel
{
    public Article Article { get; private set; } = null!;
    public List<NewsLinks.Linked> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        // Anyone may read published news; an article dated in the future is not published yet, and only readers with a role see it.
        var today = clock.Date();
        if (!Amity.Accounts.Roles.CanRead(User) && !await db.Articles.AnyAsync(a => a.Id == id && a.PublishedOn <= today, ct))
            return NotFound();
        // Counted in one statement, so concurrent readers never lose a view; it leaves the version alone, so an editor's save is not refused for it.
        if (await db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewCount, a => a.ViewCount + 1), ct) == 0)
            return NotFound();
        Article = await db.Articles.AsNoTracking().FirstAsync(a => a.Id == id, ct);
        Links = await NewsLinks.ForAsync(db, id, ct);
        return Page();
    }
}
