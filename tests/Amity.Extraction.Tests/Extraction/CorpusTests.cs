namespace Amity.Extraction.Tests.Extractor;

public class CorpusTests
{
    // Measured 1.000 on the dev corpus when written; the floor leaves room for small trade-offs, not regressions.
    private const double DevFloor = 0.95;

    [Fact]
    public void DevCorpusReachesTheMeasuredOverallF1()
    {
        var report = ArticleCorpus.Evaluate(TestCorpus.DevDirectory);
        TestContext.Current.TestOutputHelper?.WriteLine(report.Format(details: true));
        Assert.True(report.Overall.F1 >= DevFloor, report.Format(details: true));
        Assert.True(report["people"].F1 >= 0.95, report.Format());
        Assert.True(report["organizations"].F1 >= 0.95, report.Format());
    }

    [Fact]
    public void OwnArticlesFromOtherCountriesReachTheGeneralisationTargets()
    {
        var report = ArticleCorpus.Evaluate(TestCorpus.OwnDirectory);
        TestContext.Current.TestOutputHelper?.WriteLine(report.Format(details: true));
        Assert.True(report.Overall.F1 >= 0.80, report.Format(details: true));
        Assert.True(report["people"].F1 >= 0.90, report.Format(details: true));
        Assert.True(report["organizations"].F1 >= 0.90, report.Format(details: true));
    }

    /// <summary>The blind development sets (never Unseen) in the source tree.</summary>
    private static string DevelopmentSet(string name, [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(file)!)!, name);

    // Measured 0.943 (Holdout), 0.876 (Training), 0.864 (Training2, first measured at 0.602 before tuning), 0.899
    // (Training3, first measured at 0.671), 0.889 (Training4, first measured at 0.729), 0.850 (Training5, first measured
    // at 0.722), 0.855 (Training6, first measured at 0.714), 0.858 (Training7, first measured at 0.737), 0.877 (Training8,
    // first measured at 0.802) and 0.801 (Training9, first measured at 0.750) after the tenth round of general rules.
    // Training10 and Training11 arrived at 0.724 and 0.727 (first measured, 2026-11-27 20:20 UTC); both eleventh-round
    // branches together (occasions, people and organizations) brought them to 0.848 and 0.855. Training12 and Training13
    // arrived at 0.790 and 0.747 (first measured, 2026-11-27 23:12 UTC); the twelfth round's branches (occasions, people and
    // organizations, spans) brought Training12 to 0.910 and Training13, kept blind through the round, to 0.786. Training14 and
    // Training15 arrived at 0.745 and 0.787 and read 0.761 and 0.813 after the round, still unread; after the thirteenth round
    // (Training14 opened, Training15 still blind) 0.782 and 0.822. Training16 to Training19 arrived at 0.766, 0.796, 0.818 and
    // 0.740 (first measured, 2026-11-28 02:08 UTC); the fourteenth round (Training15 and Training16 opened, Training17 kept
    // blind) brought Training13 to 0.834, Training14 to 0.815, Training15 to 0.867, Training16 to 0.827, and the blind
    // Training17, 18 and 19 to 0.800, 0.827 and 0.747. Training20 to Training23 arrived at 0.781, 0.851, 0.785 and 0.848
    // (first measured, 2026-11-28 04:47 UTC). After the fifteenth round (Training17-19 opened, Training20 blind): Training13
    // 0.851, 14 0.849, 16 0.871, 17 0.884, 18 0.875, 19 0.862, 20 0.790, 21 0.866, 22 0.800, 23 0.858 (Training3 0.937,
    // Training12 0.930). Training24 to Training27 arrived at 0.786, 0.826, 0.814 and 0.850 (first measured, 2026-11-28 07:40
    // UTC). After the sixteenth round (Training20-23 and 25-26 opened, Training24 blind, Training27 unread): Training13 0.874,
    // 20 0.896, 21 0.903, 22 0.900, 23 0.899, 24 0.791, 25 0.857, 26 0.848, 27 0.855. Training28 to Training31 arrived at 0.762,
    // 0.867, 0.843 and 0.829 (first measured, 2026-11-28 10:30 UTC). After the seventeenth round (Training24, 27 and 28
    // opened, 29 blind, 30 and 31 unread): 24 0.886, 27 0.911, 28 0.835, 29 0.870, 30 0.833, 31 0.831. The floors catch
    // regressions.
    [Theory]
    [InlineData("Holdout", 0.92)]
    [InlineData("Training", 0.85)]
    [InlineData("Training2", 0.84)]
    [InlineData("Training3", 0.91)]
    [InlineData("Training4", 0.85)]
    [InlineData("Training5", 0.82)]
    [InlineData("Training6", 0.84)]
    [InlineData("Training7", 0.83)]
    [InlineData("Training8", 0.86)]
    [InlineData("Training9", 0.78)]
    [InlineData("Training10", 0.82)]
    [InlineData("Training11", 0.83)]
    [InlineData("Training12", 0.91)]
    [InlineData("Training13", 0.85)]
    [InlineData("Training14", 0.82)]
    [InlineData("Training15", 0.85)]
    [InlineData("Training16", 0.85)]
    [InlineData("Training17", 0.86)]
    [InlineData("Training18", 0.85)]
    [InlineData("Training19", 0.84)]
    [InlineData("Training20", 0.87)]
    [InlineData("Training21", 0.88)]
    [InlineData("Training22", 0.87)]
    [InlineData("Training23", 0.87)]
    [InlineData("Training24", 0.86)]
    [InlineData("Training25", 0.83)]
    [InlineData("Training26", 0.82)]
    [InlineData("Training27", 0.89)]
    [InlineData("Training28", 0.81)]
    [InlineData("Training29", 0.84)]
    [InlineData("Training30", 0.82)]
    [InlineData("Training31", 0.80)]
    public void BlindDevelopmentSetsKeepTheirMeasuredOverallF1(string set, double floor)
    {
        var report = ArticleCorpus.Evaluate(DevelopmentSet(set));
        TestContext.Current.TestOutputHelper?.WriteLine(report.Format(details: true));
        Assert.True(report.Overall.F1 >= floor, report.Format(details: true));
    }

