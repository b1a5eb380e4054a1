namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// General rules for engagements, agreements, invitations and the days they are dated by (eleventh round). Every sentence is
/// invented: no name, place or sentence comes from a corpus article.
/// </summary>
public class OccasionRuleTests
{
    private static Extraction Read(string body) => InventedArticle.Read(body, "2026-03-18");

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

    [Theory]
    [InlineData("LAKEPORT, 18 March 2026 – Governor Ana Costa met Mayor Tomas Berg on Monday to discuss port cooperation.")]
    [InlineData("LAKEPORT (Northvale News Agency), 18 March 2026 – Governor Ana Costa met Mayor Tomas Berg on Monday at the port.")]
    public void AShortFirstParagraphOpeningWithItsDatelineStaysBody(string paragraph)
    {
        var e = ArticleExtractor.Extract("Northvale welcomes Kestrel delegation\n\n" + paragraph + "\n\nThe talks covered shipping.");
        Assert.Equal("2026-03-18", e.Article.Published);
        Assert.Contains(e.People, p => p.Name == "Ana Costa");
        Assert.Contains(e.People, p => p.Name == "Tomas Berg");
        Assert.Contains(e.Engagements, g => g.Date == "2026-03-16");
    }

    [Fact]
    public void ADatelineInTurkishCapitalsIsTitleCasedWithAPlainI()
    {
        var e = Read("KESTİRKALE – The Mayor of Kestirkale, Emre Kaya, received the Governor of Northvale, Ana Costa, on Monday.");
        Assert.DoesNotContain(e.Organizations, o => o.Name.Contains('İ', StringComparison.Ordinal));
    }

