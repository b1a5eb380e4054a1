using System.Diagnostics;

namespace Amity.Extraction.Tests.Robustness;

/// <summary>Timing tests run alone, after the others: a 20 MB extraction beside them would distort their ratios.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>
/// Extraction time per character must not grow with the length of the input. The tests compare ratios, not times:
/// each input grows sixteenfold, so a cost quadratic in the length would show as a ratio near 16, far above the bound of 3.
/// Time also grows when an article's tables of names outgrow the processor's caches and the collector has more live
/// objects to trace, which is not a cost of the algorithm; <see cref="LinearWorkTests"/> counts the work itself.
/// </summary>
[Collection(nameof(TimingCollection))]
public class LinearTimeTests
{
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

    [Theory]
    [MemberData(nameof(GrowingInputs.Names), MemberType = typeof(GrowingInputs))]
    public void TimePerCharacterDoesNotGrowWithTheText(string input)
    {
        var (make, small, large) = GrowingInputs.All[input];
        AssertLinear(make, small, large);
    }

    [Fact]
    public void OneMegabyteLineFinishes()
    {
        var line = string.Concat(Enumerable.Repeat("Governor Anna Berg met Mayor Jan Kowalski in Riverton and ", 1_000_000 / 60));
        var clock = Stopwatch.StartNew();
        ArticleExtractor.Extract(line);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60));
    }
}
