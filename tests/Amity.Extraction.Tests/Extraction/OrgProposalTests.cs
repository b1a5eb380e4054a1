using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// Bodies the recognizer did not propose at all, and names it proposed that are no bodies (fourteenth round). Every
/// sentence is invented: no name, place or sentence comes from a corpus article.
/// </summary>
public class OrgProposalTests
{
    [Fact]
    public void NamesListedAfterAPluralNounOfCompaniesAreCompanies()
    {
        var e = Read("The delegation of twelve persons includes researchers of the Velmar Institute of Oceanography and executives " +
                     "of the companies Torvik Fisk AS and Brennholt Marine Systems. Later the mayor met the heads of the " +
                     "companies \"Ostra Değirmen Makina\" and \"Kervanlı Yapı\" at the town hall.");
        Body(e, "Brennholt Marine Systems", "company");
        Body(e, "Ostra Değirmen Makina", "company");
        Body(e, "Kervanlı Yapı", "company");
    }

    [Fact]
    public void ANameDescribedAfterACommaAsAnOccasionIsNoPlace()
    {
        var e = Read("Mayor Ilse Brandvold invited Mayor Tomas Reyna to Velnodagen, the town's big summer-opening festival on the river, " +
                     "next May. She also invited him to Harbourfest in Tarrow.");
        NoBody(e, "Velnodagen");
        NoBody(e, "Harbourfest");
    }

    [Fact]
    public void TheOtherSideOfATieBetweenTwoPlacesIsARegion()
    {
        var e = Read("Mayor Ilse Brandvold arrived in Tarrow on Monday. The friendship between Tarrow and Velmora dates from 2011. " +
                     "Tarrow and Quessant signed a protocol in 2019.");
        Body(e, "Velmora", "region");
        Body(e, "Quessant", "region");
    }

    [Fact]
    public void AXuntaOrAJuntaIsTheGovernmentOfItsRegionListedBesideIt()
    {
        var e = Read("The mayor received a delegation from the Xunta de Quessalia led by its Secretary General, Tomas Reyna Ferro.");
        Body(e, "Xunta de Quessalia", "agency");
        Body(e, "Quessalia", "region");
    }

    [Fact]
    public void SchoolsAndServicesInOtherLanguagesAndTechnologyParksAreBodies()
    {
        var e = Read("The students will attend classes at the Colegio San Miguel Arcángel in Velmora. The delegation visited the " +
                     "Quessan Marine Biotechnology Park and the Norvale Techno Park. Officials of the Servicio Nacional de " +
                     "Bosques y Suelos and of the Régie des transports de Velmora attended.");
        Body(e, "Colegio San Miguel Arcángel", "university");
        Body(e, "Quessan Marine Biotechnology Park", "other");
        Body(e, "Norvale Techno Park", "other");
        Body(e, "Servicio Nacional de Bosques y Suelos", "agency");
        Body(e, "Régie des transports de Velmora", "agency");
    }

    [Fact]
    public void ANameDescribedAfterACommaAsAMakerBasedSomewhereIsACompany()
    {
        var e = Read("The mayor toured the port. Brightwell Cable Systems, a subsea cable maker based in Tarrow, will open an office in the city.");
        Body(e, "Brightwell Cable Systems", "company");
    }

    [Fact]
    public void AWordOfPromotionGluedToAKnownPlaceIsItsAgency()
    {
        var e = Read("The delegation arrived in Quessaland on Monday. Officials of VisitQuessaland presented the region's new cycling routes.");
        Body(e, "VisitQuessaland", "agency");
    }

    // Fifteenth round.

    [Fact]
    public void TheLabelsOfAReleasesPartsAreNoBodies()
    {
        var e = Read("MEDIA STATEMENT\n\nThe Mayor of Tarrow, Ilse Brandvold, received a delegation of the Velmora Press Office on Monday.\n\n" +
                     "Key Facts\n\nThe two towns signed a protocol in 2019.\n\nNOTES TO EDITORS\n\nMEDIA CONTACTS\n\nTomas Reyna, (555) 123-4567");
        NoBody(e, "MEDIA STATEMENT");
        NoBody(e, "Key Facts");
        NoBody(e, "NOTES TO EDITORS");
        NoBody(e, "MEDIA CONTACTS");
    }

