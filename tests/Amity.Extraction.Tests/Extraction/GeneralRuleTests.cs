using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// One test per general rule added to read press releases of other governments. Every sentence is invented: no name,
/// place or sentence comes from a corpus article.
/// </summary>
public class GeneralRuleTests
{
    [Fact]
    public void ANameInAppositionAfterALongOfficeAndItsBodyIsAPerson()
    {
        var e = Read("The meeting was attended by the Director-General of the Northvale Water Commission (NWC), Vesna Ilić Borrego; " +
                     "and the Commissioner for Trade, Industry and Tourism, Halima Njeri Odundo.");
        var director = Person(e, "Vesna Ilić Borrego");
        Assert.Equal("Director-General", director.Title);
        Assert.Equal("Northvale Water Commission", director.Organization);
        Person(e, "Halima Njeri Odundo");
    }

    [Fact]
    public void ANameKeepsSeveralParticles()
    {
        var e = Read("The Secretary of Culture of Brevania, Inés Lucía Prado de la Vega, opened the exhibition.");
        Assert.Equal("Inés Lucía Prado de la Vega", Person(e, "Inés Lucía Prado de la Vega").Name);
    }

    [Fact]
    public void AnOfficeInTheLocalLanguageInBracketsIsSkipped()
    {
        var e = Read("Mayor (Burgemeester) Pieter van den Akker welcomed the guests at the town hall.");
        Assert.Equal("Mayor", Person(e, "Pieter van den Akker").Title);
    }

    [Fact]
    public void GeneralAfterAnOfficeBelongsToTheOffice()
    {
        var e = Read("The Rector General of the University of Westmark, Dr. Olav Steen Haug, signed the letter.");
        Assert.Equal("Rector General", Person(e, "Olav Steen Haug").Title);
        NoPerson(e, "General");
    }

    [Fact]
    public void HyphenatedViceOfficesAreOffices()
    {
        var e = Read("Also present were the Vice-Mayor, Ilse Marten Koch; and the Vice-Rector for Research, Jonas Pilz Ebner.");
        Assert.Equal("Vice-Mayor", Person(e, "Ilse Marten Koch").Title);
        Person(e, "Jonas Pilz Ebner");
    }

    [Fact]
    public void TheBodyThenTheNameWithoutACommaIsSplitWhereTheNameBegins()
    {
        var e = Read("Premier of East Valoria Ingrid Brask today opened the forum. Director of the Department Trinh Quang Vu attended the talks.");
        var premier = Person(e, "Ingrid Brask");
        Assert.Equal("East Valoria", premier.Organization);
        Person(e, "Trinh Quang Vu");
    }

    [Fact]
    public void AnAccentedNameAndItsPlainSpellingAreOnePerson()
    {
        var e = Read("Governor Alma Quirante held talks with Trịnh Bảo Ngọc, Chairman of the Provincial People's Committee.\n\n" +
                     "(Photo: Governor Alma Quirante and Chairman Trinh Bao Ngoc after the talks.)");
        Assert.Equal("Trịnh Bảo Ngọc", Person(e, "Trịnh Bảo Ngọc").Name);
        NoPerson(e, "Trinh Bao Ngoc");
    }

    [Fact]
    public void CourtesyWordsOfManyLanguagesAreNoPartOfTheName()
    {
        var e = Read("The MoU was signed by the Menteri Besar of Bukit Harapan, YAB Dato' Seri Haji Rahim bin Osman, and the Governor. " +
                     "The delegation called on Chief Minister Smt. Kavita Rani Menon. The Deputy Governor, Barr. (Mrs.) Ngozi Ada Eze, also spoke.");
        Person(e, "Rahim bin Osman");
        Person(e, "Kavita Rani Menon");
        Person(e, "Ngozi Ada Eze");
    }

    [Fact]
    public void AFullNameAfterALowerCaseOfficeIsAPerson()
    {
        var e = Read("The twinning was first signed in 2012 by former mayor Paul Girard and the city council.");
        Assert.Equal("mayor", Person(e, "Paul Girard").Title, ignoreCase: true);
    }

    [Fact]
    public void ANicknameInQuotesIsNoPartOfTheName()
    {
        var e = Read("The delegation was led by Governor Ines \"Tita\" Velasco-Ordaz and three mayors.");
        Person(e, "Ines Velasco-Ordaz");
        NoPerson(e, "Tita");
    }

    [Fact]
    public void ASurnameWithAnArticleAndAGivenNameThatIsAModalAreKept()
    {
        var e = Read("The agreement was signed by the Director, Dr. Karim al-Hassani, and by the Chairman of the Chamber, Mr. Emre Can Yıldız, on Monday.");
        Person(e, "Karim al-Hassani");
        Person(e, "Emre Can Yıldız");
    }

    [Fact]
    public void PortfolioWordsJoinedByAndOpenAnOfficeName()
    {
        var e = Read("The Head of the provincial Tourism and Heritage Promotion Office, Dewi Sartika Ayu, presented the plan.");
        Assert.Contains(e.Organizations, o => o.Name == "Tourism and Heritage Promotion Office");
        Assert.Equal("Tourism and Heritage Promotion Office", Person(e, "Dewi Sartika Ayu").Organization);
    }

    [Fact]
    public void TheOfficeOfAnOfficeHolderAndItsShortFormAreOneBody()
    {
        var e = Read("The talks took place at the Marshal's Office of the Wrenska Voivodeship in Tarnow. Later the Marshal's Office hosted a lunch.");
        Assert.Contains(e.Organizations, o => o.Name == "Marshal's Office of the Wrenska Voivodeship");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Marshal's Office");
    }

    [Fact]
    public void TheGovernmentOfARegionIsABodyBesideTheRegion()
    {
        var e = Read("Governor Ilse Brandvold of the State of Norvale met the delegation. The Government of Norvale will open an office in the city.");
        Body(e, "Government of Norvale", "agency");
        Body(e, "State of Norvale", "region");
        Assert.Equal("State of Norvale", Person(e, "Ilse Brandvold").Organization);
    }

    [Fact]
    public void AGovernmentNamedWithoutItsRegionElsewhereStillNamesTheRegion()
    {
        var e = Read("The Government of Tessaly and the Region of Korvel signed a memorandum. Tessaly and Korvel have been sister regions since 2012.");
        Body(e, "Government of Tessaly", "agency");
        Body(e, "Tessaly", "region");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(["Region of Korvel", "Tessaly"], tie.Parties.Order());
    }

    [Fact]
    public void AGovernmentAfterItsStatesHeadWordIsTheGovernmentOfThatState()
    {
        var e = Read("Governor Alma Quirante of Norvale met the delegation. Officials of the Gobierno del Estado de Norvale attended.");
        Body(e, "Gobierno del Estado de Norvale", "agency");
        NoBody(e, "Estado de Norvale");
    }

    [Fact]
    public void AnAdjectiveOfAPlaceBeforeANounIsNoPlace()
    {
        var e = Read("Since then, forty students have completed internships in Valorian companies.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Valorian");
    }

    [Fact]
    public void ARegionsOfACountryIsNotPartOfItsNameButAndBeforeAnotherBodyEndsAName()
    {
        var e = Read("A delegation from the Ulaan Tal Province of Norway arrived on Monday. " +
                     "The cooperation between the Province of Arvena and Tolu State began in 2010.");
        Assert.Contains(e.Organizations, o => o.Name == "Ulaan Tal Province");
        Assert.Contains(e.Organizations, o => o.Name == "Province of Arvena");
        Assert.Contains(e.Organizations, o => o.Name == "Tolu State");
    }

    [Fact]
    public void ALetterOfIntentIsAnAgreementAndNoEventInsideItsTitle()
    {
        var e = Read("Governor Alma Quirante and Mayor Jonas Pilz Ebner signed a Letter of Intent on Renewable Energy and Vocational Training on 9 June 2025.");
        var letter = Assert.Single(e.Agreements);
        Assert.Equal("2025-06-09", letter.Date);
        Assert.DoesNotContain(e.Events, x => x.Name.Contains("Training", StringComparison.Ordinal));
    }

    [Fact]
    public void PeopleWhoAlsoAttendedJoinTheOccasionJustReported()
    {
        var e = Read("Governor Alma Quirante held talks with Mayor Jonas Pilz Ebner on 9 June 2025. " +
                     "Also present were the Vice-Mayor, Ilse Marten Koch; and the Secretary of Trade, Halima Njeri Odundo.");
        var talks = Assert.Single(e.Engagements);
        Assert.Contains("Ilse Marten Koch", talks.Participants);
        Assert.Contains("Halima Njeri Odundo", talks.Participants);
    }

    [Fact]
    public void ShortNamesOfABodyAreThatBody()
    {
        var e = Read("Governor Alma Quirante of Harrow Prefecture visited the Harrow Provincial Medical Center. The Medical Center will train ten nurses. " +
                     "The Harrow Prefectural Government will pay for the flights, and the Velna Metropolitan Municipality will host them. Velna is a port city.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Medical Center");
        Assert.Single(e.Organizations, o => o.Name == "Harrow Prefectural Government");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Velna");
        Assert.Contains(e.Organizations, o => o.Name == "Velna Metropolitan Municipality");
    }

