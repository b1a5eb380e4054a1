namespace Amity.Extraction.Tests;

/// <summary>Finds the shared sample corpus and this project's own articles.</summary>
internal static class TestCorpus
{
    private static readonly Lazy<string> Dev = new(FindDevCorpus);

    /// <summary>shared/corpus/dev, found by walking up from the test binaries.</summary>
    public static string DevDirectory => Dev.Value;

    /// <summary>The articles written for this project (copied beside the test binaries).</summary>
    public static string OwnDirectory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static IReadOnlyList<CorpusArticle> DevArticles => ArticleCorpus.LoadDirectory(DevDirectory);

    public static IReadOnlyList<CorpusArticle> OwnArticles => ArticleCorpus.LoadDirectory(OwnDirectory);

    private static string FindDevCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "corpus", "dev"), Path.Combine(dir.FullName, "..", "shared", "corpus", "dev") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("shared/corpus/dev not found above " + AppContext.BaseDirectory);
    }
}
