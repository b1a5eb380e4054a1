using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// Where a body's name begins and ends (the twelfth round). Every sentence is invented: no name, place or sentence comes
/// from a corpus article. Each test failed on the code before its rule.
/// </summary>
public class OrgSpanTests
{
    private static void Body(Extraction e, string name) => Assert.Contains(e.Organizations, o => o.Name == name);

    private static void NoBody(Extraction e, string name) => Assert.DoesNotContain(e.Organizations, o => o.Name == name);

    [Fact]
    public void ALongNameOfAnotherLanguageKeepsItsLastOf()
    {
        var e = Read("The Agence pour le Développement et la Réhabilitation de la Médina de Velno signed the agreement on Monday.");
        Body(e, "Agence pour le Développement et la Réhabilitation de la Médina de Velno");
        NoBody(e, "Agence pour le Développement et la Réhabilitation de la Médina");
    }

    [Fact]
    public void AStatesFormalNameIsNotCutBeforeItsOf()
    {
        var e = Read("The Embassy of the Republic of Arlenia in the Kingdom of Westmark hosted the reception.");
        Body(e, "Embassy of the Republic of Arlenia in the Kingdom of Westmark");
        NoBody(e, "Embassy of the Republic of Arlenia in the Kingdom");
    }

    [Fact]
    public void ASeatKeepsItsLowerCaseLevelNoun()
    {
        var e = Read("The Office of the Regional Coordinator of the Republic of Arlenia in Velno region also took part.");
        Body(e, "Office of the Regional Coordinator of the Republic of Arlenia in Velno region");
        NoBody(e, "Office of the Regional Coordinator of the Republic of Arlenia in Velno");
    }

    [Fact]
    public void ASeatBeforeACapitalisedWordKeepsItsEnd()
    {
        // "in Velno Region Twelve" would be another name; only a lower-case level noun before the sentence goes on is the seat's.
        var e = Read("The Westmark Trade Office in Velno region, opened last year, took part.");
        Body(e, "Westmark Trade Office in Velno region");
    }

    [Fact]
    public void APlaceBeforeAListOfPortfoliosOpensTheName()
    {
        var e = Read("The delegation met the Tarsen Investment, Trade and Tourism Promotion Centre on Friday.");
        Body(e, "Tarsen Investment, Trade and Tourism Promotion Centre");
        NoBody(e, "Investment, Trade and Tourism Promotion Centre");
    }

    [Fact]
    public void AHeadFirstNameGoesOnThroughAFurtherOf()
    {
        var e = Read("The Association of Fruit Growers of Tarsen and the Centre for Studies of Marine Ecology of the Northern Coast signed the memorandum.");
        Body(e, "Association of Fruit Growers of Tarsen");
        Body(e, "Centre for Studies of Marine Ecology of the Northern Coast");
        NoBody(e, "Fruit Growers of Tarsen");
        NoBody(e, "Centre for Studies");
    }

    [Fact]
    public void AFurtherOfBeforeAnotherBodysOfIsNotTaken()
    {
        // "of the University of Velno" is a body with its own "of": the centre's name stops before it.
        var e = Read("The Centre for Arctic Studies of the University of Velno hosted the visit.");
        NoBody(e, "Centre for Arctic Studies of the University");
    }

    [Fact]
    public void ARulersTitleBeforeAnInstitutionsNameOpensIt()
    {
        var e = Read("The delegation visited Tarsen University, King Tomas Memorial Hospital and the Velno Museum.");
        Body(e, "King Tomas Memorial Hospital");
        NoBody(e, "Tomas Memorial Hospital");
    }

    [Fact]
    public void ABodyReadWithItsSeatIsStillFoundByItsLastWords()
    {
        var e = Read("The Department of Fire and Rescue Services of Western Velno will train twenty brigade leaders. " +
                     "They were accompanied by Fire and Rescue Services Commissioner Ivo Tarsen.");
        NoBody(e, "Rescue Services");
        Assert.Equal("Department of Fire and Rescue Services of Western Velno", Assert.Single(e.People, p => p.Name == "Ivo Tarsen").Organization);
    }