    [Fact]
    public void EveryArticleGetsItsTitleDateAndEvidenceInsideTheText()
    {
        foreach (var article in TestCorpus.DevArticles)
        {
            var e = ArticleExtractor.Extract(article.Text);
            Assert.Equal(article.Gold.Article.Title, e.Article.Title);
            Assert.Equal(article.Gold.Article.Published, e.Article.Published);
            Assert.NotEmpty(e.People);
            var evidence = e.People.Select(p => p.Evidence).Concat(e.Organizations.Select(o => o.Evidence))
                .Concat(e.Engagements.Select(x => x.Evidence)).Concat(e.Agreements.Select(x => x.Evidence)).Concat(e.Events.Select(x => x.Evidence));
            Assert.All(evidence, ev =>
            {
                Assert.NotNull(ev);
                Assert.InRange(ev.Start, 0, ev.End);
                Assert.InRange(ev.End, ev.Start, article.Text.Length);
            });
        }
    }

    [Fact]
    public void ThePublishedArgumentOverridesTheDateLine()
    {
        var article = TestCorpus.DevArticles[0];
        var e = ArticleExtractor.Extract(article.Text, new DateOnly(2030, 1, 2));
        Assert.Equal("2030-01-02", e.Article.Published);
    }

    [Fact]
    public void ExtractionIsDeterministicAndThreadSafe()
    {
        var texts = TestCorpus.DevArticles.Select(a => a.Text).ToArray();
        var expected = texts.Select(t => ExtractionJson.Serialize(ArticleExtractor.Extract(t))).ToArray();
        Parallel.For(0, 48, i => Assert.Equal(expected[i % texts.Length], ExtractionJson.Serialize(ArticleExtractor.Extract(texts[i % texts.Length]))));
    }

    [Fact]
    public void ShortReferencesResolveToTheFullNameGivenElsewhere()
    {
        const string text = """
            Mayor Visits Partner City

            Published: 12 March 2025

            Riverton Mayor Anna Kowalczyk-Berg met with Governor Tomasz Wielicki of Lubska Province on March 10.
            Mayor Kowalczyk-Berg thanked the Governor for his hospitality.
            """;
        var e = ArticleExtractor.Extract(text);
        Assert.Equal(["Anna Kowalczyk-Berg", "Tomasz Wielicki"], e.People.Select(p => p.Name).Order().ToArray());
        Assert.Equal("2025-03-12", e.Article.Published);
        var meeting = Assert.Single(e.Engagements);
        Assert.Equal("2025-03-10", meeting.Date);
        Assert.Equal("Lubska Province", e.People.Single(p => p.Name == "Tomasz Wielicki").Organization);
        Assert.Equal("Riverton", e.People.Single(p => p.Name == "Anna Kowalczyk-Berg").Organization);
    }
}
