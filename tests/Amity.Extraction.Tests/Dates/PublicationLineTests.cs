namespace Amity.Extraction.Tests.Dates;

/// <summary>The line under the title that gives the publication date, in the forms government sites write it.</summary>
public class PublicationLineTests
{
    private static string? Published(string line) =>
        ArticleExtractor.Extract($"Governor meets visiting delegation\n{line}\n\nThe Governor met the delegation last October.").Article.Published;

    [Theory]
    [InlineData("Created 2024-04-24", "2024-04-24")]
    [InlineData("Date: 2025.11.18", "2025-11-18")]
    [InlineData("Release date: 2025/03/05", "2025-03-05")]
    [InlineData("Published: 12/05/2025 16:40 | Updated: 12/05/2025 17:05", "2025-05-12")]
    [InlineData("01.09.2025", "2025-09-01")]
    [InlineData("Posted 05/13/2025", "2025-05-13")]
    [InlineData("Published on 1 September 2025", "2025-09-01")]
    public void ThePublicationLineGivesTheDate(string line, string expected) => Assert.Equal(expected, Published(line));

    [Theory]
    [InlineData("Date: 2025.13.40")]
    [InlineData("Call 02/30/2025")]
    [InlineData("Room 12.05 and 2025")]
    public void NumbersThatAreNotARealDateGiveNone(string line) => Assert.Null(Published(line));

    [Fact]
    public void RelativeDatesResolveAgainstANumericPublicationLine()
    {
        var extraction = ArticleExtractor.Extract(
            "Governor hosts delegation\nDate: 2025.04.18\n\nGovernor Anna Kowalska met Governor Ivan Petrenko in Lublin last October to discuss reconstruction.");
        Assert.Equal("2025-04-18", extraction.Article.Published);
        Assert.Contains(extraction.Engagements, e => e.Date == "2024-10");
    }
}
