using System.Globalization;
using Amity.Agreements;
using Amity.Api;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Extraction;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Ingestion;

/// <summary>
/// From an article to reviewed records: <see cref="PlanAsync"/> proposes each record, marked new or matched to one on file;
/// <see cref="CommitAsync"/> writes the accepted ones in one transaction, each linked to the article and its sentence.
/// Matching is the same in both, so committing an article twice creates nothing the second time.
/// </summary>
public static class Ingester
{
    public static Extraction.Extraction Extract(string text, DateOnly? published) => ArticleExtractor.Extract(text, published);

    public static async Task<IngestionPlan> PlanAsync(AmityDb db, string text, DateOnly? published, CancellationToken ct)
    {
        var extraction = Extract(text, published);
        var proposals = Propose(extraction, text);
        var resolver = await EntityResolver.LoadAsync(db, NamesIn(proposals), ct);
        var planned = new List<Proposal>(proposals.Count);
        foreach (var proposal in proposals) planned.Add(proposal with { MatchId = await MatchAsync(db, resolver, proposal, ct) });
        return new IngestionPlan { Article = extraction.Article, ArticleMatchId = await MatchArticleAsync(db, extraction.Article, ct), Proposals = planned };
    }

    /// <summary>Every record of the extraction as a proposal, organizations and people first.</summary>
    public static List<Proposal> Propose(Extraction.Extraction extraction, string text)
    {
        var proposals = new List<Proposal>();
        string? Sentence(Evidence? e) => e is { } span && span.Start >= 0 && span.End <= text.Length && span.End > span.Start ? text[span.Start..span.End].Trim() : null;
        void Add(ProposalType type, string label, Evidence? evidence, Func<Proposal, Proposal> fill) =>
            proposals.Add(fill(new Proposal { Key = proposals.Count + 1, Type = type, Label = label, Evidence = evidence, Sentence = Sentence(evidence) }));

        foreach (var o in extraction.Organizations) Add(ProposalType.Organization, $"{o.Name} ({o.Kind ?? "other"})", o.Evidence, p => p with { Organization = o });
        foreach (var p in extraction.People)
            Add(ProposalType.Person, string.Join(", ", new[] { p.Name, p.Title, p.Organization }.Where(s => !string.IsNullOrWhiteSpace(s))), p.Evidence, x => x with { Person = p });
        foreach (var r in extraction.Relationships)
            Add(ProposalType.Relationship, $"{r.Kind ?? "other"} tie of {string.Join(" and ", r.Parties)}{(r.Since is null ? "" : $" since {r.Since}")}", r.Evidence, x => x with { Relationship = r });
        foreach (var e in extraction.Events) Add(ProposalType.Event, $"{e.Name} ({e.Kind ?? "other"}, {e.Date ?? "no date"})", e.Evidence, x => x with { Event = e });
        foreach (var e in extraction.Engagements)
            Add(ProposalType.Engagement, $"{e.Kind ?? "meeting"} of {string.Join(", ", e.Participants)} ({e.Date ?? "no date"}{(e.Location is null ? "" : $", {e.Location}")})", e.Evidence, x => x with { Engagement = e });
        foreach (var a in extraction.Agreements) Add(ProposalType.Agreement, $"{a.Title ?? "Agreement"} ({a.Date ?? "no date"})", a.Evidence, x => x with { Agreement = a });
        foreach (var i in extraction.Invitations)
            Add(ProposalType.Invitation, $"{i.From ?? "?"} invites {i.To ?? "?"} to {i.Event ?? "?"}", i.Evidence, x => x with { Invitation = i });
        return proposals;
    }