    [Fact]
    public void AFriendshipAgreementSignedInTheStoryIsADocument()
    {
        var e = Read("On Monday, Governor Ana Costa and Mayor Tomas Berg signed a friendship agreement between Northvale Province and Kestrel County.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal("2026-03-16", a.Date);
        Assert.Equal(["Ana Costa", "Tomas Berg"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ALaterSentenceGivingTheDocumentsDayReplacesTheGuessedDate()
    {
        var e = Read("Northvale Province and Kestrel County signed a cooperation protocol. " +
                     "The protocol was signed on Monday at the provincial palace by Governor Ana Costa and Mayor Tomas Berg.");
        Assert.Equal("2026-03-16", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void TheDatelinesDayIsNotTheStorysDay()
    {
        var e = Read("LAKEPORT, 18 March 2026 — On 16 March, Governor Ana Costa of Northvale Province held talks with Mayor Tomas Berg of Kestrel.\n\n" +
                     "Following the talks, Governor Costa and Mayor Berg signed a memorandum on port cooperation.");
        Assert.Equal("2026-03-16", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void TheDayOfTheReportIsNotTheDayOfTheStory()
    {
        var e = Read("Governor Ana Costa and Mayor Tomas Berg signed a memorandum on port cooperation on Monday, the provincial government said Wednesday. " +
                     "On the same day, Rector Ines Prado of Northvale University and Rector Rui Lima of Kestrel College signed an agreement on student exchange.");
        Assert.All(e.Agreements, a => Assert.Equal("2026-03-16", a.Date));
        Assert.Equal(2, e.Agreements.Count);
    }

    [Fact]
    public void AnAbbreviationInBracketsIsTheSameDocument()
    {
        var e = Read("On Monday, Governor Ana Costa and Mayor Tomas Berg signed a Memorandum of Understanding (MoU) on port cooperation.");
        Assert.Single(e.Agreements);
    }

    [Fact]
    public void ADocumentOfAnEarlierYearIsHistoryNotASigning()
    {
        var e = Read("In 2019, Kestrel County signed a cooperation agreement with the city of Lakeport.");
        Assert.Empty(e.Agreements);
    }

    [Theory]
    [InlineData("At the end of the meeting, a letter of intent was signed by Governor Ana Costa and Mayor Tomas Berg, with the aim of concluding a formal cooperation agreement before the end of the year.")]
    [InlineData("On Monday, Governor Ana Costa and Mayor Tomas Berg signed a letter of intent to work towards a cooperation agreement.")]
    public void ADocumentStillAimedAtIsNoSigning(string sentence)
    {
        var e = Read(sentence);
        Assert.StartsWith("Letter of intent", Assert.Single(e.Agreements).Title, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The day before", "2026-03-15")]
    [InlineData("The next day", "2026-03-17")]
    [InlineData("The following day", "2026-03-17")]
    public void TheDayBeforeOrAfterCountsFromTheStorysDay(string opening, string date)
    {
        var e = Read("On 16 March, Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel. " +
                     "The agreement they discussed had been approved by the provincial council on 20 February. " +
                     opening + ", Rector Ines Prado of Northvale University and Rector Rui Lima of Kestrel College signed a memorandum on student exchange.");
        Assert.Contains(e.Agreements, a => a.Date == date);
    }

    [Fact]
    public void AStepBackInARelativeClauseLeavesTheStoryAtItsDay()
    {
        var e = Read("On 16 March, Governor Ana Costa of Northvale Province and Mayor Tomas Berg of Kestrel signed a memorandum on port cooperation. " +
                     "The Kestrel delegation, which arrived in Northvale the day before, includes several business leaders. " +
                     "On the same day, Rector Ines Prado of Northvale University and Rector Rui Lima of Kestrel College signed an agreement on student exchange.");
        Assert.All(e.Agreements, a => Assert.Equal("2026-03-16", a.Date));
    }

    [Theory]
    [InlineData("On Monday, the Northvale Chamber of Commerce and the Kestrel Port Authority signed an agreement on logistics training.")]
    [InlineData("On Monday, the Northvale Chamber of Commerce signed an agreement with the Kestrel Port Authority on logistics training.")]
    [InlineData("On Monday, an agreement on logistics training was signed between the Northvale Chamber of Commerce and the Kestrel Port Authority.")]
    public void TheBodiesThatSignAreThePartiesWhenNoPersonSigns(string sentence)
    {
        var a = Assert.Single(Read(sentence).Agreements);
        Assert.Equal(["Kestrel Port Authority", "Northvale Chamber of Commerce"], a.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDayAReleaseWasAnnouncedIsNotTheDayOfTheSigning()
    {
        var e = Read("Northvale Province (Governor Ana Costa) announced on the 18th that it signed a memorandum on port cooperation with Kestrel County on the 16th.");
        Assert.Equal("2026-03-16", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void TheDayBeforeTheVerbDatesTheOccasionNotTheVisitsSpanAfterIt()
    {
        var e = Read("On 16 March 2026, Governor Ana Costa of Northvale Province welcomed Mayor Tomas Berg of Kestrel and his delegation " +
                     "on the occasion of their official visit to Northvale during 15 – 19 March 2026.");
        Assert.Equal("2026-03-16", Assert.Single(e.Engagements).Date);
    }

    [Theory]
    [InlineData("Present at the meeting were the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    [InlineData("Attending the talks were the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    [InlineData("Participating in the welcome were the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    public void PeopleListedAsPresentJoinTheOccasion(string next)
    {
        var e = Read("On Monday, Governor Ana Costa of Northvale Province held talks with Mayor Tomas Berg of Kestrel.\n\n" + next);
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ines Prado", "Rui Lima", "Tomas Berg"], meeting.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(", while Mayor Tomas Berg invited Governor Ana Costa to the Kestrel Harbour Festival in August.")]
    [InlineData(", and Mayor Tomas Berg invited Governor Ana Costa to the Kestrel Harbour Festival in August.")]
    public void EachClauseOfTwoInvitationsHasItsOwnInviterAndEvents(string second)
    {
        var e = Read("On Monday, Governor Ana Costa of Northvale Province held talks with Mayor Tomas Berg of Kestrel. " +
                     "Governor Costa invited Mayor Berg to the Northvale Wine Fair in October" + second);
        Assert.Equal(2, e.Invitations.Count);
        Assert.Contains(e.Invitations, i => i.Event == "Northvale Wine Fair" && i.From == "Ana Costa" && i.To == "Tomas Berg");
        Assert.Contains(e.Invitations, i => i.Event == "Kestrel Harbour Festival" && i.From == "Tomas Berg" && i.To == "Ana Costa");
    }

    [Theory]
    [InlineData("On Monday, Governor Ana Costa and Mayor Tomas Berg put their names to the cooperation charter between Northvale Province and Kestrel County.")]
    [InlineData("Governor Ana Costa and Mayor Tomas Berg proceeded on Monday, at the provincial palace, to the signature of a new cooperation convention between the two regions.")]
    [InlineData("On Monday, Governor Ana Costa and Mayor Tomas Berg affixed their signatures to the cooperation charter.")]
    public void ASigningSaidWithoutAVerbOfSigningIsASigning(string sentence)
    {
        var a = Assert.Single(Read(sentence).Agreements);
        Assert.Equal("2026-03-16", a.Date);
        Assert.Equal(["Ana Costa", "Tomas Berg"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ACeremonyAttendedByNamedPeopleIsAnOccasionOnWhichTheyMet()
    {
        var e = Read("Northvale Province and Kestrel County celebrated ten years of friendship. " +
                     "The celebration was held at the Northvale Opera House on Monday evening and was attended by Governor Ana Costa and Mayor Tomas Berg.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2026-03-16", meeting.Date);
        Assert.Equal(["Ana Costa", "Tomas Berg"], meeting.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCeremonyAttendedByPeopleAfterAnOccasionAddsThemToIt()
    {
        var e = Read("On Monday, Governor Ana Costa of Northvale Province held talks with Mayor Tomas Berg of Kestrel. " +
                     "The ceremony took place at the provincial palace and was attended by the Rector of Northvale University, Ines Prado.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ines Prado", "Tomas Berg"], meeting.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("In the afternoon of 16/3, Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel.")]
    [InlineData("On Monday (16/3/2026), Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel.")]
    [InlineData("On 16/3/2026 Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel.")]
    public void ADayAndMonthWrittenWithASlashDateTheOccasion(string sentence)
    {
        Assert.Equal("2026-03-16", Assert.Single(Read(sentence).Engagements).Date);
    }

    [Fact]
    public void TheWitnessesOfASigningWereAtTheOccasion()
    {
        var e = Read("On Monday, the cooperation agreement was signed at the provincial palace by Governor Ana Costa and Mayor Tomas Berg, " +
                     "in the presence of the Rector of Northvale University, Ines Prado, and the Director of the Kestrel Port Authority, Rui Lima.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Ana Costa", "Tomas Berg"], a.Signatories.Order(StringComparer.Ordinal));
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ines Prado", "Rui Lima", "Tomas Berg"], meeting.Participants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheNameRightBeforeTheInvitationVerbIsTheInviter()
    {
        var e = Read("On Monday, Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel. " +
                     "At a dinner that evening hosted by Governor Costa, Mayor Berg invited Governor Costa to the Kestrel Harbour Festival in August.");
        var i = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", i.From);
        Assert.Equal("Ana Costa", i.To);
    }

    [Fact]
    public void TheEventsOfAnAnniversaryAreNamedNotReferredBack()
    {
        var e = Read("The Northvale Wine Festival opened on Saturday. On Monday, Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel. " +
                     "Mayor Berg invited Governor Costa to the festivities of the 300th anniversary of the city of Kestrel in May.");
        var i = Assert.Single(e.Invitations);
        Assert.StartsWith("Festivities of the 300th anniversary", i.Event, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("After the talks, both sides signed a memorandum of understanding on port cooperation.")]
    [InlineData("After the talks, the two parties signed a memorandum of understanding on port cooperation.")]
    [InlineData("A memorandum of understanding on port cooperation was then signed by both leaders.")]
    public void BothSidesSigningAreTheHeadsOfTheMeetingsTwoSides(string signing)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, accompanied by Vice-Governor Rui Mota, received on Monday the Mayor of Kestrel, " +
                     "Tomas Berg, and the Deputy Mayor of Kestrel, Ida Lunde, at the provincial palace.\n\n" + signing);
        var memorandum = Assert.Single(e.Agreements);
        Assert.Equal(["Ana Costa", "Tomas Berg"], memorandum.Signatories.Order());
    }

    [Theory]
    [InlineData("In the evening, Vice-Governor Rui Mota hosted a dinner for Deputy Prefect Ida Lunde at the Harbour Club.", "2026-03-16")]
    [InlineData("Later that day, Vice-Governor Rui Mota met Deputy Prefect Ida Lunde at the Harbour Club.", "2026-03-16")]
    [InlineData("Vice-Governor Rui Mota hosted a dinner for Deputy Prefect Ida Lunde at the Harbour Club last night.", "2026-03-17")]
    public void APartOfADaySaidWithoutADateIsOfTheStorysDay(string evening, string day)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Prefect of Kestrel County, Tomas Berg, at the provincial palace on Monday.\n\n" + evening);
        var dinner = Assert.Single(e.Engagements, x => x.Participants.Contains("Ida Lunde"));
        Assert.Equal(day, dinner.Date);
    }

    [Fact]
    public void APronounObjectIsNotTheSubjectOfItsOwnClauseAfterAFrontedPhrase()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, and his deputy, Ida Lunde, at the provincial palace on Monday.\n\n" +
                     "At a lunch hosted by Governor Costa, Mayor Berg invited her to the Kestrel Harbour Festival in August.");
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", invitation.From);
        Assert.Equal("Ana Costa", invitation.To);
    }

    [Theory]
    [InlineData("The delegation was led by the Prefect of Kestrel County, Tomas Berg, and the Deputy Prefect, Ida Lunde.")]
    [InlineData("The delegation, headed by the Prefect of Kestrel County, Tomas Berg, also comprises the Deputy Prefect, Ida Lunde.")]
    public void TheLeadersOfADelegationJoinTheOccasionThatReceivedIt(string leaders)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, hosted a delegation of Kestrel County at the provincial palace on Monday. " + leaders);
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ida Lunde", "Tomas Berg"], meeting.Participants.Order());
    }

    [Fact]
    public void InTheirTalksRefersToTheTalksAlreadyReported()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, held talks with the Prefect of Kestrel County, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "In their talks, Governor Costa and Prefect Berg reviewed the exchange programme for nurses and teachers.");
        Assert.Equal("2026-03-16", Assert.Single(e.Engagements).Date);
    }

    [Theory]
    [InlineData("The same visit saw the signing of a letter of intent between Northvale Polytechnic and Kestrel Marine Academy, signed by")]
    [InlineData("On the sidelines, Northvale Polytechnic and Kestrel Marine Academy signed a letter of intent on nursing courses, signed by")]
    public void ASignedByParticipleAfterTheDocumentNamesItsSignatories(string opening)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Prefect of Kestrel County, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     opening + " Dr. Ida Lunde, Rector of Northvale Polytechnic, and Prof. Rui Mota, Director of Kestrel Marine Academy.");
        var letter = Assert.Single(e.Agreements);
        Assert.Equal(["Ida Lunde", "Rui Mota"], letter.Signatories.Order());
    }

    // Twelfth round.

    [Fact]
    public void APartOfTheDayBeforeTheDayOfTheMonthDatesTheSigning()
    {
        var e = Read("Northvale Province (Governor Ana Costa) announced on the 18th that it signed a memorandum of understanding on port cooperation " +
                     "with Kestrel County at the provincial palace on the afternoon of the 17th.");
        Assert.Equal("2026-03-17", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void ALaterSentenceGivingTheMeetingsDayReplacesTheGuessedDate()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, held a meeting with a delegation of Kestrel County headed by its Prefect, Tomas Berg.\n\n" +
                     "The meeting took place yesterday, 17 March, at the provincial palace.");
        Assert.Equal("2026-03-17", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void PeopleWhoAttendedTheSigningJoinItsOccasionHoweverFarBack()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Prefect of Kestrel County, Tomas Berg, at the provincial palace on Monday. " +
                     "The two signed a friendship agreement between Northvale Province and Kestrel County.\n\n" +
                     "Governor Costa said the port of Lakeport would open a liaison desk for Kestrel shippers.\n\n" +
                     "Prefect Berg said the county would send twenty nurses to the provincial hospital next year.\n\n" +
                     "The Deputy Prefect of Kestrel County, Ida Lunde, and the Rector of Northvale Polytechnic, Rui Mota, also attended the signing ceremony.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ida Lunde", "Rui Mota", "Tomas Berg"], meeting.Participants.Order());
    }

    [Fact]
    public void AnOfficeNamedWithoutItsPortfolioIsItsHolder()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Minister of Trade and Fisheries of Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "At the end of the meeting, the Governor invited the Minister to the Northvale Harbour Festival in August.");
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", invitation.To);
        Assert.Equal("Ana Costa", invitation.From);
    }

    [Fact]
    public void AnOfficeNamedWithTheRegionOfItsBodyIsItsHolder()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Chair of the Regional Board of Region Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "At the end of the meeting, Governor Costa invited the Chair of Region Kestrel to the Northvale Harbour Festival in August.");
        Assert.Equal("Tomas Berg", Assert.Single(e.Invitations).To);
    }

    [Theory]
    [InlineData("Mayor Berg accepted an invitation from Governor Costa to attend the Northvale Harbour Festival in August.")]
    [InlineData("Mayor Berg accepted Governor Costa's invitation to attend the Northvale Harbour Festival in August.")]
    [InlineData("Governor Costa extended to Mayor Berg an invitation to attend the Northvale Harbour Festival in August.")]
    public void AnInvitationAsANounHasItsOwnInviterAndInvitee(string sentence)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday. " + sentence);
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Ana Costa", invitation.From);
        Assert.Equal("Tomas Berg", invitation.To);
        Assert.Equal("Northvale Harbour Festival", invitation.Event);
    }

    [Fact]
    public void AcceptingTheInvitationIsNoNewInvitation()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday. " +
                     "Governor Costa invited Mayor Berg to the Northvale Harbour Festival in August.\n\n" +
                     "He accepted the invitation and proposed that a Kestrel Seafood Week be held during the festival.");
        Assert.Equal("Northvale Harbour Festival", Assert.Single(e.Invitations).Event);
    }

    [Fact]
    public void AYearATieBeganInDoesNotDateTheWelcome()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "Governor Costa warmly welcomed the delegation and recalled that since Northvale and Kestrel established friendly relations in 2017, the two sides have exchanged many visits.");
        Assert.Equal("2026-03-16", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void TheEventWasAlsoAttendedByAddsPeopleToTheLastOccasionHoweverFarBack()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "Governor Costa said the port of Lakeport would open a liaison desk for Kestrel shippers.\n\n" +
                     "Mayor Berg said the county would send twenty nurses to the provincial hospital next year.\n\n" +
                     "He added that a ferry line would follow.\n\n" +
                     "The event was also attended by the Vice Governor of Northvale Province, Ida Lunde, and the Consul of Kestrel in Lakeport, Rui Mota.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ida Lunde", "Rui Mota", "Tomas Berg"], meeting.Participants.Order());
    }

    [Fact]
    public void AnUndatedWelcomeOfSomeoneAtARecentMeetingIsThatMeetingToldAgain()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "Governor Costa warmly welcomed the delegation and said the port of Lakeport would open a liaison desk for Kestrel shippers.");
        Assert.Equal("2026-03-16", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void AlsoHeldTalksIsAnotherOccasion()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "The Governor also held talks with the Rector of Kestrel University, Professor Ida Lunde, on scholarships for nurses.");
        Assert.Equal(2, e.Engagements.Count);
    }

    [Fact]
    public void TheDayGivenLaterForTheMeetingDatesTheDocumentSignedAtIt()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, held a meeting with the Prefect of Kestrel County, Tomas Berg. " +
                     "Following the talks, the parties signed an agreement on port cooperation between Northvale Province and Kestrel County.\n\n" +
                     "The meeting took place yesterday, 17 March, at the provincial palace.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal("2026-03-17", a.Date);
        Assert.Equal(["Ana Costa", "Tomas Berg"], a.Signatories.Order());
    }

    [Fact]
    public void TheDelegationsMembersListedAFewSentencesAfterARecentMeetingJoinIt()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Prefect of Kestrel County, Tomas Berg, at the provincial palace on Monday.\n\n" +
                     "\"Our ports have traded for a century,\" Governor Costa said.\n\n" +
                     "\"We want our young people to study here,\" Prefect Berg said.\n\n" +
                     "The Kestrel delegation of twelve people also included the Deputy Prefect, Ida Lunde, and the Rector of Kestrel University, Rui Mota.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Ida Lunde", "Rui Mota", "Tomas Berg"], meeting.Participants.Order());
    }

    [Fact]
    public void ASideSigningOnTheSameDayIsNoOccasionOfItsOwn()
    {
        var e = Read("The delegation of Kestrel County arrived in Lakeport on Monday for a three-day programme.\n\n" +
                     "On the same day, Northvale Polytechnic (Rector Ida Lunde) and Kestrel Marine Academy (Director Rui Mota) signed an academic exchange agreement.");
        Assert.Equal(["Ida Lunde", "Rui Mota"], Assert.Single(e.Agreements).Signatories.Order());
        Assert.Empty(e.Engagements);
    }

    // Fourteenth round.

    [Theory]
    [InlineData("Lakeport, 18 March 2026. Press office of the Northvale provincial administration.")]
    [InlineData("Lakeport, March 18, 2026 (Northvale Press Office). The office reports on the visit.")]
    public void ADatelineWrittenAsASentenceOfItsOwnIsNotTheStorysDay(string dateline)
    {
        var e = Read(dateline + "\n\nYesterday the Governor of Northvale Province, Ana Costa, received a delegation of Kestrel County headed by Mayor Tomas Berg.\n\n" +
                     "Following the talks, Northvale Province and Kestrel County signed a memorandum on port cooperation. The document was signed by Ana Costa and Tomas Berg.");
        Assert.Equal("2026-03-17", Assert.Single(e.Agreements).Date);
        Assert.Equal("2026-03-17", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void TheDayThatOpensTheSentenceOfASigningDatesTheTie()
    {
        var e = ArticleExtractor.Extract("Mayor of Kestrel visits Lakeport\n\nCreated 2026-03-18\n\nPress release, March 18, 2026\nInternational Office, City of Lakeport\n\n" +
            "On Monday, March 16, Mayor Ana Costa met with Mr. Tomas Berg, Mayor of the District of Kestrel, at Lakeport City Hall, and the two mayors signed " +
            "the \"Memorandum on Friendship between Lakeport City and the District of Kestrel.\"");
        Assert.Equal("2026-03-16", Assert.Single(e.Relationships).Since);
    }

    [Theory]
    [InlineData("Governor Costa accepted and, in turn, invited the Mayor to the Lakeport Harbour Festival in August.")]
    [InlineData("Governor Costa accepted in principle and invited the Kestrel delegation to return for the Lakeport Harbour Festival in August.")]
    [InlineData("Governor Costa accepted with pleasure and invited her counterpart to the Lakeport Harbour Festival in August.")]
    public void AnInvitationReturnedToAnInviterNamedByTitleGoesBackToTheFirstInviter(string second)
    {
        var e = Read("On Monday, Mayor Tomas Berg of Kestrel County received Governor Ana Costa of Northvale Province at the town hall. " +
                     "Mayor Berg invited Governor Costa to the Kestrel Wine Fair in October. " + second);
        Assert.Contains(e.Invitations, i => i.Event == "Kestrel Wine Fair" && i.From == "Tomas Berg" && i.To == "Ana Costa");
        Assert.Contains(e.Invitations, i => i.Event == "Lakeport Harbour Festival" && i.From == "Ana Costa" && i.To == "Tomas Berg");
    }

    [Fact]
    public void AnInvitationToldWithItsParticipleIsAnInvitation()
    {
        var e = Read("Mayor Tomas Berg thanked Governor Ana Costa for the visit. He then closed the meeting by inviting her to the Kestrel Wine Fair in October.");
        Assert.Contains(e.Invitations, i => i.Event == "Kestrel Wine Fair" && i.From == "Tomas Berg" && i.To == "Ana Costa");
    }

    [Theory]
    [InlineData("invited her counterpart", "Ida Lunde")]
    public void AnInviteeNamedByTheOnlyHolderOfAnOfficeIsThatPerson(string phrase, string expected)
    {
        var e = Read("On Monday, Governor Ana Costa of Northvale Province received Prefect Tomas Berg of Kestrel County and Governor Ida Lunde of Westmark Province. " +
                     "At the end of the meeting, Governor Costa " + phrase + " to the Lakeport Harbour Festival in August.");
        Assert.Contains(e.Invitations, i => i.Event == "Lakeport Harbour Festival" && i.From == "Ana Costa" && i.To == expected);
    }

    [Fact]
    public void AnOccasionReportedBeforeTheStorysDayIsNamedTakesThatDay()
    {
        var e = ArticleExtractor.Extract("Arlen and Velno sign cooperation protocol\n\nPublished: 2025-06-10\n\n" +
            "Governor Mara Tobin received Mayor Jon Berg of Velno at the provincial government building and signed a cooperation " +
            "protocol with him. The two sides agreed to expand trade in grain and fish. The Velno delegation arrived in Arlen " +
            "yesterday for a three-day visit.");
        Assert.Equal("2025-06-09", Assert.Single(e.Engagements).Date);
        Assert.Equal("2025-06-09", Assert.Single(e.Agreements).Date);
    }

    [Fact]
    public void AStoryDayOfAnotherMonthLeavesTheGuessedMonth()
    {
        var e = ArticleExtractor.Extract("Arlen and Velno sign cooperation protocol\n\nPublished: 2025-06-02\n\n" +
            "Governor Mara Tobin received Mayor Jon Berg of Velno at the provincial government building. The Velno delegation " +
            "arrived in Arlen on 28 May for a week-long visit.");
        Assert.Equal("2025-06", Assert.Single(e.Engagements).Date);
    }

    [Fact]
    public void TheColonOfATimeOfDayMakesNoDateline()
    {
        var e = ArticleExtractor.Extract("Talks in Arlen\n\nCreated 2025-08-28\n\nGovernor Mara Tobin met Mayor Jon Berg on August 27, 2025 14:00.");
        Assert.Equal("2025-08-27", Assert.Single(e.Engagements).Date);
    }

    // ---------------------------------------------------------------- fifteenth round: events on unread text

    [Theory]
    [InlineData("Mayor Tomas Berg invited Governor Ana Costa to the celebrations for the 300th anniversary of the founding of Kestrel on 12 August.", "2026-08-12")]
    [InlineData("Mayor Tomas Berg invited Governor Ana Costa to the Kestrel Harbour Day celebrations in May.", "2026-05")]
    [InlineData("Mayor Tomas Berg invited Governor Ana Costa to the celebration of the Day of Fishermen in Kestrel in July.", "2026-07")]
    [InlineData("Governor Costa invited Mayor Berg to the Lake Day commemoration in Northvale on 14 April.", "2026-04-14")]
    public void ACelebrationOrCommemorationNamedIsAnEvent(string sentence, string date)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        Assert.Equal(date, Assert.Single(e.Events).Date);
    }

    [Theory]
    [InlineData("The ceremony ended with a celebration of friendship.")]
    [InlineData("The two mayors spoke about the celebrations.")]
    public void ACelebrationOfNothingNamedIsNoEvent(string sentence)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        Assert.Empty(e.Events);
    }

    [Fact]
    public void NextMonthsOccasionIsInTheMonthAfterPublication()
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " +
                     "Mayor Berg invited Governor Costa to next month's Kestrel Harbour Day celebrations.");
        Assert.Equal("2026-04", Assert.Single(e.Events).Date);
    }

    [Theory]
    [InlineData("Mayor Berg, who last visited Northvale in 2019, invited Governor Costa to the Kestrel Lantern Festival in February.", "2027-02")]
    [InlineData("Mayor Berg invited the Northvale delegation to take part, on 2 February, in the Kestrel Lantern Festival.", "2027-02-02")]
    [InlineData("Mayor Berg invited Governor Costa to the Kestrel Lantern Festival in February 2026.", "2026-02")]
    public void WhatOneIsInvitedToIsStillToCome(string sentence, string date)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        Assert.Equal(date, Assert.Single(e.Events).Date);
    }

    [Fact]
    public void TakingPartInANamedOccasionIsAttendingIt()
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " +
                     "The delegation came to take part in VELOFEST 2026, which runs in Kestrel from 20 March to 25 March.");
        var ev = Assert.Single(e.Events);
        Assert.Equal("VELOFEST 2026", ev.Name);
        Assert.Equal("2026-03-20", ev.Date);
    }

    [Theory]
    [InlineData("Mayor Berg invited Governor Costa to the Pesta Rakyat Selatan, which will be held in Kestrel in August.", "Pesta Rakyat Selatan")]
    [InlineData("Mayor Berg invited Governor Costa to the Festival Budaya Selatan, which will be held in Kestrel in August.", "Festival Budaya Selatan")]
    [InlineData("Mayor Berg invited Governor Costa to the Festas da Ribeira in Kestrel next August.", "Festas da Ribeira")]
    public void AHeadOfAnotherLanguageOpensTheOccasionsName(string sentence, string name)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        var ev = Assert.Single(e.Events);
        Assert.Equal(name, ev.Name);
        Assert.Equal("festival", ev.Kind);
    }
    [Theory]
    [InlineData("The photo exhibition \"Kestrel: Harbour of Light\" will be held at the Northvale Art Museum from May 10 to June 8.", "Kestrel: Harbour of Light", "2026-05-10")]
    [InlineData("Mayor Berg invited Governor Costa to the international forum of technological development \"Tekno-2026\", which will be held in Kestrel in August.", "Tekno-2026", "2026-08")]
    [InlineData("Mayor Berg invited Governor Costa to the industrial exhibition VELOPROM-2026, which will be held in Kestrel in August.", "VELOPROM-2026", "2026-08")]
    public void ATitleAfterALowerCaseHeadNamesTheEvent(string sentence, string name, string date)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        var ev = Assert.Single(e.Events);
        Assert.Equal(name, ev.Name);
        Assert.Equal(date, ev.Date);
    }

    [Theory]
    [InlineData("The exhibition \"Kestrel Lights\" opened today at the Northvale Art Museum and will remain open until 30 June.", "2026-03-18")]
    [InlineData("The visitors toured the Kestrel Craft Week, which runs until Sunday in the old town.", "2026-03")]
    public void TheLastDayOfASpanIsNotTheEventsDate(string sentence, string date)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        Assert.Equal(date, Assert.Single(e.Events).Date);
    }

    [Fact]
    public void TheYearAnEventBeganIsNotItsDate()
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " +
                     "The industrial exhibition VELOPROM has been held in Kestrel since 2010.");
        Assert.Empty(e.Events);
    }
    [Theory]
    [InlineData("The governor announced that a mission of twelve agri-food companies of Northvale will travel to Kestrel next June.", "Mission of twelve agri-food companies of Northvale", "2026-06")]
    [InlineData("The first Kestrel business mission under the agreement is planned to Northvale in October.", "First Kestrel business mission", "2026-10")]
    public void AMissionOfCompaniesOrTheFirstOfASeriesIsATrip(string sentence, string name, string date)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        var ev = Assert.Single(e.Events);
        Assert.Equal(name, ev.Name);
        Assert.Equal("tour", ev.Kind);
        Assert.Equal(date, ev.Date);
    }

    [Fact]
    public void AMissionOfNoBusinessesIsNoEvent()
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " +
                     "She said that a mission of goodwill had brought the two regions together in May.");
        Assert.Empty(e.Events);
    }
    [Theory]
    [InlineData("On Monday the two universities signed an agreement and will organise a joint summer seminar on river ecology every year.")]
    [InlineData("On Monday the two cities signed a memorandum and will hold a youth exchange camp for 40 pupils every summer.")]
    public void ASeriesPlannedHasNoDayOfItsOwn(string sentence)
    {
        var e = Read("Governor Ana Costa of Northvale Province received Mayor Tomas Berg of Kestrel on Monday. " + sentence);
        Assert.Empty(e.Events);
    }

    // Fifteenth round, second half.

    [Fact]
    public void TheEndOfAStayIsNoDayTheStoryIsAt()
    {
        // "until Saturday" bounds the mission; "the same day" is the Monday of the visit.
        var e = Read("NORTHVALE (Press Office) – The Governor of Northvale Province, Ana Costa, received last Monday the President of Kestrel Region, Tomas Berg, " +
                     "who heads a business mission that will remain in the province until Saturday. Costa and Berg signed a cooperation agreement. " +
                     "The same day, the rector of the University of Northvale, Rui Lobo, and the rector of Kestrel University, Eva Lind, signed a framework agreement.");
        Assert.Equal("2026-03-16", Assert.Single(e.Agreements, a => a.Signatories.Contains("Eva Lind")).Date);
    }

    [Fact]
    public void ThoseAttendingTheCeremonyJoinItsMeetingHoweverFarBack()
    {
        var e = Read("On Monday, the Governor of Northvale Province, Ana Costa, received the Governor of Kestrel Region, Tomas Berg, at the provincial hall, " +
                     "and the two signed a memorandum of understanding on farming. Under the memorandum, Northvale Province will send two experts to Kestrel Region every year. " +
                     "Kestrel Region will select ten young farmers for a training course. The two sides will also hold a joint fair every spring. " +
                     "Grain prices will be shared every month. A joint office will open in Lakeport. " +
                     "Attending the ceremony were Deputy Governor Rui Lobo and the Mayor of Lakeport, Ivo Brand.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Contains("Rui Lobo", meeting.Participants);
        Assert.Contains("Ivo Brand", meeting.Participants);
    }

    [Fact]
    public void AnAttendeesSectionListsThePeopleOfTheOccasionJustReported()
    {
        var e = ArticleExtractor.Extract("Governor receives delegation of Kestrel Region\n\nPublished: 2026-03-18\n\n1. Outline\n\n" +
            "On Monday, March 16, Governor Ana Costa of Northvale Province received Governor Tomas Berg of Kestrel Region at the prefectural office.\n\n" +
            "2. Attendees\n\n(Kestrel Region)\nTomas Berg, Governor\nEva Lind, Vice Governor\n(Northvale Province)\nAna Costa, Governor\nRui Lobo, Director of Trade\n\n" +
            "3. Comments\n\nGovernor Costa thanked the guests for the visit and hoped for closer ties between the two regions in the years to come.\n");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal(["Ana Costa", "Eva Lind", "Rui Lobo", "Tomas Berg"], meeting.Participants.Order());
    }

    [Theory]
    [InlineData("The Kestrel delegation was integrated, among others, by the Deputy Governor, Eva Lind, and the Director of Trade, Rui Lobo.")]
    [InlineData("The Northvale side included the Deputy Governor, Eva Lind, and the Director of Trade, Rui Lobo.")]
    public void ASidesMembersJoinTheMeeting(string sentence)
    {
        var e = Read("On Monday, the Governor of Northvale Province, Ana Costa, received the Governor of Kestrel Region, Tomas Berg, at the provincial hall. " + sentence);
        var meeting = Assert.Single(e.Engagements);
        Assert.Contains("Eva Lind", meeting.Participants);
        Assert.Contains("Rui Lobo", meeting.Participants);
    }

    [Fact]
    public void AnOrdinalBeforeANounIsNoDayOfTheMonth()
    {
        // "on the 30th Anniversary" counts anniversaries: the document is signed on the Friday of the visit, not on the 30th.
        var e = ArticleExtractor.Extract("Courtesy call on the Governor (30th Anniversary of the Friendship Agreement)\n\nPublished: 2025-10-06\n\n" +
            "On Friday, October 3, Governor Ana Costa received Governor Tomas Berg. Following the conversation, the two Governors signed the " +
            "\"Joint Declaration on the 30th Anniversary of the Friendship Agreement between Northvale Province and Kestrel Region.\"\n");
        Assert.Equal("2025-10-03", Assert.Single(e.Agreements).Date);
        Assert.All(e.Engagements, m => Assert.Equal("2025-10-03", m.Date));
    }

    [Fact]
    public void ADayBeforeSaidInItsOwnClauseIsTheDayTheSameDayRefersTo()
    {
        var e = ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2026-01-15\n\n" +
            "On Wednesday, the President of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, and the two signed a general protocol.\n\n" +
            "The programme of the delegation began on Tuesday with a visit to the Northvale Archive, where it was received by its president, Eva Lind.\n\n" +
            "On the same day, at the Old Palace, the Rector of the University of Northvale, Rui Lobo, and the Dean of Kestrel University, Ivo Brand, signed a cooperation agreement.\n");
        Assert.Equal("2026-01-14", Assert.Single(e.Agreements, a => a.Signatories.Contains("Tomas Berg")).Date);
        Assert.Equal("2026-01-13", Assert.Single(e.Agreements, a => a.Signatories.Contains("Ivo Brand")).Date);
    }

    [Fact]
    public void ASessionNumberedInItsNameIsTheMeetingReported()
    {
        var e = ArticleExtractor.Extract("Northvale and Kestrel hold 5th Annual Meeting\n\nPublished: 2026-03-18\n\n" +
            "Lakeport (Agency) – The 5th Annual Meeting on Cooperation between Northvale Province and Kestrel Region was held in Lakeport on 16 March " +
            "under the co-chairmanship of Mr. Ivo Brand, Governor of Northvale Province, and Ms. Eva Lind, Governor of Kestrel Region.\n");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2026-03-16", meeting.Date);
        Assert.Equal(["Eva Lind", "Ivo Brand"], meeting.Participants.Order());
    }

    [Fact]
    public void AStepBackOfAFewDaysInAnAsideKeepsTheStoryAtItsDay()
    {
        var e = Read("On Tuesday, the Mayor of Vesk, Eva Lind, and the Mayor of Kestrel, Ivo Brand, signed a friendship agreement at the town hall. " +
                     "Mayor Brand, who had flown in on Saturday with four councillors, praised the harbour. " +
                     "On the same day, the Vesk Conservatory and the Kestrel Music School signed a memorandum on joint concerts.");
        Assert.All(e.Agreements, a => Assert.Equal("2026-03-17", a.Date));
        Assert.Equal(2, e.Agreements.Count);
    }

    [Theory]
    [InlineData("The guests' delegation comprised Deputy Mayor Jana Holm and Councillor Petr Falk.")]
    [InlineData("The Kestrel delegation is composed of Deputy Mayor Jana Holm and Councillor Petr Falk.")]
    [InlineData("Deputy Mayor Jana Holm and Councillor Petr Falk attended the reception.")]
    [InlineData("The signing was witnessed by Deputy Mayor Jana Holm and Councillor Petr Falk.")]
    public void PeopleListedParagraphsAfterTheStorysOccasionWereAtIt(string list)
    {
        var e = Read("The Mayor of Vesk, Eva Lind, and the Mayor of Kestrel, Ivo Brand, met on Monday at the town hall and signed a friendship agreement. " +
                     "\"Our ferries have carried each other's cheese for a century,\" Mayor Lind said. " +
                     "\"Now the town halls will carry each other's ideas.\" " +
                     "Mayor Brand said that Kestrel hoped to copy the harbour's night market. " +
                     "\"Every summer our children will sail here,\" he said. " +
                     "Under the agreement, the two towns will exchange students and hold a joint music week every summer. " +
                     list);
        var meeting = Assert.Single(e.Engagements);
        Assert.Contains("Jana Holm", meeting.Participants);
        Assert.Contains("Petr Falk", meeting.Participants);
    }

    [Theory]
    [InlineData("Deputy Mayor Jana Holm, who led a cheese makers' delegation to Kestrel in June 2025, opened the talks.")]
    [InlineData("In June 2025 Deputy Mayor Jana Holm headed the mission of the county to Kestrel with nine bakers.")]
    [InlineData("Deputy Mayor Jana Holm travelled to Kestrel in June 2025 with a brass band.")]
    public void ATripToAPlaceToldByItsLeaderOrItsJourneyIsAVisit(string sentence)
    {
        var e = Read(sentence);
        var visit = Assert.Single(e.Engagements, x => x.Kind == "visit");
        Assert.Equal("2025-06", visit.Date);
        Assert.Equal(["Jana Holm"], visit.Participants);
        Assert.Equal("Kestrel", visit.Location);
    }

    [Theory]
    [InlineData("Deputy Mayor Jana Holm, who led a cheese makers' delegation to Kestrel, opened the talks.")]
    [InlineData("Deputy Mayor Jana Holm said that his former deputy travelled to Kestrel in May 2011.")]
    [InlineData("Deputy Mayor Jana Holm will lead a cheese makers' delegation to Kestrel in June.")]
    public void ATripWithNoDateOrNoNamedTravellerIsNoVisit(string sentence) =>
        Assert.DoesNotContain(Read(sentence).Engagements, x => x.Kind == "visit");
    [Fact]
    public void TheSamePeopleOnTheSameDayAtOneKindOfOccasionMetOnce()
    {
        var e = Read("Governor Eva Lind welcomed Mayor Ivo Brand of Kestrel at the provincial hall. " +
                     "\"Our ferries have carried each other's cheese for a century,\" Governor Lind said. " +
                     "On Monday, Governor Lind and Mayor Brand signed a memorandum on joint music schools.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2026-03-16", meeting.Date);
        Assert.Equal(["Eva Lind", "Ivo Brand"], meeting.Participants.Order());
    }

    [Fact]
    public void TheDocumentSignedSomewhereByTwoPeopleNamesItsSignatories()
    {
        var e = ArticleExtractor.Extract("Arlen and Westmoor deepen ties\n\nCreated 2026-01-15\n\n" +
            "With the signing of a letter of intent for cooperation in health and tourism, the authorities of Arlen and Westmoor ratified " +
            "this Wednesday the will to deepen the ties that unite both provinces since 2012.\n\n" +
            "The document was signed at the seat of the Provincial Government by Tomas Verrin, Governor of Arlen, and Lisa Marko, Governor of Westmoor.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal("2026-01-14", a.Date);
        Assert.Equal(["Lisa Marko", "Tomas Verrin"], a.Signatories.Order());
    }

    [Fact]
    public void PresentAtTheActWereThePeopleOfTheSigning()
    {
        var e = Read("On Monday the Governor of Vesk, Eva Lind, and the Mayor of Kestrel, Ivo Brand, signed a framework agreement on irrigation. " +
                     "Mayor Brand, who arrived on Sunday at the head of a delegation of engineers, praised the canals. " +
                     "\"Water is our common future,\" Governor Lind said. " +
                     "\"Every farmer in the valley will feel it.\" " +
                     "Mayor Brand said that Kestrel hoped to copy the reservoirs. " +
                     "\"Our orchards are thirsty,\" he said. " +
                     "Under the agreement, the two provinces will exchange engineers. " +
                     "Present at the act were the Director of the Water Board, Jana Holm; and the Secretary of Agriculture, Petr Falk.");
        var signing = Assert.Single(e.Engagements, x => x.Date == "2026-03-16");
        Assert.Contains("Jana Holm", signing.Participants);
        Assert.Contains("Petr Falk", signing.Participants);
    }
    [Fact]
    public void AnUndatedOccasionOfSomeoneAtTheStorysOccasionIsThatOccasionToldAgain()
    {
        var e = Read("On Monday, Governor Eva Lind received Mayor Ivo Brand of Kestrel at the provincial hall. " +
                     "\"Our ferries have carried each other's cheese for a century,\" Governor Lind said. " +
                     "Mayor Brand, who was visiting the province for the first time, praised the harbour.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("meeting", meeting.Kind);
        Assert.Equal("2026-03-16", meeting.Date);
    }

    // ---------------------------------------------------------------- seventeenth round

    [Fact]
    public void ADateInAClauseAboutAnEarlierSigningDoesNotDateTheMeeting()
    {
        var e = Read("On Monday 16 March 2026, Governor Eva Lind welcomed Mayor Ivo Brand of Kestrel at the provincial hall, on the occasion of " +
                     "the fifth anniversary of the friendship relations between Vesk and Kestrel, which were signed on 4 May 2021.");
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2026-03-16", meeting.Date);
    }

    [Fact]
    public void ADateAfterAnotherDocumentsParticipleDoesNotDateTheDocumentSigned()
    {
        var e = Read("Governor Eva Lind received Mayor Ivo Brand of Kestrel on Monday at the provincial hall. " +
                     "On the occasion, the two leaders signed a Protocol of Cooperation on irrigation, which renews the twinning agreement " +
                     "signed between Vesk and Kestrel on 4 May 2011.");
        Assert.Contains(e.Agreements, a => (a.Title ?? "").StartsWith("Protocol of Cooperation", StringComparison.Ordinal) && a.Date == "2026-03-16");
        Assert.DoesNotContain(e.Engagements, g => g.Date == "2011-05-04");
    }

    [Fact]
    public void ThePeopleAfterTheSigningOfADocumentBySignedIt()
    {
        var e = Read("Vesk and Kestrel formalised their cooperation on Monday with the signing of a memorandum of understanding on irrigation " +
                     "by the Councillor for Agriculture of Vesk, Eva Lind, and the Governor of Kestrel, Ivo Brand, at the provincial hall.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Eva Lind", "Ivo Brand"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSigningOfADocumentAttendedBySomeoneNamesNoSignatories()
    {
        var e = Read("On Monday the Governor of Vesk, Eva Lind, attended the signing of a memorandum on irrigation, attended by the Mayor of Kestrel, Ivo Brand, and the Director of the Water Board, Jana Holm.");
        Assert.All(e.Agreements, a => Assert.Empty(a.Signatories));
    }

    [Theory]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed the Action Plan on Harbour Dredging between Vesk Province and Kestrel County.", "Action Plan")]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed a Harbour Programme for the next five years.", "Harbour Programme")]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed a Joint Statement on cheese and ferries.", "Joint Statement")]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed the Roadmap for the new canal.", "Roadmap")]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed the Record of Talks on orchards.", "Record of Talks")]
    public void AWorkingDocumentSignedIsADocument(string sentence, string title)
    {
        var e = Read(sentence);
        var a = Assert.Single(e.Agreements);
        Assert.StartsWith(title, a.Title, StringComparison.Ordinal);
        Assert.Equal("2026-03-16", a.Date);
        Assert.Equal(["Eva Lind", "Ivo Brand"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed an agreement on joint orchard programmes in the valley.")]
    [InlineData("On Monday, Governor Eva Lind and Mayor Ivo Brand signed the programme agreement for the new port.")]
    public void AProgrammeInsideAnAgreementsNameIsNoDocumentOfItsOwn(string sentence)
    {
        var e = Read(sentence);
        Assert.Single(e.Agreements);
    }

    [Fact]
    public void ANamedWorkingDocumentIsNotTheOlderAgreementReferredBack()
    {
        var e = Read("Governor Eva Lind welcomed Mayor Ivo Brand on Monday; the visit marked ten years of the friendship agreement signed by Vesk and Kestrel on 3 May 2016. " +
                     "The two leaders then signed the Orchard Programme for the coming decade.");
        Assert.Contains(e.Agreements, a => (a.Title ?? "").StartsWith("Orchard Programme", StringComparison.Ordinal) && a.Date == "2026-03-16");
        Assert.DoesNotContain(e.Engagements, g => g.Date == "2016-05-03");
    }

    [Theory]
    [InlineData("Following the talks, the two leaders signed a memorandum of understanding on irrigation.")]
    [InlineData("At the end of the meeting, the two leaders signed a memorandum of understanding on irrigation.")]
    [InlineData("On this occasion, the two leaders signed a memorandum of understanding on irrigation.")]
    public void ADocumentSignedOnTheOccasionJustReportedTakesItsDay(string sentence)
    {
        var e = Read("Governor Eva Lind received Mayor Ivo Brand of Kestrel at the provincial hall on Monday. " +
                     "\"Our ferries have carried each other's cheese for a century,\" Governor Lind said. " +
                     "On Tuesday the Kestrel Chamber of Commerce and the Vesk Port Authority signed a memorandum on shipping. " + sentence);
        Assert.Contains(e.Agreements, a => (a.Title ?? "").Contains("irrigation", StringComparison.Ordinal) && a.Date == "2026-03-16");
    }
}

/// <summary>Invitations (seventeenth round, second half): an invitee named by an office, an occasion named after the invitation.</summary>
public class InvitationRuleTests17b
{
    private static Extraction Read(string body) => InventedArticle.Read(body, "2026-03-18");

    [Theory]
    [InlineData("the Lord Mayor", "Lord Mayor")]
    [InlineData("the Honourable Minister", "Minister")]
    [InlineData("the VTC Mayor", "Mayor")]
    public void AnInviteeNamedByAnOfficeOfSeveralWordsIsItsOneHolder(string office, string title)
    {
        var e = Read($"The Governor of Northvale Province, Ana Costa, received the {title} of Vesk, Tomas Berg, on Monday at the provincial hall. " +
                     $"Governor Costa invited {office} to the Northvale Wine Fair in May.");
        var i = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", i.To);
    }

    [Fact]
    public void OfTwoHoldersTheInviterInvitesTheOneOfTheOtherSide()
    {
        var e = Read("The Mayor of Northvale, Ana Costa, received the Mayor of Vesk, Tomas Berg, on Monday at the town hall. " +
                     "Mayor Costa invited the Mayor to the Northvale Wine Fair in May.");
        var i = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", i.To);
    }

    [Theory]
    [InlineData("to the Harrowmere Lantern Days in August", "Harrowmere Lantern Days")]
    [InlineData("to take part in the Tallow Bay Cup in August", "Tallow Bay Cup")]
    [InlineData("to visit Northvale during Oxbridge Week next August", "Oxbridge Week")]
    [InlineData("to participate in the Days of the Harrow Coast, which will take place at Ferry Square in August", "Days of the Harrow Coast")]
    public void AnOccasionNamedAfterTheInvitationIsWhatItIsTo(string rest, string name)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Vesk, Tomas Berg, on Monday at the provincial hall. " +
                     $"Governor Costa invited Mayor Berg {rest}.");
        var i = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", i.To);
        Assert.Equal(name, i.Event);
    }
}

