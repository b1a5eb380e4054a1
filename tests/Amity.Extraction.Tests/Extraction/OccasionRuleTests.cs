namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// General rules for engagements, agreements, invitations and the days they are dated by (eleventh round). Every sentence is
/// invented: no name, place or sentence comes from a corpus article.
/// </summary>
public class OccasionRuleTests
{
    private static Extraction Read(string body) =>
        ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2026-03-18\n\n" + body);

    [Fact]
    public void APublicationLineAfterALongSubtitleDatesTheRelease()
    {
        var e = ArticleExtractor.Extract("Northvale welcomes Kestrel delegation\n" +
            "Harbour logistics, a new scholarship scheme and a music festival invitation mark the visit from the partner county across the sea\n\n" +
            "Created 2026-03-18\n\nGovernor Ana Costa received the delegation on Monday.");
        Assert.Equal("2026-03-18", e.Article.Published);
    }

    [Theory]
    [InlineData("LAKEPORT, 18 March 2026 — The Governor of Northvale Province, Ana Costa, received on Monday the Mayor of Kestrel, Tomas Berg, at the provincial palace to discuss port cooperation.")]
    [InlineData("Lakeport, 18/3/2026 – The Governor of Northvale Province, Ana Costa, received on Monday the Mayor of Kestrel, Tomas Berg, at the provincial palace to discuss port cooperation.")]
    [InlineData("Lakeport, March 18, 2026 (Provincial Press Office). The Governor of Northvale Province, Ana Costa, received on Monday the Mayor of Kestrel, Tomas Berg, at the provincial palace.")]
    public void TheDatelineDatesAReleaseWithoutAPublicationLine(string paragraph)
    {
        var e = ArticleExtractor.Extract("Northvale welcomes Kestrel delegation\n\n" + paragraph);
        Assert.Equal("2026-03-18", e.Article.Published);
    }

    [Fact]
    public void ADatelineInTurkishCapitalsIsTitleCasedWithAPlainI()
    {
        var e = Read("KESTİRKALE – The Mayor of Kestirkale, Emre Kaya, received the Governor of Northvale, Ana Costa, on Monday.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains('İ', StringComparison.Ordinal));
    }
}