    public static async Task<IngestionResult> CommitAsync(AmityDb db, string text, DateOnly? published, string? source,
        IReadOnlyList<Decision> decisions, CancellationToken ct)
    {
        var extraction = Extract(text, published);
        var proposals = Propose(extraction, text);
        var byKey = decisions.ToDictionary(d => d.Key);
        var articleDate = published ?? (DateOnly.TryParseExact(extraction.Article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);
        if (articleDate is null) throw new IngestionException("The article gives no publication date; pass one (--published YYYY-MM-DD, or ?published= on the API).");

        var outcomes = new List<ProposalOutcome>();
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(async () =>
        {
            outcomes.Clear();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var resolver = await EntityResolver.LoadAsync(db, NamesIn(proposals.Select(p => byKey.GetValueOrDefault(p.Key) is { Action: DecisionAction.Edit } edit ? Apply(p, edit) : p)), ct);
            var article = await FindArticleAsync(db, extraction.Article, ct);
            var articleCreated = article is null;
            if (article is null)
            {
                article = new Article
                {
                    Title = Truncate(extraction.Article.Title ?? "Untitled article", Lengths.Name * 2),
                    Body = text, PublishedOn = articleDate.Value, Source = source,
                };
                db.Articles.Add(article);
                await db.SaveChangesAsync(ct);
            }
            var links = await db.Articles.Where(a => a.Id == article.Id).SelectMany(a => a.Links).ToListAsync(ct);
            var writer = new RecordWriter(db, resolver, article, links);

            foreach (var proposal in proposals)
            {
                var decision = byKey.GetValueOrDefault(proposal.Key);
                if (decision?.Action == DecisionAction.Reject)
                {
                    outcomes.Add(new(proposal.Key, proposal.Type, proposal.Label, Outcome.Rejected, null, "rejected by the reviewer"));
                    continue;
                }
                var edited = decision?.Action == DecisionAction.Edit ? Apply(proposal, decision) : proposal;
                outcomes.Add(await writer.WriteAsync(edited, ct));
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new IngestionResult { ArticleId = article.Id, ArticleCreated = articleCreated, Outcomes = [.. outcomes] };
        });
        return result;
    }

    /// <summary>Every name of a person or an organization the proposals mention: all the resolver needs to read.</summary>
    private static IEnumerable<string?> NamesIn(IEnumerable<Proposal> proposals) => proposals.SelectMany(NamesIn);

    private static IEnumerable<string?> NamesIn(Proposal p) => p.Type switch
    {
        ProposalType.Organization => (p.Organization!.Aliases ?? []).Prepend(p.Organization.Name),
        ProposalType.Person => (p.Person!.Aliases ?? []).Prepend(p.Person.Name).Append(p.Person.Organization),
        ProposalType.Relationship => p.Relationship!.Parties,
        ProposalType.Event => p.Event!.Organizations ?? [],
        ProposalType.Engagement => p.Engagement!.Participants.Append(p.Engagement.Host),
        ProposalType.Agreement => p.Agreement!.Signatories.Concat(p.Agreement.Parties),
        _ => [p.Invitation!.To, p.Invitation.From],
    };

    private static Proposal Apply(Proposal proposal, Decision edit) => proposal.Type switch
    {
        ProposalType.Organization => proposal with { Organization = edit.Organization ?? proposal.Organization },
        ProposalType.Person => proposal with { Person = edit.Person ?? proposal.Person },
        ProposalType.Relationship => proposal with { Relationship = edit.Relationship ?? proposal.Relationship },
        ProposalType.Event => proposal with { Event = edit.Event ?? proposal.Event },
        ProposalType.Engagement => proposal with { Engagement = edit.Engagement ?? proposal.Engagement },
        ProposalType.Agreement => proposal with { Agreement = edit.Agreement ?? proposal.Agreement },
        _ => proposal with { Invitation = edit.Invitation ?? proposal.Invitation },
    };

    private static async Task<int?> MatchArticleAsync(AmityDb db, ArticleInfo info, CancellationToken ct) => (await FindArticleAsync(db, info, ct))?.Id;

    private static async Task<Article?> FindArticleAsync(AmityDb db, ArticleInfo info, CancellationToken ct)
    {
        if (info.Title is null || !DateOnly.TryParse(info.Published, CultureInfo.InvariantCulture, out var date)) return null;
        var title = Truncate(info.Title, Lengths.Name * 2);
        return await db.Articles.FirstOrDefaultAsync(a => a.Title == title && a.PublishedOn == date, ct);
    }

    /// <summary>The record on file this proposal is, by the same rules the commit uses.</summary>
    private static async Task<int?> MatchAsync(AmityDb db, EntityResolver resolver, Proposal p, CancellationToken ct) => p.Type switch
    {
        ProposalType.Organization => resolver.Organization(p.Organization!.Name) ?? FirstAlias(p.Organization.Aliases, resolver.Organization),
        ProposalType.Person => resolver.Person(p.Person!.Name) ?? FirstAlias(p.Person.Aliases, resolver.Person),
        ProposalType.Relationship => await Matching.RelationshipAsync(db, Kind<RelationshipKind>(p.Relationship!.Kind), Ids(p.Relationship.Parties, resolver.Organization), ct),
        ProposalType.Event => await Matching.EventAsync(db, p.Event!.Name, Date(p.Event.Date), ct),
        ProposalType.Engagement => await Matching.EngagementAsync(db, Date(p.Engagement!.Date), Ids(p.Engagement.Participants, resolver.Person), ct),
        ProposalType.Agreement => await Matching.AgreementAsync(db, p.Agreement!.Title, Date(p.Agreement.Date), Ids(p.Agreement.Signatories, resolver.Person), ct),
        _ => await Matching.InvitationAsync(db, resolver.Person(p.Invitation!.To), Date(p.Invitation.Date), p.Invitation.Event, ct),
    };

    private static int? FirstAlias(IReadOnlyList<string>? aliases, Func<string?, int?> find) =>
        aliases?.Select(find).FirstOrDefault(id => id is not null);

    internal static List<int> Ids(IEnumerable<string>? names, Func<string?, int?> find) =>
        [.. (names ?? []).Select(find).OfType<int>().Distinct()];

    internal static string? Date(string? text) => Amity.Data.PartialDate.TryParse(text, out var date) ? date.ToString() : null;

    internal static TEnum Kind<TEnum>(string? text) where TEnum : struct, Enum =>
        text is not null && EnumText.TryParse<TEnum>(text, out var value) ? value : Enum.Parse<TEnum>("Other");

    internal static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>A problem with an article as a whole, such as no publication date; the message says what to do.</summary>
public sealed class IngestionException(string message) : Exception(message);
