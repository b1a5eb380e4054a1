namespace Amity.Tests.Partners;

public class PartnerPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task LiaoningsPageShowsTheSisterRelationshipSince1993WithItsAgeTheThree2024AgreementsWithProgressAndHaoFeng(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var html = await server.Client.GetStringAsync("/partners/2");
        var relationships = Html.Text(Html.Section(html, "relationships"));
        Assert.Contains("sister with Gyeonggi Province", relationships);
        Assert.Contains("since 1993 · 31 years", relationships);
        Assert.Contains("Next round anniversary: 35th in 2028", relationships);

        var agreements = Html.Section(html, "agreements");
        Assert.Equal(3, agreements.Split("class=\"agreement\"").Length - 1);
        Assert.Equal(3, agreements.Split("class=\"progress\"").Length - 1);
        Assert.Contains("0 of 4 commitments done", Html.Text(agreements));
        Assert.Contains("stalled", Html.Text(agreements));

        var people = Html.Text(Html.Section(html, "people"));
        Assert.Contains("Hao Feng 郝鹏 — Party Secretary", people);
        Assert.Contains("lang=\"zh\">郝鹏", html);

        var timeline = Html.Text(Html.Section(html, "timeline"));
        Assert.Contains("2nd meeting of Dong Yeon Kim and Hao Feng", timeline);
        Assert.Contains("October 2023", timeline);

        Assert.Contains("Summer Davos Forum", Html.Text(Html.Section(html, "open")));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AnUnknownPartnerIsNotFound(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await server.Client.GetAsync("/partners/99")).StatusCode);
    }
}
