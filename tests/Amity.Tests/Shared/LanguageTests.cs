namespace Amity.Tests.Shared;

public class LanguageTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task TheInterfaceSwitchesToKoreanAndBackAndKeepsTheChoice(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var english = await server.Client.GetStringAsync("/partners/2");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("href=\"/culture?c=ko&back=%2Fpartners%2F2\"", english);

        var switched = await server.Client.GetAsync("/culture?c=ko&back=%2Fpartners%2F2");
        Assert.Equal("/partners/2", switched.RequestMessage!.RequestUri!.AbsolutePath);
        var korean = await switched.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ko\">", korean);
        var relationships = Html.Text(Html.Section(korean, "relationships"));
        Assert.Contains("자매", relationships);
        Assert.Contains("1993년 · 31년", relationships.Replace("시작 ", ""));
        Assert.Contains("파트너", Html.Text(korean));
        Assert.Contains("2번째 만남", Html.Text(await server.Client.GetStringAsync("/people/2")));

        await server.Client.GetAsync("/culture?c=en&back=/");
        Assert.Contains("<html lang=\"en\">", await server.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task TheLanguageSwitchOnlyReturnsToAPageOfThisSite()
    {
        await using var server = await AmityServer.StartAsync(DatabaseProvider.Sqlite);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Client.BaseAddress };
        var response = await client.GetAsync("/culture?c=ko&back=//evil.example/");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task EveryKoreanTextHasAnEnglishKeyUsedByThePages()
    {
        var resx = System.Xml.Linq.XDocument.Load(Path.Combine(SourceRoot(), "src", "Amity", "Shared", "Text.ko.resx"));
        var keys = resx.Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(resx.Root.Elements("data"), d => Assert.False(string.IsNullOrWhiteSpace(d.Element("value")?.Value), d.Attribute("name")!.Value));
        await Task.CompletedTask;
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Amity.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The source tree is not above the test output.");
    }
}
