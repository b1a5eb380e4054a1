namespace Amity.Tests.Agreements;

public class AgreementPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ANoteOfProgressClearsAStalledCommitmentAndMovesTheProgressBar(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var before = Html.Text(Html.Section(await server.Client.GetStringAsync("/agreements/3"), "commitments"));
        Assert.Contains("0 of 3 commitments done", before);
        Assert.Contains("Promote student and faculty exchanges planned owed", before.Replace("planned stalled", "planned owed") + " owed");

        var (noted, html) = await server.SubmitAsync("/agreements/3", [new("Note.CommitmentId", "7"), new("Note.Version", "1"), new("Note.Status", "Done"),
            new("Note.Date", "2024-10-15"), new("Note.Text", "Twelve students exchanged this autumn.")], handler: "Note");
        Assert.Equal("/agreements/3", noted.Landed());
        var after = Html.Text(Html.Section(html, "commitments"));
        Assert.Contains("1 of 3 commitments done", after);
        Assert.Contains("15 October 2024 Twelve students exchanged this autumn.", after);

        var (refused, refusedHtml) = await server.SubmitAsync("/agreements/3", [new("Note.CommitmentId", "8"), new("Note.Version", "1"), new("Note.Status", "InProgress"),
            new("Note.Date", "2024-10-15"), new("Note.Text", "")], handler: "Note");
        Assert.Matches("data-valmsg-for=\"Note.Text\"[^>]*>[^<]*required", refusedHtml);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnAgreementIsCreatedWithPartiesSignatoriesAndCommitmentsThroughItsForm(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var (saved, html) = await server.SubmitAsync("/agreements/new", [
            new("Input.Title", "Tourism cooperation memorandum"), new("Input.Kind", "Memorandum"), new("Input.SignedOn", "2024-06"), new("Input.Status", "Signed"),
            new("Input.Areas", "Tourism"), new("Input.Parties[0]", "1"), new("Input.Parties[1]", "2"),
            new("Input.Signatories[0].PersonId", "1"), new("Input.Signatories[0].Title", "Governor"), new("Input.Signatories[0].OrganizationId", "1"),
            new("Input.Commitments[0].Text", "Exchange tourism delegations"), new("Input.Commitments[0].Due", "2024-10"), new("Input.Commitments[0].Status", "Planned")]);
        Assert.Matches("^/agreements/\\d+$", saved.Landed());
        var text = Html.Text(html);
        Assert.Contains("Tourism cooperation memorandum", text);
        Assert.Contains("Exchange tourism delegations planned · due October 2024 overdue", text);
        Assert.Contains("Dong Yeon Kim 김동연 , Governor, Gyeonggi Province", text);
    }
}
