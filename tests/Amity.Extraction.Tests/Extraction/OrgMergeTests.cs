using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// One body under two names, and regions beside their governments (fifteenth round). Every sentence is invented: no name,
/// place or sentence comes from a corpus article.
/// </summary>
public class OrgMergeTests
{
    [Fact]
    public void ALevelAndAHeadAloneAfterTheBodysHeadFirstNameAreThatBody()
    {
        var e = Read("The President of the Council of the Region of Tarrow-Velno, Mara Tobin, welcomed the guests. The Regional " +
                     "Council will vote on the plan in June. Officials of the Provincial Governorate of Quessa Alta also attended; " +
                     "the Provincial Governorate will host the next meeting. A delegation of the Legislative Assembly of Norvale " +
                     "Krai of the Republic of Ostrava came too, led by the Chairman of the Legislative Assembly, Arlen Voss.");
        NoBody(e, "Regional Council");
        NoBody(e, "Provincial Governorate");
        NoBody(e, "Legislative Assembly");
        Assert.Contains(e.Organizations, o => Names.Same(o.Name, "Provincial Governorate of Quessa Alta"));
    }

    [Fact]
    public void ALevelAndAHeadAloneNameTheBodyNamedLastBeforeThemWhenTwoShareTheHead()
    {
        var e = Read("The Regional Assembly of the Tarrow Region and the Regional Assembly of the Velno Voivodeship signed an " +
                     "agreement on inter-parliamentary cooperation. Mara Tobin, who presides over the sessions of the Regional " +
                     "Assembly, thanked the guests.");
        NoBody(e, "Regional Assembly");
        Assert.Contains(e.Organizations, o => Names.Same(o.Name, "Regional Assembly of the Tarrow Region"));
        Assert.Contains(e.Organizations, o => Names.Same(o.Name, "Regional Assembly of the Velno Voivodeship"));
    }

