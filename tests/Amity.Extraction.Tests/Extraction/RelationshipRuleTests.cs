namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// The general rules that read when a tie began and of what kind it is. Every sentence is invented: no name, place or sentence
/// comes from a corpus article.
/// </summary>
public class RelationshipRuleTests
{
    private static Extraction Read(string body) =>
        ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2025-06-10\n\n" + body);

    private static ExtractedRelationship Tie(Extraction e) => Assert.Single(e.Relationships);

    [Fact]
    public void AHyphenatedTieNamesItsKindWhateverThePlaceWord()
    {
        var tie = Tie(Read("Northvale Province and Kestrel County established sister-region relations on 3 May 2011."));
        Assert.Equal("sister", tie.Kind);
        Assert.Equal("2011-05-03", tie.Since);
    }

    [Theory]
    [InlineData("The Governor of Northvale Province welcomed the delegation to mark the twentieth anniversary of the twinning between Northvale Province and Kestrel County.", "2005")]
    [InlineData("Northvale Province and Kestrel County celebrated 15 years of friendship between the two regions.", "2010")]
    [InlineData("Ten years after Northvale Province and Kestrel County became sister provinces, the Governor visited.", "2015")]
    public void AnAnniversaryCountsBackToTheYearTheTieBegan(string sentence, string since) =>
        Assert.Equal(since, Tie(Read(sentence)).Since);

    [Fact]
    public void ATieSignedDaysBeforeTheStoryBeganOnTheDayOfTheSigningNotOfTheDateline()
    {
        var tie = Tie(Read("NORTHVALE, 10 June 2025 – Northvale Province and Kestrel County signed a sister-province agreement on Monday, 9 June 2025, at the provincial hall."));
        Assert.Equal("2025-06-09", tie.Since);
    }

    [Fact]
    public void AStartReadLaterInTheArticleReplacesTheDayOfTheStory()
    {
        var e = Read("Northvale Province and Kestrel County have formally become friendship partners. " +
                     "The friendship agreement between Northvale Province and Kestrel County was signed on 6 June 2025 in the provincial hall.");
        Assert.Equal("2025-06-06", Tie(e).Since);
    }

    [Fact]
    public void TheDayATieBeganReplacesItsYearFoundEarlier()
    {
        var e = Read("Northvale Province and Kestrel County signed their twinning protocol in 2009. " +
                     "Background: Northvale Province and Kestrel County established sister-province relations on 14 March 2009.");
        var tie = Tie(e);
        Assert.Equal("sister", tie.Kind);
        Assert.Equal("2009-03-14", tie.Since);
    }

    [Fact]
    public void APlaceWhereATieWasSignedIsNoPartyBesideOneNamedParty()
    {
        // One party and the town where the document was signed: the other party is the one of the tie already reported.
        var tie = Tie(Read("Governor Alan Marsh of Northvale Province welcomed a delegation of Kestrel County on Monday to mark the sister-province relationship between Northvale Province and Kestrel County. " +
                           "\"When Kestrel County signed the sister-province agreement in Brightwater City in 2012, few people expected so much,\" the Governor said."));
        Assert.Equal(["Kestrel County", "Northvale Province"], tie.Parties.Order());
        Assert.Equal("2012", tie.Since);
    }

    [Fact]
    public void ATieSignedWithoutAVerbOfSigningBeganOnTheDayOfTheSigning()
    {
        var tie = Tie(Read("Northvale Province has a new sister. Last Monday, in a full council hall, the Governor of Northvale Province, Ana Costa, and the Prefect of " +
                           "Kestrel County, Tomas Berg, put their names to the sister-province charter between Northvale Province and Kestrel County."));
        Assert.Equal("2025-06-09", tie.Since);
    }

    // Twelfth round.

    [Fact]
    public void ATiesOwnWordsCapitalisedAreNoParty()
    {
        var tie = Tie(Read("On Monday the Mayor of Lakeport, Ana Costa, and the Mayor of Kestrel, Tomas Berg, signed a Memorandum of Understanding on the " +
                           "Sister City relationship between Lakeport City and Kestrel City."));
        Assert.Equal(["Kestrel City", "Lakeport City"], tie.Parties.Order(StringComparer.Ordinal));
    }
}
