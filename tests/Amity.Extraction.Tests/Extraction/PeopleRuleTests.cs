using static Amity.Extraction.Tests.Extractor.InventedArticle;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// The rules for people since the fourteenth round (docs/ingestion.md, "Fourteenth round: people", "Fifteenth round: people",
/// "Sixteenth round: people"). Every sentence is invented: no name, place or sentence comes from a corpus article.
/// </summary>
public class PeopleRuleTests
{
    [Fact]
    public void CentralEuropeanDegreesBeforeANameAreNoPeople()
    {
        var e = Read("The deal was signed by Rector MUDr. Jan Hrabec and Dean PaedDr. Eva Kolárová of the Velno Faculty.");
        Assert.Equal("Rector", Person(e, "Jan Hrabec").Title);
        Assert.Equal("Dean", Person(e, "Eva Kolárová").Title);
        NoPerson(e, "MUDr");
        NoPerson(e, "PaedDr");
    }

    [Fact]
    public void TheCaribbeanLicentiateBeforeANameIsACourtesyWord()
    {
        var e = Read("The Provincial Governor of Arlen, Licda. Marisol Peña Ureña, received the guests on Friday.");
        Assert.Equal("Marisol Peña Ureña", Person(e, "Marisol Peña Ureña").Name);
    }

    [Fact]
    public void AMongolianNameWithTheFathersInitialIsAFullName()
    {
        var e = Read("Director of the Arlen General Hospital D.Tsetseg and Director of Velstad Clinic Dr. Pak Sun-mi signed the agreement. " +
                     "The Head of the Foreign Relations Division, B.Altangerel, welcomed the guests.");
        var director = Person(e, "D.Tsetseg");
        Assert.Equal("Director", director.Title);
        Assert.Equal("Arlen General Hospital", director.Organization);
        Assert.Equal("Velstad Clinic", Person(e, "Pak Sun-mi").Organization);
        Person(e, "B.Altangerel");
    }

    [Fact]
    public void AnOfficeAfterAndEndsAHolderNamedAfterHisBody()
    {
        var e = Read("The charter was signed by the Rector of the Arlen State University Velma Ostrova and Dean Tomas Berg.");
        Assert.Equal("Arlen State University", Person(e, "Velma Ostrova").Organization);
        Person(e, "Tomas Berg");
    }

    [Fact]
    public void ProfessorWrittenLowerCaseBeforeAFullNameIsACourtesyWord()
    {
        var e = Read("Present were the Vice-Rector for Research of Halden University professor Anneke Van Roost and Dean Pavel Sorin.");
        var viceRector = Person(e, "Anneke Van Roost");
        Assert.Equal("Halden University", viceRector.Organization);
        Person(e, "Pavel Sorin");
    }

    [Fact]
    public void TheFrenchAbbreviationOfProfessorIsACourtesyWord()
    {
        var e = Read("The faculty, represented by its Dean, Pr. Salma Idrissi, and the hospital signed the agreement.");
        Assert.Equal("Dean", Person(e, "Salma Idrissi").Title);
    }

    [Fact]
    public void AMayorsOneWordSeatThenTwoNamesBeforeAndAreSeatAndHolder()
    {
        var e = Read("The memorandum was signed by Mayor of Brenton Aldis Varga and the Director of the Kellow Port Authority Mira Toven.");
        var mayor = Person(e, "Aldis Varga");
        Assert.Equal("Mayor", mayor.Title);
        Assert.Equal("Brenton", mayor.Organization);
        Assert.Equal("Kellow Port Authority", Person(e, "Mira Toven").Organization);
    }

    [Fact]
    public void ThreeWordsBeforeACommaAfterAGovernorsOfStayOnePlace()
    {
        var e = Read("The Governor of New South Arlen, Mara Tobin, spoke at the dinner.");
        Person(e, "Mara Tobin");
        NoPerson(e, "South Arlen");
    }

    [Fact]
    public void AnAmbassadorsCountryThenALongNameGluedToIt()
    {
        var e = Read("Guests included the Arlenian Ambassador to Norway Luis Alberto Quispe Mamani and Velno City Council Speaker Chen Li-wen.");
        Assert.Equal("Ambassador", Person(e, "Luis Alberto Quispe Mamani").Title);
        Assert.Equal("Speaker", Person(e, "Chen Li-wen").Title);
    }

