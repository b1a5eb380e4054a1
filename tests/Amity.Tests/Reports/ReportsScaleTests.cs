using Amity.Agreements;
using Amity.Engagements;
using Amity.Events;
using Amity.Partners;
using Amity.People;
using Amity.Reports;

namespace Amity.Tests.Reports;

/// <summary>
/// The reports count in SQL: an institution's activity counts for its partner at any depth, a record touching several of one
/// partner's institutions counts once, the home government is no partner, and only the most active partners are listed.
/// </summary>
public class ReportsScaleTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task APartnerCountsItsInstitutionsAtAnyDepthOnceEachAndOnlyTheMostActiveAreListed(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        await using (var db = server.OpenDb())
        {
            var home = new Organization { Name = "Home Province", IsHome = true };
            var homeOffice = new Organization { Name = "Home Trade Office", Parent = home };
            var partner = new Organization { Name = "Partner Province" };
            var institute = new Organization { Name = "Partner Institute", Parent = partner };
            var lab = new Organization { Name = "Partner Institute Lab", Parent = institute };
            var other = new Organization { Name = "Other City" };
            var person = new Person { Name = "Someone" };
            db.AddRange(home, homeOffice, partner, institute, lab, other, person);
            Participant From(Organization o) => new() { Person = person, Organization = o, Role = ParticipantRole.Guest };
            db.Engagements.AddRange(
                // Hosted by the partner with its lab present: once.
                new Engagement { Date = "2021-05-03", HostOrganization = partner, Participants = [From(lab)] },
                new Engagement { Date = "2022-06", HostOrganization = other, Participants = [From(institute), new Participant { Person = new Person { Name = "Another" }, Organization = homeOffice }] },
                // The home government's own: no partner's.
                new Engagement { Date = "2022", Participants = [From(homeOffice)] });
            db.Agreements.AddRange(
                new Agreement { Title = "Institutes", SignedOn = "2022-01-10", Parties = [new AgreementParty { Organization = institute }, new AgreementParty { Organization = lab }] },
                new Agreement { Title = "Cities", SignedOn = "2023", Parties = [new AgreementParty { Organization = other }, new AgreementParty { Organization = home }] });
            db.Events.Add(new Event { Name = "Joint forum", Date = "2023-09",
                Organizations = [new EventOrganization { Organization = lab }, new EventOrganization { Organization = other }] });
            // More partners than the page lists, each with one event.
            for (var i = 0; i < ActivityReport.PartnersShown + 5; i++)
                db.Events.Add(new Event { Name = $"Small fair {i}", Date = "2024", Organizations = [new EventOrganization { Organization = new Organization { Name = $"Small Town {i:D2}" } }] });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var html = await server.Client.GetStringAsync("/reports", TestContext.Current.CancellationToken);
        var perPartner = Html.Text(Html.Section(html, "per-partner"));
        Assert.Contains("Partner Province 2 1 1", perPartner);
        Assert.Contains("Other City 1 1 1", perPartner);
        Assert.DoesNotContain("Home Province", perPartner);
        Assert.DoesNotContain("Partner Institute", perPartner);
        Assert.Contains($"The {ActivityReport.PartnersShown} most active of {ActivityReport.PartnersShown + 7} partners.", perPartner);
        // Ties in activity by name: "Small Town 00" to "47" fill the places after the two busiest.
        Assert.Contains("Small Town 47 0 0 1", perPartner);
        Assert.DoesNotContain("Small Town 48", perPartner);

        var perYear = Html.Text(Html.Section(html, "per-year"));
        Assert.Contains("2021 1 0 0", perYear);
        Assert.Contains("2022 2 1 0", perYear);
        Assert.Contains("2023 0 1 1", perYear);
        Assert.Contains($"2024 0 0 {ActivityReport.PartnersShown + 5}", perYear);
    }
}
