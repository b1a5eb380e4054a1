namespace Amity.Extraction.Tests.Dates;

public class RelativeDateTests
{
    private static string? EngagementDate(string sentence, string published = "2024-04-24")
    {
        var text = $"Title\n\nCreated {published}\n\n{sentence}";
        return ArticleExtractor.Extract(text).Engagements.FirstOrDefault()?.Date;
    }

    [Theory]
    [InlineData("Last October, Governor Ana Silva met with Mayor Kenji Sato.", "2023-10")]
    [InlineData("In January of this year, Governor Ana Silva met with Mayor Kenji Sato.", "2024-01")]
    [InlineData("Governor Ana Silva met with Mayor Kenji Sato yesterday.", "2024-04-23")]
    [InlineData("On April 22, Governor Ana Silva met with Mayor Kenji Sato.", "2024-04-22")]
    [InlineData("On 22 April 2024, Governor Ana Silva met with Mayor Kenji Sato.", "2024-04-22")]
    [InlineData("Governor Ana Silva met with Mayor Kenji Sato six months ago.", "2023-10")]
    [InlineData("Governor Ana Silva met with Mayor Kenji Sato in February 2023.", "2023-02")]
    [InlineData("Governor Ana Silva met with Mayor Kenji Sato on Monday.", "2024-04-22")]
    [InlineData("Governor Ana Silva met with Mayor Kenji Sato last month.", "2024-03")]
    public void PastDatesResolveAgainstThePublicationDate(string sentence, string expected) =>
        Assert.Equal(expected, EngagementDate(sentence));

    [Fact]
    public void AnUndatedEngagementGetsOnlyThePublicationMonth() =>
        Assert.Equal("2024-04", EngagementDate("Governor Ana Silva held talks with Mayor Kenji Sato."));

    [Theory]
    [InlineData("The Harbour Jazz Festival will be held in June.", "2024-06")]
    [InlineData("The Harbour Jazz Festival will be held next January.", "2025-01")]
    [InlineData("The Harbour Jazz Festival will open on 18 September.", "2024-09-18")]
    [InlineData("The Harbour Jazz Festival will be held in February next year.", "2025-02")]
    [InlineData("The Harbour Jazz Festival will be held next month.", "2024-05")]
    [InlineData("The Harbour Jazz Festival was held 30 years ago.", "1994")]
    [InlineData("The Harbour Jazz Festival will open on the 1st of June.", "2024-06-01")]
    [InlineData("The Harbour Jazz Festival will take place on the 14th of next month.", "2024-05-14")]
    [InlineData("The Harbour Jazz Festival was held on the 2nd of this month.", "2024-04-02")]
    [InlineData("The Harbour Jazz Festival will be held on 23-24 October.", "2024-10-23")]
    [InlineData("The Harbour Jazz Festival will be held from 3 to 5 October.", "2024-10-03")]
    public void EventDatesKeepThePrecisionTheTextGives(string sentence, string expected)
    {
        var e = ArticleExtractor.Extract($"Title\n\nCreated 2024-04-24\n\n{sentence}");
        Assert.Equal(expected, Assert.Single(e.Events).Date);
    }

    [Theory]
    [InlineData("Createdd 2024-04-24 Hit 19", "2024-04-24")]
    [InlineData("Created 2024-04-24", "2024-04-24")]
    [InlineData("Published: 12 March 2025", "2025-03-12")]
    [InlineData("Date: March 13, 2025", "2025-03-13")]
    [InlineData("2025-03-13", "2025-03-13")]
    [InlineData("Posted 13.03.2025 by the press office", "2025-03-13")]
    public void ThePublicationDateIsReadFromTheLineAfterTheTitle(string line, string expected) =>
        Assert.Equal(expected, ArticleExtractor.Extract($"Some Title\n{line}\n\nBody text here.").Article.Published);

    [Fact]
    public void WithoutAPublicationDateRelativeDatesAreLeftOut()
    {
        var e = ArticleExtractor.Extract("Title\n\nLast October, Governor Ana Silva met with Mayor Kenji Sato.");
        Assert.Null(e.Article.Published);
        Assert.All(e.Engagements, x => Assert.Null(x.Date));
    }

    [Theory]
    [InlineData("2024", null, 2024)]
    [InlineData("2024-06", 6, 2024)]
    public void PartialDatesParseAndPrintAtTheirPrecision(string text, int? month, int year)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal((year, month, (int?)null), (d.Year, d.Month, d.Day));
        Assert.Equal(text, d.ToString());
        Assert.False(PartialDate.TryParse("2024-13", out _));
        Assert.False(PartialDate.TryParse("2023-02-29", out _));
    }
}
