using System.Globalization;
using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.News;

/// <summary>The public list of published articles (published on or before today), newest first.</summary>
public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage<Article>
{
    public override string Title => t["News"];
    public override string NewHref => "/news/new";
    public override string ExportName => "news";

    protected override IQueryable<Article>? Matching(ListQuery query)
    {
        Headers = ["Title", "Published", "Source", "Views"];
        var today = clock.Date();
        return ArticlesApi.Matching(db, query).Where(a => a.PublishedOn <= today);
    }

    protected override IOrderedQueryable<Article> Ordered(IQueryable<Article> matching) => matching.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id);

    protected override async Task<List<ListRow>> RowsAsync(List<int> ids, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.Id))
            .Select(a => new { a.Id, a.Title, a.PublishedOn, a.Source, a.ViewCount }).ToListAsync(ct);
        return [.. InOrder(articles, ids, a => a.Id).Select(a => new ListRow($"/news/{a.Id}",
            [a.Title, a.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Source ?? "", a.ViewCount.ToString(CultureInfo.InvariantCulture)]))];
    }
}