    [Fact]
    public void ASeatFollowedByAPersonsNameIsNotTaken()
    {
        // "of Tarsen Ivo Marek": a place and a person's name, no seat of three words.
        var e = Read("The Centre for Studies of Marine Ecology of Tarsen Ivo Marek said the same.");
        NoBody(e, "Centre for Studies of Marine Ecology of Tarsen Ivo Marek");
    }

    [Fact]
    public void APortugueseArticleLinksTheNameLikeAnyOther()
    {
        var e = Read("The Fundação para o Desenvolvimento da Região de Velno attended the signing in Westport.");
        Body(e, "Fundação para o Desenvolvimento da Região de Velno");
    }

    [Fact]
    public void ALowerCaseNounBeforeALowerCaseLegalFormIsOfTheName()
    {
        var e = Read("The ministry signed with Zlatna luka Velno d.o.o. and Pomorska banka Tarsen d.d. on Monday.");
        Body(e, "Zlatna luka Velno d.o.o.");
        Body(e, "Pomorska banka Tarsen d.d.");
        NoBody(e, "Velno d.o.o.");
    }

    [Fact]
    public void APeoplesAdjectiveAndAnEnglishNounBeforeALegalFormDescribeTheCompany()
    {
        var e = Read("The ministry signed with the Arlenian manufacturer Velkor Tarsen a.s. on Monday.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("manufacturer", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionNamedOnTheLeftHasNoFieldAfterFor()
    {
        var e = Read("Governor Tobin invited the delegation to visit the Velno Region for the Velno Harvest Festival on 4 October.");
        Body(e, "Velno Region");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Region for", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadFirstBodysPlaceKeepsItsLowerCaseLevelNoun()
    {
        var e = Read("The roadmap between the Chamber of Growers of Velno region and the Province of Arlen was signed on Monday.");
        Body(e, "Chamber of Growers of Velno region");
        NoBody(e, "Chamber of Growers of Velno");
    }

    [Fact]
    public void AHeadFirstBodysLevelNounIsKeptBeforeItsSpeakersName()
    {
        var e = Read("The document was signed by the chairwoman of the Union of Tanners of Velno region Mira Holst.");
        Body(e, "Union of Tanners of Velno region");
        NoBody(e, "Union of Tanners of Velno");
    }

    [Fact]
    public void AStatesFormalNameAfterAnOfficesToEndsBeforeItsHoldersName()
    {
        var e = Read("The meeting was also attended by the Ambassador of the Kingdom of Westmark to the Republic of Arlenia Tomas Vellner and the mayor.");
        Body(e, "Republic of Arlenia");
        NoBody(e, "Republic of Arlenia Tomas Vellner");
    }

    [Fact]
    public void AFacultysFieldsListedWithCommasStayInItsName()
    {
        var e = Read("Students will carry out field research at the Faculty of Plant Breeding, Forestry and Fisheries of Tarsen University next year.");
        Body(e, "Faculty of Plant Breeding, Forestry and Fisheries of Tarsen University");
        NoBody(e, "Faculty of Plant Breeding");
    }

    [Fact]
    public void TwoPeoplesNamesAfterABodysCommaAreNoFieldsOfIt()
    {
        var e = Read("The agreement was signed by the Ministry of Health, Ivo Marek and Lena Holt on Monday.");
        Body(e, "Ministry of Health");
        NoBody(e, "Ministry of Health, Ivo Marek and Lena Holt");
    }

    // Fourteenth round.

    [Fact]
    public void AHoldersNameAfterABodysHeadIsNotTheBodys()
    {
        var e = Read("Director of the Trade Promotion Division of Velno Metropolitan City Pak Su-min and Head of the External Relations Division of the Governor's Office T.Varnok also took part in the meeting.");
        Body(e, "Trade Promotion Division of Velno Metropolitan City");
        Body(e, "External Relations Division of the Governor's Office");
        NoBody(e, "Trade Promotion Division of Velno Metropolitan City Pak Su-min");
        NoBody(e, "External Relations Division of the Governor's Office T.Varnok");
    }

    [Fact]
    public void AHoldersNameAfterARegionsHeadIsNotTheRegions()
    {
        var e = Read("The talks were led by the Director of the Marshal's Office of the Westmark Voivodeship Tomas Brenk, who signed the letter.");
        Body(e, "Marshal's Office of the Westmark Voivodeship");
        NoBody(e, "Marshal's Office of the Westmark Voivodeship Tomas Brenk");
    }

    [Fact]
    public void AnExecutivesOwnWordsAfterAPlaceAreNoHoldersName()
    {
        var e = Read("The Head of the Talsen City Executive Power, Ivo Marek, met them at the Talsen City Executive Power building.");
        Body(e, "Talsen City Executive Power");
        NoBody(e, "Talsen City");
    }

    [Fact]
    public void ACitysBodyEndsBeforeItsCountry()
    {
        var e = Read("The Talsen Municipal People's Government of the Republic of Arlenia and the Province of Merrow of the Kingdom of Westmark signed the agreement.");
        Body(e, "Talsen Municipal People's Government");
        Body(e, "Province of Merrow");
        NoBody(e, "Talsen Municipal People's Government of the Republic of Arlenia");
        NoBody(e, "Province of Merrow of the Kingdom of Westmark");
    }

    [Fact]
    public void ACountrysOwnBodyKeepsItsCountry()
    {
        var e = Read("The Cocoa Board of the Republic of Arlenia and the Tourism Authority of the Kingdom of Westmark signed the agreement.");
        Body(e, "Cocoa Board of the Republic of Arlenia");
        Body(e, "Tourism Authority of the Kingdom of Westmark");
    }

    [Fact]
    public void ALevelNounAfterAnInnerHeadsSeatStaysInTheName()
    {
        var e = Read("The delegation came at the invitation of the Governor's Office of Tarsk-Ula aimag and met the Citizens' Representative Khural of Tarsk-Ula aimag.");
        Body(e, "Governor's Office of Tarsk-Ula aimag");
        Body(e, "Citizens' Representative Khural of Tarsk-Ula aimag");
        NoBody(e, "Governor's Office of Tarsk-Ula");
    }

    [Fact]
    public void WordsBeforeAHeadDoNotStopItsFurtherOf()
    {
        var e = Read("A survey of the old town by the National School of Architecture of Tarsen begins next spring.");
        Body(e, "National School of Architecture of Tarsen");
        NoBody(e, "National School of Architecture");
    }

    [Fact]
    public void ABodyInsideTheNameKeepsTheFurtherOfToItself()
    {
        var e = Read("The Head of the Heritage Office of the Regional Culture Directorate of Velno spoke at the opening.");
        Body(e, "Regional Culture Directorate of Velno");
        NoBody(e, "Heritage Office of the Regional Culture Directorate of Velno");
    }

    [Fact]
    public void AUniversitysFieldStaysWithItAfterAUnit()
    {
        var e = Read("Mara Velk, Dean of the Velno Business School of Velno University of Applied Sciences, opened the course.");
        Body(e, "Velno Business School of Velno University of Applied Sciences");
        NoBody(e, "Velno Business School of Velno University");
    }

    [Fact]
    public void AHoldersNameAfterTheBodyOfAUnitsOfficeIsNotTheBodys()
    {
        var e = Read("Present were the Director of the Department of Roads of the Marshal's Office of the Westmark Voivodeship Tomas Brenk and two engineers.");
        Body(e, "Marshal's Office of the Westmark Voivodeship");
        NoBody(e, "Marshal's Office of the Westmark Voivodeship Tomas Brenk");
    }

    [Fact]
    public void AStatesFormalNameAfterAnOfficesBodyEndsBeforeItsHoldersName()
    {
        var e = Read("The Vice Mayor for Economic Affairs of Velno Metropolitan City of the Republic of Arlenia Pak Su-min signed the memorandum.");
        Body(e, "Republic of Arlenia");
        NoBody(e, "Republic of Arlenia Pak Su-min");
    }

    [Fact]
    public void AConsulateGeneralIsFoundWhole()
    {
        var e = Read("The Consulate General of Arlenia in Velno hosted a reception for the visiting traders.");
        Body(e, "Consulate General of Arlenia in Velno");
    }

    [Fact]
    public void AnOfficeOfTheBodyOpeningTheSentenceGivesTheBodyAndItsHolder()
    {
        var e = Read("Head of the Association of Fruit Growers of Tarsen Ivo Marek said the harvest was good.");
        Body(e, "Association of Fruit Growers of Tarsen");
        NoBody(e, "Fruit Growers of Tarsen Ivo Marek");
        Assert.Contains(e.People, p => p.Name == "Ivo Marek");
    }

    [Fact]
    public void APlaceNamedWithARomanceOfOpensTheBodysName()
    {
        var e = Read("The Cartagena de Velno Tourism Corporation and the Rio de Tarsen State University signed the agreement.");
        Body(e, "Cartagena de Velno Tourism Corporation");
        NoBody(e, "Velno Tourism Corporation");
    }

    // Fifteenth round.

    [Fact]
    public void AnAmpersandJoinsTwoWordsOfOneNameAfterAnyWord()
    {
        var e = Read("On the same day, Velmar Maritime & Ocean University (VMOU) and the Arlen Institute signed an exchange agreement.");
        Body(e, "Velmar Maritime & Ocean University");
        NoBody(e, "Ocean University");
    }

    [Fact]
    public void ACountryOfSeveralWordsOpensTheBodysNameWhole()
    {
        var f = Read("Officials of the New Zealand Dairy Board met the farmers of Velno.");
        Body(f, "New Zealand Dairy Board");
        NoBody(f, "Zealand Dairy Board");
    }

    [Fact]
    public void AUnitOfABodyOfAnotherLanguageTakesThatBodysWholeName()
    {
        var e = Read("The Dean of the Faculty of Arts and Letters of the Universidad de la Costa Verde (UCV), Ana Ruiz, signed the agreement.");
        Body(e, "Faculty of Arts and Letters of the Universidad de la Costa Verde");
        NoBody(e, "Faculty of Arts and Letters of the Universidad");
    }

    [Fact]
    public void ACourtesyWordInsideAnInstitutionNamedAfterAPersonIsPartOfIt()
    {
        var e = Read("The Faculty of Marine Science of Universitas Bahari Tunku Arif Haji (FIKP UBTAH) and the Velno Polytechnic joined the programme.");
        Body(e, "Universitas Bahari Tunku Arif Haji");
        NoBody(e, "Universitas Bahari Tunku Arif");
    }

    [Fact]
    public void ABodyOfOneNationAbroadIsNamedWithTheCountryItSitsIn()
    {
        // A region's own body with its city is at home; the city is where it meets, not its name.
        Body(Read("The Velnese State Chancellery in Tarsen hosted the talks."), "Velnese State Chancellery");
        var e = Read("The mayor met the chairman of the Arlenian Chamber of Commerce in Chile (ACCC) on Tuesday.");
        Body(e, "Arlenian Chamber of Commerce in Chile");
        NoBody(e, "Arlenian Chamber of Commerce");
    }

    [Fact]
    public void AnOfficeAbroadKeepsACityOfFourWords()
    {
        var e = Read("The governor visited the Velno Trade Office in Bao Lo Vinh City to encourage its staff.");
        Body(e, "Velno Trade Office in Bao Lo Vinh City");
    }

    [Fact]
    public void ABodyOfARegionWithItsLevelEndsBeforeTheCountry()
    {
        var e = Read("The Legislative Assembly of Tarsk Krai of the Federation of Westmark sent a letter of thanks.");
        Body(e, "Legislative Assembly of Tarsk Krai");
        NoBody(e, "Legislative Assembly of Tarsk Krai of the Federation of Westmark");
    }

    [Fact]
    public void AQuotedNameInsideARomanceNameKeepsThePlaceAfterIt()
    {
        var e = Read("The Universidad Autónoma \"Mara Tobin\" de Velno signed the agreement with the Tarsen Institute.");
        Body(e, "Universidad Autónoma \"Mara Tobin\" de Velno");
        NoBody(e, "Universidad Autónoma \"Mara Tobin\"");
    }

    [Fact]
    public void ANationAndAKindOfBodyBeforeAForeignNameAreNoPartOfIt()
    {
        var e = Read("The project is supported by the Arlenian NGO Associação Amigos de Velno, which has worked there since 2001.");
        Body(e, "Associação Amigos de Velno");
        NoBody(e, "Arlenian NGO Associação Amigos de Velno");
    }

    [Fact]
    public void AHoldersSurnameInCapitalsAfterTheBodyIsNotPartOfIt()
    {
        var e = Read("Velno Prefecture side: Governor SATO Ken; Chairperson of the Velno Prefectural Assembly TANAKA Hiro\n\nThe talks lasted an hour.");
        Body(e, "Velno Prefectural Assembly");
        Assert.Contains(e.People, p => p.Name == "TANAKA Hiro");
    }

    [Fact]
    public void TwoLevelsOfOnePlaceJoinedByAndAreOneBodysLevel()
    {
        var e = Read("The chair of Velno City and County Council, Cllr. Mara Tobin, thanked the visitors.");
        Body(e, "Velno City and County Council");
        NoBody(e, "County Council");
    }

    [Fact]
    public void AnElidedParticleGoesOnWithAPlace()
    {
        var e = Read("The cocoa mission came back in Côte d'Ivoire on Monday, and the choir travelled to Val d'Arlen in May.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Côte" || o.Name == "Val");
        Assert.Contains(e.Organizations, o => o.Name == "Val d'Arlen");
    }

    // Sixteenth round.

    [Fact]
    public void AnArabicArticleInsideAPlacesNameGoesOnWithIt()
    {
        var e = Read("The mayor of the City of Wadi es Velno met the Wadi es Velno City Council on Monday.");
        Body(e, "City of Wadi es Velno");
        Body(e, "Wadi es Velno City Council");
        NoBody(e, "City of Wadi");
        NoBody(e, "Velno City Council");
    }

    [Fact]
    public void ADiplomaticMissionIsNamedWithItsSeat()
    {
        var e = Read("The week was organised with the Embassy of the Kingdom of Arlenia in Velno and the Tarsen High Commission in Westport.");
        Body(e, "Embassy of the Kingdom of Arlenia in Velno");
        Body(e, "Tarsen High Commission in Westport");
        NoBody(e, "Tarsen High Commission");
    }

    [Fact]
    public void OneFieldInThePluralAfterAndClosesTheList()
    {
        var e = Read("The Director of the Department of Trade and Industries, Ivo Marek, met staff of the Ministry of Water, Forestry and Cooperatives.");
        Body(e, "Department of Trade and Industries");
        Body(e, "Ministry of Water, Forestry and Cooperatives");
        NoBody(e, "Department of Trade");
    }

    [Fact]
    public void TwoArtsJoinedByAndKeepTheirTheatre()
    {
        var e = Read("The evening closed with dancers of the Velno Opera and Ballet Theatre.");
        Body(e, "Velno Opera and Ballet Theatre");
        NoBody(e, "Ballet Theatre");
    }

    [Fact]
    public void AnElidedOfGoesOnWithAForeignName()
    {
        var e = Read("The delegation then toured the Port Autonome d'Arlen and its container terminal.");
        Body(e, "Port Autonome d'Arlen");
        NoBody(e, "Port Autonome");
    }

    [Fact]
    public void ASaintsPossessiveIsInsideTheName()
    {
        var e = Read("Pupils of St Arlen's Primary School sang, and nurses of St Mara's Hospital joined them.");
        Body(e, "St Arlen's Primary School");
        Body(e, "St Mara's Hospital");
        NoBody(e, "Primary School");
    }

    [Fact]
    public void AFieldInThePluralAfterAHeadsOfIsNoBodyOfItsOwn()
    {
        var e = Read("The memorandum was signed with the General Directorate of Forest Enterprises of Norway (GDFE).");
        Body(e, "General Directorate of Forest Enterprises of Norway");
        NoBody(e, "Forest Enterprises of Norway");
    }

    [Fact]
    public void AStatesFormalNameWithAPeoplesAdjectiveIsACountry()
    {
        var e = Read("A delegation of the Canton of Velno of the Arlenian Confederation arrived on Monday.");
        Body(e, "Canton of Velno");
        NoBody(e, "Canton of Velno of the Arlenian Confederation");
    }

    [Fact]
    public void ABodyOfOneNationInAnotherNamesBoth()
    {
        var e = Read("The fair was organised by the Federation of Growers Associations of Chile in Norway, and the mayor visited the Museum of Arlenian Immigration in Norway.");
        Body(e, "Federation of Growers Associations of Chile in Norway");
        Body(e, "Museum of Arlenian Immigration in Norway");
    }

    [Fact]
    public void ANumberedUniversityKeepsThePersonItIsNamedAfter()
    {
        var e = Read("The Rector of the Université de Velno 2 Mara Ben Tobin, Prof. Ivo Marek, signed, as did the Rector of the University of Tarsen 1 – Lena Holt Professor Ana Ruiz.");
        Body(e, "Université de Velno 2 Mara Ben Tobin");
        Body(e, "University of Tarsen 1 – Lena Holt");
    }

    [Fact]
    public void ACourtesyWordAfterAListOfFieldsClosesIt()
    {
        var e = Read("The Secretary of the Ministry of Water, Forestry and Cooperatives Mr. Ivo Marek attended.");
        Body(e, "Ministry of Water, Forestry and Cooperatives");
        NoBody(e, "Ministry of Water");
    }

    [Fact]
    public void ForAndALowerCaseWordAfterAUnitsParentAreTheSentences()
    {
        var e = Read("Velno will welcome students of the Faculty of Marine Studies of the University of Malta for field work every year.");
        Body(e, "Faculty of Marine Studies of the University of Malta");
        NoBody(e, "Faculty of Marine Studies of the University");
    }

    [Fact]
    public void AUniversityNamedAfterItsCountryIsABodyInsideAUnitsName()
    {
        var e = Read("A memorandum was signed with the Faculty of Law of the University of Malta on Monday.");
        Body(e, "Faculty of Law of the University of Malta");
        Body(e, "University of Malta");
    }

    [Fact]
    public void FieldsListedBeforeAnAmpersandAreTheNames()
    {
        var e = Read("The group will meet officials at the Culture, Lottery & Heritage Office next week.");
        Body(e, "Culture, Lottery & Heritage Office");
        NoBody(e, "Lottery & Heritage Office");
    }
    [Fact]
    public void AQuotedNameBeforeTheHeadOpensTheName()
    {
        var e = Read("The Rector of the \"Mara Tobin\" Technical University of Velno, Prof. Ivo Marek, visited the \"Sf. Andrei\" County Clinical Hospital Tarsen on Monday.");
        Body(e, "\"Mara Tobin\" Technical University of Velno");
        NoBody(e, "Technical University of Velno");
    }

    [Fact]
    public void AUnitOfTheSameKindAfterADashIsTheNames()
    {
        var e = Read("The forum was organised by the Arlenian Chamber of Economy – County Chamber Tarsen and the Velno Chamber of Commerce.");
        Body(e, "Arlenian Chamber of Economy – County Chamber Tarsen");
        var f = Read("The agreement was signed on Monday, and the County Government of Velno – Department of Trade sent a note.");
        NoBody(f, "County Government of Velno – Department of Trade");
    }

    [Fact]
    public void AnAcronymBeforeADashOpensTheName()
    {
        var e = Read("The Rector of ARZ – Technical University of Velno, Prof. Ivo Marek, signed the agreement.");
        Body(e, "ARZ – Technical University of Velno");
    }
    [Fact]
    public void ABantuNameParticleStaysInsideAnInstitutionsName()
    {
        var e = Read("The Rector of the Mwene ya Kalunga University, Ivo Marek, said the Kamau wa Njoroge Academy will cooperate.");
        Body(e, "Mwene ya Kalunga University");
        Body(e, "Kamau wa Njoroge Academy");
    }
    [Fact]
    public void InAndALowerCaseWordAfterTheSeatAreTheSentences()
    {
        var e = Read("The office will train thirty agents of the Regional Directorate of Forestry and Fisheries of Tarsen in the management of orchards.");
        Body(e, "Regional Directorate of Forestry and Fisheries of Tarsen");
    }

    // Seventeenth round: a holder's name glued after the body of their office.

    [Fact]
    public void AHoldersNameWithAPatronymicIsNoPartOfTheStatesName()
    {
        var e = Read("Taking part were the Head of the Republic of Tarskostan Ilgar Rafaelevich Mukhamov and the Minister of Industry, Energy and Innovation of the Republic of Tarskostan Damir Ilshatovich Garov.");
        Body(e, "Republic of Tarskostan");
        NoBody(e, "Republic of Tarskostan Ilgar Rafaelevich Mukhamov");
        NoBody(e, "Republic of Tarskostan Damir Ilshatovich Garov");
        Person(e, "Ilgar Rafaelevich Mukhamov");
        Person(e, "Damir Ilshatovich Garov");
    }

    [Fact]
    public void AHoldersFamilyNameOnACapitalisedParticleIsNoPartOfTheTownsName()
    {
        var e = Read("Taking part were the Mayor of the Municipality of Velsano Carmine Di Tolla and the Governor of the State of Mato Grosso Do Sul.");
        Body(e, "Municipality of Velsano");
        Body(e, "State of Mato Grosso Do Sul");
        Person(e, "Carmine Di Tolla");
    }

    [Fact]
    public void AHoldersNameAfterAMissionsSeatIsNoPartOfIt()
    {
        var e = Read("The Counsellor for Economic Affairs of the Embassy of Arlenia in the Russian Federation Marco Velli also attended.");
        Body(e, "Embassy of Arlenia in the Russian Federation");
        Person(e, "Marco Velli");
    }

    [Fact]
    public void AnOfficeAfterAndOpensTheNextPerson()
    {
        var e = Read("The document was signed by Dean of the Faculty of Mining Arlan Sembayev and Vice President for Research of Velno University Professor Mara Tobin.");
        Body(e, "Faculty of Mining");
        Person(e, "Arlan Sembayev");
    }

    [Fact]
    public void AnHonouredNameWithInitialsEndsAtItsFamilyName()
    {
        var e = Read("The delegation included the Rector of Tarsk State University named after K. Velmirov Aigul Tasbolova.");
        Body(e, "Tarsk State University named after K. Velmirov");
        Person(e, "Aigul Tasbolova");
    }

    [Fact]
    public void AQuotedNamesUniversityEndsAtItsSeatAndIsKnownWithoutTheQuotedName()
    {
        var e = Read("The delegation included the Rector of \"V. M. Arlenu\" State University of Tarsk Ion Velescu. Students of the State University of Tarsk will come in May.");
        Body(e, "\"V. M. Arlenu\" State University of Tarsk");
        NoBody(e, "State University of Tarsk");
        NoBody(e, "\"V. M. Arlenu\" State University of Tarsk Ion Velescu");
    }

    [Fact]
    public void ACountrysShortNameOrAdjectiveBeforeALevelIsNoPartOfIt()
    {
        var e = Read("The delegation from the US State of Velmont met students of the Mexican State of Arlena.");
        Body(e, "State of Velmont");
        Body(e, "State of Arlena");
        NoBody(e, "US State of Velmont");
        NoBody(e, "Mexican State of Arlena");
    }

    [Fact]
    public void NewOpeningAPlacesNameOpensTheBodys()
    {
        var e = Read("Students of the New Tarswick Community College visited the port.");
        Body(e, "New Tarswick Community College");
        NoBody(e, "Tarswick Community College");
    }

    [Fact]
    public void AFieldInThePluralAfterABodysOfStartsNoBody()
    {
        var e = Read("The delegation visited the Federation of Industries of the Province of Velmora and met the Union of Cooperatives of Tarsk on Friday.");
        Body(e, "Federation of Industries of the Province of Velmora");
        Body(e, "Union of Cooperatives of Tarsk");
        NoBody(e, "Industries of the Province of Velmora");
        NoBody(e, "Cooperatives of Tarsk");
    }

    [Fact]
    public void TheBoardAnOfficeHolderChairsIsTheBodysOrgan()
    {
        var e = Read("The memorandum was signed by the Chairman of the Board of Velmora Waterworks Ltd, Ivo Marek, and the Chair of the Board of the Tarsk Harbour Corporation, Ana Lind.");
        Body(e, "Velmora Waterworks Ltd");
        Body(e, "Tarsk Harbour Corporation");
        NoBody(e, "Board of Velmora Waterworks Ltd");
        NoBody(e, "Board of the Tarsk Harbour Corporation");
    }

    [Fact]
    public void AHospitalNamedByItsKindThenItsTownKeepsTheTown()
    {
        var e = Read("Patients of the Teaching Hospital Velno and the District Headquarters Hospital Tarsk will benefit, the delegation said.");
        Body(e, "Teaching Hospital Velno");
        Body(e, "District Headquarters Hospital Tarsk");
        NoBody(e, "Velno");
    }

    [Fact]
    public void AnAmpersandJoinsTwoWordsOfACompanysNameBeforeItsLegalForm()
    {
        var e = Read("As agreed, Velno Kraft & Vatten AB, the town's utility, will visit Tarsk.");
        Body(e, "Velno Kraft & Vatten AB");
        NoBody(e, "Vatten AB");
    }

    [Fact]
    public void ACourtesyWordOpensAnInstituteNamedAfterAPersonOfTwoNames()
    {
        var e = Read("The delegation met the Director of Shri Arlen Velmani Institute of Engineering and Design on Monday.");
        Body(e, "Shri Arlen Velmani Institute of Engineering and Design");
        NoBody(e, "Arlen Velmani Institute of Engineering and Design");
    }

    [Fact]
    public void GeneralAfterAnOfficeIsTheOfficesNotTheBodys()
    {
        var e = Read("The guests were received by the Director General Tarsk Harbour Authority (THA) Ivo Marek on Monday.");
        Body(e, "Tarsk Harbour Authority");
        NoBody(e, "General Tarsk Harbour Authority");
    }

    [Fact]
    public void ANameInBracketsAfterTheHeadDoesNotEndTheNameBeforeItsSeat()
    {
        var e = Read("The guests met the Chairman of the Regional Assembly (Seimas) of the Tarsk Voivodeship, Ivo Marek, on Monday.");
        Body(e, "Regional Assembly of the Tarsk Voivodeship");
        NoBody(e, "Regional Assembly");
    }
}
