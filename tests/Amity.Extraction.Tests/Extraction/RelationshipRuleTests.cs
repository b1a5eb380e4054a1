using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// The general rules that read when a tie began and of what kind it is. Every sentence is invented: no name, place or sentence
/// comes from a corpus article.
/// </summary>
public class RelationshipRuleTests
{
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

    [Fact]
    public void AHyphenatedRegionAndTheSeatNamedByOneOfItsPartsAreOneSide()
    {
        // "Prefecture of Dorvale" lies inside "Dorvale-Mirenne Region": the partner is the region across the sea.
        var tie = Tie(Read("The cooperation between the Dorvale-Mirenne Region, the Prefecture of Dorvale and the Kestrel Lakes Region was launched in 2012."));
        Assert.Equal(["Dorvale-Mirenne Region", "Kestrel Lakes Region"], tie.Parties.Order());
        Assert.Equal("2012", tie.Since);
    }

    [Fact]
    public void TheRegionsTheStoryIsAboutAreNotARegionAndItsOwnSeat()
    {
        // A tie said of "both partners" only falls back on the most-named regions, but "Brennan City" is the seat of "Brennan Province", not its partner.
        var e = Read("Brennan City, 9 June 2025 – Brennan Province welcomed a delegation of Valmont Region to Brennan City. " +
                     "The guests toured Brennan City, the port of Brennan City and the coast of Brennan Province. " +
                     "Brennan Province will open an office in Valmont Region next year, and Brennan Province will host a fair with Corla County. " +
                     "Both partners recalled that their cooperation was launched in 2004.");
        var tie = Tie(e);
        Assert.Equal(["Brennan Province", "Valmont Region"], tie.Parties.Order());
        Assert.Equal("2004", tie.Since);
    }

    [Fact]
    public void AnAssemblysPartnerIsTheOtherAssemblyNotItsOwnRegion()
    {
        var e = Read("The Regional Assembly of the Northvale Self-Governing Region and the Regional Assembly of the Kestrel Voivodeship agreed a parliamentary partnership on 9 June 2025, " +
                     "watched by the Northvale Self-Governing Region and the Kestrel Voivodeship.");
        var tie = Assert.Single(e.Relationships, r => r.Kind == "parliamentary");
        Assert.Equal(["Regional Assembly of the Kestrel Voivodeship", "Regional Assembly of the Northvale Self-Governing Region"], tie.Parties.Order());
    }

    [Fact]
    public void AMunicipalityNamedAsABodyIsNoBarePlaceStandingForARegion()
    {
        // "Vesk Metropolitan Municipality" is a side in its own name; "Arlen Region", where the other side lies, is no party.
        // (Since the fifteenth round the municipality is written as its town, Vesk, as the place stands for its government in ties.)
        var tie = Tie(Read("Vesk Metropolitan Municipality and Dorlan Governorate of the Arlen Region signed a sister city protocol on 9 June 2025."));
        Assert.Equal(["Dorlan Governorate", "Vesk"], tie.Parties.Order());
    }

    // Fifteenth round, second half.

    [Theory]
    [InlineData("Vesk Metropolitan Municipality and Kestrel signed a sister city agreement in 2014.", "Vesk")]
    [InlineData("The Metropolitan Municipality of Vesk and the City of Kestrel signed a sister city agreement in 2014.", "Vesk")]
    [InlineData("The Greater Vesk Municipality and Kestrel signed a sister city agreement in 2014.", "Vesk")]
    [InlineData("The Intendencia de Vesk and Kestrel signed a sister city agreement in 2014.", "Vesk")]
    [InlineData("The Câmara Municipal de Vesk and the City of Kestrel signed a sister city agreement in 2014.", "Vesk")]
    public void ATownsMunicipalityStandsForTheTownInATie(string sentence, string party)
    {
        var tie = Tie(Read(sentence));
        Assert.Contains(party, tie.Parties);
        Assert.Equal(2, tie.Parties.Count);
    }

