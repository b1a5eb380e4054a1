using Amity.Data;
using Amity.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Amity.News;

public sealed class EditModel(AmityDb db, IStringLocalizer<Text> t, TimeProvider clock) : FormPage
{
    public sealed class Form
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public DateOnly? PublishedOn { get; set; }
        public string? Source { get; set; }
        public List<LinkForm> Links { get; set; } = [];
        public int? Version { get; set; }
    }

    public sealed class LinkForm
    {
        public LinkedRecord Type { get; set; }
        public int? Id { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [FromRoute] public int? Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var a = await db.Articles.AsNoTracking().Include(x => x.Links).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (a is null) return NotFound();
            var record = a.AsRecord();
            Input = new Form
            {
                Title = a.Title, Body = a.Body, PublishedOn = a.PublishedOn, Source = a.Source, Version = a.Version,
                Links = [.. record.Links.Select(l => new LinkForm { Type = l.Type, Id = l.Id })],
            };
        }
        else Input.PublishedOn = clock.Date();
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var kept = Kept(Input.Links, l => l.Id is not null);
        if (Input.PublishedOn is null && ModelState.IsValid) ModelState.AddModelError("Input.PublishedOn", t["is required"]);
        // The count moves with every reader, so the form carries the count as it is now, not as it was when the form was opened.
        var views = Id is { } current ? await db.Articles.Where(a => a.Id == current).Select(a => a.ViewCount).FirstOrDefaultAsync(ct) : 0;
        var record = new ArticleRecord
        {
            Title = Input.Title ?? "", Body = Input.Body ?? "", PublishedOn = Input.PublishedOn ?? default, Source = Blank(Input.Source), ViewCount = views,
            Version = Input.Version, Links = [.. kept.Select(i => Input.Links[i]).Select(l => new ArticleLinkInput { Type = l.Type, Id = l.Id!.Value })],
        };
        if (ModelState.IsValid)
        {
            var result = Id is { } id ? (await ArticlesApi.Update(id, record, db, ct)).Result : (await ArticlesApi.Create(record, db, ct)).Result;
            if (!Absorb(result, Rows("links", kept)))
            {
                var saved = result is Created<ArticleRecord> created ? created.Value! : ((Ok<ArticleRecord>)result).Value!;
                Saved(t["Saved."]);
                return Redirect($"/news/{saved.Id}");
            }
        }
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is not { } id) return NotFound();
        if (!Absorb((await ArticlesApi.Delete(id, db, ct)).Result))
        {
            Saved(t["Deleted."]);
            return Redirect("/news");
        }
        Pad();
        return Page();
    }

    private void Pad()
    {
        while (Input.Links.Count(l => l.Id is null) < 3) Input.Links.Add(new LinkForm());
    }
}
