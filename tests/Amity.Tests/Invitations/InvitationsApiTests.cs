using System.Net;
using System.Net.Http.Json;
using Amity.Api;
using Amity.Events;
using Amity.Invitations;
using Amity.People;

namespace Amity.Tests.Invitations;

public class InvitationsApiTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task AnInvitationIsGivenAnsweredAndFulfilled(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var kim = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Dong Yeon Kim" });
        var hao = await server.PostAsync<PersonRecord>("/api/v1/people", new { name = "Hao Feng" });
        var forum = await server.PostAsync<EventRecord>("/api/v1/events", new { name = "Summer Davos Forum", kind = "forum", date = "2024-06", place = "Dalian" });

        var invitation = await server.PostAsync<InvitationRecord>("/api/v1/invitations", new
        {
            fromPersonId = hao.Id, toPersonId = kim.Id, eventId = forum.Id, givenOn = "2024-04-24", respondBy = "2024-05-31",
        });
        Assert.Equal(InvitationAnswer.Pending, invitation.Answer);
        Assert.Single((await server.GetAsync<Page<InvitationRecord>>("/api/v1/invitations?kind=pending")).Items);
        Assert.Single((await server.GetAsync<Page<InvitationRecord>>("/api/v1/invitations?q=davos")).Items);

        var answered = await server.Client.PutAsJsonAsync($"/api/v1/invitations/{invitation.Id}", invitation with { Answer = InvitationAnswer.Accepted, Fulfilled = true }, AmityServer.Json);
        await Expect.Status(answered, HttpStatusCode.OK);
        Assert.Empty((await server.GetAsync<Page<InvitationRecord>>("/api/v1/invitations?kind=pending")).Items);
        Assert.Single((await server.GetAsync<Page<InvitationRecord>>($"/api/v1/invitations?person={kim.Id}")).Items);

        await Expect.Problem(await server.Client.DeleteAsync($"/api/v1/events/{forum.Id}"), HttpStatusCode.Conflict);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnInvitationNeedsBothSidesAndSomethingToInviteTo(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        var response = await server.Client.PostAsJsonAsync("/api/v1/invitations", new { givenOn = "2024-13" });
        await Expect.InvalidFields(response, "fromPersonId", "toPersonId", "subject", "givenOn");
    }
}
