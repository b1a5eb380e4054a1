using System.Diagnostics;
using System.Text;

namespace Amity.Extraction.Tests.Robustness;

/// <summary>Timing tests run alone, after the others: a 20 MB extraction beside them would distort their ratios.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>
/// Extraction time per character must not grow with the length of the input. The tests compare ratios, not times:
/// each input grows sixteenfold, so a cost quadratic in the length would show as a ratio near 16, far above the bound of 3.
/// </summary>
[Collection(nameof(TimingCollection))]
public class LinearTimeTests
{
    private const string Paragraph =
        "On April 24, Riverton Province Governor Anna Berg met with Lubska Provincial Party Secretary Wei Tan at the Harbour Hall. " +
        "The two leaders signed an agreement on trade, tourism and youth exchanges, and Party Secretary Tan invited Governor Berg to the Lubska Trade Expo in June. " +
        "Jonas van der Meer, Director of the Riverton Institute of Technology, and Grace Achieng, President of the Lubska University, also attended the meeting.\n";

    private static double Time(string text)
    {
        var clock = Stopwatch.StartNew();
        ArticleExtractor.Extract(text);
        return clock.Elapsed.TotalSeconds / text.Length;
    }

    /// <summary>
    /// The best time per character of each input over interleaved runs. A shared machine only ever makes a run slower,
    /// so the minimum over a few runs approaches the undisturbed time; interleaving spreads a busy spell over both inputs.
    /// </summary>
    private static double[] SecondsPerChar(params string[] texts)
    {
        foreach (var text in texts) ArticleExtractor.Extract(text);
        var best = texts.Select(_ => double.MaxValue).ToArray();
        for (var run = 0; run < 5; run++)
            for (var k = 0; k < texts.Length; k++)
                best[k] = Math.Min(best[k], Time(texts[k]));
        return best;
    }

    /// <summary>Asserts that time per character does not triple; a failed measurement is repeated twice, as noise rarely recurs and a quadratic cost always does.</summary>
    private static void AssertLinear(Func<int, string> make, int small, int large)
    {
        var (a, b) = (0.0, 0.0);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var times = SecondsPerChar(make(small), make(large));
            (a, b) = (times[0], times[1]);
            if (b <= a * 3 + 1e-7) return;
        }
        Assert.Fail($"time per character grew from {a * 1e9:0.0} ns to {b * 1e9:0.0} ns");
    }

    private static string Repeat(string s, int times) => new StringBuilder("Title\nCreated 2024-04-24\n").Insert(24, s, times).ToString();

    [Fact]
    public void RepeatedParagraphsScaleLinearly()
    {
        var texts = new[] { 1, 2, 4, 8, 16 }.Select(n => Repeat(Paragraph, n * 8)).ToArray();
        var perChar = SecondsPerChar(texts);
        for (var attempt = 0; attempt < 2 && perChar[^1] > perChar[0] * 3 + 1e-7; attempt++) perChar = SecondsPerChar(texts);
        Assert.True(perChar[^1] <= perChar[0] * 3 + 1e-7, string.Join(", ", perChar.Select(x => $"{x * 1e9:0.0} ns")));
    }

    [Fact]
    public void DistinctNamesScaleLinearly() =>
        AssertLinear(n => "Title\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"Governor Anna{i} Berg{i} of Province{i} Province met Mayor Jan{i} Kow{i} of Lubska{i}. ")), 200, 3200);

    [Fact]
    public void CapitalLettersScaleLinearly() => AssertLinear(n => new string('A', n), 12_500, 200_000);

    [Fact]
    public void CapitalisedWordsScaleLinearly() => AssertLinear(n => Repeat("Governor Mayor University Province Of The Ab Cd ", n), 300, 4800);

    [Fact]
    public void HyphensScaleLinearly() => AssertLinear(n => new string('-', n), 12_500, 200_000);

    [Fact]
    public void DotsAndInitialsScaleLinearly() => AssertLinear(n => Repeat("A. B. c.d.e. Dr. ", n), 1000, 16_000);

    [Fact]
    public void OneLongLineWithoutPunctuationScalesLinearly() =>
        AssertLinear(n => string.Concat(Enumerable.Repeat("the governor met the mayor in the city hall and ", n)), 1_300, 21_000);

    [Fact]
    public void OneMegabyteLineFinishes()
    {
        var line = string.Concat(Enumerable.Repeat("Governor Anna Berg met Mayor Jan Kowalski in Riverton and ", 1_000_000 / 60));
        var clock = Stopwatch.StartNew();
        ArticleExtractor.Extract(line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void HtmlTagsScaleLinearly() => AssertLinear(n => Repeat("<p><b>Mayor</b> <i>Jan Kowalski</i> met &amp; talked</p>", n), 300, 4800);
}
