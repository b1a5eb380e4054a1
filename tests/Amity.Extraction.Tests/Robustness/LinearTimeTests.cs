using System.Diagnostics;
using System.Text;

namespace Amity.Extraction.Tests.Robustness;

/// <summary>Extraction time per character must not grow with the length of the input. The tests compare ratios, not times.</summary>
public class LinearTimeTests
{
    private const string Paragraph =
        "On April 24, Riverton Province Governor Anna Berg met with Lubska Provincial Party Secretary Wei Tan at the Harbour Hall. " +
        "The two leaders signed an agreement on trade, tourism and youth exchanges, and Party Secretary Tan invited Governor Berg to the Lubska Trade Expo in June. " +
        "Jonas van der Meer, Director of the Riverton Institute of Technology, and Grace Achieng, President of the Lubska University, also attended the meeting.\n";

    private static double SecondsPerChar(string text)
    {
        ArticleExtractor.Extract(text);
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            ArticleExtractor.Extract(text);
            best = Math.Min(best, clock.Elapsed.TotalSeconds / text.Length);
        }
        return best;
    }

    private static void AssertLinear(Func<int, string> make, int small, int large)
    {
        var a = SecondsPerChar(make(small));
        var b = SecondsPerChar(make(large));
        Assert.True(b <= a * 3 + 1e-7, $"time per character grew from {a * 1e9:0.0} ns to {b * 1e9:0.0} ns");
    }

    private static string Repeat(string s, int times) => new StringBuilder("Title\nCreated 2024-04-24\n").Insert(24, s, times).ToString();

    [Fact]
    public void RepeatedParagraphsScaleLinearly()
    {
        var perChar = new[] { 1, 2, 4, 8, 16 }.Select(n => SecondsPerChar(Repeat(Paragraph, n * 8))).ToArray();
        Assert.True(perChar[^1] <= perChar[0] * 3 + 1e-7, string.Join(", ", perChar.Select(x => $"{x * 1e9:0.0} ns")));
    }

    [Fact]
    public void DistinctNamesScaleLinearly() =>
        AssertLinear(n => "Title\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"Governor Anna{i} Berg{i} of Province{i} Province met Mayor Jan{i} Kow{i} of Lubska{i}. ")), 200, 3200);

    [Fact]
    public void CapitalLettersScaleLinearly() => AssertLinear(n => new string('A', n), 25_000, 400_000);

    [Fact]
    public void CapitalisedWordsScaleLinearly() => AssertLinear(n => Repeat("Governor Mayor University Province Of The Ab Cd ", n), 300, 4800);

    [Fact]
    public void HyphensScaleLinearly() => AssertLinear(n => new string('-', n), 25_000, 400_000);

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
