using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Amity.Agreements;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.Partners;
using Amity.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.News;

public sealed record ArticleRecord
{
    /// <summary>Set on records read back; leave it out on create. On update it may be sent back and must match the address.</summary>
    [JsonPropertyOrder(-1)] public int? Id { get; init; }
    [Required, StringLength(Lengths.Name * 2)] public required string Title { get; init; }
    [Required, StringLength(Lengths.Body)] public required string Body { get; init; }
    public required DateOnly PublishedOn { get; init; }
    [StringLength(Lengths.Name * 2)] public string? Source { get; init; }
    [Range(0, int.MaxValue)] public int ViewCount { get; init; }
    /// <summary>The records the article reports.</summary>
    public List<ArticleLinkInput> Links { get; init; } = [];
    public int? Version { get; init; }
}

/// <summary>A record an article reports, named by its type and id: {"type": "agreement", "id": 3}.</summary>
public sealed record ArticleLinkInput
{
    public required LinkedRecord Type { get; init; }
    public required int Id { get; init; }
    /// <summary>Where in the body the article reports the record (character offsets), when known.</summary>
    [Range(0, int.MaxValue)] public int? EvidenceStart { get; init; }
    [Range(0, int.MaxValue)] public int? EvidenceEnd { get; init; }
}

public enum LinkedRecord { Organization, Relationship, Person, Engagement, Agreement, Invitation, Event }

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/articles").WithTags("News");
        group.MapGet("/", List).WithSummary("List news articles, latest first: filter by text, publication date, and a linked organization or person.");
        group.MapGet("/{id:int}", Get).WithSummary("Get one article with the records it reports.");
        group.MapPost("/", Create).WithSummary("Add a news article.");
        group.MapPut("/{id:int}", Update).WithSummary("Update an article; send the version you read.");
        group.MapDelete("/{id:int}", Delete).WithSummary("Delete an article; the records it reports stay.");
        return group;
    }

    public static ArticleRecord AsRecord(this Article a) => new()
    {
        Id = a.Id, Version = a.Version, Title = a.Title, Body = a.Body, PublishedOn = a.PublishedOn, Source = a.Source, ViewCount = a.ViewCount,
        Links = [.. a.Links.Select(AsInput).OrderBy(l => l.Type).ThenBy(l => l.Id)],
    };

    private static ArticleLinkInput AsInput(ArticleLink l)
    {
        var (type, id) = l.OrganizationId is { } o ? (LinkedRecord.Organization, o)
            : l.RelationshipId is { } r ? (LinkedRecord.Relationship, r)
            : l.PersonId is { } p ? (LinkedRecord.Person, p)
            : l.EngagementId is { } e ? (LinkedRecord.Engagement, e)
            : l.AgreementId is { } g ? (LinkedRecord.Agreement, g)
            : l.InvitationId is { } i ? (LinkedRecord.Invitation, i)
            : (LinkedRecord.Event, l.EventId ?? 0);
        return new() { Type = type, Id = id, EvidenceStart = l.EvidenceStart, EvidenceEnd = l.EvidenceEnd };
    }

    private static ArticleLink AsLink(ArticleLinkInput input)
    {
        var link = new ArticleLink { EvidenceStart = input.EvidenceStart, EvidenceEnd = input.EvidenceEnd };
        switch (input.Type)
        {
            case LinkedRecord.Organization: link.OrganizationId = input.Id; break;
            case LinkedRecord.Relationship: link.RelationshipId = input.Id; break;
            case LinkedRecord.Person: link.PersonId = input.Id; break;
            case LinkedRecord.Engagement: link.EngagementId = input.Id; break;
            case LinkedRecord.Agreement: link.AgreementId = input.Id; break;
            case LinkedRecord.Invitation: link.InvitationId = input.Id; break;
            default: link.EventId = input.Id; break;
        }
        return link;
    }

    public static void ApplyTo(this ArticleRecord input, Article a)
    {
        a.Title = input.Title.Trim();
        a.Body = input.Body;
        a.PublishedOn = input.PublishedOn;
        a.Source = input.Source;
        a.ViewCount = input.ViewCount;
        var wanted = input.Links.Distinct().ToList();
        a.Links.RemoveAll(l => !wanted.Contains(AsInput(l)));
        foreach (var link in wanted.Where(w => !a.Links.Select(AsInput).Contains(w))) a.Links.Add(AsLink(link));
    }

    /// <summary>The records a list query selects, unordered: the API's list and the pages share it.</summary>
    public static IQueryable<Article> Matching(AmityDb db, ListQuery query)
    {
        var articles = db.Articles.AsNoTracking();
        if (query.Text is { } q) articles = articles.Where(a => a.Title.ToLower().Contains(q) || a.Body.ToLower().Contains(q));
        if (query.Organization is { } org) articles = articles.Where(a => a.Links.Any(l => l.OrganizationId == org));
        if (query.Person is { } person) articles = articles.Where(a => a.Links.Any(l => l.PersonId == person));
        if (query.From is { } from) articles = articles.Where(a => a.PublishedOn >= from);
        if (query.To is { } to) articles = articles.Where(a => a.PublishedOn <= to);
        return articles;
    }

    public static async Task<Results<Ok<Page<ArticleRecord>>, ValidationProblem>> List([AsParameters] ListQuery query, AmityDb db, CancellationToken ct)
    {
        var errors = query.Check();
        if (errors.Any) return Problems.Invalid(errors);

        var articles = Matching(db, query);

        var total = await articles.CountAsync(ct);
        var items = await articles.OrderByDescending(a => a.PublishedOn).ThenByDescending(a => a.Id)
            .Skip((query.PageNumber - 1) * query.Size).Take(query.Size).Include(a => a.Links).ToListAsync(ct);
        return TypedResults.Ok(new Page<ArticleRecord>([.. items.Select(AsRecord)], query.PageNumber, query.Size, total));
    }

    public static async Task<Results<Ok<ArticleRecord>, ProblemHttpResult>> Get(int id, AmityDb db, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Links).FirstOrDefaultAsync(a => a.Id == id, ct);
        return article is null ? Problems.NotFound("article", id) : TypedResults.Ok(article.AsRecord());
    }

    public static async Task<Results<Created<ArticleRecord>, ValidationProblem>> Create(ArticleRecord input, AmityDb db, CancellationToken ct)
    {
        var errors = Problems.ForCreate(input, input.Id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        var article = new Article { Title = input.Title, Body = input.Body };
        input.ApplyTo(article);
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/articles/{article.Id}", article.AsRecord());
    }

    public static async Task<Results<Ok<ArticleRecord>, ValidationProblem, ProblemHttpResult>> Update(int id, ArticleRecord input, AmityDb db, CancellationToken ct)
    {
        var article = await db.Articles.Include(a => a.Links).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return Problems.NotFound("article", id);
        var errors = Problems.ForUpdate(input, input.Id, input.Version, id);
        errors.AddRange(await CheckAsync(db, input, ct));
        if (errors.Any) return Problems.Invalid(errors);
        if (article.Version != input.Version) return Problems.Stale("Article", id, input.Version!.Value, article.Version);

        input.ApplyTo(article);
        if (await Saving.SaveUpdateAsync(db, article, "Article", input.Version!.Value, ct) is { } conflict) return conflict;
        return TypedResults.Ok(article.AsRecord());
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(int id, AmityDb db, CancellationToken ct) =>
        Saving.DeleteAsync<Article>(db, id, "Article", ct);

    private static async Task<Errors> CheckAsync(AmityDb db, ArticleRecord input, CancellationToken ct)
    {
        var errors = new Errors();
        for (var i = 0; i < input.Links.Count; i++)
        {
            var link = input.Links[i];
            var field = $"links[{i}].id";
            var exists = link.Type switch
            {
                LinkedRecord.Organization => await db.Organizations.AnyAsync(x => x.Id == link.Id, ct),
                LinkedRecord.Relationship => await db.Relationships.AnyAsync(x => x.Id == link.Id, ct),
                LinkedRecord.Person => await db.People.AnyAsync(x => x.Id == link.Id, ct),
                LinkedRecord.Engagement => await db.Engagements.AnyAsync(x => x.Id == link.Id, ct),
                LinkedRecord.Agreement => await db.Agreements.AnyAsync(x => x.Id == link.Id, ct),
                LinkedRecord.Invitation => await db.Invitations.AnyAsync(x => x.Id == link.Id, ct),
                _ => await db.Events.AnyAsync(x => x.Id == link.Id, ct),
            };
            if (!exists) errors.Add(field, $"there is no {EnumText.Of(link.Type)} {link.Id}");
            if (link.EvidenceStart is { } start && (link.EvidenceEnd is not { } end || end < start || end > input.Body.Length))
                errors.Add($"links[{i}].evidenceEnd", "must follow evidenceStart and lie within the body");
        }
        return errors;
    }
}
