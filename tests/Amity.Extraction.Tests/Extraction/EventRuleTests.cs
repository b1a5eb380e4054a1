namespace Amity.Extraction.Tests.Extractor;

/// <summary>General rules for events and the days of the story. Every sentence is invented: no name, place or sentence comes from a corpus article.</summary>
public class EventRuleTests
{
    private static Extraction Read(string body) => InventedArticle.Read(body, "2026-03-18");

    [Fact]
    public void AnEditionsYearIsPartOfTheNameAndAnotherYearsEditionIsAnotherEvent()
    {
        var e = Read("The Governor recalled meeting the minister at the Harbour Investment Summit in February 2025. " +
                     "The minister invited him to the Harbour Investment Summit 2026 at the Northvale Exhibition Centre in October.");
        Assert.Contains(e.Events, ev => ev.Name == "Harbour Investment Summit 2026" && ev.Date == "2026-10");
        Assert.Contains(e.Events, ev => ev.Name == "Harbour Investment Summit" && ev.Date == "2025-02");
    }

    [Fact]
    public void AnEventHeldOnTheSidelinesOfAnotherTakesItsDay()
    {
        var e = Read("The minister proposed that a Textile and Design Forum be held on the sidelines of the Northvale Trade Fair in October.");
        Assert.Contains(e.Events, ev => ev.Name == "Textile and Design Forum" && ev.Date == "2026-10");
    }

    [Fact]
    public void AQuotesTodayIsThePresentNotTheDayOfTheStory()
    {
        var e = Read("NORTHVALE, 18 March 2026 – The Governor of Northvale Province, Ana Costa, and the Secretary for Economy of Kestrel County, " +
                     "Rui Lima, signed on Monday, 16 March, a cooperation agreement between the two regions.\n\n" +
                     "“Many of our families live in Kestrel today. This agreement gives form to that bond,” said Secretary Lima.\n\n" +
                     "On the same day, the Northvale Power Company and the Kestrel Energy Company signed a memorandum of understanding on solar power.");
        Assert.Contains(e.Agreements, a => a.Title != null && a.Title.StartsWith("Memorandum of understanding on solar power", StringComparison.Ordinal) && a.Date == "2026-03-16");
    }

    [Theory]
    [InlineData("Also taking part were the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    [InlineData("The province was represented by the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    [InlineData("The delegation comprised the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado.")]
    [InlineData("On the Northvale side, the Director of the Northvale Water Company, Rui Lima, and the Rector of Northvale University, Ines Prado, took part.")]
    public void PeopleNamedInTheNextSentenceAsTakingPartJoinTheOccasion(string next)
    {
        var e = Read("NORTHVALE, 18 March 2026 – The Governor of Northvale Province, Ana Costa, on Monday held a video conference with the " +
                     "Secretary for Economy of Kestrel County, Tomas Berg.\n\n" + next);
        var call = Assert.Single(e.Engagements);
        Assert.Equal("2026-03-16", call.Date);
        Assert.Equal(["Ana Costa", "Ines Prado", "Rui Lima", "Tomas Berg"], call.Participants.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("The minister invited the Governor to the Northvale Green Energy Conclave in May.", "Northvale Green Energy Conclave")]
    [InlineData("The minister invited the Governor to the Kestrel Business Roundtable in May.", "Kestrel Business Roundtable")]
    [InlineData("The minister invited the Governor to the Fiera di Porto Lago in May.", "Fiera di Porto Lago")]
    [InlineData("The minister invited the Governor to the Rencontres de Port-Lac in May.", "Rencontres de Port-Lac")]
    public void ConclavesRoundtablesAndFairsOfOtherLanguagesAreEvents(string sentence, string name)
    {
        var e = Read(sentence);
        Assert.Contains(e.Events, ev => ev.Name == name && ev.Date == "2026-05");
    }

    [Fact]
    public void APluralPossessiveInsideAnEventsNameIsPartOfIt()
    {
        var e = Read("The Mayor invited the Governor to the Northvale Vintners' Fair in May.");
        Assert.Contains(e.Events, ev => ev.Name == "Northvale Vintners' Fair" && ev.Date == "2026-05");
    }

    // Twelfth round.

    [Theory]
    [InlineData("Governor Ana Costa invited Mayor Tomas Berg to the Vellamo, the traditional festival of the lake villages, in August.", "festival")]
    [InlineData("Governor Ana Costa invited Mayor Tomas Berg to lead a delegation at Kalvaria, Lakeport's great summer festival, in August.", "festival")]
    [InlineData("Governor Ana Costa invited Mayor Tomas Berg to attend the Kalvaria Rodeo in August.", "other")]
    [InlineData("Governor Ana Costa invited Mayor Tomas Berg to celebrate Kalvaria in August.", "other")]
    public void AnOccasionNamedWithoutAHeadWordIsAnEvent(string sentence, string kind)
    {
        var e = Read(sentence);
        var ev = Assert.Single(e.Events);
        Assert.Equal(kind, ev.Kind);
        Assert.Equal("2026-08", ev.Date);
        var invitation = Assert.Single(e.Invitations);
        Assert.Equal("Tomas Berg", invitation.To);
        Assert.Equal(ev.Name, invitation.Event);
    }

    [Fact]
    public void WhatSomeoneIsInvitedToInAKnownPlaceIsAnEvent()
    {
        var e = Read("The Governor of Northvale Province, Ana Costa, received the Mayor of Kestrel, Tomas Berg, on Monday. " +
                     "Governor Costa invited Mayor Berg to the Lantern Nights in Northvale Province in September.");
        Assert.Contains(e.Events, ev => ev.Name == "Lantern Nights" && ev.Date == "2026-09");
    }

    [Theory]
    [InlineData("Mayor Tomas Berg of Kestrel met Governor Ana Costa in Northvale Province on Monday.")]
    [InlineData("Governor Ana Costa invited Mayor Tomas Berg to Northvale Province in September.")]
    public void APlaceOrAPersonIsNoEventWithoutAHeadWord(string sentence)
    {
        Assert.Empty(Read(sentence).Events);
    }

    [Fact]
    public void ANameTheListsDoNotReadBeforeALowerCaseHeadIsTheEventsName()
    {
        var e = Read("Governor Ana Costa invited Mayor Tomas Berg to attend the Light + Sound fair in Kestrel in August.");
        Assert.Equal("Light + Sound fair", Assert.Single(e.Events).Name);
    }

    [Fact]
    public void AFestivalNamedAgainWithAnotherYearIsAnotherEdition()
    {
        var e = Read("The two mayors first met at the Lakeport Lantern Festival in July 2023. " +
                     "Kestrel will send a choir to the Lakeport Lantern Festival in July 2027.");
        Assert.Contains(e.Events, ev => ev.Name == "Lakeport Lantern Festival" && ev.Date == "2027-07");
        Assert.Contains(e.Events, ev => ev.Name == "Lakeport Lantern Festival" && ev.Date == "2023-07");
    }
}