    [Fact]
    public void AHolderGluedToTheEndOfALongOfficeAndItsBody()
    {
        var e = Read("Also present was the chairman of the presidium of the Chamber of Entrepreneurs of Velno region Aigerim Sadykova. " +
                     "The guests were received by the Head of the Velno Regional State (Military) Administration Taras Hnatenko. " +
                     "The documents were signed by the Chairman of the Board – Rector of VelTU Arman Seitkali and the Dean.");
        Assert.Equal("chairman", Person(e, "Aigerim Sadykova").Title, ignoreCase: true);
        Assert.Equal("Head", Person(e, "Taras Hnatenko").Title);
        Assert.Equal("Rector", Person(e, "Arman Seitkali").Title);
    }

    [Fact]
    public void APlaceAfterOfOrAFestivalAfterAParticleIsNoHolderAtTheEndOfAnOffice()
    {
        var e = Read("Also present was the Mayor of Velno Bay, Her Worship Rosa Amutenya. The President invited the Wali to the Fiestas de " +
                     "Santa Marta, the city's great summer festival. The protocol was signed by Mayor Aydin Kural and Head of Executive Power Rasulzade.");
        NoPerson(e, "Velno Bay");
        NoPerson(e, "Santa Marta");
        NoPerson(e, "Executive Power Rasulzade");
    }

