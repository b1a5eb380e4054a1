using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace Amity.Extraction.Tests.Extractor;

/// <summary>
/// Guards performance work: the JSON output for every dev and own-corpus article, and a hash of the output for a set of
/// synthetic and hostile inputs, must stay byte-identical to the outputs saved from the reference implementation.
/// Regenerate deliberately with AMITY_WRITE_SNAPSHOTS=1 after an intended change of behaviour.
/// </summary>
public class OutputSnapshotTests
{
    private static string SnapshotDirectory([CallerFilePath] string file = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(file)!)!, "Snapshots");

    private static bool Writing => Environment.GetEnvironmentVariable("AMITY_WRITE_SNAPSHOTS") == "1";

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var a in TestCorpus.DevArticles) data.Add("dev/" + a.Name);
        foreach (var a in TestCorpus.OwnArticles) data.Add("own/" + a.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void CorpusArticleOutputIsUnchanged(string id)
    {
        var (set, name) = (id[..3], id[4..]);
        var article = (set == "dev" ? TestCorpus.DevArticles : TestCorpus.OwnArticles).Single(a => a.Name == name);
        var json = ExtractionJson.Serialize(ArticleExtractor.Extract(article.Text));
        var path = Path.Combine(SnapshotDirectory(), set, name + ".json");
        if (Writing)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json);
            return;
        }
        Assert.Equal(File.ReadAllText(path), json);
    }

    private static IEnumerable<(string Name, string Text)> SyntheticInputs()
    {
        const string paragraph =
            "On April 24, Riverton Province Governor Anna Berg met with Lubska Provincial Party Secretary Wei Tan at the Harbour Hall. " +
            "The two leaders signed an agreement on trade, tourism and youth exchanges, and Party Secretary Tan invited Governor Berg to the Lubska Trade Expo in June. " +
            "Jonas van der Meer, Director of the Riverton Institute of Technology, and Grace Achieng, President of the Lubska University, also attended the meeting.\n";
        static string Repeat(string s, int times) => new StringBuilder("Title\nCreated 2024-04-24\n").Insert(24, s, times).ToString();
        yield return ("paragraphs", Repeat(paragraph, 24));
        yield return ("distinct-names", "Title\n" + string.Concat(Enumerable.Range(0, 120).Select(i => $"Governor Anna{i} Berg{i} of Province{i} Province met Mayor Jan{i} Kow{i} of Lubska{i}. ")));
        yield return ("capitals", new string('A', 5000));
        yield return ("capitalised-words", Repeat("Governor Mayor University Province Of The Ab Cd ", 200));
        yield return ("hyphens", new string('-', 5000));
        yield return ("dots", Repeat("A. B. c.d.e. Dr. ", 500));
        yield return ("long-line", string.Concat(Enumerable.Repeat("the governor met the mayor in the city hall and ", 500)));
        yield return ("mb-line", string.Concat(Enumerable.Repeat("Governor Anna Berg met Mayor Jan Kowalski in Riverton and ", 2000)));
        yield return ("html", Repeat("<p><b>Mayor</b> <i>Jan Kowalski</i> met &amp; talked</p>", 200));
        yield return ("twenty-mb-paragraph", "Title\nCreated 2025-03-13\n" + string.Concat(Enumerable.Repeat("On March 12, Governor Maria Nowak of Ostra Province met with Mayor Jan Kowalski of Lubska in Rivertown and signed an agreement on tourism. ", 300)));
        var random = new Random(7);
        for (var n = 0; n < 8; n++)
        {
            var chars = new char[random.Next(0, 5000)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            yield return ($"random-{n}", new string(chars));
        }
        // Corpus sentences shuffled into new articles: many recogniser paths in unusual orders.
        var sentences = TestCorpus.DevArticles.Concat(TestCorpus.OwnArticles)
            .SelectMany(a => a.Text.Split(". ")).Where(s => s.Length > 0).ToArray();
        var shuffle = new Random(11);
        for (var n = 0; n < 10; n++)
        {
            var sb = new StringBuilder("Shuffled Title\nCreated 2025-06-10\n");
            for (var k = 0; k < 40; k++) sb.Append(sentences[shuffle.Next(sentences.Length)]).Append(". ");
            yield return ($"shuffled-{n}", sb.ToString());
        }
    }

    [Fact]
    public void SyntheticInputOutputIsUnchanged()
    {
        var path = Path.Combine(SnapshotDirectory(), "synthetic.txt");
        var lines = SyntheticInputs()
            .Select(x => x.Name + " " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ExtractionJson.Serialize(ArticleExtractor.Extract(x.Text))))))
            .ToList();
        if (Writing)
        {
            File.WriteAllLines(path, lines);
            return;
        }
        Assert.Equal(File.ReadAllLines(path), lines);
    }
}
