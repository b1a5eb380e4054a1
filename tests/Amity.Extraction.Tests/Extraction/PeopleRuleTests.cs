namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// The fourteenth round's rules for people (docs/ingestion.md, "Fourteenth round: people"). Every sentence is invented: no
/// name, place or sentence comes from a corpus article.
/// </summary>
public class PeopleRuleTests
{
    private static Extraction Read(string body) =>
        ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: 2025-06-10\n\n" + body);

    private static ExtractedPerson Person(Extraction e, string name) =>
        Assert.Single(e.People, p => Names.Same(p.Name, name));

    private static void NoPerson(Extraction e, string name) => Assert.DoesNotContain(e.People, p => Names.Same(p.Name, name));

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
}