    [Fact]
    public void DegreesAfterAnIndonesianNameAreNoCompanysLegalForm()
    {
        var e = Read("The Regent of Sarimaju, H. Budi Santoso Wirawan, S.E., M.Si., received the Mayor of Velmora. The dean, " +
                     "Dr. Ir. Rina Kartika Dewi, S.E., spoke at the signing.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Wirawan", StringComparison.Ordinal) || o.Name.Contains("Dewi", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadsOfPublicBodiesAndEnsemblesInOtherLanguagesAreProposed()
    {
        var e = Read("The delegation met the Bolsa de Valores de Tarrow and the Consello da Música Velmeira. The Real Filharmonía de " +
                     "Velmora performed at the Theatro Brandal. Officials of the Protezione Civile and of the Ente Regulador Muelle Tarrow " +
                     "attended. The Klapa Sveti Marin sang, and a performance of the Sanggar Tari Melati Putih followed. The Yayasan " +
                     "Cahaya Harapan and the Orquestra Sinfónica de Velmora took part.");
        Body(e, "Bolsa de Valores de Tarrow", "company");
        Body(e, "Consello da Música Velmeira", "legislature");
        Body(e, "Real Filharmonía de Velmora", "arts");
        Body(e, "Theatro Brandal", "arts");
        Body(e, "Protezione Civile", "agency");
        Body(e, "Ente Regulador Muelle Tarrow", "agency");
        Body(e, "Klapa Sveti Marin", "arts");
        Body(e, "Sanggar Tari Melati Putih", "arts");
        Body(e, "Yayasan Cahaya Harapan", "other");
        Body(e, "Orquestra Sinfónica de Velmora", "arts");
    }

    [Fact]
    public void AStyleOfAddressOrARankStandingAloneIsNoBody()
    {
        var e = Read("The protocol was signed by Her Worship Councillor Ilse Brandvold, Mayor of Tarrow, and by Tomas Reyna, " +
                     "Ambassador Extraordinary and Plenipotentiary of Velmora. \"We are one family,\" said Her Worship Brandvold.");
        NoBody(e, "Worship");
        NoBody(e, "Plenipotentiary");
    }

    [Fact]
    public void ABodyNamedAfterALowerCaseNounOfItsKindIsABody()
    {
        var e = Read("In the evening the B-boy crew 'Harbour Rockers' and the folk ensemble Marin gave performances. Fifteen engineers " +
                     "of the water utility enterprise \"Velnovodokanal\" will train in Tarrow. The mayor also visited the start-up " +
                     "\"Kervan Yapı\" before the company Board met.");
        Body(e, "Harbour Rockers", "arts");
        Body(e, "Marin", "arts");
        Body(e, "Velnovodokanal", "company");
        Body(e, "Kervan Yapı", "company");
        NoBody(e, "Board");
    }

    [Fact]
    public void AMinistersPortfolioIsNoBody()
    {
        var e = Read("Present at the ceremony were the Vice-Minister of Regional Administration, Tomas Reyna Ferro, and the Minister of " +
                     "Fisheries Industries of the State of Quessalia, Ilse Brandvold.");
        NoBody(e, "Regional Administration");
        NoBody(e, "Fisheries Industries of the State of Quessalia");
    }

    [Fact]
    public void ABandOfTheRomanceLanguagesTakesItsDeButACityNamedBandaOrCoralStaysAPlace()
    {
        var e = Read("The bagpipe band Banda de Gaites El Roble will perform. The delegation met officials in Banda Velno on Monday " +
                     "and travelled to Coral Tarrow on Tuesday.");
        Body(e, "Banda de Gaites El Roble", "arts");
        Body(e, "Banda Velno", "region");
        Body(e, "Coral Tarrow", "region");
    }

    [Fact]
    public void ANameInsideTheQuotedTitleOfAWorkIsNoBody()
    {
        var e = Read("The first fruit will be \"Tarrow: City of Bells\", an exhibition of photography opening at the Velno Museum in " +
                     "June. The delegation observed the council's \"Bringing Parliament to the People\" programme in Velmora.");
        NoBody(e, "City of Bells");
        NoBody(e, "Bringing Parliament");
        Body(e, "Velno Museum", "museum");
    }

    [Fact]
    public void ALakeARiverOrAMountainRangeIsNoBody()
    {
        var e = Read("Tarrow, where the river begins its long journey from Lake Morvena, is bound to Velmora by water. The guests " +
                     "also toured the Kalem Mountains.");
        NoBody(e, "Lake Morvena");
        NoBody(e, "Kalem Mountains");
    }

    [Fact]
    public void TwoPlacesJoinedByADashBeforeATieNounAreNoPlace()
    {
        var e = Read("The two mayors signed an agreement to contribute to Tarrow-Velmora friendship and to South-South cooperation.");
        NoBody(e, "Tarrow-Velmora");
        NoBody(e, "South-South");
    }

    [Fact]
    public void ABoardNamedWithoutItsBodyIsNoBody()
    {
        var e = Read("The delegation met Omar Hadid, Deputy Chairman of the Chamber's Board of Directors, at the Tarrow Chamber of Commerce.");
        NoBody(e, "Board of Directors");
    }

    [Fact]
    public void AnOccasionNamedBeforeItsCelebrationsIsNoPlaceAnywhereInTheArticle()
    {
        var e = Read("Invitation to Velkat\n\nDeputy Mayor Ilse Brandvold invited Mayor Tomas Reyna to Tarrow for the Velkat " +
                     "(Midwinter) celebrations on 19 January.");
        NoBody(e, "Velkat");
        Body(e, "Tarrow", "region");
    }

    [Fact]
    public void ANationalityAdjectiveAloneIsNoBody()
    {
        var e = Read("The conference of 1961 was attended by representatives of the Tunisian independence movement and of the " +
                     "Carinthian farmers' union.");
        NoBody(e, "Tunisian");
        NoBody(e, "Carinthian");
    }

    [Fact]
    public void AQuotedCompanyNameTakesTheLegalFormBeforeOrAfterIt()
    {
        var e = Read("The largest contract was concluded between \"Velno Tekstil Klaster\" LLC and \"Arlen Cotton\" LLC of Tarrow " +
                     "for the supply of yarn. The guests also visited JSC \"Velnotrub\" and the Technopark \"Morvena\".");
        Body(e, "Velno Tekstil Klaster LLC", "company");
        Body(e, "Arlen Cotton LLC", "company");
        Body(e, "JSC Velnotrub", "company");
        Body(e, "Technopark Morvena", "other");
        NoBody(e, "LLC of Tarrow");
    }

    [Fact]
    public void AProgrammeOrForumWithAnOfficeHolderOrLendingSupportIsABodyButAnEventForumIsNot()
    {
        var e = Read("The delegation met the General Manager of the Velmor Rural Support Programme (VRSP), Ilse Brandvold. The visit " +
                     "was organised with the support of the Tarrow Assemblies Forum (TAF). The guests attended the Summer Quessa Forum " +
                     "(SQF) in Velmora.");
        Body(e, "Velmor Rural Support Programme", "other");
        Body(e, "Tarrow Assemblies Forum", "other");
        NoBody(e, "Summer Quessa Forum");
    }

    [Fact]
    public void ANameDescribedAfterACommaAsACharityOrASchoolIsThatBody()
    {
        var e = Read("The visitors then headed to the Velno Harbour Link, the charity that has organised school visits since 2010. " +
                     "Tomas Reyna, a university lecturer, joined them.");
        Body(e, "Velno Harbour Link", "other");
        NoBody(e, "Tomas Reyna");
    }

    [Fact]
    public void AFieldCapitalisedInAHeadingAfterInIsNoPlace()
    {
        var e = Read("The Governor of Velno Prefecture, Tomas Reyna, signed a Memorandum for Cooperation in Aquaculture and Fruit " +
                     "Growing and a letter on Partnership in Tourism with the Regional Government of Quessalia.");
        NoBody(e, "Aquaculture");
        NoBody(e, "Tourism");
    }

    [Fact]
    public void AHistoricQuarterOfATownIsNoBody()
    {
        var e = Read("The mayor showed the guests the historic Kalem District and the Grand Mosque. The delegation will conclude its " +
                     "visit with a tour of the Historic Centre of Velmora.");
        NoBody(e, "Kalem District");
        NoBody(e, "Historic Centre of Velmora");
    }

    [Fact]
    public void AFactoryAndASeaportAreBodies()
    {
        var e = Read("The delegation got acquainted with the work of the Velmora Tea Factory. On Wednesday the guests visited the " +
                     "Tarrow International Seaport, where its director Ilse Brandvold met them.");
        Body(e, "Velmora Tea Factory", "company");
        Body(e, "Tarrow International Seaport", "agency");
    }
    [Fact]
    public void ADayNamedAfterACityIsAnOccasion()
    {
        var e = Read("The Mayor of Tarsen invited Ivo Marek to Velno Day in Tarsen, held every September, and to the Arlen City Days.");
        NoBody(e, "Velno Day");
        NoBody(e, "Arlen City Days");
    }

    [Fact]
    public void ATownBeforeItsCelebrationsWithNoGlossStaysAPlace()
    {
        var e = Read("The Velnoria Province delegation will return for the Tarsenvik celebrations in May. The choir of Velnoria " +
                     "Province will travel to Tarsenvik in the summer.");
        Assert.Contains(e.Organizations, o => o.Name == "Tarsenvik");
    }

    [Fact]
    public void AUnitNamedWithItsUniversityNamesThatUniversityToo()
    {
        var e = Read("Mayor Ilse Brandvold met the dean of the Velmora University Faculty of Agriculture. Researchers of the Arid Land " +
                     "Research Center of Tarrow University and of the Institute of Physics of the University of Quessant joined the talks.");
        Body(e, "Velmora University", "university");
        Body(e, "Tarrow University", "university");
        Body(e, "University of Quessant", "university");
    }

    [Fact]
    public void AUniversityHospitalNamesNoUniversity()
    {
        var e = Read("Mayor Ilse Brandvold visited the Velmora University Hospital on Monday.");
        NoBody(e, "Velmora University");
    }

    [Fact]
    public void AnIrregularPluralPossessiveOpensABodysName()
    {
        var e = Read("Mayor Ilse Brandvold met members of the Tarrow Bay Fishermen's Association and of the Velmora Cattlemen's " +
                     "Association on Monday.");
        Body(e, "Tarrow Bay Fishermen's Association", "other");
        Body(e, "Velmora Cattlemen's Association", "other");
        // A short word ending in "men" is a place or a given name, not a compound of "men".
        var f = Read("The mayor visited Tolmen's Chamber of Commerce on Monday.");
        NoBody(f, "Tolmen's Chamber of Commerce");
    }

    [Fact]
    public void ALocalOfficeNamedAfterItsOfficerIsABody()
    {
        var e = Read("Mayor Ilse Brandvold said that three engineers of the City Veterinarian's Office and one of the Provincial " +
                     "Engineer's Office will train in Tarrow next year.");
        Assert.Contains(e.Organizations, o => o.Name == "City Veterinarian's Office");
        Assert.Contains(e.Organizations, o => o.Name == "Provincial Engineer's Office");
    }

    [Fact]
    public void HeadNounsOfBodiesInOtherLanguagesAndConsortiaMakeBodies()
    {
        var e = Read("Mayor Ilse Brandvold met the Tarrow Consortium for the Protection of Velmora Cheese and the Cooperativa Agricola " +
                     "Velmora. In the evening she visited the Accademia Tarrowese delle Arti.");
        Body(e, "Tarrow Consortium for the Protection of Velmora Cheese", "other");
        Body(e, "Cooperativa Agricola Velmora", "other");
        Assert.Contains(e.Organizations, o => o.Name.StartsWith("Accademia Tarrowese", StringComparison.Ordinal));
    }

    [Fact]
    public void APartyCommitteesStandingCommitteeIsThePartyCommittee()
    {
        var e = Read("Governor Tomas Reyna, Member of the Standing Committee of the Provincial Party Committee, received the delegation " +
                     "of Tarrow on Monday.");
        NoBody(e, "Standing Committee of the Provincial Party Committee");
    }

    [Fact]
    public void APairOfPlacesBeforeTheWordsOfATieIsNoBody()
    {
        var e = Read("Mayor Ilse Brandvold said the two sides will hold a \"Tarrow-Velmora Sister State Week\" every year.");
        NoBody(e, "Tarrow-Velmora Sister State");
        NoBody(e, "Tarrow-Velmora Sister State Week");
    }

    [Fact]
    public void AHeadingOfTwoCapitalisedWordsIsNoBody()
    {
        var e = Read("Mayor Ilse Brandvold welcomed the guests from Tarrow on Monday.\n\nWHO TRAVELLED\n\nThe delegation of Tarrow brought " +
                     "twenty dancers.");
        NoBody(e, "WHO TRAVELLED");
    }

    [Fact]
    public void ALanguageDescribedAfterACommaIsNoPlace()
    {
        var e = Read("Tarrow will pay for lessons in Velnish, a creole of the fishing villages, for two years.");
        NoBody(e, "Velnish");
    }

    [Fact]
    public void AHouseOfALegislatureWithItsPlaceIsALegislature()
    {
        var e = Read("A delegation of the House of Representatives of Tarrow visited Velmora on Monday. The House of Councillors of " +
                     "Quessant sent a letter.");
        Body(e, "House of Representatives of Tarrow", "legislature");
        Body(e, "House of Councillors of Quessant", "legislature");
    }

    [Fact]
    public void ACongressNamedAfterAFieldIsNoLegislature()
    {
        var e = Read("In June a business mission of Tarrow companies took part in the Velmora Oil & Gas Congress and in the " +
                     "Quessant Economic Congress.");
        NoBody(e, "Velmora Oil & Gas Congress");
        NoBody(e, "Quessant Economic Congress");
    }
    [Fact]
    public void ACityNamedWithCityOnlyBeforeItsCouncilOrAnOfficeIsTheCity()
    {
        var e = Read("The delegation was met in Tarrow by the Tarrow City Mayor Ilse Brandvold and the Secretary of the Tarrow City " +
                     "Council. Tarrow and Velmora signed a friendship agreement in 2012. Tarrow City Council's international work is " +
                     "led by its Chief Executive.");
        Body(e, "Tarrow", "region");
        NoBody(e, "Tarrow City");
    }
    [Fact]
    public void ALocalityNamedOnlyAsTheSeatOfAFacilityIsNoBody()
    {
        var e = Read("Mayor Ilse Brandvold of Tarrow and Mayor Tomas Reyna of Velmora signed the agreement at the city office in " +
                     "Orlenbagh on Monday. The delegation then visited the biogas plant at Kestrupani and met the staff of the " +
                     "Velmora Water Board at its headquarters in Dunsi Kot. On Tuesday they saw the pumping station at Mirgavali and the " +
                     "Velmora Seed Bank. Tarrow and Velmora have been partners since 2012.");
        NoBody(e, "Orlenbagh");
        NoBody(e, "Kestrupani");
        NoBody(e, "Dunsi Kot");
        NoBody(e, "Mirgavali");
        Body(e, "Tarrow", "region");
    }
    [Fact]
    public void ALoneTitleWordIsNoBody()
    {
        var e = Read("Mayor Ilse Brandvold of Tarrow was a guest of the Velmora Poets' Academy and its General Secretary Tomas Reyna " +
                     "Ferro on Monday.");
        NoBody(e, "General");
    }

    [Fact]
    public void APartOfTheWorldNamedByItsSeaIsNoBody()
    {
        var e = Read("The Speaker of Tarrow will attend the conference of the Velmora Parliamentary Union's Northern Isles and " +
                     "Mediterranean Region in June, and a forum of the Baltic Sea Region in Quessant.");
        NoBody(e, "Mediterranean Region");
        NoBody(e, "Baltic Sea Region");
    }

    [Fact]
    public void AMelaIsAFestivalNotABody()
    {
        var e = Read("Mayor Ilse Brandvold invited Mayor Tomas Reyna and a troupe of Velmora to the Tarrow Mela on 12 July.");
        NoBody(e, "Tarrow Mela");
        Assert.Contains(e.Events, v => v.Name.Contains("Tarrow Mela", StringComparison.Ordinal));
    }
    [Fact]
    public void ATitleATownHoldsIsNoPlace()
    {
        var e = Read("Mayor Ilse Brandvold said that Tarrow is the national City of Culture this year, and that Velmora will be " +
                     "European Capital of Sport in 2031.");
        NoBody(e, "City of Culture");
        NoBody(e, "Capital of Sport");
        NoBody(e, "European Capital of Sport");
    }

    [Fact]
    public void ACaucusIsABodyAndParliamentBuildingsAreABuilding()
    {
        var e = Read("The Speaker of the Velmora Assembly led a delegation to Parliament Buildings, Tarrow, on Monday. The " +
                     "convener of the Women Legislators Caucus, Ilse Brandvold, was also present.");
        Body(e, "Women Legislators Caucus", "other");
        NoBody(e, "Parliament Buildings");
    }
    [Fact]
    public void APortfolioWrittenWithCapitalsIsNoBody()
    {
        var e = Read("The guests were welcomed by the Vice-Mayor of Tarrow delegated to Foreign Trade and Heritage, Ilse Brandvold, " +
                     "on Monday.");
        NoBody(e, "Foreign Trade and Heritage");
        NoBody(e, "Foreign Trade");
    }

    [Fact]
    public void APlaceNamedOnceInOneWordThatNoRecordRefersToIsNotListed()
    {
        var text = "Velno and Arlen sign friendship agreement\n\nPublished: 2025-06-10\n\nThe Mayor of Velno, Ana Vell, and the Mayor of " +
                   "Arlen, Jon Berg, signed a friendship agreement in Velno on Monday. In the evening the guests tasted dishes from " +
                   "Tovarin and visited the old harbour. Velno and Arlen will exchange students next year.";
        var e = ArticleExtractor.Extract(text);
        NoBody(e, "Tovarin");
        Body(e, "Velno", "region");
        Body(e, "Arlen", "region");
        // Named twice, the same place is kept.
        var f = ArticleExtractor.Extract(text + " Tovarin will host the next meeting.");
        Body(f, "Tovarin", "region");
    }
}