/// <summary>Occasions (seventeenth round, second half): the signing pointed back at, the heads of the two sides, "since …, when".</summary>
public class OccasionRuleTests17b
{
    private static Extraction Read(string body) => InventedArticle.Read(body, "2026-03-18");

    [Fact]
    public void TheSigningPointedBackAtIsNotTheVerbOfTheNextDocument()
    {
        var e = Read("Mayor Arvo Tannis of Norland and Mayor Bram Oyelaran of Vesk put their pens to a ferry accord at the town hall on Monday. " +
                     "After the signing, Dr. Kaja Ellström and Dr. Tomas Velde signed a memorandum on pilotage in the two harbours.");
        var a = Assert.Single(e.Agreements, x => (x.Title ?? "").Contains("pilotage", StringComparison.Ordinal));
        Assert.Equal(["Kaja Ellström", "Tomas Velde"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("the heads of both provinces")]
    [InlineData("the leaders of the two provinces")]
    public void TheHeadsOfTheTwoSidesSignedAreItsLeaders(string who)
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, held talks with the Mayor of Vesk, Tomas Berg, on Monday at the provincial hall. " +
                     $"Before lunch, {who} signed a memorandum on irrigation.");
        var a = Assert.Single(e.Agreements);
        Assert.Equal(["Ana Costa", "Tomas Berg"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnOccasionDatedByItsMonthOnlyIsTheDaysOccasionOfTheSamePeople()
    {
        var e = ArticleExtractor.Extract("Vesk and Norland\n\nCreated 2026-03-18\n\n" +
            "In March, the Mayor of Vesk, Bram Oyelaran, and the Mayor of Norland, Arvo Tannis, met in Norland to talk about ferries. " +
            "On Monday, Mayor Oyelaran met Mayor Tannis and the harbour master Ilse Varga at the town hall of Norland.");
        Assert.DoesNotContain(e.Engagements, g => g.Date == "2026-03");
        Assert.Contains(e.Engagements, g => g.Date == "2026-03-16" && g.Participants.Contains("Bram Oyelaran"));
    }

    [Theory]
    [InlineData("The ferry fair opened twelve months after the ferry charter was signed in a tent on the quay.")]
    [InlineData("The ferry fair opened on the anniversary of the ferry charter.")]
    public void ADocumentWhoseAgeIsToldIsRecalledNotSigned(string lead)
    {
        var e = ArticleExtractor.Extract("Vesk and Norland\n\nCreated 2026-03-18\n\n" + lead + " " +
            "On Monday the two cities signed a new agreement on ferries, harbours and schools. " +
            "The agreement was signed by the Mayor of Vesk, Bram Oyelaran, and the Mayor of Norland, Arvo Tannis.");
        var a = Assert.Single(e.Agreements);
        Assert.Contains("ferries", a.Title ?? "", StringComparison.Ordinal);
        Assert.Equal(["Arvo Tannis", "Bram Oyelaran"], a.Signatories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ADateAfterSinceThatAWhenClauseFollowsDatesThatClause()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, held talks with the Mayor of Vesk, Tomas Berg, on Monday at the provincial hall. " +
                     "Relations between the ports have grown since May 2014, when Mayor Ivo Brandt visited the ferry yards of Northvale.");
        Assert.Contains(e.Engagements, g => g.Date == "2014-05" && g.Participants.Contains("Ivo Brandt"));
    }
}
