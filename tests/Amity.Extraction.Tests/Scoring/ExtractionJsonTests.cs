namespace Amity.Extraction.Tests.Scoring;

public class ExtractionJsonTests
{
    [Fact]
    public void GoldFilesRoundTrip()
    {
        foreach (var article in TestCorpus.DevArticles)
        {
            var again = ExtractionJson.Deserialize(ExtractionJson.Serialize(article.Gold));
            Assert.Equal(1.0, Scorer.Score(again, article.Gold).Overall.F1, 6);
            Assert.Equal(article.Gold.Article, again.Article);
        }
    }

    [Fact]
    public void JsonIsCamelCaseOmitsNullsAndKeepsHangulReadable()
    {
        var json = ExtractionJson.Serialize(new Extraction
        {
            Article = new() { Title = "경기도 Governor" },
            People = [new() { Name = "김동연" }],
            Invitations = [new() { Event = "Forum", From = "A", To = "B", Evidence = new(3, 9) }],
        });
        Assert.Contains("\"format\": \"amity-extraction/1\"", json);
        Assert.Contains("김동연", json);
        Assert.Contains("\"from\": \"A\"", json);
        Assert.Contains("\"evidence\": {", json);
        Assert.Contains("\"start\": 3", json);
        Assert.DoesNotContain("\"title\": null", json);
        Assert.DoesNotContain("optional", json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("{\"format\": \"something-else/2\"}")]
    [InlineData("{\"people\": 3}")]
    public void InvalidDocumentsThrowAClearInputException(string json)
    {
        var e = Assert.Throws<ExtractionInputException>(() => ExtractionJson.Deserialize(json));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }
}
