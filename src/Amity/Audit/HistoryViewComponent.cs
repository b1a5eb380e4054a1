using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Audit;

/// <summary>A record's latest changes, its children's included, with a link to its whole history in the trail. Shown on every record's page.</summary>
public sealed class HistoryViewComponent(AmityDb db) : ViewComponent
{
    public const int Shown = 20;

    public sealed record Model(string RecordType, int RecordId, IReadOnlyList<AuditLine> Lines, int Total);

    public async Task<IViewComponentResult> InvokeAsync(string type, int id)
    {
        var entries = db.AuditTrail.AsNoTracking().Where(e => e.RecordType == type && e.RecordId == id);
        var latest = await entries.Newest().Take(Shown).ToListAsync(HttpContext.RequestAborted);
        var total = latest.Count < Shown ? latest.Count : await entries.CountAsync(HttpContext.RequestAborted);
        return View("/Audit/History.cshtml", new Model(type, id, [.. latest.Select(AuditLine.Of)], total));
    }
}
