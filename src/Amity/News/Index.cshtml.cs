using Amity.Api;
using Amity.Data;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.News;

/// <summary>The public list of published articles (published on or before today), newest first.</summary>
public sealed class IndexModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : ListPage
{
    public override string Title => t["News"];
    public override string NewHref => "/news/new";
    public override string ExportName => "news";

    protected override async Task<List<ListRow>> LoadAsync(ListQuery query, CancellationToken ct)
    {
        Headers = ["Title", "Published", "Source", "Views"];
        var today = clock.Date();
        var articles = await ArticlesApi.Matching(db, query).Where(a => a.PublishedOn <= today)
            .OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.PublishedOn, a.Source, a.ViewCount }).ToListAsync(ct);
        return [.. articles.Select(a => new ListRow($"/news/{a.Id}",
            [a.Title, a.PublishedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Source ?? "", a.ViewCount.ToString(System.Globalization.CultureInfo.InvariantCulture)]))];
    }
}
