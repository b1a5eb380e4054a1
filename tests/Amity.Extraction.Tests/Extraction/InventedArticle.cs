namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// What the rule tests share: an invented paragraph read as an article under a fixed headline and publication line, and
/// assertions on the people and bodies read from it (names compared as the scorer compares them).
/// </summary>
internal static class InventedArticle
{
    public static Extraction Read(string body, string published = "2025-06-10") =>
        ArticleExtractor.Extract("Delegation visits partner region\n\nPublished: " + published + "\n\n" + body);

    public static ExtractedPerson Person(Extraction e, string name) =>
        Assert.Single(e.People, p => Names.Same(p.Name, name));

    public static void NoPerson(Extraction e, string name) => Assert.DoesNotContain(e.People, p => Names.Same(p.Name, name));

    public static void Body(Extraction e, string name, string kind) =>
        Assert.Equal(kind, Assert.Single(e.Organizations, o => Names.Same(o.Name, name)).Kind);

    public static void NoBody(Extraction e, string name) => Assert.DoesNotContain(e.Organizations, o => Names.Same(o.Name, name));
}