    [Fact]
    public void AStatesFormalNameAfterAnOfficesOfThenItsHoldersName()
    {
        var e = Read("The ceremony was attended by the Ambassador of the Republic of Korea Pak Min-jun and the Mayor. Present were the " +
                     "Consul General of the People's Republic of China Zhou Lan, and the Ambassador of the Kingdom of Spain Ana Ruiz Soto.");
        Assert.Equal("Ambassador", Person(e, "Pak Min-jun").Title);
        Assert.Equal("Consul General", Person(e, "Zhou Lan").Title);
        Assert.Equal("Ambassador", Person(e, "Ana Ruiz Soto").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Republic", StringComparison.Ordinal) || o.Name.Contains("Kingdom", StringComparison.Ordinal));
    }

    [Fact]
    public void MalayHonoursAndCroatianRanksAreNoPartOfTheName()
    {
        var e = Read("The Governor called on the Chief Minister of Velno, Datuk Seri Panglima Hamdan Yusof, at his office. The Deputy " +
                     "Vice-Chancellor of Velno University, Prof. Datuk Ts. Dr. Azlan bin Osman, spoke. The plan was signed by Dr. Ana Perić " +
                     "and by izv. prof. dr. sc. Tomislav Kovač, in the presence of the rector.");
        Assert.Equal("Chief Minister", Person(e, "Hamdan Yusof").Title);
        Assert.Equal("Deputy Vice-Chancellor", Person(e, "Azlan bin Osman").Title);
        Person(e, "Tomislav Kovač");
        NoPerson(e, "Panglima Hamdan Yusof");
        NoPerson(e, "Ts");
    }

    [Fact]
    public void AnOfficeOfALowerCaseBodyThenItsHolderAfterTheComma()
    {
        var e = Read("The agreement was signed by the head of the department, Marta Lindholm, and by the dean.");
        Assert.Equal("head", Person(e, "Marta Lindholm").Title);
    }

    [Fact]
    public void AFullNameAfterAVerbOfLeadingAndItsByIsAPerson()
    {
        var e = Read("On Tuesday the Velnian Club of Arlen, chaired by Dario Kovač Reyes, offered a dinner. The forum was hosted by " +
                     "Tarrow Province, and the tasting was hosted by Kestrel Valley Estates.");
        Person(e, "Dario Kovač Reyes");
        NoPerson(e, "Tarrow Province");
        NoPerson(e, "Kestrel Valley Estates");
    }

    [Fact]
    public void ANameBeforeAnOfficeWithItsPlaceAndLevel()
    {
        var e = Read("Among those present were Mara Tobin Kessel, Velno Provincial Administrator, and the Ambassador. " +
                     "Also present was Jon Irawa, Provincial Administrator, with his staff.");
        Assert.Equal("Administrator", Person(e, "Mara Tobin Kessel").Title);
        Assert.Equal("Administrator", Person(e, "Jon Irawa").Title);
    }

    [Fact]
    public void AnOfficesListOfPortfoliosGoesOnToItsLastOneBeforeTheHolder()
    {
        var e = Read("Today, Velno's Minister of Economic Development, Job Creation and Trade, Priya Ranganath, opened the office.");
        Assert.Equal("Minister of Economic Development", Person(e, "Priya Ranganath").Title);
        NoPerson(e, "Job Creation");
    }

    [Fact]
    public void AHeadlinesVerbEndsTheName()
    {
        var e = Read("Governor Kessel Receives Velno Delegation\n\nGovernor Mara Kessel received the delegation. Mayor Lisa Marks attended.");
        NoPerson(e, "Kessel Receives Velno Delegation");
        Person(e, "Mara Kessel");
        Person(e, "Lisa Marks");
    }

    [Fact]
    public void AnIndonesianHajisHAndDegreesAroundTheName()
    {
        var e = Read("The Governor of Velno, H. Rahmat Surya Pranoto, S.E., M.Si., received the delegation. The contract went to " +
                     "Velno Industria, S.E. and its partner.");
        Assert.Equal("Governor", Person(e, "Rahmat Surya Pranoto").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains("Pranoto", StringComparison.Ordinal));
        Assert.Contains(e.Organizations, o => o.Name.StartsWith("Velno Industria", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOfficeOfALowerCaseLevelThenItsHolder()
    {
        var e = Read("The Mayor of the commune of Velno, KOUASSI Yao Jean, has been conducting a working mission. Vice Governor " +
                     "Sun Tao, Secretary-General of the provincial government Li Wenjun, and others attended.");
        Assert.Equal("Mayor", Person(e, "KOUASSI Yao Jean").Title);
        Assert.Equal("Secretary-General", Person(e, "Li Wenjun").Title);
    }

    [Fact]
    public void AListOfPortfoliosEndsAnOfficeAndAPortfolioOfMobilityOpensAHolder()
    {
        var e = Read("The delegation was led by Janet Orwell, Deputy Minister of Economic Development, Job Creation and Trade. " +
                     "Landesrat for Mobility Stefan Gruberer and Assessore for Infrastructure Elena Rossani agreed to meet.");
        Assert.Equal("Deputy Minister of Economic Development", Person(e, "Janet Orwell").Title);
        NoPerson(e, "Job Creation");
        Assert.Equal("Landesrat for Mobility", Person(e, "Stefan Gruberer").Title);
    }

    [Fact]
    public void ANameOfficeListGivesEachOfficeTheNameBeforeIt()
    {
        var e = Read("The delegation of 31 members included KIRISHIMA Tetsuo, Vice Chairman of the Velno Prefectural Assembly, " +
                     "OKUBO Ryo, Chairman of the Velno Chamber of Commerce, and representatives of local firms.");
        Assert.Equal("Vice Chairman", Person(e, "KIRISHIMA Tetsuo").Title);
        Assert.Equal("Chairman", Person(e, "OKUBO Ryo").Title);
    }

    [Fact]
    public void MoreOfficesAndTheAbbreviatedMohammad()
    {
        var e = Read("The understanding was reached between Mayor Md. Anisur Karim Talukdar and Vice Mayor Huang Wenli. " +
                     "Velno Alderwoman Tamika L. Browning also attended.");
        Assert.Equal("Mayor", Person(e, "Md. Anisur Karim Talukdar").Title);
        Assert.Equal("Alderwoman", Person(e, "Tamika L. Browning").Title);
        NoPerson(e, "Md");
    }

    [Fact]
    public void ARegionsOfficeNamesItsRegionBeforeTheComma()
    {
        var e = Read("Mr. Pichai Sornsak, Governor of Velno Kaen, received the delegation.");
        Assert.Contains(e.Organizations, o => o.Name == "Velno Kaen" && o.Kind == "region");
    }

    [Fact]
    public void AttendeesAfterByArePeopleAndASourceAfterAccordingToIsNoPlace()
    {
        var e = Read("The meeting was attended by Nils Orrin and Kari Vestby. According to Ana Vidal Soto, the visit went well. " +
                     "The forum was attended by Velno City Council.");
        Person(e, "Nils Orrin");
        Person(e, "Kari Vestby");
        NoPerson(e, "Velno City Council");
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Ana Vidal Soto");
    }

    [Fact]
    public void CentralEuropeanOfficesOfWomenAndOfRegions()
    {
        var e = Read("The Governor welcomed Landrätin Eva Hammel. The plan was signed by Hejtman Pavel Kral.");
        Assert.Equal("Landrätin", Person(e, "Eva Hammel").Title);
        Assert.Equal("Hejtman", Person(e, "Pavel Kral").Title);
    }

    // ---------------------------------------------------------------- sixteenth round

    [Fact]
    public void OfficesOfClerksUndersecretariesAndCounsellors()
    {
        var e = Read("Deputy Mayor Ana Vell and City Clerk Omar Dest attended. Officials met Rui Calvo Mena, Undersecretary of Tourism of " +
                     "Arlen, and the Minister-Counsellor of the Embassy of Westmark in Velno, Pak Su-min; talks were held with the khokim of " +
                     "Arlen region Berdi Orazov and the delegation.");
        Assert.Equal("City Clerk", Person(e, "Omar Dest").Title);
        Assert.StartsWith("Undersecretary", Person(e, "Rui Calvo Mena").Title);
        Assert.Equal("Minister-Counsellor", Person(e, "Pak Su-min").Title);
        Assert.Equal("khokim", Person(e, "Berdi Orazov").Title);
    }

    [Fact]
    public void HisWorshipIsACourtesyOfAMayor()
    {
        var e = Read("The Governor received His Worship Tomas Okello Bwire, Mayor of Velno City, and the delegation.");
        Assert.Equal("Mayor", Person(e, "Tomas Okello Bwire").Title);
        NoPerson(e, "Worship Tomas Okello Bwire");
    }

    [Fact]
    public void AHoldersNameAfterABodyEndingInACountryOrAPortfolioOrAfterAUnitInLowerCase()
    {
        var e = Read("The delegation included the Chairman of the Velno regional branch of the Chamber of Commerce of the Arlen Republic " +
                     "Dastan Omurov, heads of district administrations, the Minister-Counsellor of the Embassy of Norway in Chile Karim " +
                     "Benali and the Head of the Department of Economy and Social Affairs Lukas Brandt.");
        Person(e, "Dastan Omurov");
        Person(e, "Karim Benali");
        Person(e, "Lukas Brandt");
        Assert.Contains(e.Organizations, o => o.Name == "Chamber of Commerce of the Arlen Republic");
        Assert.Contains(e.Organizations, o => o.Name == "Embassy of Norway in Chile");
        Assert.Contains(e.Organizations, o => o.Name == "Department of Economy and Social Affairs");
    }

    [Fact]
    public void ARegionWrittenStraightAfterAnOfficeIsItsSeat()
    {
        var e = Read("The Government of Arlen-Vale hosted the talks. The MoU was signed by Chief Minister Arlen-Vale Mara Tobin and " +
                     "Chief Secretary Arlen-Vale Sami Noor Khan at the Secretariat.");
        Assert.Equal("Chief Minister", Person(e, "Mara Tobin").Title);
        Assert.Equal("Arlen-Vale", Person(e, "Sami Noor Khan").Organization);
        NoPerson(e, "Arlen-Vale Mara Tobin");
    }

    [Fact]
    public void ACountrysNameMayBeAGivenName()
    {
        var e = Read("The MoU was signed by Governor Mara Tobin and Councilmember Jordan Vell, the Council's liaison to the program.");
        Assert.Equal("Councilmember", Person(e, "Jordan Vell").Title);
    }

    [Fact]
    public void ASecondOfficeAfterAndHasItsOwnHolder()
    {
        var e = Read("The Velno Transport Corporation (VTC) and the Arlen Tourism Corporation (ATC) signed. Managing Director of ATC " +
                     "Rohan Mehta and Managing Director of VTC Sunil Rao were present.");
        Assert.Equal("Arlen Tourism Corporation", Person(e, "Rohan Mehta").Organization);
        Assert.Equal("Velno Transport Corporation", Person(e, "Sunil Rao").Organization);
    }

    [Fact]
    public void AnOfficeInThePluralGivesEachNameOfItsListThatOffice()
    {
        var e = Read("The universities signed an agreement. The document was signed by the rectors Aida Nurova and Timur Bekov. It " +
                     "continues what the mayors of the two cities, Ivan Petrenko and Sofie Brandt Holm, agreed in a call.");
        Assert.Equal("rector", Person(e, "Aida Nurova").Title);
        Assert.Equal("rector", Person(e, "Timur Bekov").Title);
        Assert.Equal("mayor", Person(e, "Sofie Brandt Holm").Title);
        NoPerson(e, "Holm");
    }

    [Fact]
    public void AFullNameJoinedToAKnownPersonBeforeAVerbIsAPerson()
    {
        var e = Read("Governor Ivan Petrov welcomed the guests. Following the talks, Ivan Petrov and Karim Salah Benali signed the " +
                     "Agreement. Velno Port and Arlen Bay Holdings signed a lease.");
        Person(e, "Karim Salah Benali");
        NoPerson(e, "Arlen Bay Holdings");
    }

    [Fact]
    public void AnOfficeOfAnInstitutionNamedInLowerCaseThenItsHolder()
    {
        var e = Read("The deputy khokim of the velayat Atajan Nurov attended. The plan was signed by the rector of the college Berdi Orazov.");
        Assert.Equal("deputy khokim", Person(e, "Atajan Nurov").Title);
        Assert.Equal("rector", Person(e, "Berdi Orazov").Title);
    }

    [Fact]
    public void TanIsASurnameUnlessTheMalaysianHonourTanSri()
    {
        var e = Read("After the meeting, Tan Wei, Deputy Director of the Velno Commission of Commerce, signed. The forum was opened by " +
                     "Tan Sri Ahmad Zaki Yusof, chairman of the Velno Foundation.");
        Assert.Equal("Deputy Director", Person(e, "Tan Wei").Title);
        Person(e, "Ahmad Zaki Yusof");
        NoPerson(e, "Wei");
    }

    [Fact]
    public void DaughterOfInAnArabicNameAndDegreesBeforeAName()
    {
        var e = Read("The plan was signed by Sheikha Maryam bint Khalid Al Nuri, Director of Heritage at the Authority, and by the Dean of " +
                     "the faculty, Ing. M.Sc. Emilio Varga Tello, and others.");
        Person(e, "Maryam bint Khalid Al Nuri");
        NoPerson(e, "Khalid Al Nuri");
        Assert.Equal("Dean", Person(e, "Emilio Varga Tello").Title);
        NoPerson(e, "M.Sc.");
    }

    [Fact]
    public void OfficesOfIberianAndLatinAmericanAssembliesAndOurMayor()
    {
        var e = Read("The gala was attended by the President of the Assembly of Arlen, asambleísta Lidia Marta Ossa Prado. \"Our mayor, " +
                     "Hakan Yildiz, asked me to bring a message,\" she said.");
        Assert.Equal("asambleísta", Person(e, "Lidia Marta Ossa Prado").Title);
        Assert.Equal("mayor", Person(e, "Hakan Yildiz").Title);
    }

    [Fact]
    public void AGovernorOfAProvinceInLowerCaseThenTheNameAfterTheComma()
    {
        var e = ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2025-06-10\n\nThe Governor of Arlen province, " +
                                         "Tomé Nkala Mbeto, received on Wednesday a business delegation.");
        Assert.Equal("Governor", Person(e, "Tomé Nkala Mbeto").Title);
    }

    [Fact]
    public void AConsulsCityOfOneWordThenANameOfThreeWords()
    {
        var e = Read("Vice Mayor Li Wen and Consul General of Peru in Velnograd Ana Luz Torres Vega attended the meeting.");
        Assert.Equal("Consul General", Person(e, "Ana Luz Torres Vega").Title);
        Assert.DoesNotContain(e.Organizations, o => o.Name == "Velnograd Ana");
        var f = Read("Also present was the Ambassador of Norway to the Republic of Chile Joris Vandermolen and the chairman.");
        Assert.Equal("Ambassador", Person(f, "Joris Vandermolen").Title);
    }

    [Fact]
    public void ComradeBrotherAndHajahAreCourtesyWordsBeforeANameNotPartOfIt()
    {
        var e = Read("Attending were Comrade Ngo Thi Lan, Deputy Director of the Department of Planning; Br. Tomas R. Velarde FSC, " +
                     "President of the college; and Hajah Norlela binti Osman, Director of the Arlen Heritage Trust.");
        Person(e, "Ngo Thi Lan");
        Person(e, "Norlela binti Osman");
        NoPerson(e, "Comrade Ngo Thi Lan");
        NoPerson(e, "Hajah Norlela binti Osman");
        Assert.DoesNotContain(e.People, p => p.Name.StartsWith("Br", StringComparison.Ordinal));
    }

    [Fact]
    public void ANameBeforeItsBodysAcronymAndOfficeInASigningLine()
    {
        var e = Read("The Velno Institute of Design (VID) and the University of Arlen (UA) signed a memorandum. Tomas R. Velarde, VID " +
                     "President, and Ines Soto Navarro, UA Vice-Rector, agreed to exchange students.");
        Assert.Equal("President", Person(e, "Tomas R. Velarde").Title);
        Assert.Equal("Vice-Rector", Person(e, "Ines Soto Navarro").Title);
    }

    [Fact]
    public void APluralOfficeThenACommaThenTheListOfItsHolders()
    {
        var e = Read("The letter of intent was signed by their managing directors, Lim Wei Sun and Tomas Ferreira Lobo.");
        Person(e, "Lim Wei Sun");
        Person(e, "Tomas Ferreira Lobo");
        var f = Read("Mayors, councillors and directors of the region attended the fair.");
        Assert.Empty(f.People);
    }

    [Fact]
    public void AMilitaryRankBeforeAFullNameNamesAPerson()
    {
        var e = Read("The delegation also includes Captain Rui Tavares Lobo, Harbour Master of Velno, and the port's pilots. Colonel " +
                     "Ana Ruiz said the exercise would be held in May.");
        Person(e, "Rui Tavares Lobo");
        Person(e, "Ana Ruiz");
        NoPerson(e, "Captain Rui Tavares Lobo");
        var f = Read("Students of the Admiral Velno State Maritime University visited the port.");
        Assert.Empty(f.People);
    }

    [Fact]
    public void ANameInAListThenMemberOfABody()
    {
        var e = Read("The delegation included Katrin Moserov, Member of the Arlen State Government responsible for tourism; and Dr. Paul " +
                     "Gruen, Head of the Avalanche Service.");
        Assert.Equal("Member", Person(e, "Katrin Moserov").Title);
        var f = Read("The city of Velno Harbour, Member of the Union of Arlen Cities, hosted the fair.");
        NoPerson(f, "Velno Harbour");
    }

    [Fact]
    public void AnOfficesSeatDescribedInLowerCaseThenItsHolder()
    {
        var e = Read("The Mayor of Velno Ivo Darov and the Mayor of the Danish twin city Tesk Nilay Korkmaz signed yesterday an " +
                     "agreement. It was witnessed by the Governor of the partner province Ost Varn, Hana Lenko, and others.");
        var korkmaz = Person(e, "Nilay Korkmaz");
        Assert.Equal("Mayor", korkmaz.Title);
        Assert.Equal("Tesk", korkmaz.Organization);
        Assert.Equal("Governor", Person(e, "Hana Lenko").Title);
        var f = Read("Deputy Akim of the region Dana Serikovna Almova, Head of the Department of Trade, also took part.");
        NoBody(f, "Dana Serikovna Almova");
    }

    [Fact]
    public void ALowerCaseOfficeRightAfterByInATranslatedText()
    {
        var e = Read("The document was signed by deputy akim of the region Nurlan Temirov and the mayor of Velno.");
        Assert.Equal("deputy akim", Person(e, "Nurlan Temirov").Title);
        var f = Read("The fair was organised by students of the Velno college and their teachers.");
        Assert.Empty(f.People);
    }

    [Fact]
    public void AHolderGluedAfterAConsulsSeatBeforeAndAnotherName()
    {
        var e = Read("Present was the Honorary Consul of Norway in Velnia Karim Uddin Hassan and Ilse Berzin.");
        Assert.Equal("Honorary Consul", Person(e, "Karim Uddin Hassan").Title);
        NoBody(e, "Velnia Karim Uddin Hassan");
    }

    [Fact]
    public void AChiefMunicipalExecutiveIsAnOffice()
    {
        var e = Read("Present at the signing were also Chief Municipal Executive Randa Lovik from Velno and the mayor.");
        Assert.Equal("Chief Municipal Executive", Person(e, "Randa Lovik").Title);
        NoPerson(e, "Municipal Executive Randa Lovik");
    }

    [Fact]
    public void AssemblyOfficesWrittenAsSouthAsianAndWestminsterReleasesWriteThem()
    {
        var e = Read("The delegation of the Velno Assembly, led by the Principal Deputy Speaker, Ms. Orla Devan MLA, met the Speaker of " +
                     "the Provincial Assembly of Arlen Vale. Present were Mr. Gareth Neal, Clerk Assistant, Velno Assembly, and " +
                     "Chairman Standing Committee on Finance Mr. Ihsan Khan Bangor. The delegation will call on the Chief Minister " +
                     "Arlen Vale, Mr. Imtiaz Ali Durran, tomorrow.");
        NoPerson(e, "Deputy");
        NoPerson(e, "Assistant");
        NoPerson(e, "Standing");
        NoPerson(e, "Arlen Vale");
        Person(e, "Orla Devan");
        Person(e, "Ihsan Khan Bangor");
        var durran = Person(e, "Imtiaz Ali Durran");
        Assert.Equal("Chief Minister", durran.Title);
        Assert.Equal("Arlen Vale", durran.Organization);
    }
}
