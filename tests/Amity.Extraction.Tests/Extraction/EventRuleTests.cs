namespace Amity.Extraction.Tests.Extractor;

/// <summary>General rules for events. Every sentence is invented: no name, place or sentence comes from a corpus article.</summary>
public class EventRuleTests
{
    private static Extraction Read(string body) =>
        ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2026-03-18\n\n" + body);

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
}
