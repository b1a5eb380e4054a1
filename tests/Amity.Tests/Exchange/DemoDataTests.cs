using Amity.Agreements;
using Amity.Api;
using Amity.Engagements;
using Amity.Invitations;
using Amity.Partners;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Exchange;

/// <summary>The demo dataset holds the facts of the sample article, and serve --demo answers with them.</summary>
public class DemoDataTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheDemoHoldsTheSisterTieTheMeetingsTheAgreementsAndTheInvitations(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var liaoning = Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?q=Liaoning&kind=region")).Items, o => o.Name == "Liaoning Province");
        var home = Assert.Single((await server.GetAsync<Page<OrganizationRecord>>("/api/v1/organizations?pageSize=200")).Items, o => o.IsHome);
        Assert.Equal("Gyeonggi Province", home.Name);

        var ties = (await server.GetAsync<Page<RelationshipRecord>>($"/api/v1/relationships?organization={liaoning.Id}")).Items;
        Assert.Contains(ties, r => r.Kind == RelationshipKind.Sister && r.Since == "1993" && r.Parties.Contains(home.Id!.Value));
        Assert.Contains(ties, r => r.Kind == RelationshipKind.Parliamentary && r.Since == "1994");

        var hao = Assert.Single((await server.GetAsync<Page<PersonRecord>>("/api/v1/people?q=Hao Feng")).Items);
        var kim = Assert.Single((await server.GetAsync<Page<PersonRecord>>("/api/v1/people?q=김동연")).Items);
        var meetings = (await server.GetAsync<Page<EngagementRecord>>($"/api/v1/engagements?person={kim.Id}")).Items;
        Assert.Equal(["2024-04-24", "2024-01", "2023-10"], meetings.Select(m => m.Date));
        Assert.Contains(meetings, m => m.Place == "Davos" && m.Participants.Any(p => p.Title == "Governor" && p.PersonId != kim.Id));

        var agreements = (await server.GetAsync<Page<AgreementRecord>>("/api/v1/agreements?from=2024-04-24&to=2024-04-24")).Items;
        Assert.Equal(3, agreements.Count);
        Assert.All(agreements, a => Assert.NotEmpty(a.Commitments!));
        Assert.All(agreements, a => Assert.Equal(2, a.Signatories.Count));

        var invitations = (await server.GetAsync<Page<InvitationRecord>>($"/api/v1/invitations?person={hao.Id}&kind=pending")).Items;
        Assert.Equal(2, invitations.Count);

        await using var db = server.OpenDb();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Contains(await db.Organizations.Select(o => o.Name).ToListAsync(), n => n == "Gyeonggi Business Center");
        Assert.Contains(await db.Organizations.Select(o => o.Name).ToListAsync(), n => n == "Kanagawa Prefecture");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task TheDemoIsNotLoadedOverExistingRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        db.Organizations.Add(new Organization { Name = "Jeju Province", Kind = OrganizationKind.Region });
        await db.SaveChangesAsync();
        Assert.False(await DemoData.LoadIfEmptyAsync(db, CancellationToken.None));
        Assert.Equal(1, await db.Organizations.CountAsync());
    }
}
