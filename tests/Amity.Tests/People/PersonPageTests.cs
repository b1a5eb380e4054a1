namespace Amity.Tests.People;

public class PersonPageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task HaoFengsPageNumbersThe24April2024MeetingAsHisSecondWithDongYeonKim(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var html = await server.Client.GetStringAsync("/people/2");
        Assert.Contains("Hao Feng", Html.Text(html));
        Assert.Contains("Party Secretary, Liaoning Province", Html.Text(html));

        var engagements = Html.Text(Html.Section(html, "engagements"));
        Assert.Contains("24 April 2024 Party Secretary Hao's visit to Gyeonggi Province meeting · Dodamso, Suwon (former gubernatorial residence) Dong Yeon Kim 김동연 (2nd meeting)", engagements);
        Assert.Contains("Governor Kim's visit to Liaoning Province visit · Liaoning Province Dong Yeon Kim 김동연 (1st meeting)", engagements);

        var counterparts = Html.Text(Html.Section(html, "counterparts"));
        Assert.Contains("Dong Yeon Kim 김동연 · 2 meetings", counterparts);
        Assert.Contains("2nd meeting : 24 April 2024", counterparts);

        var agreements = Html.Text(Html.Section(html, "agreements"));
        Assert.Contains("Agreement to deepen exchanges and cooperation between Gyeonggi Province and Liaoning Province signed as Party Secretary, Liaoning Province", agreements);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ThePostsOverTimeAreListedEarliestFirstWithTheirDates(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        await server.PostAsync<object>("/api/v1/people", new
        {
            name = "Yoon Min-ji", nativeName = "윤민지",
            positions = new object[] { new { title = "Vice Governor", from = "2022-07" }, new { title = "Director General", from = "2018", to = "2022-06" } },
        });
        var text = Html.Text(Html.Section(await server.Client.GetStringAsync("/people/1"), "posts"));
        Assert.Matches("Director General .*2018 June 2022 Vice Governor .*July 2022 now", text);
    }
}
