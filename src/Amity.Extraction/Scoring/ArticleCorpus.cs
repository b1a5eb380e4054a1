using System.Text;

namespace Amity.Extraction;

/// <summary>An article of a scoring corpus: <c>X.txt</c> with <c>X.gold.json</c> beside it.</summary>
/// <param name="Name">The file name without extension (X).</param>
/// <param name="Text">The article text.</param>
/// <param name="Gold">The hand-made correct extraction.</param>
public sealed record CorpusArticle(string Name, string Text, Extraction Gold);

/// <summary>Reads articles and gold files from disk and evaluates the extractor on a folder of them.</summary>
public static class ArticleCorpus
{
    /// <summary>Reads an article file as text (UTF-8, or UTF-16 with a byte-order mark).</summary>
    /// <exception cref="ExtractionInputException">The file does not exist or cannot be read.</exception>
    public static string ReadArticle(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ExtractionInputException($"Cannot read article \"{path}\": {e.Message}", e);
        }
    }

    /// <summary>Each <c>X.txt</c> in <paramref name="directory"/> that has <c>X.gold.json</c> beside it, in name order.</summary>
    /// <exception cref="ExtractionInputException">The folder does not exist or a gold file is not valid.</exception>
    public static IReadOnlyList<CorpusArticle> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
            throw new ExtractionInputException($"Corpus folder \"{directory}\" does not exist.");
        var articles = new List<CorpusArticle>();
        foreach (var textPath in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(textPath);
            var goldPath = Path.Combine(directory, name + ".gold.json");
            if (!File.Exists(goldPath)) continue;
            Extraction gold;
            try
            {
                gold = ExtractionJson.Deserialize(File.ReadAllText(goldPath, Encoding.UTF8));
            }
            catch (ExtractionInputException e)
            {
                throw new ExtractionInputException($"{goldPath}: {e.Message}", e);
            }
            articles.Add(new CorpusArticle(name, ReadArticle(textPath), gold));
        }
        return articles;
    }

    /// <summary>
    /// Extracts every article of <paramref name="directory"/> (with <see cref="ArticleExtractor.Extract"/> unless
    /// <paramref name="extract"/> is given) and scores it against its gold file.
    /// </summary>
    public static EvalReport Evaluate(string directory, Func<string, Extraction>? extract = null)
    {
        extract ??= text => ArticleExtractor.Extract(text);
        return Scorer.Score(LoadDirectory(directory).Select(a => (a.Name, extract(a.Text), a.Gold)));
    }
}
