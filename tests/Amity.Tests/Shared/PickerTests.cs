using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Amity.Tests.Shared;

/// <summary>
/// Record pickers: a form lists only the records already chosen (so it shows and keeps them without JavaScript), and
/// /lookup/{kind} suggests the few records that match what is typed.
/// </summary>
public class PickerTests
{
    private static List<(int Id, string Label)> Suggestions(JsonElement json) =>
        [.. json.EnumerateArray().Select(s => (s.GetProperty("id").GetInt32(), s.GetProperty("label").GetString()!))];

    [Theory, ClassData(typeof(Providers))]
    public async Task TheEngagementFormHoldsOnlyTheChosenRecordsAndPostsTheIdChosenByTyping(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var emile = await server.PostAsync<Amity.People.PersonRecord>("/api/v1/people", new { name = "Émile Zola" });

        // Opened from a person's page: that person is the first participant, the home government the host; no one else is listed.
        var form = await server.Client.GetStringAsync($"/engagements/new?person={emile.Id}");
        var participant = Regex.Match(form, "<select[^>]*name=\"Input.Participants\\[0\\].PersonId\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(participant.Success, form);
        Assert.Contains("data-lookup=\"people\"", participant.Value);
        Assert.Equal(["", emile.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            Regex.Matches(participant.Groups[1].Value, "<option[^>]*value=\"(\\d*)\"").Select(m => m.Groups[1].Value));
        Assert.Matches("<option selected=\"selected\" value=\"\\d+\">Émile Zola</option>", WebUtility.HtmlDecode(participant.Groups[1].Value));
        var host = Regex.Match(form, "<select[^>]*name=\"Input.HostOrganizationId\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(2, Regex.Matches(host, "<option").Count);
        Assert.Contains("Gyeonggi Province", host);

        // Typed without its accent, in lower case: the lookup finds him, and Liaoning by the beginning of its name or by its Hanzi alias.
        var people = Suggestions(await server.GetAsync<JsonElement>("/lookup/people?q=emi"));
        Assert.Contains((emile.Id!.Value, "Émile Zola"), people);
        Assert.InRange(people.Count, 1, Amity.Shared.Choices.Suggestions);
        var liaoning = Suggestions(await server.GetAsync<JsonElement>("/lookup/organizations?q=Liaoning%20Prov"));
        Assert.Equal("Liaoning Province", liaoning[0].Label);
        Assert.Contains(liaoning[0], Suggestions(await server.GetAsync<JsonElement>("/lookup/organizations?q=" + Uri.EscapeDataString("辽宁"))));
        // A person found by a part of the name other than its beginning, shown with the name in its own script.
        Assert.Contains(Suggestions(await server.GetAsync<JsonElement>("/lookup/people?q=feng")), s => s.Label.StartsWith("Hao Feng", StringComparison.Ordinal));
        Assert.NotEmpty(Suggestions(await server.GetAsync<JsonElement>("/lookup/engagements?q=2024-04")));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/lookup/planets?q=a")).StatusCode);

        // The form posts the chosen id under the select's own name, as the picker's hidden field does.
        var (saved, html) = await server.SubmitAsync("/engagements/new", [
            new("Input.Kind", "Meeting"), new("Input.Date", "2024-06-01"), new("Input.HostOrganizationId", liaoning[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Participants[0].PersonId", emile.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Participants[0].Role", "Guest")]);
        Assert.True(saved.Landed().StartsWith("/engagements/", StringComparison.Ordinal), Html.Text(html));
        var id = int.Parse(saved.Landed().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var engagement = await server.GetAsync<Amity.Engagements.EngagementRecord>($"/api/v1/engagements/{id}");
        Assert.Equal(liaoning[0].Id, engagement.HostOrganizationId);
        Assert.Equal(emile.Id, Assert.Single(engagement.Participants).PersonId);

        // Its edit page lists just its own records again.
        var edit = await server.Client.GetStringAsync($"/engagements/{id}/edit");
        Assert.Contains(">Émile Zola</option>", WebUtility.HtmlDecode(edit));
        Assert.DoesNotContain(">Hao Feng", WebUtility.HtmlDecode(edit));
    }

    [Fact]
    public async Task TheLookupIsForSignedInReadersOnly()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var anonymous = await server.ClientAsync(role: null, followRedirects: false);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync("/lookup/people?q=kim")).StatusCode);
        var viewer = await server.ClientAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/lookup/people?q=kim")).StatusCode);
    }
}