    [Fact]
    public void AMunicipalityBesideARegionOfTheSameNameKeepsItsName()
    {
        // "Dorlan Municipality" may be the body of "Dorlan Governorate": "Dorlan" alone would not say which.
        var tie = Tie(Read("Dorlan Governorate welcomed a delegation. Dorlan Municipality and Kestrel signed a sister city agreement in 2014."));
        Assert.Contains("Dorlan Municipality", tie.Parties);
    }

    [Theory]
    [InlineData("Twelve years ago the two towns celebrated their agreement of twinning in Kestrel, in 2013, and the Mayor of Vesk, Ana Costa, recalled it.")]
    [InlineData("Twelve years ago the two towns celebrated their agreement of geminação (twinning) in Kestrel, in 2013, and the Mayor of Vesk, Ana Costa, recalled it.")]
    public void ATiesNounBeforeItsOfNamesTheTie(string sentence)
    {
        var tie = Tie(Read("The Municipality of Vesk and the Municipality of Kestrel signed a cooperation protocol on Monday. " + sentence));
        Assert.Equal("sister", tie.Kind);
        Assert.Equal("2013", tie.Since);
    }

    [Fact]
    public void AFriendshipRaisedToATwinningIsTwoTies()
    {
        var e = Read("The relations of friendship between Vesk City and Kestrel City go back to 2016. " +
                     "On Monday, 9 June 2025, the Mayor of Vesk City, Ana Costa, and the Mayor of Kestrel City, Tomas Berg, signed a twinning agreement between Vesk City and Kestrel City.");
        Assert.Equal(2, e.Relationships.Count);
        Assert.Equal("2016", Assert.Single(e.Relationships, r => r.Kind == "friendship").Since);
        Assert.Equal("2025-06-09", Assert.Single(e.Relationships, r => r.Kind == "sister").Since);
    }

    [Theory]
    // What a later sentence says led up to a tie signed on a day of the story does not replace that day.
    [InlineData("School choirs of the two provinces started trading visits in 2021, when a choir of Kestrel County sang in Northvale Province.")]
    [InlineData("Two summers ago the governors had already voiced the wish to make the partnership formal one day.")]
    [InlineData("The cooperation between Northvale Province and Kestrel County was launched in March 2022 with a visit of farmers.")]
    public void ATieSignedOnADayOfTheStoryBeganThatDay(string later)
    {
        var e = Read("Northvale Province said it inked a friendship pact with Kestrel County at its lakeside hall in the evening of 9 June 2025. " + later);
        Assert.Equal("2025-06-09", Tie(e).Since);
    }

    [Fact]
    public void AnOlderDateOutsideTheTiesClauseDatesWhatLedUpToASigning()
    {
        var e = Read("The Mayor of Vesk City and the Mayor of Kestrel City signed on Monday, 9 June 2025, the Twinning Charter of the two towns, " +
                     "at the old mill, crowning the chess tournaments they have played against each other since 2017.");
        Assert.Equal("2025-06-09", Tie(e).Since);
    }

    [Fact]
    public void ATieSignedBeforeTheStorysDayIsKnownTakesThatDay()
    {
        var e = Read("The Governor of Northvale Province and the Governor of Kestrel County signed the \"Charter of Friendship of Northvale Province and Kestrel County\". " +
                     "The provincial council had voted for the partnership at its April sitting. " +
                     "The ceremony was held on Monday, 9 June 2025, in the provincial hall.");
        Assert.Equal("2025-06-09", Tie(e).Since);
    }

    [Theory]
    // The document signed is another, or the tie is only made closer: the earlier start stands.
    [InlineData("On Monday, 9 June 2025, the two governors signed an annex to the friendship charter on river ferries.")]
    [InlineData("On Monday, 9 June 2025, the two governors signed a charter on deepening friendly relations between the provinces.")]
    [InlineData("On Monday, 9 June 2025, the two governors signed a work plan which builds on the friendship of the provinces.")]
    public void ASigningOfAnotherDocumentKeepsTheTiesStart(string later)
    {
        var e = Read("Northvale Province and Kestrel County established friendship relations in 2012. " + later);
        Assert.Equal("2012", Tie(e).Since);
    }
}