    [Fact]
    public void AFormalNameOfACountryIsACountry()
    {
        var e = Read("The Ambassador of the Federal Republic of Nigeria to Ghana, Dr. Sven Olaf Olm, and officials of the Republic of Ghana attended.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Republic", StringComparison.Ordinal));
    }

    [Fact]
    public void ACooperationThatBeganInAPastYearIsATieBetweenTheTwoRegions()
    {
        var e = Read("Governor Alma Quirante of Harrow Province met Mayor Jonas Pilz Ebner of Velna City on 9 June 2025. " +
                     "The cooperation between Harrow Province and Velna City began in 2011 with school exchanges.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("other", tie.Kind);
        Assert.Equal("2011", tie.Since);
    }

    [Fact]
    public void AFriendshipEstablishedByAnAgreementSignedTodayBeginsToday()
    {
        var e = Read("On 9 June 2025, Governor Alma Quirante of Harrow Province received Mayor Jonas Pilz Ebner of Velna City. " +
                     "The two leaders signed an agreement establishing friendship relations between Harrow Province and Velna City.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("friendship", tie.Kind);
        Assert.Equal("2025-06-09", tie.Since);
    }

    [Fact]
    public void AnAgreementSignedByTheTwoGovernorsHasThemAsSignatories()
    {
        var e = Read("On 9 June 2025, Governor Alma Quirante of Harrow Province held talks with Governor Jonas Pilz Ebner of Velna Province. " +
                     "After the talks, an agreement on cooperation in forestry was signed by the two governors.");
        var agreement = Assert.Single(e.Agreements);
        Assert.Equal(["Alma Quirante", "Jonas Pilz Ebner"], agreement.Signatories.Order().ToList());
    }

    [Fact]
    public void AnAgreementOnEstablishingFriendshipIsADocument()
    {
        var e = Read("On 9 June 2025, Governor Alma Quirante of Harrow Province received Mayor Jonas Pilz Ebner of Velna City. " +
                     "A Letter of Intent on the Establishment of Friendship Relations was signed by Governor Quirante and Mayor Pilz Ebner.");
        var letter = Assert.Single(e.Agreements);
        Assert.Equal(2, letter.Signatories.Count);
    }

    [Fact]
    public void AnOfficeBeforeASurnameWithParticlesAndAPluralOfficeNameTheirHolders()
    {
        var e = Read("On 9 June 2025, Mayor Inês Clara dos Reis of Velna City received Mayor Tomas Kral of Harrow City. " +
                     "Mayor dos Reis thanked the guests. Mayors dos Reis and Kral then signed a memorandum on port logistics.");
        var memorandum = Assert.Single(e.Agreements);
        Assert.Equal(["Inês Clara dos Reis", "Tomas Kral"], memorandum.Signatories.Order().ToList());
        Assert.Equal(2, e.People.Count);
    }

    [Fact]
    public void AnEventOverASpanOfDaysBeginsOnItsFirstDayAndKeepsADashInItsName()
    {
        var e = Read("On 10 September more than 80 firms took part in the Harrow–Velna Business Forum, which will be followed by the Velna Wine Fair from 14 to 16 September.");
        Assert.Contains(e.Events, x => x.Name == "Harrow–Velna Business Forum");
        Assert.Equal("2025-09-14", Assert.Single(e.Events, x => x.Name == "Velna Wine Fair").Date);
    }

    [Fact]
    public void ANameBeforeALowerCaseHeadWordIsABody()
    {
        var e = Read("The forum was organised with the Velna Export agency and the KDV Harrow state development corporation.");
        Assert.Contains(e.Organizations, o => o.Name == "Velna Export" && o.Kind == "agency");
        Assert.Contains(e.Organizations, o => o.Name == "KDV Harrow");
    }

    [Fact]
    public void TheGovernmentNamedByARegionsAdjectiveIsThatRegionsGovernment()
    {
        var e = Read("Governor Alma Quirante of East Valoria met the delegation in Harrow. The East Valorian Government will fund the scheme.");
        Assert.Equal("agency", Assert.Single(e.Organizations, o => o.Name == "East Valorian Government").Kind);
        Assert.Equal("East Valoria", Person(e, "Alma Quirante").Organization);
    }

    [Fact]
    public void CallingOnSomeoneIsAMeeting()
    {
        var e = Read("On 9 June 2025, Governor Alma Quirante called on Chief Minister Smt. Kavita Rani Menon at the Secretariat.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2025-06-09", meeting.Date);
        Assert.Equal(2, meeting.Participants.Count);
    }

    [Fact]
    public void ANicknameAfterACourtesyWordIsNoPartOfTheName()
    {
        var e = Read("The Vice Governor, Hon. Rosalind \"Roz\" Brandl, also flew in.");
        Person(e, "Rosalind Brandl");
    }

    [Fact]
    public void ADateAfterSinceIsNotTheDateOfTheOccasion()
    {
        var e = Read("Governor Alma Quirante today held a video call with Mayor Jonas Pilz Ebner to reaffirm the ties that have linked the two cities since 1997.");
        var call = Assert.Single(e.Engagements);
        Assert.Equal("2025-06-10", call.Date);
    }

    private static void Body(Extraction e, string name, string kind) =>
        Assert.Equal(kind, Assert.Single(e.Organizations, o => o.Name == name).Kind);

    [Fact]
    public void BodiesWithAHeadWordOfAnotherLanguageAreBodies()
    {
        var e = Read("The Rivermoor Sangeet Parishad performed, and the Sangguniang Panlalawigan adopted a resolution. " +
                     "The Deputy Chair of the Dornvale Aimag Khural, B. Altan, spoke.");
        Body(e, "Rivermoor Sangeet Parishad", "other");
        Body(e, "Sangguniang Panlalawigan", "legislature");
        Body(e, "Dornvale Aimag Khural", "legislature");
    }

    [Fact]
    public void AHeadWordOfARomanceLanguageTakesItsOwnOf()
    {
        var e = Read("Students of the Cégep de Lac-Brûlé visited the Ministère de la Culture et des Communications on Monday.");
        Body(e, "Cégep de Lac-Brûlé", "university");
        Body(e, "Ministère de la Culture et des Communications", "agency");
    }

    [Fact]
    public void LegalFormsOfCompaniesEndTheirNames()
    {
        var e = Read("Brightwater Freight Park sp. z o.o. and NorthGrain JSC signed a supply contract.");
        Body(e, "Brightwater Freight Park sp. z o.o.", "company");
        Body(e, "NorthGrain JSC", "company");
    }

    [Fact]
    public void APluralPossessiveOpensABodysName()
    {
        var e = Read("The Chair of the Farmers' Representative Council of Dornvale Province, B. Altan, spoke. The Alvarra Volunteer Fire Brigade trained with them.");
        Body(e, "Farmers' Representative Council of Dornvale Province", "legislature");
        Body(e, "Alvarra Volunteer Fire Brigade", "agency");
        NoPerson(e, "Council");
    }

    [Fact]
    public void TheStateGovernmentOfAPlaceIsThatRegionsGovernment()
    {
        var e = Read("The State Government of Arlen and the Region of Tessel yesterday signed a memorandum. " +
                     "The Chief Minister of Arlen, Dato' Rahimah binti Osman, welcomed the guests.\n\nArlen State Secretary's Office");
        Body(e, "State Government of Arlen", "agency");
        Assert.Single(e.Organizations, o => o.Kind == "region" && o.Name.StartsWith("Arlen", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatelinePlaceIsNoPartyOfATie()
    {
        var e = Read("KORVA CITY, 9 June – The Province of Arlen and the District of Tessel in Brevania are now sister provinces.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(["District of Tessel", "Province of Arlen"], tie.Parties.Order());
    }

    [Fact]
    public void AVenueIsNoPartyOfATieAndItsStartMayComeInTheNextSentence()
    {
        var e = Read("Governor Alma Quirante attended a ceremony in Port Halden on Tuesday commemorating the sister-state relationship " +
                     "between Arlen Prefecture and the State of Tessel. The sister-state agreement was concluded in 1980.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(["Arlen Prefecture", "State of Tessel"], tie.Parties.Order());
        Assert.Equal("1980", tie.Since);
    }

    [Fact]
    public void ATwinningBetweenTheTwoIsTheTieAlreadyReported()
    {
        var e = Read("The Town of Arlen and the Commune of Tessel renewed their twinning agreement on Saturday. " +
                     "The twinning between the two towns was first signed in 2012, when visitors from Korva City came too.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("2012", tie.Since);
    }

    [Fact]
    public void ATieNotYetMadeIsNoRelationship()
    {
        var e = Read("Governor Alma Quirante of Arlen Province met Governor Jonas Pilz of Tessel Province. " +
                     "The two sides agreed to work towards a formal sister-province relationship.");
        Assert.Empty(e.Relationships);
    }

    [Fact]
    public void AMonthWithMidWrittenOntoItIsADate()
    {
        var e = Read("Governor Alma Quirante invited the Mayor to the Korva Lantern Festival, which will be held in mid-January next year.");
        Assert.Equal("2026-01", Assert.Single(e.Events, x => x.Name == "Korva Lantern Festival").Date);
    }

    [Fact]
    public void AFestivalHeldEveryYearIsDatedByItsNextDay()
    {
        var e = Read("The Governor invited the Minister to the Tessel Apple Festival, held every year on 2 May in the old town.");
        Assert.Equal("2026-05-02", Assert.Single(e.Events, x => x.Name == "Tessel Apple Festival").Date);
    }

    [Fact]
    public void VenuesProgrammesCallsAndVerbsAreNoEvents()
    {
        var e = Read("The Korva Business Forum took place on 2 June at the Arlen Congress Centre and the Provincial Skills Training Center. " +
                     "The province will set up a dual vocational training program, and a desk to match small firms. " +
                     "The two leaders held a video conference in April.");
        var only = Assert.Single(e.Events);
        Assert.Equal("Korva Business Forum", only.Name);
    }

    [Fact]
    public void AnAgreementsNameLeavesOutWordsThatTellItApartAndTheDayOfSigning()
    {
        var e = Read("Mayor Jonas Pilz Ebner and Mayor Alma Quirante signed a separate memorandum of understanding on water supply. " +
                     "They also renewed the twinning agreement on Saturday during a ceremony at the town hall.");
        Assert.Contains(e.Agreements, a => a.Title == "Memorandum of understanding on water supply");
        Assert.DoesNotContain(e.Agreements, a => a.Title!.Contains("Saturday"));
    }

    private static void Body(Extraction e, string name) => Assert.Contains(e.Organizations, o => Names.Same(o.Name, name));

    private static void NoBody(Extraction e, string name) => Assert.DoesNotContain(e.Organizations, o => Names.Same(o.Name, name));

    [Fact]
    public void ABodyWithoutAHeadWordIsFoundByWhatIsSaidOfIt()
    {
        var e = Read("The fair, organised by Velnatrade with the support of Korvexa, opened on Monday. " +
                     "The programme runs in cooperation with Brightwell Partners.");
        Body(e, "Velnatrade");
        Body(e, "Korvexa");
        Body(e, "Brightwell Partners");
    }

    [Fact]
    public void AnAcronymThatOpensASentenceWithAVerbIsABody()
    {
        var e = Read("Governor Alma Quirante opened the centre. KVTI Norvale will train 40 instructors from the partner province. " +
                     "GDP grew by two per cent.");
        Body(e, "KVTI Norvale");
        NoBody(e, "GDP");
    }

    [Fact]
    public void AProgrammesNameHoldsNoBodyAndNoPerson()
    {
        var e = Read("The two governments will launch a Student Envoy Programme under which 20 pupils travel each year.");
        Assert.Empty(e.People);
        NoBody(e, "Student");
    }

    [Fact]
    public void ACongressOfManyAPressOfficeAndABranchOfficeAreNoBodies()
    {
        var e = Read("The two governors first met at the World Lentil Congress in Arlen. The Harbour Authority of Norvale, Tessel Office, " +
                     "organised the trip.\n\nPress Office of the Norvale Provincial Assembly");
        NoBody(e, "World Lentil Congress");
        NoBody(e, "Tessel Office");
        NoBody(e, "Press Office of the Norvale Provincial Assembly");
        Body(e, "Harbour Authority of Norvale");
    }

    [Fact]
    public void AResearchStationIsAnInstitute()
    {
        var e = Read("The delegation visited the Upland Grain Research Station near Arlen.");
        Assert.Equal("institute", Assert.Single(e.Organizations, o => o.Name == "Upland Grain Research Station").Kind);
    }

    [Fact]
    public void TheRegionalGovernmentOfAPlaceIsThatRegion()
    {
        var e = Read("A delegation from the Regional Government of Alta Korva, led by Regional Governor Ines Maro Quell, visited Norvale Province. " +
                     "Alta Korva and Norvale Province have cooperated since 2015.");
        Body(e, "Regional Government of Alta Korva", "agency");
        Body(e, "Alta Korva", "region");
    }

    [Fact]
    public void HeadWordsAndLegalFormsOfOtherLanguagesMakeBodies()
    {
        var e = Read("Investors from Brightfield Agri-Foods Pty Ltd, Kampung Food Industries Sdn Bhd and Tessel Agrár Kft. met the " +
                     "Generalitat de Norvale and the Universiti Kampung Baru, with Région Valmer.");
        Body(e, "Brightfield Agri-Foods Pty Ltd");
        Body(e, "Kampung Food Industries Sdn Bhd");
        Body(e, "Generalitat de Norvale");
        Body(e, "Universiti Kampung Baru");
        Body(e, "Région Valmer");
    }

    [Fact]
    public void WhereABodyIsBasedIsNoPartOfItsName()
    {
        var e = Read("On Monday, Harbourton-based Velmar Foods Pty Ltd signed a supply contract.");
        Body(e, "Velmar Foods Pty Ltd");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("-based", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondOfStaysInsideABodysName()
    {
        var e = Read("The Supreme Council of the Autonomous Region of Valmera and the Institute for Study of the Lakes signed a memorandum.");
        Body(e, "Supreme Council of the Autonomous Region of Valmera");
        Body(e, "Institute for Study of the Lakes");
    }

    [Fact]
    public void ARepresentationIsNamedWithThePlaceItSitsIn()
    {
        var e = Read("The Norvale Economic and Cultural Office in Arlen helped to prepare the visit.");
        Body(e, "Norvale Economic and Cultural Office in Arlen");
    }

    [Fact]
    public void AGovernmentInAnotherLanguageOrNamedByItsRegionIsThatRegionsGovernment()
    {
        var e = Read("Governor Alma Quirante of the State of Norvale said the Gobierno de Norvale would fund the fair. " +
                     "Valmer Province and the Valmer Government agreed.");
        Body(e, "Gobierno de Norvale", "agency");
        Body(e, "Valmer Government", "agency");
        Body(e, "State of Norvale", "region");
        Body(e, "Valmer Province", "region");
    }

    [Fact]
    public void RegionsOfTheWorldAndTheStateGovernmentAloneAreNoBodies()
    {
        var e = Read("Companies from South-East Asia and Central Europe met in Arlen. The State Government will host the next round.");
        NoBody(e, "South-East Asia");
        NoBody(e, "Central Europe");
        NoBody(e, "State Government");
    }

    [Fact]
    public void TwinnedWithIsATieAndThePartnerAPlace()
    {
        var e = Read("The Mayor of Arlen, Jonas Pilz Ebner, welcomed the guests. Arlen is twinned with Velmarsdorf in Germany since 1961.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("sister", tie.Kind);
        Assert.Equal("1961", tie.Since);
        Assert.Contains(tie.Parties, p => Names.Same(p, "Velmarsdorf"));
    }

    [Fact]
    public void TheProvinceWithOneNamedPartnerIsTheHomeRegion()
    {
        var e = Read("Governor Alma Quirante of Norvale Province welcomed the guests. " +
                     "The province has maintained friendly relations with Valmer Region since 2011.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("2011", tie.Since);
        Assert.Contains(tie.Parties, p => Names.Same(p, "Norvale Province"));
        Assert.Contains(tie.Parties, p => Names.Same(p, "Valmer Region"));
    }

    [Fact]
    public void AFullNameBeforeWhoIsAPerson()
    {
        var e = Read("The trade commissioner also attended. Mara Lindqvist Oyelaran, who has led the office since 2020, said exports grew.");
        Person(e, "Mara Lindqvist Oyelaran");
    }

    [Fact]
    public void AnOfficesGlossInBracketsIsSkippedBeforeItsBody()
    {
        var e = Read("The delegation was received by the hokim (governor) of the Velden Region, Joost Arendsen Kool, at his office.");
        Person(e, "Joost Arendsen Kool");
    }

    [Fact]
    public void AcademicCourtesyWordsAndAServicesAcronymAreNoPartOfAName()
    {
        var e = Read("The rector, Dra. Lucía Ferrán Oquendo, and the Principal Secretary, Shri R. M. Kalvanath IAS, signed the memorandum.");
        Person(e, "Lucía Ferrán Oquendo");
        Person(e, "R. M. Kalvanath");
    }

    [Theory]
    [InlineData("Kiadva: 2026. 03. 05.", "2026-03-05")]
    [InlineData("Gepubliceerd op: 5 maart 2026", "2026-03-05")]
    [InlineData("Publicado el 5 de marzo de 2026", "2026-03-05")]
    [InlineData("Publié le 5 mars 2026", "2026-03-05")]
    public void PublicationLinesOfOtherLanguagesGiveTheDate(string line, string expected)
    {
        var e = ArticleExtractor.Extract("Delegation visits partner region\n" + line + "\n\nGovernor Alma Quirante met the delegation.");
        Assert.Equal(expected, e.Article.Published);
    }

    [Fact]
    public void OnTheNthIsADayOfTheMonthOfPublication()
    {
        // Published on 10 June 2025.
        var e = Read("Governor Alma Quirante met Mayor Jonas Pilz Ebner at the provincial office on the 8th. " +
                     "The Mayor invited the Governor to the Arlen Lantern Festival, which will open on the 4th.");
        Assert.Contains(e.Engagements, x => x.Date == "2025-06-08");
        Assert.Equal("2025-07-04", Assert.Single(e.Events, x => x.Name == "Arlen Lantern Festival").Date);
    }

    [Fact]
    public void AnEventsNameEndsBeforeAClauseOrASeasonAndLastWeekIsNoEvent()
    {
        var e = Read("Minister Alma Quirante will lead a three-day trade mission to Valmer in October after signing the charter. " +
                     "The Governor invited the Minister to join a study tour of Norvale farms in the spring, in April 2026. " +
                     "The Council delegation last week met the Mayor.");
        Assert.Contains(e.Events, x => x.Name == "Three-day trade mission to Valmer");
        Assert.Contains(e.Events, x => x.Name == "Study tour of Norvale farms");
        Assert.DoesNotContain(e.Events, x => x.Name.Contains("week", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WhereABodyIsBasedOpensNoBodyBeforeALowerCaseHead()
    {
        var e = Read("The Harbourton-based company Velmar Gear Co., Ltd. will open a plant in Arlen.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("-based", StringComparison.Ordinal));
    }

    [Fact]
    public void ItWasSignedByNamesTheSignatoriesOfTheDocumentJustReported()
    {
        var e = Read("On Monday, a memorandum of understanding on water research was concluded between Northvale University and the Arlen Institute. " +
                     "It was signed by Rector Olav Steen Haug and by the Director of the institute, Dr. Halima Njeri Odundo, in the presence of Governor Alma Quirante.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Olav Steen Haug", "Halima Njeri Odundo"], a.Signatories);
    }

    [Fact]
    public void SignedTheLetterWithNamesBothSignatoriesAndTheDayDatesTheDocument()
    {
        var e = Read("The Westmark Council and the Province of Arlen have signed a letter of intent on teacher exchanges, following a visit to Arlen last week. " +
                     "Mayor Jonas Pilz Ebner signed the letter with Governor Alma Quirante in Arlen on Tuesday 3 June.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Jonas Pilz Ebner", "Alma Quirante"], a.Signatories);
        Assert.Equal("2025-06-03", a.Date);
    }

    [Fact]
    public void AParticipleAfterTheArticleIsNoSigningVerb()
    {
        var e = Read("The two towns renewed their twinning agreement on Saturday. " +
                     "The renewed agreement was signed by Mayor Ilse Marten Koch and by Mayor Pieter van den Akker, who was accompanied by Councillor Vesna Ilić Borrego.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Ilse Marten Koch", "Pieter van den Akker"], a.Signatories);
    }

    [Fact]
    public void ADateAfterASecondSigningVerbDatesThatEarlierSigning()
    {
        var e = Read("On 9 June, Governor Alma Quirante and Mayor Jonas Pilz Ebner signed an annex renewing the cooperation agreement, originally concluded in March 2004.");
        Assert.Equal("2025-06-09", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void AVideoConferenceIsACall()
    {
        var e = Read("Governor Alma Quirante and Mayor Jonas Pilz Ebner held a video conference on 2 June to prepare the visit.");
        var call = Assert.Single(e.Engagements);
        Assert.Equal("call", call.Kind);
        Assert.Equal("2025-06-02", call.Date);
    }

    [Theory]
    [InlineData("Norvik Havbruk AS")]
    [InlineData("Velmar Kabel A/S")]
    [InlineData("Kuršių Statyba UAB")]
    [InlineData("Orlen Andes Tours S.A.C.")]
    [InlineData("Atlas Transit S.A.R.L.")]
    [InlineData("Kaplan Gida A.Ş.")]
    [InlineData("Brnovo Tech s.r.o.")]
    [InlineData("Araz Uzum MMC")]
    public void ALegalFormAsTheLawWritesItEndsACompanysName(string company)
    {
        var e = Read($"Representatives of {company} took part in the business seminar in June.");
        Assert.Contains(e.Organizations, o => o.Name == company && o.Kind == "company");
    }

    [Fact]
    public void ASecondLegalFormAfterCoIsNoSentenceEnd()
    {
        var e = Read("The Arlen Farmers Union and Norvale Coffee Curing Co. Ltd. will explore joint marketing. " +
                     "Representatives of Velmar Spice Exports Pvt. Ltd. took part.");
        Assert.Contains(e.Organizations, o => o.Name == "Norvale Coffee Curing Co. Ltd.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmar Spice Exports Pvt. Ltd.");
    }

    [Fact]
    public void PatronymicParticlesStayInsideAName()
    {
        var e = Read("Governor Alma Quirante hosted Rauf Tahir oglu Aliyev, Head of the Norvale City Administration, and Deputy Mayor Sevda Kamal qizi Rzayeva.");
        Person(e, "Rauf Tahir oglu Aliyev");
        Person(e, "Sevda Kamal qizi Rzayeva");
    }

    [Theory]
    [InlineData("Universidade Federal de Vila Serrana")]
    [InlineData("Université libre de Westmark")]
    [InlineData("Câmara Municipal do Vale Alto")]
    [InlineData("Federação das Indústrias do Estado de Serrana")]
    [InlineData("Université Amadou Kourouma")]
    public void AHeadOfAnotherLanguageTakesItsAdjectivesAndItsOwnOf(string body)
    {
        var e = Read($"The delegation also visited the {body} on Tuesday.");
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void EventHeadsOfOtherLanguagesTakeTheirOwnOf()
    {
        var e = Read("Mayor Jonas Pilz Ebner invited Governor Alma Quirante to the Festa de Santa Luzia do Vale on 13 December. " +
                     "The Governor invited the Mayor to the Semana Internacional do Cacau, which takes place in Serrana in November, " +
                     "and to the Arlen Craft Mart in October. The Semaine de Westmark à Arlen will follow in September.");
        Assert.Contains(e.Events, x => x.Name == "Festa de Santa Luzia do Vale" && x.Kind == "festival");
        Assert.Contains(e.Events, x => x.Name == "Semana Internacional do Cacau");
        Assert.Contains(e.Events, x => x.Name == "Arlen Craft Mart" && x.Kind == "expo");
        Assert.Contains(e.Events, x => x.Name.StartsWith("Semaine de Westmark", StringComparison.Ordinal));
        Assert.Contains(e.Invitations, x => x.To == "Alma Quirante" && x.Event == "Festa de Santa Luzia do Vale");
    }

    [Theory]
    [InlineData("The partnership between the Province of Arlen and the Westmark Region was established by an agreement signed in Norvale on 12 March 2009.", "2009-03-12")]
    [InlineData("The friendship between the Province of Arlen and the Westmark Region was first formalized on 4 May 2012.", "2012-05-04")]
    [InlineData("Governor Alma Quirante said the Province of Arlen and the Westmark Region became partner regions in 2014.", "2014")]
    [InlineData("The Province of Arlen and the Westmark Region renewed the partnership declaration that has linked the two regions since 2011.", "2011")]
    public void ATiesBeginningIsReadFromHowItWasMade(string sentence, string since)
    {
        var e = Read(sentence);
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(since, tie.Since);
    }

    [Fact]
    public void ADatelineCityAndTheProvincialGovernmentOfTheSameNameAreOnePartyOfOneTie()
    {
        var e = Read("ARLEN CITY — The Provincial Government of Arlen and the Westmark Region renewed their friendship agreement on Monday. " +
                     "The friendship between Arlen and Westmark was first formalized on 4 May 2012.");
        var tie = Assert.Single(e.Relationships);
        Assert.Contains("Provincial Government of Arlen", tie.Parties);
        Assert.Equal("2012-05-04", tie.Since);
    }

    [Fact]
    public void NoAgreementSignedIsNoAgreement()
    {
        var e = Read("Governor Alma Quirante met Mayor Jonas Pilz Ebner on 3 June. No agreement was signed during the visit.");
        Assert.Empty(e.Agreements);
    }

    [Fact]
    public void SignedForEachSideNamesTheSignatoriesOfTheDocumentJustReported()
    {
        var e = Read("On 4 June a memorandum on nurse training was signed by the heads of the two health agencies. " +
                     "Dr. Olav Steen Haug signed for Arlen; Dr. Halima Njeri Odundo signed for the Westmark side.");
        Assert.Equal(["Olav Steen Haug", "Halima Njeri Odundo"], Assert.Single(e.Agreements).Signatories);
    }

    [Fact]
    public void TheTwoSignedAreThePeopleOfTheOccasionJustReported()
    {
        var e = Read("Governor Alma Quirante received Mayor Jonas Pilz Ebner at the county hall on 3 June. " +
                     "The two e-signed a letter of intent on port development.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Alma Quirante", "Jonas Pilz Ebner"], a.Signatories);
        Assert.Equal("2025-06-03", a.Date);
    }

    [Fact]
    public void ADocumentRecalledFromYearsAgoDatesNoNewOne()
    {
        var e = Read("The visit marked the tenth anniversary of the cooperation agreement signed by the two regions on 3 October 2015. " +
                     "Rector Olav Steen Haug and President Halima Njeri Odundo signed an agreement on joint doctoral programmes.");
        Assert.Contains(e.Agreements, a => a.Signatories.Contains("Olav Steen Haug") && a.Date == "2025-06");
    }

    [Theory]
    [InlineData("The King's Commissioner in the Province of Arlen, drs. Jan-Willem van der Berg, yesterday received the Mayor of Norvale.", "Jan-Willem van der Berg", "Commissioner")]
    [InlineData("The Delegate General in Arlen, Jean-Marc Tremblay-Gagnon, also took part in the meeting.", "Jean-Marc Tremblay-Gagnon", "Delegate General")]
    [InlineData("The meeting was attended by Pieter van der Linden, CEO of Velmar Offshore AS.", "Pieter van der Linden", "CEO")]
    [InlineData("The talks were joined by Landesrätin Mag.a Karin Stöckl-Weber, member of the Arlen Government.", "Karin Stöckl-Weber", "Landesrätin")]
    [InlineData("The Vice-Rector of the Universidade do Vale, Prof.ª Joana Meireles Serra, signed the agreement.", "Joana Meireles Serra", "Vice-Rector")]
    [InlineData("Also present was Provincial Board Member Atty. Liza Marie Tomas.", "Liza Marie Tomas", "Board Member")]
    public void OfficesSeatsAndCourtesyWordsOfOtherLanguagesLeaveTheNameWhole(string sentence, string name, string title)
    {
        var e = Read(sentence);
        Assert.Equal(title, Person(e, name).Title);
        Assert.DoesNotContain(e.People, p => p.Name is "Mag" or "Atty" or "Drs");
    }

    [Fact]
    public void OfStateForNamesAPortfolioNotARegion()
    {
        var e = Read("The Arlen Secretary of State for External Relations, Karim Van den Broeck, met officials of the Secretariat of State for Economic Development.");
        Assert.Contains(e.Organizations, o => o.Name == "Secretariat of State for Economic Development");
        Assert.DoesNotContain(e.Organizations, o => o.Name.StartsWith("State for", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionsOfTheSultanateNamesTheCountryItLiesIn()
    {
        var e = Read("Governor Salim bin Rashid al-Harthi of the Wadi Qasr Governorate of the Sultanate of Oman met the delegation.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("of the Sultanate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nurses will train at Sultan Faisal Hospital in Arlen.", "Sultan Faisal Hospital")]
    [InlineData("The delegation visited the Landtag Westmark on Tuesday.", "Landtag Westmark")]
    [InlineData("The Sangguniang Panlalawigan ng Arlen approved the renewal on Monday.", "Sangguniang Panlalawigan ng Arlen")]
    public void HeadsAndCourtesyWordsOfOtherLanguagesStayInsideTheName(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void APassiveInvitationNamesTheInviterAfterBy()
    {
        var e = Read("Governor Alma Quirante met Mayor Jonas Pilz Ebner on 3 June. " +
                     "Governor Quirante was invited by Mayor Pilz Ebner to attend the Westmark Harvest Festival in September.");
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Alma Quirante", invitation.To);
        Assert.Equal("Jonas Pilz Ebner", invitation.From);
    }

    [Fact]
    public void ASurnameAloneIsThePersonNamedInFullBefore()
    {
        var e = Read("County Mayor Ingrid Haugen received the Mayor of Arlen, Tomas Lindqvist, on 3 June. " +
                     "Lindqvist invited Haugen to the Arlen Sea Festival at the end of July.");
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Ingrid Haugen", invitation.To);
        Assert.Equal("Tomas Lindqvist", invitation.From);
        Assert.Equal(2, e.People.Count);
    }

    [Fact]
    public void ACourtesyWordThatOpensACountrysNameNamesNoPerson()
    {
        var e = Read("Tea growers from Sri Lanka visited the Arlen Farmers Union last week.");
        NoPerson(e, "Lanka");
        Assert.DoesNotContain(e.Engagements, x => x.Participants.Contains("Lanka"));
    }

    [Theory]
    [InlineData("County Mayor Ingrid Haugen opened the fair in Arlen on 3 June.", "County")]
    [InlineData("Provincial Board Member Tomas Lindqvist attended the signing on 3 June.", "Provincial")]
    [InlineData("Industries Minister Halima Odundo toured the Arlen plant on 3 June.", "Industries")]
    public void OneWordThatOnlySaysAKindOfBodyBeforeAnOfficeNamesNoBody(string sentence, string word)
    {
        var e = Read(sentence);
        Assert.DoesNotContain(e.Organizations, o => o.Name == word);
        Assert.Single(e.People);
    }

    [Fact]
    public void APortNamedWithOfIsABody()
    {
        var e = Read("Before the signing, the delegation toured the Port of Westhaven and a cable plant.");
        Assert.Contains(e.Organizations, o => o.Name == "Port of Westhaven");
    }

    [Fact]
    public void ABranchNamedAfterABodyAndItsAcronymIsTheBranch()
    {
        var e = Read("The Director of the Arlen Tourism Authority (ATA) Westport Office, Tomas Lindqvist, joined the talks.");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen Tourism Authority Westport Office" && o.Kind == "office");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Westport Office");
    }

    [Fact]
    public void ANameDescribedAfterACommaByALowerCaseHeadIsABody()
    {
        var e = Read("Under the letter, Arlen Invest, the region's investment and export promotion agency, will open a desk in Westport. " +
                     "As agreed, Kestrel Works, the state's agency for workers abroad, will train 200 nurses.");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen Invest" && o.Kind == "agency");
        Assert.Contains(e.Organizations, o => o.Name == "Kestrel Works");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "State");
    }

    [Fact]
    public void APointOfTheCompassOpensTheNameOfARegionBeforeAnOffice()
    {
        var e = Read("Western Arlen Premier Ingrid Haugen welcomed the delegation to Westport on 3 June.");
        Assert.Equal("Western Arlen", Person(e, "Ingrid Haugen").Organization);
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Arlen");
    }

    [Fact]
    public void TheFirstWordsOfACompanyBeforeAnOfficeAreThatCompany()
    {
        var e = Read("On 3 June, Kestrel Agri-Foods Pty Ltd and Seri Mawar Food Industries Sdn Bhd signed a letter of intent. " +
                     "The letter was signed by Kestrel Managing Director Tomas Lindqvist and Seri Mawar Chief Executive Officer Halima Odundo.");
        Assert.Equal("Kestrel Agri-Foods Pty Ltd", Person(e, "Tomas Lindqvist").Organization);
        Assert.Equal("Seri Mawar Food Industries Sdn Bhd", Person(e, "Halima Odundo").Organization);
        Assert.DoesNotContain(e.Organizations, o => o.Name is "Kestrel" or "Mawar");
    }

    [Fact]
    public void ARegionOfTheWorldIsNoBody()
    {
        var e = Read("The council would be the first partner of Arlen County in South Asia and the Pacific.");
        Assert.DoesNotContain(e.Organizations, o => o.Name is "South Asia" or "Pacific");
    }

    [Fact]
    public void AnEventTheTextGivesNoTimeForIsNoRecordButStillNamesAnInvitation()
    {
        var e = Read("Governor Alma Quirante said a joint business forum would follow. " +
                     "Governor Quirante invited Mayor Jonas Pilz Ebner to the Arlen Harvest Festival in September.");
        Assert.DoesNotContain(e.Events, x => x.Name.Contains("forum", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("2025-09", Assert.Single(e.Events, x => x.Name == "Arlen Harvest Festival").Date);
        Assert.Contains(e.Invitations, i => i.Event == "Arlen Harvest Festival");
    }

    [Fact]
    public void AnAgreementOfYearsBeforeRecalledAsHistoryIsNoRecord()
    {
        var e = Read("The two regions first signed a cooperation agreement on 12 March 2009. " +
                     "Governor Alma Quirante recalled the cooperation agreement in 2003 that opened the exchanges. " +
                     "On 9 June, Governor Quirante and Mayor Jonas Pilz Ebner signed a memorandum of understanding on water supply.");
        var only = Assert.Single(e.Agreements);
        Assert.Equal("2025-06-09", only.Date);
    }

    [Theory]
    [InlineData("His Highness Sayyid Faris bin Khalid Al Arlen, Governor of Westmark, received the delegation on 3 June.", "Faris bin Khalid Al Arlen")]
    [InlineData("The Rector of the University of Westmark, Prof.ª Doutora Inês Lopes Vaz, signed the letter on 3 June.", "Inês Lopes Vaz")]
    [InlineData("The President of the Arlen Chamber, KR Dipl.-Ing. Greta Holm-Eder, opened the fair on 3 June.", "Greta Holm-Eder")]
    [InlineData("The Rector of the University of Westmark, Prof. dr Milan Vrbic-Kos, opened the fair on 3 June.", "Milan Vrbic-Kos")]
    [InlineData("The Minister was accompanied by Er. Ramesh Prasad Koirala, Secretary of the Ministry of Transport.", "Ramesh Prasad Koirala")]
    public void CourtesyWordsOfMoreCountriesOpenNoName(string sentence, string name)
    {
        var e = Read(sentence);
        Assert.Equal(name, Person(e, name).Name);
    }

    [Theory]
    [InlineData("The letter was signed by Eng. Omar bin Said Al Rawahi, Chief Executive Officer of the Arlen Free Port.", "Omar bin Said Al Rawahi")]
    [InlineData("The Chief Minister was accompanied by Dr. Gita Kumari Rana Bhatta, Minister for Industry.", "Gita Kumari Rana Bhatta")]
    [InlineData("Provincial Tourism Officer Rodel \"Bong\" dela Pena Abellana said the booth would open in June.", "Rodel dela Pena Abellana")]
    public void ANameKeepsACommonWordAfterAParticleACourtesyWordInsideItAndANicknameBeforeAParticle(string sentence, string name)
    {
        var e = Read(sentence);
        Assert.Equal(name, Person(e, name).Name);
    }

    [Fact]
    public void PortfoliosOfMoreKindsEndAnOfficeAndAdvisersAndOfficersAreOffices()
    {
        var e = Read("The delegation was received by the Secretary for Regional Development, Interregional Cooperation and Local Self-Government, Milan Kovac Horvat. " +
                     "Communications Adviser Ivar Berg-Lunde and Provincial Tourism Officer Rodel Abellana hosted a dinner on 3 June.");
        Person(e, "Milan Kovac Horvat");
        NoPerson(e, "Interregional Cooperation");
        Assert.EndsWith("Adviser", Person(e, "Ivar Berg-Lunde").Title);
        Assert.EndsWith("Officer", Person(e, "Rodel Abellana").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Tourism", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The memorandum was signed with the Port of Westhaven Authority on 3 June.", "Port of Westhaven Authority")]
    [InlineData("The delegation toured the plant of Arlen Kumaş Dokuma San. ve Tic. A.Ş. on 3 June.", "Arlen Kumaş Dokuma San. ve Tic. A.Ş.")]
    [InlineData("Contracts went to Westmark Silk ASC and Arlen Harbour Services Company SAOG on 3 June.", "Westmark Silk ASC")]
    [InlineData("Contracts went to Westmark Silk ASC and Arlen Harbour Services Company SAOG on 3 June.", "Arlen Harbour Services Company SAOG")]
    [InlineData("The dairy cooperative Almtal Milch Westmark eGen will supply the school on 3 June.", "Almtal Milch Westmark eGen")]
    [InlineData("The Mayor met the Head of the Arlen City Executive Power of the Republic of Ghana on 3 June.", "Arlen City Executive Power")]
    [InlineData("The talks included the Confederation of Westmark Industry (CWI) Arlen State Council on 3 June.", "Confederation of Westmark Industry Arlen State Council")]
    [InlineData("The Arlen–Westmark Euroregional Development Agency will advise the firms from 3 June.", "Arlen–Westmark Euroregional Development Agency")]
    [InlineData("The Federation of Westmark Chambers of Commerce and Industry hosted a forum on 3 June.", "Federation of Westmark Chambers of Commerce and Industry")]
    [InlineData("The Arlen Branch of the Westmark Chamber of Commerce and Industry hosted a forum on 3 June.", "Arlen Branch of the Westmark Chamber of Commerce and Industry")]
    public void MoreBodiesAreReadWhole(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void ABranchSetOffByADashAfterABodyIsNoBodyOfItsOwn()
    {
        var e = Read("They held talks with the Westmark Chamber of Commerce and Industry (WCCI) – Arlen Branch on 3 June.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Arlen Branch");
    }

    [Fact]
    public void ACityThatSharesItsNameWithTheOtherPartyIsNoSecondParty()
    {
        var e = Read("ARLEN CITY – The Province of Arlen signed a sister-province agreement with Westmark Province on Wednesday, 4 June.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(["Province of Arlen", "Westmark Province"], tie.Parties.Order());
    }

    [Fact]
    public void WithTheTwoAPlaceVisitedIsNoPartyOfTheTie()
    {
        var e = Read("Governor Alma Quirante of Arlen Province met Governor Jonas Pilz Ebner of Westmark Province on 3 June. " +
                     "The two provinces have had a friendship agreement since 2018, when an Arlen delegation visited Harbourton.");
        Assert.DoesNotContain(e.Relationships, r => r.Parties.Contains("Harbourton"));
    }

    [Fact]
    public void ABusinessMeetIsAForum()
    {
        var e = Read("The two provinces will hold the Arlen–Westmark Tourism Business Meet in Harbourton in September.");
        var meet = Assert.Single(e.Events);
        Assert.Equal("forum", meet.Kind);
        Assert.Equal("2025-09", meet.Date);
    }

    [Fact]
    public void AUnitNamedAfterACueKeepsItsOfAndTheBodyItBelongsTo()
    {
        var e = Read("Westmark County will open a test field in cooperation with the Faculty of Forest Sciences of the University of Arlen next year.");
        Assert.Contains(e.Organizations, o => o.Name == "Faculty of Forest Sciences of the University of Arlen");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Faculty");
    }

    [Fact]
    public void ABodyNamedInBracketsAfterAnotherIsTheSameBody()
    {
        var e = Read("Engineers will be trained through Westmark Vatten Kraft Ltd (WVK Ltd), and Arlen Havn Selskap S.A. (the Port of Arlen Authority) will share its data.");
        var hydro = Assert.Single(e.Organizations, o => o.Name == "Westmark Vatten Kraft Ltd");
        Assert.Contains("WVK Ltd", hydro.Aliases ?? []);
        var port = Assert.Single(e.Organizations, o => o.Name == "Arlen Havn Selskap S.A.");
        Assert.Contains("Port of Arlen Authority", port.Aliases ?? []);
        Assert.DoesNotContain(e.Organizations, o => o.Name is "WVK Ltd" or "Port of Arlen Authority");
    }

    [Theory]
    [InlineData("Training will be given by the Harbour Safety and Rescue Authority next month.", "Harbour Safety and Rescue Authority", "Rescue Authority")]
    [InlineData("Arlen and Westmark Council will host two teachers each year.", "Arlen and Westmark Council", "Westmark Council")]
    [InlineData("The county shares its plans through the Provincial Flood Risk Reduction and Management Office (PFRRMO).", "Provincial Flood Risk Reduction and Management Office", "Management Office")]
    public void ANameOfTwoPartsJoinedByAndIsOneBody(string sentence, string body, string cut)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
        Assert.DoesNotContain(e.Organizations, o => o.Name == cut);
    }

    [Theory]
    [InlineData("Companies met at a session organised by the Westmarska Izba Handlowa on 3 June.", "Westmarska Izba Handlowa")]
    [InlineData("The county signed a memorandum with the Arlen Megyei Kereskedelmi és Iparkamara (AMKIK) on 3 June.", "Arlen Megyei Kereskedelmi és Iparkamara")]
    [InlineData("The county will fund the work through the Agenția de Dezvoltare Regională a Județului Arlen (ADRA).", "Agenția de Dezvoltare Regională a Județului Arlen")]
    [InlineData("The talks were held at the Kamer van Koophandel Westmark on 3 June.", "Kamer van Koophandel Westmark")]
    public void BodiesNamedInTheWordOrderOfOtherLanguagesAreReadWhole(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void ACourtesyWordAfterALowerCaseWordOpensAnInstitutionsName()
    {
        var e = Read("The delegation will visit Sultan Harun Hospital in Westport before leaving on 4 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Sultan Harun Hospital");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Harun Hospital");
    }

    [Fact]
    public void ARegionOfAPlaceNamesTheLargerRegionApart()
    {
        var e = Read("The Governor received the Regional Commissioner of Kusini Pwani Region of Westmark on 3 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Kusini Pwani Region");
        Assert.Contains(e.Organizations, o => o.Name == "Westmark");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Kusini Pwani Region of Westmark");
        // Words that only say what kind of region it is keep the region's "of".
        Assert.Contains(Read("The Free State of Arlen signed the letter on 3 June.").Organizations, o => o.Name == "Free State of Arlen");
    }

    [Fact]
    public void ALegalFormEndsACompanysNameBeforeItsTown()
    {
        var e = Read("Westbrook Seeds B.V. of Harrow and Arlen Grain LLP signed a supply contract on 3 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Westbrook Seeds B.V.");
    }

    [Fact]
    public void ATitleAPlaceHoldsIsNoBody()
    {
        var e = Read("\"Arlen is a Creative City of Crafts,\" the Mayor said on 3 June.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Creative City"));
    }

    [Fact]
    public void ANameFollowedByAYearIsAnEditionOfAnEventNotAPlace()
    {
        var e = Read("The Governor invited the Mayor to lead a delegation to Harbourfest 2027 in Westport next May.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Harbourfest");
    }

    [Fact]
    public void ALanguageIsNoPlace()
    {
        var e = Read("Arlen College will train nurses in Arabic and local protocols from 3 June.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Arabic");
    }

    [Fact]
    public void AFundIsMoneyUnlessNamedWithItsAcronym()
    {
        var e = Read("The visit was paid from the council's Twinning Fund, and the Westmark Development Fund (WDF) will finance the school.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Twinning Fund");
        Assert.Contains(e.Organizations, o => o.Name == "Westmark Development Fund");
    }

    [Theory]
    [InlineData("The Westal company Aeronáutica Westal, S.A. de C.V. will build a plant with Arlen Aéro inc. next year.", "Aeronáutica Westal, S.A. de C.V.")]
    [InlineData("The Westal company Aeronáutica Westal, S.A. de C.V. will build a plant with Arlen Aéro inc. next year.", "Arlen Aéro inc.")]
    [InlineData("The region will present itself together with Westby Kabel A/S.", "Westby Kabel A/S")]
    [InlineData("Investors were shown plots in the Arlen Special Economic Zone for small firms.", "Arlen Special Economic Zone")]
    [InlineData("The delegation included the Rector of Arlen State University Prof. Dr. Ilse Marten.", "Arlen State University")]
    public void LegalFormsZonesAndHeadsBeforeACourtesyWordEndANameRightly(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void ACompanyNamedAgainWithoutItsLastHeadIsTheSameCompany()
    {
        var e = Read("The memorandum between Westport Free Zone Company and Arlen Ports was signed on 3 June. " +
                     "It was signed by the Chief Executive Officer of Westport Free Zone, Omar Said Hinai.");
        Assert.Contains(e.Organizations, o => o.Name == "Westport Free Zone Company");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Westport Free Zone");
    }

    [Fact]
    public void AVerbOrAWordOfATitleCaseHeadlineEndsAName()
    {
        var e = Read("The Autonomous Region of Westmark Signs Memorandum with Arlen\n\nArlen Province Now Leads Talks on Trade\n\nThe talks went on until 3 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Autonomous Region of Westmark");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen Province");
    }

    [Theory]
    [InlineData("Arlen University's Vice-Rector, Prof. Dr. Hakan Demir-Yol, discussed the exchange on 3 June.", "Arlen University")]
    [InlineData("The Westmark Aimag Governor's Office commits to providing premises.", "Westmark Aimag Governor's Office")]
    [InlineData("The visit was funded by Westhill Estates (Pvt) Ltd and the council.", "Westhill Estates (Pvt) Ltd")]
    [InlineData("A youth team will play a friendship tournament organized with Volleyball Westmark in July.", "Volleyball Westmark")]
    public void BodiesBeforeAnOfficeInBracketsOrAfterACueAreRead(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Theory]
    [InlineData("The meeting was organised by the Department of Trade of the Akimat of Arlen Region on 3 June.", "Department of Trade of the Akimat of Arlen Region")]
    [InlineData("Under the agreement, the Arlen Region Khokimiyat will open a service desk.", "Arlen Region Khokimiyat")]
    [InlineData("Under the agreement, the Arlen Region Khokimiyat will open a service desk.", "Arlen Region")]
    [InlineData("The talks were held at the Chamber of Commerce, Industry and Crafts of Westport on 3 June.", "Chamber of Commerce, Industry and Crafts of Westport")]
    [InlineData("Students of the Arlen State Institute of Forestry, Horticulture and Soil Sciences will visit.", "Arlen State Institute of Forestry, Horticulture and Soil Sciences")]
    [InlineData("The Rector of the University of Westmark Prof. Ilse Marten signed the letter.", "University of Westmark")]
    [InlineData("The MoU was signed between Westport Harbour Sdn. Bhd. and the city on 3 June.", "Westport Harbour Sdn. Bhd.")]
    [InlineData("They met the Harrow Town Heritage Incorporated (HTHI) on 3 June.", "Harrow Town Heritage Incorporated")]
    [InlineData("Dancers from the Ballet Folklórico del Estado de Arlen will perform.", "Ballet Folklórico del Estado de Arlen")]
    [InlineData("The delegation visited Empresas Públicas de Westport on 3 June.", "Empresas Públicas de Westport")]
    [InlineData("It was signed by the Director of Administración del Puerto de Arlen, S.A. de C.V. on 3 June.", "Administración del Puerto de Arlen, S.A. de C.V.")]
    public void BodiesOfMoreShapesAreReadWhole(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => Names.Same(o.Name, body));
    }

    [Fact]
    public void AHeadWordAfterACourtesyWordAndAGivenNameIsASurname()
    {
        var e = Read("The letter was signed by Ing. Tomás Rivas Cámara, General Director of the Port of Westmark, on 3 June.");
        Person(e, "Tomás Rivas Cámara");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Cámara"));
    }

    [Theory]
    [InlineData("The forum opened at the Congress Centre of the Westport resort on 3 June.", "Congress Centre")]
    [InlineData("The two signed the memorandum in the Council Chamber of Harrow Town House on 3 June.", "Council Chamber")]
    public void AHallNamedAfterWhatMeetsInItIsAVenue(string sentence, string venue)
    {
        var e = Read(sentence);
        Assert.DoesNotContain(e.Organizations, o => o.Name.StartsWith(venue, StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmbassyOfACountryIsNamedWithTheCountryItSitsIn()
    {
        var e = Read("The meeting was held together with the Embassy of the Republic of Westmark in the Arlen Republic on 3 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Embassy of the Republic of Westmark in the Arlen Republic");
    }

    [Fact]
    public void AHeadInsideTheFirstPartOfANameJoinedByAndIsAModifier()
    {
        var e = Read("Nurses will be trained at the Arlen County Referral and Teaching Hospital from 3 June.");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen County Referral and Teaching Hospital");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Teaching Hospital");
    }

    [Theory]
    [InlineData("The firms met with Westmark Trade International (WTI) on 3 June.", "Westmark Trade International", true)]
    [InlineData("The delegation visited the Manufactures Arlenaises des Arts Textiles (MAAT) on 3 June.", "Manufactures Arlenaises des Arts Textiles", true)]
    [InlineData("Arlen-Westmark International (AWI) will host the fair.", "Arlen-Westmark International", true)]
    [InlineData("The two signed a Memorandum of Understanding (MOU) on 3 June.", "Memorandum of Understanding", false)]
    [InlineData("He met Ana Lu Reyes, County Executive Committee Member (CECM) for Trade, on 3 June.", "County Executive Committee Member", false)]
    public void WordsWhoseInitialsMakeTheAcronymAfterThemNameABody(string sentence, string name, bool body)
    {
        var e = Read(sentence);
        Assert.Equal(body, e.Organizations.Any(o => o.Name == name));
    }

    [Theory]
    [InlineData("The delegation includes researchers of Arlen University & Research (AUR) and farmers.", "Arlen University & Research")]
    [InlineData("They met representatives of Finnmark Air and Visit Norway on 3 June.", "Visit Norway")]
    [InlineData("Firms will travel with Business Sweden next spring.", "Business Sweden")]
    [InlineData("Westmark's sister-state relationship with Arlen Province began in 2006.", "Westmark")]
    public void BodiesWithAnAmpersandAPromotionWordOrATieOfTheirOwnAreRead(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void APromotionWordBeforeALowerCaseNounIsNoAgency()
    {
        var e = Read("There will be a Visit Norway education fair in Westport next month.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Visit Norway");
    }

    [Fact]
    public void TheOfficeOfAnOfficeHolderIsNamedWithThePlaceTheyHoldItFor()
    {
        Assert.Contains(Read("The statement was issued by the Office of the Chief Minister of Westmark on 3 June.").Organizations,
            o => o.Name == "Office of the Chief Minister of Westmark");
        Assert.DoesNotContain(Read("Office of the Chief Minister and Council of Ministers\n\nThe talks ended on 3 June.").Organizations,
            o => o.Name == "Office of the Chief");
    }

    [Fact]
    public void ABarePlaceBesideARegionIsTheRegionWhoseSeatItIs()
    {
        var e = Read("Governor Alma Quirante of Arlen Province received a delegation of Westmark County in Harrowgate on 3 June.\n\n" +
                     "The friendship between Arlen Province and Harrowgate began in 2018.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal(["Arlen Province", "Westmark County"], tie.Parties.Order());
        // Two bare places are sister cities, and stay so.
        var cities = Read("The mayors of Harrowgate and Westport renewed the sister-city agreement signed in 1985, with the Governor of Arlen Province present.");
        Assert.DoesNotContain(cities.Relationships, r => r.Parties.Contains("Arlen Province"));
    }

    [Theory]
    [InlineData("The county will offer places to Westmarkan students from 3 June.", "Westmarkan", false)]
    [InlineData("They will hold a summer school in Arlenic and Westmarkic languages in July.", "Arlenic", false)]
    [InlineData("The delegation travelled to Harrowan on 3 June, and Harrowan welcomed it.", "Harrowan", true)]
    public void AnAdjectiveEndingInAnOrIcBeforeANounIsNoPlace(string sentence, string word, bool place)
    {
        var e = Read(sentence);
        Assert.Equal(place, e.Organizations.Any(o => o.Name == word));
    }

    [Fact]
    public void AnOfficeNamedAfterASovereignsTitleBelongsToNoBodyOfThatName()
    {
        var e = Read("The Governor of Arlen Province, Alma Quirante, and the King's Commissioner in Westmark, Jonas Pilz Ebner, signed the letter on 3 June.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "King");
    }

    [Fact]
    public void AnOfficeWordAfterAVenuesWordIsPartOfTheVenue()
    {
        var e = Read("More than 150 entrepreneurs took part in the Business Roundtable at Plaza Mayor Korvel, co-organised by the Korvel Chamber of Commerce.");
        NoBody(e, "Plaza");
        NoPerson(e, "Korvel");
    }

    [Fact]
    public void ARegionNamedAsACityMunicipalityACapitalRegionOrByItsAdjectiveIsOneRegion()
    {
        var e = Read("The Mayor of Tessaly, Jonas Varkel, welcomed the guests. Tessaly City Municipality and the Arlen-Capital Region signed a letter. " +
                     "The South Valorian Region joined them. Arlen is a port, and South Valoria exports wine.");
        NoBody(e, "Tessaly");
        Body(e, "Tessaly City Municipality");
        NoBody(e, "Arlen");
        NoBody(e, "South Valoria");
        Body(e, "South Valorian Region");
    }

    [Fact]
    public void ARegionNamedByADirectionIsNoBody()
    {
        var e = Read("\"The Region of the North is now a logistics hub,\" said Governor Alma Quirante of Tessaly Province.");
        NoBody(e, "Region of the North");
    }

    [Fact]
    public void AMembersPortfolioAfterANamedGovernmentIsNoPartOfItsName()
    {
        var e = Read("The letter was signed by Dr. Ilse Brandvold, member of the Valorian Government for Economy and Research, in Arlen.");
        NoBody(e, "Valorian Government for Economy and Research");
    }

    [Fact]
    public void TheDepartmentOfAPlaceIsThatRegionAndItsGobernacionItsGovernment()
    {
        var e = Read("The Governor of Norvale, Jonas Varkel, met the delegation in Arlen. The Gobernación de Norvale will host the fair, " +
                     "and the Department of Norvale will send twelve agronomists a year.");
        Body(e, "Department of Norvale", "region");
        NoBody(e, "Norvale");
        Body(e, "Gobernación de Norvale", "agency");
    }

    [Fact]
    public void APlacesAdjectiveBeforeALowerCaseBodyIsNoBody()
    {
        var e = Read("Valoria hosted the talks. The Valorian dairy cooperative Bergmilch eGen presented its equipment. " +
                     "Press contact: Büro Landesrat Kessel-Steiner, +43 316 877 0000");
        NoBody(e, "Valorian");
        NoBody(e, "Büro");
    }

    [Fact]
    public void TheMostVisitedSitesAreNoPlace()
    {
        var e = Read("Governor Alma Quirante said the two provinces are home to two of the most visited World Heritage sites on earth.");
        NoBody(e, "World Heritage");
    }

    [Fact]
    public void AProvincialAdministrationOrPrefecturalOfficeIsTheProvincesGovernment()
    {
        var e = Read("The Tessel Provincial Administration and Harrow Prefecture signed a letter at the Harrow Prefectural Office. " +
                     "Tessel Province will send ten managers.");
        Body(e, "Tessel Provincial Administration", "agency");
        Body(e, "Tessel Province", "region");
        Body(e, "Harrow Prefectural Office", "agency");
        Body(e, "Harrow Prefecture", "region");
    }

    [Fact]
    public void AFacultyAfterAnOfficeIsABodyWithItsUniversityWhenTheTextJoinsThem()
    {
        var e = Read("The letter was signed by the Dean of the Faculty of Marine Sciences & Technology of the University of Korvel, Prof. S. Thevan. " +
                     "Also present was Professor Eirik Haugland, Dean of the Faculty of Science and Technology at the University of Tessel (UiT).");
        Body(e, "Faculty of Marine Sciences & Technology of the University of Korvel", "university");
        Body(e, "Faculty of Science and Technology", "university");
        Assert.Equal("Faculty of Science and Technology", Person(e, "Eirik Haugland").Organization);
    }

    [Fact]
    public void ARegionAndItsGovernmentInOtherLanguagesAreOneRegionAndOneGovernment()
    {
        var e = Read("The Governor of Tessel Province, Ana Maria Cossa, met the delegation. The Governo da Província de Tessel will provide land, " +
                     "and the Gobierno Regional del Korvel, with Korvel Region, will send experts. Cooperation with the Cusvel Regional Government grew.");
        Body(e, "Tessel Province", "region");
        NoBody(e, "Província de Tessel");
        Body(e, "Governo da Província de Tessel", "agency");
        Body(e, "Gobierno Regional del Korvel", "agency");
        Body(e, "Korvel Region", "region");
    }

    [Fact]
    public void AnActionsOwnOfAndAUniversityWithItalianLinksStayInTheName()
    {
        var e = Read("The delegation met at the Agency for the Promotion of Investment and Exports (APIX). It later met Prof. Giulia Fornari, " +
                     "Head of the Department of Industrial Engineering of the Università degli Studi di Korvel, and agreed a programme.");
        Body(e, "Agency for the Promotion of Investment and Exports");
        NoBody(e, "Agency for the Promotion");
        Body(e, "Department of Industrial Engineering of the Università degli Studi di Korvel");
    }

    [Fact]
    public void TheOfficeOfAnOfficeHolderNamedByTheLevelOfTheirOfficeKeepsTheOffice()
    {
        var e = Read("The guests were received at the Office of the District Chairperson, where the plans were shown.");
        Body(e, "Office of the District Chairperson");
        NoBody(e, "Office of the District");
    }

    [Fact]
    public void ACapitalisedWordJoinedToALowerCaseAdjectiveIsNoPlace()
    {
        var e = Read("Korvel University and Tessel College will hold a summer school in Arctic and rural tourism in June 2026.");
        NoBody(e, "Arctic");
    }

    [Fact]
    public void APatronymicWordAfterTheFathersNameAndUlInsideANameBelongToTheName()
    {
        var e = Read("The rector of Korvel State University, Prof. Talant Asan uulu, met Mr. Imran ul Haq Varko, President of the Tessel Chamber.");
        Person(e, "Talant Asan uulu");
        Person(e, "Imran ul Haq Varko");
        NoPerson(e, "Imran");
    }

    [Fact]
    public void HeadWordsOfMoreLanguagesAndPromotionAgenciesMakeBodies()
    {
        var e = Read("The delegation met the Dirección General de Relaciones con Europa y Cooperación, the Cabildo de Korvel and the Tessel Regional Kenesh. " +
                     "Valmer Province and Travel Valmer will promote the route.");
        Body(e, "Dirección General de Relaciones con Europa y Cooperación");
        Body(e, "Cabildo de Korvel");
        Body(e, "Tessel Regional Kenesh", "legislature");
        Body(e, "Travel Valmer");
    }

    [Fact]
    public void TheGovernmentOfThePlaceNamesThatPlace()
    {
        var e = Read("The Government of the Korvel and the Region of Tessel signed a memorandum.");
        Body(e, "Government of the Korvel", "agency");
        Body(e, "Korvel", "region");
    }

    [Fact]
    public void AGermanCompoundEndingInAHeadWordIsAHeadWord()
    {
        var e = Read("The Valorische Wirtschaftsförderungsgesellschaft and the Korvel Universitätsklinikum will train ten nurses.");
        Body(e, "Valorische Wirtschaftsförderungsgesellschaft");
        Body(e, "Korvel Universitätsklinikum");
    }

    [Fact]
    public void AUnitNamedWithoutItsParentAfterItsFullNameIsOneBody()
    {
        var e = Read("Ana Ruiz, Head of the Office of International Cooperation of the Korvel Regional Government, met the guests. " +
                     "The Office of International Cooperation will coordinate the programme.");
        Body(e, "Office of International Cooperation of the Korvel Regional Government");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Office of International Cooperation", StringComparison.Ordinal));
    }
    [Fact]
    public void StateAfterABodysOfIsPartOfThatBody()
    {
        var e = Read("The Council of State of the Canton of Korvel met the delegation in Tessel.");
        Body(e, "Council of State of the Canton of Korvel");
        NoBody(e, "State of the Canton of Korvel");
    }

    [Fact]
    public void ALegalFormInsideACompanysNameStartsNoSecondCompany()
    {
        var e = Read("The plant is run by Empresa de Energía Valmer Norte S.A. (EVN), the state power company.");
        Body(e, "Empresa de Energía Valmer Norte S.A.");
        NoBody(e, "Energía Valmer Norte S.A.");
    }

    [Fact]
    public void AUniversityOrAParkNamedBeforeItsPlaceKeepsThePlace()
    {
        var e = Read("Researchers of the Heinrich Halm University Korvel and the start-ups of the Tessel Science Park Valmer will work together, " +
                     "with the Handelskammer Korvel and the Arlen University Delegation.");
        Body(e, "Heinrich Halm University Korvel");
        Body(e, "Tessel Science Park Valmer");
        Body(e, "Handelskammer Korvel");
        NoBody(e, "Arlen University Delegation");
    }

    [Fact]
    public void AnAcronymWithThePlaceInBracketsIsTheSameBody()
    {
        var e = Read("At the forum, the Technische Universität Korvel (TU Korvel) signed an exchange agreement. TU Korvel will host ten students.");
        Body(e, "Technische Universität Korvel");
        Assert.Single(e.Organizations, o => o.Name.Contains("Korvel", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodysPossessiveBeforeOneOfItsUnitsNamesTheBody()
    {
        var e = Read("Students of Tessel University's Faculty of Agriculture will spend a semester abroad.");
        Body(e, "Tessel University");
        Body(e, "Faculty of Agriculture");
    }

    [Fact]
    public void AListOfPortfoliosOpensADepartmentsName()
    {
        var e = Read("Officials of the Industries, Trade, Energy and Mining Development Department took part.");
        Body(e, "Industries, Trade, Energy and Mining Development Department");
        NoBody(e, "Energy and Mining Development Department");
    }
    [Fact]
    public void HeadsThatPutTheirAdjectiveAfterThemTakeIt()
    {
        var e = Read("Technicians will be trained at the Politecnico Tessaliano in Korvel and at the Bibliotheca Valmerina next year.");
        Body(e, "Politecnico Tessaliano");
        Body(e, "Bibliotheca Valmerina");
    }

    [Fact]
    public void LegalFormsBeforeTheNameOrAfterACommaOrInBracketsEndACompany()
    {
        var e = Read("The delegation visited AS Korvel Koks Audums, the town's largest employer. Energia de Valmer, E.P. (EDV) and " +
                     "Tessel Tannery (Pvt.) Ltd. signed a letter of intent.");
        Body(e, "AS Korvel Koks Audums");
        Body(e, "Energia de Valmer, E.P.");
        Body(e, "Tessel Tannery (Pvt.) Ltd.");
    }

    [Fact]
    public void AMuseumsHeadAloneAfterAndEndsAJoinedName()
    {
        var e = Read("The city will open a corner in its Aydin Korel City Archive and Museum next year, and an exhibition of the Casa de Valmer museum will travel.");
        Body(e, "Aydin Korel City Archive and Museum");
        Body(e, "Casa de Valmer");
    }

    [Fact]
    public void AnAdjectiveInIneBeforeANounIsNoPlace()
    {
        var e = Read("The college will host twelve guides each year for an internship in Alpine valleys.");
        NoBody(e, "Alpine");
    }

    [Fact]
    public void AnAcronymBeforeThePlaceItServesIsABody()
    {
        var e = Read("The Korvel Region and the Valmer Region met. TECK Korvel will deliver training, the FH Oberwälden will design a course " +
                     "and the HET-NW Tessel-Valmer will host interns. (GRK Korvel)");
        Body(e, "TECK Korvel");
        Body(e, "FH Oberwälden");
        Body(e, "HET-NW Tessel-Valmer");
        NoBody(e, "GRK Korvel");
    }
    [Fact]
    public void AnOfficeOfAHolderKeepsTheOfficesAndPlacesItAnswersTo()
    {
        var e = Read("He heads the Office of the Special Representative of the President of the Valmer Republic in Korvel Region.");
        Body(e, "Office of the Special Representative of the President of the Valmer Republic in Korvel Region");
        NoBody(e, "Office of the Special");
    }

    [Fact]
    public void ANameInTwoLanguagesJoinedByASlashIsOneName()
    {
        var e = Read("Lena Imbert, Chief Executive of Korvel/Korwald Promotion, the canton's tourism agency, took part.");
        Body(e, "Korvel/Korwald Promotion");
        NoBody(e, "Korwald Promotion");
    }
    [Fact]
    public void ARomanceNameKeepsItsListOfFieldsAndItsElidedWords()
    {
        var e = Read("They met the Consejería de Turismo, Cultura, Montes y Deporte, the Chambre de Commerce, d'Artisanat et de Services " +
                     "Korvel-Valmer (CCAS Korvel-Valmer) and the Office Régional de Mise en Culture Fruitière du Tessel.");
        Body(e, "Consejería de Turismo, Cultura, Montes y Deporte");
        Body(e, "Chambre de Commerce, d'Artisanat et de Services Korvel-Valmer");
        Body(e, "Office Régional de Mise en Culture Fruitière du Tessel");
        NoBody(e, "Consejería de Turismo");
    }
    [Fact]
    public void AHeadThatEndsALongerNameOrFollowsItsAndIsNoBodyOfItsOwn()
    {
        var e = Read("The University of Korvel Valmer College and the Office of the Chief Minister and Council of Ministers signed a letter.");
        Body(e, "University of Korvel Valmer College");
        NoBody(e, "Korvel Valmer College");
        Body(e, "Office of the Chief Minister and Council of Ministers");
        NoBody(e, "Council of Ministers");
    }

    [Fact]
    public void AUnitOfAUniversityIsNamedWithItsUniversity()
    {
        var e = Read("The Polar Research Center of the University of Korvel Valmer (UKV) and the Faculty of Sciences of Université Tessel signed a letter.");
        Body(e, "Polar Research Center of the University of Korvel Valmer");
        Body(e, "University of Korvel Valmer");
        Body(e, "Faculty of Sciences of Université Tessel");
    }

    [Fact]
    public void TheLastOfSeveralNamesInBracketsAfterADashIsAnotherNameOfTheBody()
    {
        var e = Read("KORVEL, 12 May 2026 – Korvel County (Korvelska županija – Regione Korvelana) and Valmer signed an agreement.");
        Body(e, "Korvel County");
        NoBody(e, "Regione Korvelana");
    }
    [Fact]
    public void GermanHeadsComeBeforeThePlaceTheyServe()
    {
        var e = Read("The Landkreis Korvel and Valmer District renewed their ties. The Kreistag Korvel, the Sparkasse Korvel and the " +
                     "Partnerschaftsverband Korvel/Valmer e.V. took part.");
        Body(e, "Landkreis Korvel");
        Body(e, "Valmer District");
        NoBody(e, "Landkreis Korvel and Valmer District");
        Body(e, "Kreistag Korvel");
        Body(e, "Sparkasse Korvel");
        Body(e, "Partnerschaftsverband Korvel/Valmer e.V.");
    }

    [Fact]
    public void ItalianNamesKeepLowerCaseNounsAndContractedLinks()
    {
        var e = Read("Governor Ruiz thanked the Camera di commercio di Korvel, the Associazione Korvelesi nel Commercio and the Fondazione Piero Valmer.");
        Body(e, "Camera di commercio di Korvel");
        Body(e, "Associazione Korvelesi nel Commercio");
        Body(e, "Fondazione Piero Valmer");
        NoBody(e, "Camera");
    }

    [Fact]
    public void APlacesNicknameInQuotesIsNoBody()
    {
        var e = Read("The agreement makes Valmer, Korvel's \"Harbour City\", the county's first sister city.");
        NoBody(e, "Harbour City");
    }

    [Fact]
    public void AMinistryNamedWithItsSeatIsOneBodyWithItsNameInBrackets()
    {
        var e = Read("The Ministry of Culture and Sports of Korvel (Ministerium für Kultur und Sport) co-finances the projects, " +
                     "and the Minister of Production, Ana Ruiz, opened the fair.");
        Body(e, "Ministry of Culture and Sports of Korvel");
        NoBody(e, "Ministry of Culture and Sports");
        NoBody(e, "Ministerium für Kultur und Sport");
        NoBody(e, "Production");
    }
    [Fact]
    public void APersonsNameInQuotesAfterABodyIsPartOfItsName()
    {
        var e = Read("The Faculty of Maritime Studies \"Dr. Ivo Korvel\" and the University of Valmer agreed on a mobility scheme.");
        Body(e, "Faculty of Maritime Studies \"Dr. Ivo Korvel\"");
        NoPerson(e, "Ivo Korvel");
    }
    [Fact]
    public void ATiesStartGivenInALaterSentenceReplacesTheDayReported()
    {
        var e = Read("Governor Ana Ruiz of the Korvel Region and President Jon Berg of the Canton of Valmer renewed their sisterhood charter yesterday. " +
                     "The sisterhood between the Korvel Region and the Canton of Valmer was signed in Tessel on 9 June 2010.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("2010-06-09", tie.Since);
    }

    [Fact]
    public void ATieSignedOnADayTheSentenceGivesStartsThatDayAndALaterMeetingDoesNotMoveIt()
    {
        var e = ArticleExtractor.Extract("Sister cities\n\nPublished: 2025-09-24\n\n" +
            "Mayor Ana Ruiz of Korvel County and Mayor Jon Berg of Valmer City signed a sister city agreement on Monday, September 15, 2025. " +
            "The idea of the sister city relationship came from talks at a forum in March 2023.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("2025-09-15", tie.Since);
    }

    [Fact]
    public void AnyCompoundOfSisterNamesASistersTie()
    {
        var e = Read("The visit marks ten years since Korvel Province and Valmer Borough established sister-region relations on 3 March 2014.");
        var tie = Assert.Single(e.Relationships);
        Assert.Equal("sister", tie.Kind);
        Assert.Equal("2014-03-03", tie.Since);
    }
    [Fact]
    public void ANameInAppositionAfterAnOfficeOfABodyInAnotherLanguageIsAPerson()
    {
        var e = Read("The minister met the Director of the Office Régional de Mise en Culture Fruitière du Korvel (ORMCK), Samir El Valmi, on Monday.");
        Assert.Equal("Director", Person(e, "Samir El Valmi").Title);
        NoPerson(e, "Régional de Mise");
    }
    [Fact]
    public void ATiesOtherPartyIsNoVenueOfItsSigning()
    {
        var e = Read("KORVEL, 12 May 2025 – Tessel County and the Municipality of Valmer have formally become friendship partners. " +
                     "The Agreement on Friendship and Cooperation was signed on Tuesday, 10 May, in the County Palace in Korvel by the Mayor of Valmer, Jon Berg.");
        var tie = Assert.Single(e.Relationships);
        // The municipality is written as its town since the fifteenth round (the place stands for its government in ties).
        Assert.Equal(["Tessel County", "Valmer"], tie.Parties.Order());
        Assert.Equal("2025-05-10", tie.Since);
    }

    [Fact]
    public void ARegionsEnglishNameSpelledLikeItsOwnIsTheSameRegion()
    {
        var e = Read("The Regione Westmarchia and the Province of Korvel signed a protocol on wine on Monday. " +
                     "\"Every family in Korvel has a cousin in Westmarkia,\" said the Governor.");
        Assert.Single(e.Organizations, o => o.Name.Contains("Westmar", StringComparison.Ordinal));
    }

    [Fact]
    public void AGovernmentsNameGivesNoEnglishNameOfItsRegion()
    {
        // Decision (a) in docs/ingestion.md: the region beside its government is a body of its own.
        var e = Read("The Junta de Westmarchía and the Province of Korvel signed a protocol on water in Tessel. " +
                     "The commission will meet once a year, in Westmarkia and in Korvel by turns; Westmarkia hosts the first.");
        Assert.Contains(e.Organizations, o => o.Name == "Junta de Westmarchía");
        Assert.Contains(e.Organizations, o => o.Name == "Westmarkia");
    }

    [Fact]
    public void ANameAfterALowerCaseDescriptionEndingInABodysNounIsThatBody()
    {
        var e = Read("The delegation included the regional investment agency Korvelink and the rowing club Tessel Eights, " +
                     "and met the Governor in the old port.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvelink" && o.Kind == "agency");
        Assert.Contains(e.Organizations, o => o.Name == "Tessel Eights");
    }

    [Fact]
    public void RepresentativesOfAndSupportedByNameABody()
    {
        var e = Read("Representatives of Skyvarra presented a new cargo route on Monday. " +
                     "The new ferry line, supported by Portlinq, opens in May.");
        Assert.Contains(e.Organizations, o => o.Name == "Skyvarra");
        Assert.Contains(e.Organizations, o => o.Name == "Portlinq");
    }

    [Fact]
    public void ADirectionAndAHeadAfterAnOfficesForTheNameNoBody()
    {
        var e = Read("The talks were joined by the Minister for the Northern Division, Dr. Mele Tavita, and the Rector of Korvel University.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Division", StringComparison.Ordinal));
        Person(e, "Mele Tavita");
    }

    [Fact]
    public void AConventionCentreWithItsPlaceIsAVenue()
    {
        var e = Read("The delegation toured the Tessel Convention Centre and the Korvel Exhibition Center before meeting the Governor.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Centre", StringComparison.Ordinal) || o.Name.Contains("Center", StringComparison.Ordinal));
    }

    [Fact]
    public void APartnershipsMechanismNamedByNoProperWordIsNoBody()
    {
        var e = Read("The Joint Working Group and the Steering Committee of the partnership met in Korvel, " +
                     "with the Executive Committee of Valmer and the Korvel Twinning Committee.");
        Assert.DoesNotContain(e.Organizations, o => o.Name is "Joint Working Group" or "Steering Committee");
        Assert.Contains(e.Organizations, o => o.Name == "Executive Committee of Valmer");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel Twinning Committee");
    }

    [Fact]
    public void ABodyAfterAnOfficeThenTheHoldersNameWithNoCommaEndsAtItsHead()
    {
        var e = Read("The Chairman of the Valmer Regional Assembly Tomas Eriksen Vold welcomed the delegation on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Valmer Regional Assembly");
        var chair = Person(e, "Tomas Eriksen Vold");
        Assert.Equal("Valmer Regional Assembly", chair.Organization);
    }

    [Fact]
    public void ARegionsHeadBeforeMoreCapitalisedWordsStaysAModifier()
    {
        var e = Read("The Head of the Korvel City Executive Power, Anar Veli Rzayev, opened the workshop.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Korvel City");
    }

    [Fact]
    public void ClinicsAndALowerCasePlcAreBodies()
    {
        var e = Read("The Valmer Heart Clinic, Korvel Polyclinic and Korvel Seafoods plc will train nurses and cooks.");
        Assert.Contains(e.Organizations, o => o.Name == "Valmer Heart Clinic");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel Polyclinic");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel Seafoods plc" && o.Kind == "company");
    }

    [Fact]
    public void ABodysOwnNameInBracketsAfterALowerCaseHeadIsItsName()
    {
        var e = Read("The Korvel cooperative (Koperativa Abahinzi ba Korvel) will supply tea to three schools.");
        Assert.Contains(e.Organizations, o => o.Name == "Koperativa Abahinzi ba Korvel");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Korvel" && o.Kind != "region");
    }

    [Fact]
    public void ACompanysSeatAfterItsLegalFormThenABracketIsPartOfItsName()
    {
        var e = Read("Compania Națională Drumuri Fluviale S.A. Westport (CNDF) will dredge the canal in May. " +
                     "Westbrook Seeds S.A. Harrow (WSH) also took part.");
        Assert.Contains(e.Organizations, o => o.Name == "Compania Națională Drumuri Fluviale S.A. Westport");
        Assert.Contains(e.Organizations, o => o.Name == "Westbrook Seeds S.A. Harrow");
    }

    [Theory]
    [InlineData("The Communauté d'agglomération du Korvelois will fund the project.", "Communauté d'agglomération du Korvelois")]
    [InlineData("The Ajuntament de Korvell sent observers.", "Ajuntament de Korvell")]
    [InlineData("The Primăria Municipiului Valmești sent observers.", "Primăria Municipiului Valmești")]
    [InlineData("The Korvel Büyükşehir Belediyesi sent observers.", "Korvel Büyükşehir Belediyesi")]
    [InlineData("The Dinas Pariwisata Valmer sent observers.", "Dinas Pariwisata Valmer")]
    [InlineData("The Landratsamt Korvelbach sent observers.", "Landratsamt Korvelbach")]
    [InlineData("Students of Korvel universitet will visit Valmer in May.", "Korvel universitet")]
    [InlineData("The Jihovalmerský kraj sent observers.", "Jihovalmerský kraj")]
    public void HeadsOfMoreLanguagesNameBodies(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void TwoNamesInBracketsJoinedByADashAreOtherNamesOfTheBodyBeforeThem()
    {
        var e = Read("Korvel County (Korvelska županija – Regione Korvelana) and the Municipality of Valmer became partners.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel County");
        Assert.DoesNotContain(e.Organizations, o => o.Name is "Korvelska županija" or "Regione Korvelana");
    }

    [Fact]
    public void ACouncilNamedInItsLanguageAndInEnglishIsOneBody()
    {
        var e = Read("The Korvești County Council and the Valmer Regional Council signed the letter on Monday. " +
                     "Consiliul Județean Korvești will host the first meeting.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvești County Council");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Consiliul Județean Korvești");
    }

    [Fact]
    public void APlaceWithItsHeadBeforeOrAfterItsNameIsOnePlace()
    {
        var e = Read("Mayor Jon Berg of Tessel City met the Governor of Korvel Province on Friday. " +
                     "The City of Tessel will host the next meeting.");
        Assert.Single(e.Organizations, o => o.Name.Contains("Tessel", StringComparison.Ordinal));
        Assert.Single(e.Organizations, o => o.Name.Contains("Korvel", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials of the Gemeente Valmerdam and the Waterschap Tesselstroom took part.", "Gemeente Valmerdam", "Waterschap Tesselstroom")]
    [InlineData("The Majlis Bandaraya Korvel and the Kerajaan Negeri Valmer sent delegates.", "Majlis Bandaraya Korvel", "Kerajaan Negeri Valmer")]
    [InlineData("The Zila Parishad Korvelpur and the Valmerabad Nagar Nigam discussed water supply.", "Zila Parishad Korvelpur", "Valmerabad Nagar Nigam")]
    [InlineData("The Perifereia Korvelias and the Dimos Valmerou exchanged letters.", "Perifereia Korvelias", "Dimos Valmerou")]
    [InlineData("Korvel Ülikool and the Valmeri Linnavalitsus agreed.", "Korvel Ülikool", "Valmeri Linnavalitsus")]
    public void HeadsOfStillMoreLanguagesNameBodies(string sentence, string first, string second)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == first);
        Assert.Contains(e.Organizations, o => o.Name == second);
    }

    [Fact]
    public void AnOfficeOfANamedPeoplesGovernmentNamesBoth()
    {
        var e = Read("The Foreign Affairs Office of the Korvel Provincial People's Government received the delegation.");
        Assert.Contains(e.Organizations, o => o.Name == "Foreign Affairs Office of the Korvel Provincial People's Government");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel Provincial People's Government");
    }

    [Fact]
    public void ARegionsHeadInTwoLanguagesSpelledAlikeIsOneRegion()
    {
        var e = Read("The Province of Korvelland and Valmer County signed a letter on Monday. Photo: Provincie Korvelland");
        Assert.Single(e.Organizations, o => o.Name.Contains("Korvelland", StringComparison.Ordinal));
    }

    [Fact]
    public void AWordJoinedByAndToARegionIsARegion()
    {
        var e = Read("Valmer Province and Korvelia will cooperate on dairy farming. The Governor of Tessel Prefecture and Mayor Jon Berg met in Graz.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvelia" && o.Kind == "region");
        NoPerson(e, "Korvelia");
    }

    [Fact]
    public void APlacesNameWithALocalWordForTownJoinedToItIsThatPlace()
    {
        var e = Read("The Mayor of Westfjordurbær, Anna Sif Jónsdóttir, met the Mayor of Valmer Province on Monday. " +
                     "Valmer Province and Westfjordur will exchange teachers.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Westfjordur", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ministère de l'Europe et des Affaires étrangères received the delegation.", "Ministère de l'Europe et des Affaires étrangères")]
    [InlineData("The Istituto Nazionale di Fisica Nucleare received the delegation.", "Istituto Nazionale di Fisica Nucleare")]
    [InlineData("The Fundação de Amparo à Pesquisa do Estado de Korvel received the delegation.", "Fundação de Amparo à Pesquisa do Estado de Korvel")]
    [InlineData("The Ministerium für Wirtschaft, Arbeit und Tourismus Korvel-Valmer received the delegation.", "Ministerium für Wirtschaft, Arbeit und Tourismus Korvel-Valmer")]
    [InlineData("The Landesamt für Umwelt Korvel received the delegation.", "Landesamt für Umwelt Korvel")]
    [InlineData("The Industrie- und Handelskammer Korvel received the delegation.", "Industrie- und Handelskammer Korvel")]
    public void RomanceAndGermanNamesKeepTheirAdjectivesContractedLinksAndSharedCompounds(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Theory]
    [InlineData("The Entreprise Ferroviaire d'Arlen and the Société des Transports et de l'Énergie d'Arlen signed the contract.", "Entreprise Ferroviaire d'Arlen")]
    [InlineData("The Entreprise Ferroviaire d'Arlen and the Société des Transports et de l'Énergie d'Arlen signed the contract.", "Société des Transports et de l'Énergie d'Arlen")]
    [InlineData("The Patronato Municipal de Cultura de la Sierra Korvela will promote the route.", "Patronato Municipal de Cultura de la Sierra Korvela")]
    [InlineData("The prefecture will appoint a contact point in its Direction de la Culture et du Patrimoine.", "Direction de la Culture et du Patrimoine")]
    [InlineData("Technicians will train at the Instituto Universitario de la Pesca y de las Ciencias del Mar (IUPCM).", "Instituto Universitario de la Pesca y de las Ciencias del Mar")]
    [InlineData("The Director of Policy of the Korvel Chambers of Commerce attended.", "Korvel Chambers of Commerce")]
    [InlineData("The operator Općinska zadruga Korvel d.o.o. will open a route.", "Općinska zadruga Korvel d.o.o.")]
    [InlineData("Students will study at the Faculty of Management and Economics of Energy and Water of the University of Korvel.", "Faculty of Management and Economics of Energy and Water of the University of Korvel")]
    public void RomanceSlavicAndUnitNamesAreFoundWhole(string sentence, string body)
    {
        var e = Read(sentence);
        Assert.Contains(e.Organizations, o => o.Name == body);
    }

    [Fact]
    public void ADayAlphabetInitialsCongressesAndChambersAsRoomsAreNoBodies()
    {
        var e = Read("The ties date from B.E. 2561 (2018). The President will attend the European Tourism Congress in April " +
                     "and met the Governor on Tuesday in the Council Chambers of the Korvel Civic Building.");
        Assert.DoesNotContain(e.Organizations, o => o.Name is "B.E." or "Tuesday" or "European Tourism Congress" || o.Name.StartsWith("Council Chambers", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherNameAndItsAcronymInBracketsAfterABodyAreItsOtherNames()
    {
        var e = Read("The People's Council of the Korvel Region (Conseil Populaire de Région, CPR) approved the budget. " +
                     "The Korvel Tourism Organisation (Regionálna agentúra rozvoja Korvelský kraj) will prepare a route.");
        Assert.DoesNotContain(e.Organizations, o => o.Name is "Conseil Populaire de Région" or "Korvelský kraj");
    }

    [Fact]
    public void AUnitWithItsUniversitysAcronymAfterACommaIsOneName()
    {
        var e = Read("Korvel University (KU) signed the letter. Students of the Faculty of Law, KU, will visit Valmer in May.");
        Assert.Contains(e.Organizations, o => o.Name == "Faculty of Law, KU");
    }

    [Fact]
    public void APressOrPrUnitWithItsPlaceIsNoBody()
    {
        var e = Read("The Korvel PR Office said the Governor met the Mayor of Valmer City on Monday.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("PR Office", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodysOwnBoardIsNoBodyOfItsOwn()
    {
        var e = Read("The Management Board of the Korvel Development Corporation approved the plan on Monday.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.StartsWith("Management Board", StringComparison.Ordinal));
        Assert.Contains(e.Organizations, o => o.Name == "Korvel Development Corporation");
    }

    [Fact]
    public void AUnitAfterItsUniversitysAcronymIsNamedWithTheUniversity()
    {
        var e = Read("Dentists will train at the Korvel State University (KSU) College of Dentistry and ABC Tech from June.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel State University");
        Assert.Contains(e.Organizations, o => o.Name == "Korvel State University College of Dentistry");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Dentistry and", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAssemblyAfterALaterOfTheOfACommitteeIsABodyToo()
    {
        var e = Read("The Committee for Youth Affairs of the Korvelian Regional Assembly met the guests on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Korvelian Regional Assembly");
    }

    [Fact]
    public void ABodyNamedWithAndWithoutTheAdjectiveOfItsLevelIsOneBody()
    {
        var e = Read("The Diputación de Korvela and the City of Valmer signed a protocol on Monday. " +
                     "The Diputación Provincial de Korvela will fund two scholarships.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Diputación", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyNamedAsTheTerritoryItGovernsIsThatTerritory()
    {
        var e = Read("The President of the Diputación de Korvela and the Mayor of Valmer signed a protocol between the Province of Korvela " +
                     "and the City of Valmer. The Intendente of the Department of Sarandel greeted the Intendencia de Sarandel's guests. " +
                     "A letter links the Canton of Orotina and the Municipality of Orotina's council.");
        Assert.Single(e.Organizations, o => o.Name.Contains("Korvela", StringComparison.Ordinal));
        Assert.Single(e.Organizations, o => o.Name.Contains("Sarandel", StringComparison.Ordinal));
        Assert.Single(e.Organizations, o => o.Name.Contains("Orotina", StringComparison.Ordinal));
        // A city beside the province's body is another place.
        Assert.Contains(e.Organizations, o => o.Name == "City of Valmer");
    }

    [Fact]
    public void ASelfGoverningProvinceIsTheProvinceUnderItsShortName()
    {
        var e = Read("The Governor of Norvan Special Self-Governing Province met the Mayor of Telby. The agreement between Telby and Norvan Province was signed on Monday.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Norvan", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameOfTwoWordsOrMoreBeforeALowerCaseClusterMovementOrAuthorityIsABody()
    {
        var e = Read("The guests will visit the Velstad Robotics Quarter innovation cluster and meet the Ostra Vela Hearth youth movement. " +
                     "The talks with the Marlo port authority went well.");
        Assert.Contains(e.Organizations, o => o.Name == "Velstad Robotics Quarter");
        Assert.Contains(e.Organizations, o => o.Name == "Ostra Vela Hearth");
        // One word before the noun is more often a place whose body is described ("the Marlo port authority").
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Marlo");
    }

    [Fact]
    public void ClustersInspectoratesAndFrisianWaterBoardsAreBodies()
    {
        var e = Read("The Arlen Software Cluster, the Velden County School Inspectorate and the Wetterskip Marland signed the letter on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen Software Cluster");
        Assert.Contains(e.Organizations, o => o.Name == "Velden County School Inspectorate");
        Assert.Contains(e.Organizations, o => o.Name == "Wetterskip Marland");
    }

    [Fact]
    public void ABodyNamedAfterAPersonKeepsThePersonsNameAndIsTheSameBodyWithout()
    {
        var e = Read("The guests heard the Velorsk State Philharmonic Orchestra named after D. Amanova on Friday. " +
                     "The Velorsk State Philharmonic Orchestra will tour the partner region next year.");
        var orchestra = Assert.Single(e.Organizations, o => o.Name.StartsWith("Velorsk State Philharmonic", StringComparison.Ordinal));
        Assert.Equal("Velorsk State Philharmonic Orchestra named after D. Amanova", orchestra.Name);
    }

    [Fact]
    public void APhotoCreditNamesNoBodyButACaptionsPeopleAreTheStorys()
    {
        var e = Read("The Governor of Velden signed the letter with the Mayor of Arlen on Monday.\n\nPhoto: Velden Provincial Information Department\n\n" +
                     "Photo: Governor Ilse Varga Holm and Mayor Pavel Drost Lind after the signing.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Information Department", StringComparison.Ordinal));
        Person(e, "Ilse Varga Holm");
    }

    [Fact]
    public void ACabinetSecretaryIsAnOfficeNotABodyCalledCabinet()
    {
        var e = Read("On Monday the mayor received the Cabinet Secretary for Fisheries of the Arlenian government. Later Cabinet Secretary Tovell-Marsh visited the harbour.");
        Assert.Equal("Cabinet Secretary", Person(e, "Tovell-Marsh").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Cabinet");
    }

    [Fact]
    public void CreeksRiversAndLakesAreNoBodies()
    {
        var e = Read("The agency will restore 200 hectares of mangroves in Velar Creek and Mosso, and clean the Tarn River.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Velar", StringComparison.Ordinal) || o.Name == "Mosso" || o.Name.Contains("Tarn", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyNamedWithItsSeatOfTwoWordsIsTheSameBodyWithout()
    {
        var e = Read("Velmo City signed a letter with Arlen County on Monday. The Department of Trade and Industry of Velmo City will lead the work. " +
                     "Mr. Tran Van Loc, Director of the Department of Trade and Industry, said the letter was a first step.");
        Assert.Single(e.Organizations, o => o.Name.StartsWith("Department of Trade", StringComparison.Ordinal));
    }

    [Fact]
    public void TheAdjectiveOfAPlaceBeforeADepartmentOfIsNoPartOfItsName()
    {
        var e = Read("The Southern Peruvian Department of Ports and Roads and the Peruvian University of Marine Sciences signed the letter on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Department of Ports and Roads");
        Assert.Contains(e.Organizations, o => o.Name == "Peruvian University of Marine Sciences");
    }

    [Fact]
    public void AGenericNameIsCompletedByTheProperNameInQuotesAfterIt()
    {
        var e = Read("Investors from Velmar are welcome in the Free Economic Zone \"Arlentau\" (FEZ Arlentau), the governor said on Monday.");
        var zone = Assert.Single(e.Organizations, o => o.Name.StartsWith("Free Economic Zone", StringComparison.Ordinal));
        Assert.True(Names.Same(zone.Name, "Free Economic Zone Arlentau"), zone.Name);
    }

    [Fact]
    public void ABodyEndsAtItsSeatWhenItsHoldersNameFollowsWithoutAComma()
    {
        var e = Read("The meeting was attended by the head of the Department of Foreign Trade of Velmarsk Aigerim Tolenova, and other guests.");
        Assert.Contains(e.Organizations, o => o.Name == "Department of Foreign Trade of Velmarsk");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Tolenova", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadBeforeItsPlaceAfterAndOpensAnotherBody()
    {
        var e = Read("The memorandum was signed between the Department of Water and Environment of Velmo City and Waterschap Arlenland on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Department of Water and Environment of Velmo City");
        Assert.Contains(e.Organizations, o => o.Name == "Waterschap Arlenland");
    }

    [Fact]
    public void ProducersGrowersAndExportersNamedAsABodyAreABody()
    {
        var e = Read("Students of the University of Velmar and Arlen Beef Producers will take part in the exchange, with the Tolmar Apple Growers.");
        Assert.Contains(e.Organizations, o => o.Name == "University of Velmar");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen Beef Producers");
        Assert.Contains(e.Organizations, o => o.Name == "Tolmar Apple Growers");
    }

    [Fact]
    public void BusinessAdministrationAfterAndIsAFieldOfStudyNotABody()
    {
        var e = Read("Forty students of the Faculty of Forestry and Business Administration of Velmar-Tolna University will spend a term in Arlen.");
        Assert.Contains(e.Organizations, o => o.Name == "Faculty of Forestry and Business Administration of Velmar-Tolna University");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Faculty of Forestry");
        // The university the faculty is named with is a body of its own (decision b).
        Assert.Contains(e.Organizations, o => o.Name == "Velmar-Tolna University");
    }

    [Fact]
    public void TheEnglishWordsAloneForACouncilNamedInItsLanguageAreThatCouncil()
    {
        var e = Read("The Conseil départemental de Velmarre signed a letter with the Province of Arlenau on Monday. " +
                     "The Departmental Council will make a site available to the project.");
        Assert.Single(e.Organizations, o => o.Name.Contains("Council", StringComparison.Ordinal) || o.Name.StartsWith("Conseil", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyAfterAnOfficesOfWithoutTheEndsAtItsHeadBeforeItsHoldersName()
    {
        var e = Read("In the presence of the two governors, the First Vice-Rector of Al-Marat Velorsk National University Aigul Serikqyzy Temirova " +
                     "and the Dean of the College of Arts signed the memorandum.");
        Assert.Contains(e.Organizations, o => o.Name == "Al-Marat Velorsk National University");
    }

    [Fact]
    public void AnAcronymRightAfterAHeadWithNoBracketsIsPartOfTheName()
    {
        var e = Read("The Regional Development Agency VELRA will advise the partners, and the Arlen College CEO spoke on Monday.");
        var agency = Assert.Single(e.Organizations, o => o.Name.StartsWith("Regional Development Agency", StringComparison.Ordinal));
        Assert.Equal("Regional Development Agency VELRA", agency.Name);
        Assert.DoesNotContain(e.Organizations, o => o.Name.EndsWith("CEO", StringComparison.Ordinal));
    }

    [Fact]
    public void AUnitNamedByItsPortfolioAloneAfterABodyAndAndIsOneBodyWithIt()
    {
        var e = Read("The Velmar Municipality and Planning Department signed the letter on Monday.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmar Municipality and Planning Department");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Planning Department");
    }

    [Fact]
    public void ASurnameThatIsAListWordBeforeAHyphenatedGivenNameEndsTheBodyBeforeIt()
    {
        var e = Read("The guests were welcomed by the Chairman of the Velmun Provincial Council Park Min-seo.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmun Provincial Council");
    }

    [Fact]
    public void ANameJoinedByAndToTheAndABodyIsABody()
    {
        var e = Read("The Mayor will also meet MilkCoNZ and the Korvel Chamber of Industry, and the fishing co-operative VALFISH will join the group.");
        Assert.Contains(e.Organizations, o => o.Name == "MilkCoNZ");
        Assert.Contains(e.Organizations, o => o.Name == "VALFISH");
    }

    [Fact]
    public void AWordAfterTheJoinedToABodyMayBeAnOffice()
    {
        var e = Read("The statement came from the Press Service of the Kuvar and the Executive Committee of Korvelia.");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Kuvar");
    }

    [Fact]
    public void APortNamedWithoutOfIsABody()
    {
        var e = Read("The director of Port Westhaven, Jens Holm, opened the new quay. Port Westhaven will train ten pilots.");
        Assert.Contains(e.Organizations, o => o.Name == "Port Westhaven");
    }

    // Eleventh round: people and organizations on unread text.

    [Fact]
    public void LocalOfficesOfManyCountriesAreOffices()
    {
        var e = Read("The signing was witnessed by Karim Oussar, Wali of the Arvena Region, and by the khokim (governor) of the " +
                     "Velmir Region, Timur Rakhmatov, who led his own group. The Vali of Korvan Province, Mehmet Aslanov, also spoke.");
        Assert.Equal("Wali", Person(e, "Karim Oussar").Title);
        Person(e, "Timur Rakhmatov");
        Assert.Equal("Vali", Person(e, "Mehmet Aslanov").Title);
    }

    [Fact]
    public void AbbreviatedOfficesAndAHouseSpeakerAreOffices()
    {
        var e = Read("Also at the table were Lt. Governor Glen Mossman; state Sen. Lena Orsak-Bell, who leads the farm caucus; " +
                     "and Velmont House Speaker Owen Brackley and two clerks.");
        Person(e, "Glen Mossman");
        Person(e, "Lena Orsak-Bell");
        Assert.Equal("Speaker", Person(e, "Owen Brackley").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name.StartsWith("Lt", StringComparison.Ordinal));
    }

    [Fact]
    public void IndonesianCourtesyWordsAreNoPartOfTheName()
    {
        var e = Read("The Governor of Arvena, Dr. Hj. Ratna Puspita Lestari, M.Si., opened the fair with the Regional Secretary, " +
                     "Ir. Bayu Nugroho, MT, and the Head of the Fisheries Service, Ir. Wulan Kusuma. The former governor, Dr. H. Yusuf Hamdani Latif, " +
                     "spoke last. The letter bears the names of Dean Prof. Dr. drh. Galih Wiratama, M.Si. and Professor Claire Dunmore.");
        Person(e, "Ratna Puspita Lestari");
        Person(e, "Bayu Nugroho");
        Person(e, "Wulan Kusuma");
        Assert.Equal("Yusuf Hamdani Latif", Person(e, "Yusuf Hamdani Latif").Name);
        Assert.Equal("Dean", Person(e, "Galih Wiratama").Title);
    }

    [Fact]
    public void AnOfficesSeatAfterInOrToGluedToItsHoldersNameIsSplit()
    {
        var e = Read("Guests included the Consul General of the Velmarian Republic in Arlen Qiao Weiming, two deputies, " +
                     "and the Trade Commissioner to Veldoria Sarah Tobin, who spoke of seed exports. The Consul General of Veldoria in Velstad SATO Emi attended. " +
                     "The Governor asked the Mayor to the Festa de Sant Arlo in the spring.");
        Assert.Equal("Consul General", Person(e, "Qiao Weiming").Title);
        Person(e, "Sarah Tobin");
        Person(e, "SATO Emi");
        Assert.Contains(e.Organizations, o => o.Name == "Arlen");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Qiao", StringComparison.Ordinal) || o.Name.Contains("Sarah", StringComparison.Ordinal));
        NoPerson(e, "Sant Arlo");
    }

    [Fact]
    public void AConsulGeneralsSeatIsSplitFromAHoldersFamilyNameOpeningOnAShortWord()
    {
        var e = Read("The governor also met with the Consul General in Velno Mairéad Ní Bhriain and with Ivo Marek, President of the Tarsen Chamber. " +
                     "The Trade Commissioner to Arlenia Joost Van Holt spoke next.");
        Person(e, "Mairéad Ní Bhriain");
        Person(e, "Joost Van Holt");
        Assert.Contains(e.Organizations, o => o.Name == "Velno");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Mairéad", StringComparison.Ordinal) || o.Name.Contains("Joost", StringComparison.Ordinal));
        NoPerson(e, "Ní Bhriain");
    }

    [Fact]
    public void AHolderNamedAfterTheBodyEndsAtACommaAfterACourtesyWordOrAfterAPortfolio()
    {
        var e = Read("Seated with them were the Secretary General of the Governorate Rim Ferjani, the Regional Director of Agriculture " +
                     "Walid Ben Hmida and three engineers. Earlier the Mayor of Velno Cllr Aoife Dunleavy and the Mayor of Arta, " +
                     "Mr. Ruwan Hettiarachchi, signed the charter.");
        Assert.Equal("Secretary General", Person(e, "Rim Ferjani").Title);
        Person(e, "Walid Ben Hmida");
        Assert.Equal("Mayor", Person(e, "Aoife Dunleavy").Title);
        Person(e, "Ruwan Hettiarachchi");
    }

    [Fact]
    public void APatronymicMarksWhereTheHoldersNameBegins()
    {
        var e = Read("On Tuesday the Akim of Velmaty Timur Arlanuly Kasenov received the guests of the province.");
        Person(e, "Timur Arlanuly Kasenov");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Timur", StringComparison.Ordinal));
    }

    [Fact]
    public void ALowerCaseOfficeAfterALevelOfGovernmentOrWhoseIsAnOffice()
    {
        var e = Read("The visit included the provincial director of Health, Youth and Sports, Edson Kalunga. The fair was run by the " +
                     "Office of Heritage, whose secretary, Lívia Castro Nunes, guided the guests with the deputy khokim for tourism of Velmir, Malika Tursunbek.");
        Person(e, "Edson Kalunga");
        Assert.Equal("secretary", Person(e, "Lívia Castro Nunes").Title);
        Person(e, "Malika Tursunbek");
    }

    [Fact]
    public void MuseumsAndCompaniesOfTheArtsOfRomanceLanguagesTakeTheirNameAfterTheHead()
    {
        var e = Read("The guests toured the Museu Afro-Velmense on Tuesday and attended a show of the Ballet Popular Serrano on Friday, " +
                     "then heard the Velmar State Opera and Ballet at night.");
        Assert.Contains(e.Organizations, o => o.Name == "Museu Afro-Velmense");
        Assert.Contains(e.Organizations, o => o.Name == "Ballet Popular Serrano");
        Assert.Contains(e.Organizations, o => o.Name == "Velmar State Opera and Ballet");
    }

    [Fact]
    public void ANordicRegionPutsItsHeadFirst()
    {
        var e = Read("The delegation of Region Velmark, led by its chair, arrived on Monday. Region Velmark owns two ports.");
        Assert.Contains(e.Organizations, o => o.Name == "Region Velmark");
    }

    [Fact]
    public void AnInstitutionNamedAfterARoyalTitleOfAPlaceKeepsIt()
    {
        var e = Read("The rector of Prince of Velmar University opened the session with the province.");
        Assert.Contains(e.Organizations, o => o.Name == "Prince of Velmar University");
    }

    [Fact]
    public void AHeadThatComesBeforeItsNameOpensABodyOfItsOwn()
    {
        var e = Read("The Faculty of Dental Medicine Universitas Velmara (FKG Unvel) will host two lecturers next year.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.EndsWith("Medicine Universitas", StringComparison.Ordinal));
    }

    [Fact]
    public void IndonesianLegalFormsStandBeforeTheName()
    {
        var e = Read("From May, PT Arvon Sejahtera (PTAS) will buy milk from KUD Tani Arvon at a fixed price.");
        Assert.Contains(e.Organizations, o => o.Name == "PT Arvon Sejahtera");
        Assert.Contains(e.Organizations, o => o.Name == "KUD Tani Arvon");
    }

    [Fact]
    public void AChamberNamedByItsPortfolioTakesItsSeatAfterOf()
    {
        var e = Read("The delegation met the Chamber of Commerce of Velno-Arta on Monday and the director of the Department of Commerce " +
                     "of Arlen Province Fan Jiahe, who spoke.");
        Assert.Contains(e.Organizations, o => o.Name == "Chamber of Commerce of Velno-Arta");
        Assert.Contains(e.Organizations, o => o.Name == "Department of Commerce of Arlen Province");
    }

    [Fact]
    public void AnAmpersandJoinsWordsOfANameAndGivesItsAcronymALetter()
    {
        var e = Read("The desk of the agency Velmar Trade & Invest (VTAI) opens in May.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmar Trade & Invest");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Velmar Trade");
    }

    [Fact]
    public void AHeadingInCapitalsGivesNoBodies()
    {
        var e = Read("The Arlen Chamber of Industry and the Velmar Chamber of Commerce signed an agreement on Monday.\n\n" +
                     "WHAT THE ACCORD COVERS\n\nVELMAR CHAMBER ACCORD SIGNED TODAY\n\nThe two chambers will exchange missions.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("ACCORD", StringComparison.Ordinal) || o.Name.Contains("VELMAR", StringComparison.Ordinal));
    }

    [Fact]
    public void ALowerCaseOfficeTakesTheNameAfterABodyFoundBeforeANameInAppositionBeforeIt()
    {
        var e = Read("Present were the mayor of Kelm city Bakyt Osmon, the director of the Department of Commerce of Arlen Province Fan Jiahe, " +
                     "and the head of the Department of External Relations of Velmaty Saule Amanbek, who spoke.");
        Assert.Equal("director", Person(e, "Fan Jiahe").Title);
        Assert.Equal("head", Person(e, "Saule Amanbek").Title);
    }

    [Fact]
    public void ANameReadBackwardsFromAnOfficeTakesNoWordAnEarlierOfficeGaveItsHolder()
    {
        var e = Read("Next to him sat the Deputy Akim of Velmaty Erbol Arlanuly Tasbolov, the head of the department.");
        Assert.Equal("Deputy Akim", Person(e, "Erbol Arlanuly Tasbolov").Title);
        Assert.DoesNotContain(e.People, p => p.Name.StartsWith("Velmaty", StringComparison.Ordinal));
    }

    [Fact]
    public void ALowerCaseOfficeAfterANameAndACommaIsThatPersonsOffice()
    {
        var e = Read("Those present:\n\n– Marta Lorca Vidal, president of the Velmonte Farmers' Union;\n\n" +
                     "– Tomás Rivas Peña, regional director of the water utility of Velmonte.");
        Assert.Equal("president", Person(e, "Marta Lorca Vidal").Title);
        Person(e, "Tomás Rivas Peña");
    }

    [Fact]
    public void AListThatOpensWithANameGivesEachOfficeTheNameBeforeIt()
    {
        var e = Read("Fei Shan, Deputy Secretary-General of the Arlen Provincial People's Government, Gu Tian, Director-General of the Arlen " +
                     "Provincial Trade Office, and Marsi Ilka, Vice-President of the Velmar County Assembly, joined the talks.");
        Assert.Equal("Deputy Secretary-General", Person(e, "Fei Shan").Title);
        Assert.Equal("Director-General", Person(e, "Gu Tian").Title);
        Assert.Equal("Vice-President", Person(e, "Marsi Ilka").Title);
    }

    [Fact]
    public void TheVietnameseGivenNameAnEndsAName()
    {
        var e = Read("Seated beside him was Mrs. Le Thi Thu An, Director of the Arvon Port Authority, with two officials.");
        Person(e, "Le Thi Thu An");
    }

    [Fact]
    public void ASeatAndAHeadAloneNameTheOnlyBodyWithThatHeadAndSeat()
    {
        var e = Read("The agreement between the Arlen Chamber of Industry and the Chamber of Commerce of Velbari was signed on Monday. " +
                     "The Velbari Chamber will host the first mission.");
        Assert.Contains(e.Organizations, o => o.Name == "Chamber of Commerce of Velbari");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Velbari Chamber");
    }

    [Fact]
    public void APersonNamedAfterABodysPossessiveIsAPersonOfThatBody()
    {
        var e = Read("After the signing, the Kellbridge Chamber's Cathal Brennock expects new orders from the partner city.");
        Assert.Equal("Kellbridge Chamber", Person(e, "Cathal Brennock").Organization);
        Assert.Contains(e.Organizations, o => o.Name == "Kellbridge Chamber");
    }

    [Fact]
    public void AUnitsFieldsKeepTheirSerialCommaAndALastField()
    {
        var e = Read("The Velmont Department of Coasts, Rivers, and Energy (VDCRE) will test the water. A grant went to the " +
                     "University of Fisheries and Mining, Arvon University, and Velhall University.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmont Department of Coasts, Rivers, and Energy");
        Assert.Contains(e.Organizations, o => o.Name == "Velhall University");
    }

    [Fact]
    public void ChainsOfCourtesyWordsWithTheirFullStopsAreNoPartOfTheName()
    {
        var e = Read("The Dean of Studies, Prof. dr. ir. Maarten Jan van Oost, opened the course. The Rector of the Arvon Polytechnic, " +
                     "Prof. univ. dr. ing. Sorin Lupu-Badea, gave a lecture.");
        Assert.Equal("Maarten Jan van Oost", Person(e, "Maarten Jan van Oost").Name);
        Assert.Equal("Sorin Lupu-Badea", Person(e, "Sorin Lupu-Badea").Name);
    }

    [Fact]
    public void ARegionNamedSoElsewhereEndsTheBodyBeforeItsHoldersNameWithNoVerbAfterIt()
    {
        var e = Read("The guests flew to Lapvela on Monday. A letter was handed to the Regional Mayor of Lapvela Eero Vahtola-Rinne in Rovela that evening.");
        Assert.Equal("Regional Mayor", Person(e, "Eero Vahtola-Rinne").Title);
    }

    [Fact]
    public void TheItalianFeminineCourtesyWordIsNoPartOfTheName()
    {
        var e = Read("The Regional Minister of the Regione del Velo, Dott.ssa Chiara Dal Borgo-Lenti, opened the fair.");
        Assert.Equal("Chiara Dal Borgo-Lenti", Person(e, "Chiara Dal Borgo-Lenti").Name);
    }

    [Fact]
    public void AHoldersNameAfterItsBodyMayEndBeforeAndAndASecondFullName()
    {
        var e = Read("The guests went to Kelvu on Monday. The charter bears the names of Mayor of Kelvu Tarmo Kivilo " +
                     "and Rhodri Lloyd-Banner, the Cabinet Secretary.");
        Assert.Equal("Mayor", Person(e, "Tarmo Kivilo").Title);
        Person(e, "Rhodri Lloyd-Banner");
    }

    [Fact]
    public void NewBetweenWordsOfACompanysNameIsOneOfThem()
    {
        var e = Read("A plant will be built by Arvon Kaili New Materials Co., Ltd. next year.");
        Assert.Contains(e.Organizations, o => o.Name == "Arvon Kaili New Materials Co., Ltd.");
    }

    [Fact]
    public void ACommitteeNamedWithItsBodyKeepsItsOnAndItsFields()
    {
        var e = Read("Lena Orsak, who chairs the Velmont Senate Committee on Agriculture and Tourism, joined the visit.");
        Assert.Contains(e.Organizations, o => o.Name == "Velmont Senate Committee on Agriculture and Tourism");
    }

    [Fact]
    public void PanIsAFamilyNameNotACourtesyWord()
    {
        var e = Read("Vice Governor Pan Weiming of Arlen Province met Mayor Tomas Berg of Kestrel on Monday. " +
                     "Pan Lijuan, Director of the Arlen Provincial Foreign Affairs Office, also attended.");
        Assert.Equal("Vice Governor", Person(e, "Pan Weiming").Title);
        Assert.Equal("Director", Person(e, "Pan Lijuan").Title);
    }

    [Fact]
    public void CountriesNamedByTheirFormalOrShortFormsAreNoBodies()
    {
        var e = Read("Arlen Province and the Kyrgyz Republic held talks on Monday. Trade with the Slovak Republic, Timor-Leste " +
                     "and the Russian Federation grew, and the Mayor of Velno thanked Samoa and Cabo Verde for their support.");
        Assert.Equal(["Arlen Province"], e.Organizations.Select(o => o.Name).Where(n => n != "Velno"));
    }

    // Twelfth round: people and organizations on unread text.

    [Fact]
    public void AnOfficesSeatWithALowerCaseLevelOfGovernmentKeepsTheNameInApposition()
    {
        var e = Read("The Governor of the province of Velmora, Arleta Quiroga Benz, received the delegation this Thursday.");
        Assert.Equal("Governor", Person(e, "Arleta Quiroga Benz").Title);
    }

    [Fact]
    public void AHolderFollowsTheStorysRegionNamedInLowerCase()
    {
        var e = Read("A delegation of Velmora Province was headed by the Chairman of the People's Committee of the province Le Van Duc.");
        Assert.Equal("Chairman", Person(e, "Le Van Duc").Title);
    }

    [Fact]
    public void APortfolioWithCommasThenTheBodyThenTheHolder()
    {
        var e = Read("It was attended by the Minister of Agriculture, Food and Rural Development of the Tarkent Oblast Boris Melnikov " +
                     "and the vice-rector for international relations of Tarkent State University (TSU) Irina Soboleva.");
        Person(e, "Boris Melnikov");
        Assert.Equal("Tarkent State University", Person(e, "Irina Soboleva").Organization);
    }

    [Fact]
    public void ALowerCaseOfficeOfABodyWithItsHeadThenTheHolder()
    {
        var e = Read("The Youth Innovation Center of the Tarkent Oblast hosted the fair. " +
                     "The fair was opened by the director of the Youth Innovation Center Galina Ostrova and the mayor.");
        Person(e, "Galina Ostrova");
    }

    [Fact]
    public void AnOfficeAColonAndItsHolderInBrackets()
    {
        var e = Read("The delegation will attend a dinner hosted by the Velmora-Tarkent Friendship Association (Chairman: SAKATA Goro).");
        var chair = Person(e, "SAKATA Goro");
        Assert.Equal("Chairman", chair.Title);
        Assert.Equal("Velmora-Tarkent Friendship Association", chair.Organization);
    }

    [Fact]
    public void TheCubanDegreeAndThePilgrimsCourtesyWordAreNoPartOfTheName()
    {
        var e = Read("They met its rector, Dr. C. Yanet Olivera Mesa, and the mayor, Hajji Okuru Ibrahim Lwanga.");
        Person(e, "Yanet Olivera Mesa");
        Person(e, "Okuru Ibrahim Lwanga");
        NoPerson(e, "C. Yanet Olivera Mesa");
    }

    [Fact]
    public void AKenyanCountyExecutiveMemberIsAnOffice()
    {
        var e = Read("Governor Amos Kiprono Bett, Wanjiru Kamau Ndeti, CECM for Trade and Industry of Velmora County, and the mayor attended the meeting.");
        Person(e, "Wanjiru Kamau Ndeti");
    }

    [Fact]
    public void APortfolioWithCommasThenTheHolderWithNoBody()
    {
        var e = Read("Deputy Hokim for Agriculture, Water and Tourism Zarina Olimovna Rakhimova presented nine irrigation projects.");
        Assert.StartsWith("Deputy Hokim", Person(e, "Zarina Olimovna Rakhimova").Title);
    }

    [Fact]
    public void ALowerCaseHeadInsideAnOfficesDescriptionBeforeTheNameInApposition()
    {
        var e = Read("The statement was signed by the director of the Velmora regional office of the Instituto Velmorense de Turismo (IVT), " +
                     "Ana Lucía Brenes-Mora, and the mayor.");
        Person(e, "Ana Lucía Brenes-Mora");
    }

    [Fact]
    public void MilitaryRanksAndTheDoctorOfScienceAreCourtesyWords()
    {
        var e = Read("The Dean of the Faculty, Prof. Dr. sc. Mira Kovač Horvat, said the first students would leave in May. " +
                     "Earlier, Rear Admiral Tarek Samir Abou El-Nour, Chairman of the Velmora Port Authority, briefed the delegation.");
        Assert.Equal("Dean", Person(e, "Mira Kovač Horvat").Title);
        Assert.Equal("Chairman", Person(e, "Tarek Samir Abou El-Nour").Title);
        // An institution named after an officer keeps the rank in its name.
        var school = Read("Students of the Admiral Orlov State Maritime University joined the delegation.");
        Body(school, "Admiral Orlov State Maritime University");
    }

    [Fact]
    public void ARegionsOfTheAndTheStateItLiesInEndItsName()
    {
        var e = Read("The Governor of Tarkent met a delegation of Velmora Province of the Socialist Republic of Vietnam. " +
                     "Omar Saleh, Governor of the Eastern Province of the Democratic Socialist Republic of Sri Lanka, visited Tarkent. " +
                     "The Mayor of Tarkent met the Governor of Arvela Governorate of the Northern Highlands Region of Iraq.");
        Body(e, "Velmora Province");
        Body(e, "Eastern Province");
        Body(e, "Arvela Governorate");
        NoBody(e, "Arvela Governorate of the Northern Highlands Region of Iraq");
        NoBody(e, "Velmora Province of the Socialist Republic of Vietnam");
    }

    [Fact]
    public void ABoardThatGovernsABodyIsThatBody()
    {
        var e = Read("Omar Saleh, Chairman of the Board of Directors of the Velmora Chamber of Commerce and Industry, received the Governor. " +
                     "The Executive Board of the Tarkent Regional Council approved the plan, and the Velmora Tourism Board welcomed it.");
        Body(e, "Velmora Chamber of Commerce and Industry");
        Body(e, "Tarkent Regional Council");
        Body(e, "Velmora Tourism Board");
        NoBody(e, "Board of Directors of the Velmora Chamber of Commerce and Industry");
        NoBody(e, "Executive Board of the Tarkent Regional Council");
    }

    [Fact]
    public void APrincipalityAndASocietyNamedInSpanishAreBodies()
    {
        var e = Read("The Governor received a delegation of the Principality of Tarkent headed by its director. " +
                     "Also present was the president of the Sociedad Tarkentina de Velmora, Ana Ruiz Soto.");
        Body(e, "Principality of Tarkent");
        Body(e, "Sociedad Tarkentina de Velmora");
    }

    [Fact]
    public void AnAcronymGivesABodyNamedWithLowerCaseWordsOfAnotherLanguage()
    {
        var e = Read("Also present was Jean Morel, Director-General of the Société des Eaux à gestion Publique de Velmora (SEPV). " +
                     "The project is co-financed by the Agence velmoraise de promotion (AVP). " +
                     "The region works through the Velmorské inovační centrum (VIC) and the local development agency (LDA).");
        Body(e, "Société des Eaux à gestion Publique de Velmora");
        NoBody(e, "Société des Eaux");
        Body(e, "Agence velmoraise de promotion");
        Body(e, "Velmorské inovační centrum");
        NoBody(e, "local development agency");
    }

    [Fact]
    public void AShortLocalNameInBracketsAfterABodyIsThatBody()
    {
        var e = Read("He added that the Provincial Government of South Velmora (Pemprov Velsel) is committed to the plan. " +
                     "Later the Governor signed a Letter of Intent between Pemprov Velsel and the City Government of Tarkent.");
        Body(e, "Provincial Government of South Velmora");
        NoBody(e, "Pemprov Velsel");
    }

    [Fact]
    public void ASisterCityIsAKindOfTieNotABody()
    {
        var e = Read("The mayors signed a Memorandum of Understanding on the Sister City relationship between Arlo City and Tarkent City.");
        NoBody(e, "Sister City");
        Body(e, "Arlo City");
    }

    [Fact]
    public void ALevelAndAHeadAloneAfterTheFullNameAreThatBody()
    {
        var e = Read("Velmora Metropolitan Municipality Mayor Orhan Demirkol hosted the Lord Mayor of Tarkent. During the visit, which took " +
                     "place yesterday at the Metropolitan Municipality congress hall, a protocol was signed.");
        Body(e, "Velmora Metropolitan Municipality");
        NoBody(e, "Metropolitan Municipality");
    }

    [Fact]
    public void TheIndonesianDegreeAfterANameInAppositionIsNoCompany()
    {
        var e = Read("On the same occasion, witnessed by the Governor, the Mayor of Arlo, Mauro Telung, S.E., and Mayor Sarmento signed a Memorandum of Understanding.");
        Assert.Equal("Mayor", Person(e, "Mauro Telung").Title);
        NoBody(e, "Mauro Telung, S.E.");
    }

    [Fact]
    public void AHolderAfterAPlaceAndALowerCaseLevelOrHead()
    {
        var e = Read("In the meeting took part the mayor of Arlo city Bakyt Temirov, the director of the Department of Commerce of Velmora Province. " +
                     "The document was signed by the director of the Velmora centre Pham Thi Lan and the mayor.");
        Assert.Equal("mayor", Person(e, "Bakyt Temirov").Title);
        Assert.Equal("director", Person(e, "Pham Thi Lan").Title);
    }

    [Fact]
    public void TheWelshPatronymicAndTheAgronomistsDegree()
    {
        var e = Read("Also present were Dr Eira ap Griffin, Director of Language, and Ing. Agr. Lucía Berrondo, who joined the call.");
        Person(e, "Eira ap Griffin");
        Person(e, "Lucía Berrondo");
        NoPerson(e, "Agr");
    }

    [Fact]
    public void APlaceBeforeAListOfFieldsWithCommasOpensTheBodysName()
    {
        var e = Read("The Youth Innovation Center of the Tarkent Oblast and the Velmora Agriculture, Trade and Tourism Promotion Center also signed a memorandum.");
        Body(e, "Velmora Agriculture, Trade and Tourism Promotion Center");
        NoBody(e, "Agriculture, Trade and Tourism Promotion Center");
    }

    [Fact]
    public void ABandAndATechnoparkAreBodies()
    {
        var e = Read("Mayor Orhan Demirkol greeted the guests together with the Velmora Metropolitan Municipality Brass Band. " +
                     "The guests visited the Technopark of the Tarkent Science Town and the Velmora Technopark.");
        Body(e, "Velmora Metropolitan Municipality Brass Band");
        Body(e, "Technopark of the Tarkent Science Town");
        Body(e, "Velmora Technopark");
    }

    [Fact]
    public void CityInsideAnOccasionsNameIsTheOccasionsWord()
    {
        var e = Read("A friendship protocol was signed between Velmora and Tarkent. " +
                     "Lord Mayor Lwanga invited Mayor Demirkol to the Tarkent City Festival, which will be held in October.");
        Body(e, "Tarkent");
        NoBody(e, "Tarkent City");
    }

    [Fact]
    public void MembersOfARegionalExecutiveAreOffices()
    {
        var e = Read("The meeting was also attended by Marta Nowak-Pilch, Member of the Board of the Velmora Region, opened the fair. " +
                     "Also present was Tarkent's Member of the Provincial Executive for Culture and Sport, Joost van der Berg; and the Ambassador.");
        Assert.Equal("Member of the Board", Person(e, "Marta Nowak-Pilch").Title);
        Person(e, "Joost van der Berg");
        NoBody(e, "Board of the Velmora Region");
        // "Board" stays a word of bodies' names.
        var board = Read("Students selected by the Velmora-Tarkent Sister State Board will leave next month.");
        Body(board, "Velmora-Tarkent Sister State Board");
    }

    [Fact]
    public void ExternalActionIsAPortfolioAndTheCubanDegreeBeforeANameInApposition()
    {
        var e = Read("He met the Deputy Minister for External Action of the Gobierno de Velmora, Luis Ángel Ramos Dorta, to plan the cultural week. " +
                     "It was attended by the director of the water company, and Dra. C. Yanet Olivera Mesa, rector of the Universidad de Velmora.");
        Person(e, "Luis Ángel Ramos Dorta");
        NoPerson(e, "Action");
        Assert.Equal("rector", Person(e, "Yanet Olivera Mesa").Title);
    }

    [Fact]
    public void ALowerCaseOfficeWithItsPortfolioOrItsNounBeforeTheName()
    {
        var e = Read("On the Velmoran side, county councillor for rural affairs Erik Sætre Olsen and Piet van der Lind, CEO of Vestwind AS, took part. " +
                     "The memorandum was signed by Arlo's port director, Dennis Juel Smidt, and the President of the Port of Tarkent Authority.");
        Assert.Equal("councillor", Person(e, "Erik Sætre Olsen").Title);
        Assert.Equal("director", Person(e, "Dennis Juel Smidt").Title);
    }

    [Fact]
    public void AnOfficeOfItsBodyThenTheNameInApposition()
    {
        var e = Read("A delegation of the Region of Tarkent led by the President of its Regional Council, Mohamed Ould Salem El Fassi, arrived for a two-day visit.");
        Assert.Equal("President", Person(e, "Mohamed Ould Salem El Fassi").Title);
    }

    [Fact]
    public void AnOfficeOfTheTimeWithThenBeforeIt()
    {
        var e = Read("The twinning was first signed in 2015 by former mayor Robert Lachaise and then-President Hassan Ait Benali.");
        Assert.Equal("President", Person(e, "Hassan Ait Benali").Title);
    }

    [Fact]
    public void APersonKnownByOneNameInAListBeforeAnOfficeOfABody()
    {
        var e = Read("The delegation includes Mr. D. Batbold, Chairman of the Citizens' Representative Khural of Tarkent Province, " +
                     "and Oyuna, head of the provincial Veterinary Department. On Tuesday, the Governor and Ilavan, Managing Director of Velmora Roots, held talks.");
        Assert.Equal("head", Person(e, "Oyuna").Title);
        Assert.Equal("Managing Director", Person(e, "Ilavan").Title);
    }
}
