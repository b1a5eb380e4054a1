using Amity.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Ingestion;

public class IngestionTests
{
    private static string Sample => SampleArticles.Read(SampleArticles.GyeonggiLiaoning);

    [Theory, ClassData(typeof(Providers))]
    public async Task PeopleAndOrganizationsOnRecordAreMatchedUnderAnyNameNotDuplicated(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        await using var db = server.OpenDb();
        var plan = await Ingester.PlanAsync(db, Sample, null, CancellationToken.None);

        var kim = Assert.Single(plan.Proposals, p => p.Person?.Name == "Dong Yeon Kim");
        Assert.Equal(await db.People.Where(p => p.NativeName == "김동연").Select(p => p.Id).SingleAsync(), kim.MatchId);
        Assert.All(plan.Proposals.Where(p => p.Type is ProposalType.Person), p => Assert.False(p.IsNew, $"{p.Label} should match a person on record"));
        Assert.Contains(plan.Proposals, p => p.Organization?.Name == "Liaoning Province" && !p.IsNew);
        Assert.Equal(1, plan.ArticleMatchId);
        Assert.Contains("Dong Yeon Kim", kim.Sentence);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task IngestingTheSameArticleTwiceCreatesNothingNew(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            var first = await Ingester.CommitAsync(db, Sample, null, "sample.txt", [], CancellationToken.None);
            Assert.True(first.ArticleCreated);
            Assert.True(first.Created > 20, $"only {first.Created} records were created");
        }
        var counts = await CountsAsync(database);
        await using (var db = database.Open())
        {
            var second = await Ingester.CommitAsync(db, Sample, null, "sample.txt", [], CancellationToken.None);
            Assert.False(second.ArticleCreated);
            Assert.Equal(0, second.Created);
        }
        Assert.Equal(counts, await CountsAsync(database));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task EveryAcceptedRecordIsLinkedToTheArticleAndTheSentenceItCameFrom(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var result = await Ingester.CommitAsync(db, Sample, null, "sample.txt", [], CancellationToken.None);

        var article = await db.Articles.Include(a => a.Links).SingleAsync(a => a.Id == result.ArticleId);
        Assert.Equal(Sample, article.Body);
        Assert.Equal(new DateOnly(2024, 4, 24), article.PublishedOn);
        var hao = await db.People.SingleAsync(p => p.Name == "Hao Feng");
        var link = Assert.Single(article.Links, l => l.PersonId == hao.Id);
        Assert.NotNull(link.EvidenceStart);
        Assert.Contains("Hao", article.Body[link.EvidenceStart!.Value..link.EvidenceEnd!.Value]);
        Assert.Equal(result.Outcomes.Count(o => o.RecordId is not null), article.Links.Count);

        var meeting = await db.Engagements.Include(e => e.Participants).SingleAsync(e => e.Date == "2024-04-24" && e.Kind == Amity.Engagements.EngagementKind.Meeting);
        Assert.Contains(meeting.Participants, p => p.PersonId == hao.Id && p.Title == "Party Secretary");
        Assert.Contains(await db.Set<Amity.People.Position>().ToListAsync(), p => p.PersonId == hao.Id && p.Title == "Party Secretary");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ARejectedProposalIsNotWrittenAndAnEditIsWrittenAsEdited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var plan = await Ingester.PlanAsync(db, Sample, null, CancellationToken.None);
        var li = Assert.Single(plan.Proposals, p => p.Person?.Name == "Li Leqing");
        var museum = Assert.Single(plan.Proposals, p => p.Organization?.Name == "Liaoning Provincial Museum");

        var result = await Ingester.CommitAsync(db, Sample, null, null,
        [
            new Decision { Key = li.Key, Action = DecisionAction.Reject },
            new Decision { Key = museum.Key, Action = DecisionAction.Edit, Organization = museum.Organization! with { Name = "Liaoning Museum", Aliases = ["辽宁省博物馆"] } },
        ], CancellationToken.None);

        Assert.False(await db.People.AnyAsync(p => p.Name == "Li Leqing"));
        Assert.Equal(Outcome.Rejected, result.Outcomes.Single(o => o.Key == li.Key).Outcome);
        var edited = await db.Organizations.SingleAsync(o => o.Name == "Liaoning Museum");
        Assert.Equal(["辽宁省博物馆"], edited.Aliases);
        // The Davos meeting had only Li Leqing besides the Governor; it is still written with the Governor alone.
        Assert.DoesNotContain(result.Outcomes, o => o.Outcome == Outcome.Skipped && o.Type == ProposalType.Person);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnArticleWithoutADateIsRefusedUntilOneIsGiven(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        const string undated = "Mayor Ana Souza of Curitiba met Governor Hans Weber of Lower Saxony\n\nMayor Ana Souza met with Governor Hans Weber in Hanover to discuss trade.";
        var refused = await Assert.ThrowsAsync<IngestionException>(() => Ingester.CommitAsync(db, undated, null, null, [], CancellationToken.None));
        Assert.Contains("--published", refused.Message);
        var result = await Ingester.CommitAsync(db, undated, new DateOnly(2025, 5, 2), null, [], CancellationToken.None);
        Assert.Equal(new DateOnly(2025, 5, 2), (await db.Articles.SingleAsync()).PublishedOn);
        Assert.True(result.ArticleCreated);
    }

    private static async Task<int[]> CountsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return
        [
            await db.Organizations.CountAsync(), await db.People.CountAsync(), await db.Set<Amity.People.Position>().CountAsync(),
            await db.Relationships.CountAsync(), await db.Engagements.CountAsync(), await db.Agreements.CountAsync(), await db.Commitments.CountAsync(),
            await db.Invitations.CountAsync(), await db.Events.CountAsync(), await db.Articles.CountAsync(), await db.Set<Amity.News.ArticleLink>().CountAsync(),
        ];
    }
}
