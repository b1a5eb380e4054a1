using System.Text;

namespace Amity.Extraction.Tests.Robustness;

public class HostileInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("x")]
    [InlineData("\0\0\0\0")]
    [InlineData("\uD800 lone high \uDC00 lone low \uFFFF")]
    [InlineData("경기도는 1993년 랴오닝성과 자매결연을 맺었다.")]
    [InlineData("辽宁省委书记郝鹏会见京畿道知事金东兖。")]
    [InlineData("Der Ministerpräsident traf den Gouverneur am 12. März in Dresden.")]
    [InlineData("<<<<>>>>&&&&;;;;")]
    [InlineData("A headline without a body")]
    public void OddInputsGiveABestEffortResult(string text)
    {
        var e = ArticleExtractor.Extract(text);
        Assert.Equal(Extraction.FormatId, e.Format);
        Assert.NotNull(ExtractionJson.Serialize(e));
    }

    [Fact]
    public void RandomBinaryNeverCrashes()
    {
        var random = new Random(7);
        for (var n = 0; n < 50; n++)
        {
            var chars = new char[random.Next(0, 5000)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            ArticleExtractor.Extract(new string(chars));
        }
    }

    [Fact]
    public void HtmlIsReadAsTextWithOffsetsIntoTheInput()
    {
        const string html = "<html><head><title>Visit</title><script>var Governor = 'Kim';</script></head><body>\n<h1>Mayor Visits</h1>\n<p>Created 2025-03-13</p>\n<p>On March 12, Mayor Jan Kowalski of Lubska met with Governor Maria Nowak&nbsp;of Ostra Province in the city.</p></body></html>";
        var e = ArticleExtractor.Extract(html);
        var person = e.People.Single(p => p.Name == "Jan Kowalski");
        Assert.Contains("Maria Nowak", e.People.Select(p => p.Name));
        Assert.DoesNotContain(e.People, p => p.Name.Contains('<') || p.Name.Contains("Kim"));
        Assert.Contains("Jan Kowalski", html[person.Evidence!.Start..person.Evidence.End]);
        Assert.Equal("2025-03-12", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void AnArticleWithNoDateStillGivesPeopleAndOrganizations()
    {
        var e = ArticleExtractor.Extract("Delegation Visit\n\nGovernor Maria Nowak of Ostra Province met with Mayor Jan Kowalski of Lubska.");
        Assert.Null(e.Article.Published);
        Assert.Equal(2, e.People.Count);
        Assert.Contains(e.Organizations, o => o.Name == "Ostra Province" && o.Kind == "region");
    }

    [Fact]
    public void TextLongerThanTheLimitIsRefusedWithAClearMessage()
    {
        var tooLong = new string('a', ArticleExtractor.MaxLength + 1);
        var e = Assert.Throws<ExtractionInputException>(() => ArticleExtractor.Extract(tooLong));
        Assert.Contains("at most", e.Message);
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    [Fact]
    public void ATwentyMegabyteArticleIsRead()
    {
        var paragraph = "On March 12, Governor Maria Nowak of Ostra Province met with Mayor Jan Kowalski of Lubska in Rivertown and signed an agreement on tourism. ";
        var sb = new StringBuilder("Title\nCreated 2025-03-13\n");
        while (sb.Length < 20_000_000) sb.Append(paragraph);
        var e = ArticleExtractor.Extract(sb.ToString());
        Assert.Contains(e.People, p => p.Name == "Maria Nowak");
    }
}
