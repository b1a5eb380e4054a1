using Amity.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.News;

/// <summary>One article that reports a record, with the sentence it reports it in (where ingestion found one).</summary>
public sealed record RecordSource(int ArticleId, string Title, DateOnly PublishedOn, string? Sentence);

/// <summary>Where a record came from: the news items that report it, each with its sentence. Shown on every record's page.</summary>
public sealed class SourcesViewComponent(AmityDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(LinkedRecord type, int id)
    {
        var links = db.Set<ArticleLink>().AsNoTracking();
        links = type switch
        {
            LinkedRecord.Organization => links.Where(l => l.OrganizationId == id),
            LinkedRecord.Relationship => links.Where(l => l.RelationshipId == id),
            LinkedRecord.Person => links.Where(l => l.PersonId == id),
            LinkedRecord.Engagement => links.Where(l => l.EngagementId == id),
            LinkedRecord.Agreement => links.Where(l => l.AgreementId == id),
            LinkedRecord.Invitation => links.Where(l => l.InvitationId == id),
            _ => links.Where(l => l.EventId == id),
        };
        var rows = await links.Join(db.Articles, l => l.ArticleId, a => a.Id, (l, a) => new { a.Id, a.Title, a.PublishedOn, l.EvidenceStart, l.EvidenceEnd })
            .OrderByDescending(r => r.PublishedOn).Take(20).ToListAsync(HttpContext.RequestAborted);
        var sources = new List<RecordSource>(rows.Count);
        foreach (var r in rows)
        {
            string? sentence = null;
            if (r.EvidenceStart is { } start && r.EvidenceEnd is { } end && end > start)
            {
                // Only the span is read from the body, never the whole article.
                var length = Math.Min(end - start, 1_000);
                sentence = await db.Articles.Where(a => a.Id == r.Id).Select(a => a.Body.Substring(start, length)).FirstOrDefaultAsync(HttpContext.RequestAborted);
            }
            sources.Add(new RecordSource(r.Id, r.Title, r.PublishedOn, sentence?.Trim()));
        }
        return View("/News/Sources.cshtml", sources);
    }
}