    [Fact]
    public void OneBodyUnderTwoWordOrdersIsOneRecord()
    {
        var e = Read("Mayor Mara Tobin of the Metropolitan Municipality of Velnora received the guests. The Velnora Metropolitan " +
                     "Municipality will open an office in Tarrow.");
        Assert.Single(e.Organizations, o => o.Name.Contains("Metropolitan Municipality", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionUnderTheEnglishWordStateOrRegionBesideItsOwnHeadIsOneRegion()
    {
        var e = Read("The Quessbuk Special Self-Governing Province and the Tarrowskie Voivodeship signed a friendship agreement. " +
                     "Officials of Quessbuk State will visit Tarrow in May to open the Tarrowskie Region stand at the fair.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Quessbuk", StringComparison.Ordinal));
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Tarrowskie", StringComparison.Ordinal));
    }

    [Fact]
    public void AStateAlsoNamedAloneIsListedUnderItsOwnName()
    {
        var e = Read("Governor Mara Tobin of Velmora State met the delegation from Norvale. Velmora and Norvale have been partners " +
                     "since 2011, and Velmora will send students next year.");
        Body(e, "Velmora", "region");
        NoBody(e, "Velmora State");
    }

    [Fact]
    public void AFreeStateKeepsItsWholeName()
    {
        var e = Read("Premier Mara Tobin of the Free State met the delegation from Norvale. Free and open trade was discussed.");
        NoBody(e, "Free");
    }

    [Fact]
    public void AProvincialGovernorateIsAGovernmentListedBesideItsProvince()
    {
        var e = Read("Governor Mara Tobin received the delegation at the headquarters of the Provincial Governorate of Velmora Baja. " +
                     "Both officials signed a protocol between the Provincial Governorate of Velmora Baja and the Tarrow Institute.");
        Body(e, "Provincial Governorate of Velmora Baja", "agency");
        Body(e, "Velmora Baja", "region");
    }

    [Fact]
    public void ARegionsAdjectiveBeforeItsProvincialGovernmentNamesTheRegion()
    {
        var e = Read("Officials of the Norvalian Provincial Government met the delegation from Tarrow on Monday to discuss trade.");
        Body(e, "Norvalian Provincial Government", "agency");
        Body(e, "Norvalia", "region");
    }

    [Fact]
    public void AGovernorateAloneIsTheRegionItself()
    {
        var e = Read("The Governor of Velmora Governorate met the delegation from Tarrow on Monday to discuss trade.");
        Body(e, "Velmora Governorate", "region");
    }

    [Fact]
    public void ABodyOfAPlaceNamedOnceByThePlacesFormalNameIsOneBody()
    {
        var e = Read("Mayor Mara Tobin of Tarrow met the President of the Senate of the Free Maritime City of Velnhaven, Arlen Voss. " +
                     "The Senate of Velnhaven will send a delegation in May.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Senate of", StringComparison.Ordinal));
    }

    // ---------------------------------------------------------------- sixteenth round

    [Fact]
    public void ARegionNamedOnlyThroughItsGovernmentOrAssemblyIsListedBesideThem()
    {
        var e = Read("Speaker Mara Tobin said the Quessland Provincial Legislature signed a memorandum with the County Assembly of " +
                     "Tarrow. Arlen Voss, a member of the Quessland Provincial Government, briefed the guests. The Velnport City " +
                     "Council welcomed them on Friday.");
        Body(e, "Quessland Provincial Legislature", "legislature");
        Assert.Single(e.Organizations, o => o.Kind == "region" && (Names.Same(o.Name, "Quessland") || Names.Same(o.Name, "Quessland Province")));
        Body(e, "Velnport", "region");
    }

    [Fact]
    public void AnAdjectiveOrADirectionBeforeALevelNamesNoRegionOfThatName()
    {
        var e = Read("The Southern Provincial Council and the Quesslandic Regional Assembly met the Tarrow Regional Council on Monday.");
        NoBody(e, "Southern");
        NoBody(e, "Quesslandic");
    }

    [Fact]
    public void ARegionWithItsLevelInLowerCaseAfterItsNameIsThatRegion()
    {
        var e = Read("Mara Tobin, the hakim of the velayat, said the partnership between Velso velayat and Tarrow region has grown. " +
                     "Some 3,000 citizens of Dorna aimag are working abroad. Experts of the Baltic region and the Quessan region attended.");
        Body(e, "Velso velayat", "region");
        Body(e, "Tarrow region", "region");
        Body(e, "Dorna aimag", "region");
        NoBody(e, "Baltic region");
        NoBody(e, "Quessan region");
    }

    [Fact]
    public void AnIndianStateNamedWithPradeshIsARegion()
    {
        var e = Read("The Chief Minister said that Velna Pradesh and Tarrow would sign a memorandum on mountain tourism.");
        Body(e, "Velna Pradesh", "region");
        Body(e, "Tarrow", "region");
    }

    [Fact]
    public void APeoplesAdjectiveOrAFormalStatusBeforeARegionsHeadNamesTheSameRegion()
    {
        var e = Read("A delegation from the Valorian State of Quessburg visited Tarrow on Monday. Both sides discussed cooperation " +
                     "between Tarrow and the State of Quessburg. The Autonomous District of Velnport and the District of Velnport " +
                     "will host the next round.");
        Assert.Single(e.Organizations, o => o.Name.EndsWith("State of Quessburg", StringComparison.Ordinal));
        Assert.Single(e.Organizations, o => o.Name.EndsWith("District of Velnport", StringComparison.Ordinal));
        Body(e, "State of Quessburg", "region");
    }

    [Fact]
    public void ARegionNamedWithTheCountryItLiesInIsThatRegion()
    {
        var e = Read("Mara Tobin met a delegation of the Canton of Quessberg of the Swiss Confederation in Tarrow. The Canton of " +
                     "Quessberg will host the next meeting.");
        Body(e, "Canton of Quessberg", "region");
        NoBody(e, "Canton of Quessberg of the Swiss Confederation");
    }

    [Fact]
    public void ALevelsGovernmentWithNoOwnerIsTheOneRegionOfThatLevel()
    {
        var e = Read("Arlen Voss, a member of the Cantonal Government, welcomed the delegation of the Canton of Quessberg in Tarrow " +
                     "Region on Monday.");
        NoBody(e, "Cantonal Government");
        Body(e, "Canton of Quessberg", "region");
    }

    [Fact]
    public void ALevelsGovernmentWithNoOwnerStaysWhenTwoRegionsHaveThatLevel()
    {
        var e = Read("Officials of the Canton of Quessberg and the Canton of Velnia met members of the Cantonal Government on Monday.");
        Body(e, "Cantonal Government", "agency");
    }

    [Fact]
    public void AGovernorsOfficeWrittenInLowerCaseIsABodyBesideItsRegion()
    {
        var e = Read("Talks were held at the hakimlik of Velso velayat on Tuesday. Later the delegation visited the Tarrow regional " +
                     "khokimiyat, where Mara Tobin received the guests.");
        Body(e, "hakimlik of Velso velayat", "agency");
        Body(e, "Velso velayat", "region");
        Body(e, "Tarrow regional khokimiyat", "agency");
    }

    [Fact]
    public void AUniversityIsNotFoldedIntoTheUniversityOfAFieldOfItsTown()
    {
        var e = Read("Velno University and the Velno University of Applied Sciences signed a memorandum with Tarsk University on Monday.");
        Body(e, "Velno University", "university");
        Body(e, "Velno University of Applied Sciences", "university");
    }
}
