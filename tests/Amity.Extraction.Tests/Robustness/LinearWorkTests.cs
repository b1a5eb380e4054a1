namespace Amity.Extraction.Tests.Robustness;

/// <summary>
/// The work of an extraction, counted as the bytes it allocates, must grow in proportion to the text. Unlike time, the
/// count does not depend on the machine, on the build (Debug or Release), on other processes or on how much of the
/// article's tables still fits in the processor's caches, so it can be held to a tight bound: a cost quadratic in the
/// length would multiply the bytes per character by about 16 here, and the bound is 1.5. A loop that compares names
/// without allocating is not seen by this count; <see cref="LinearTimeTests"/> catches that one by time.
/// </summary>
public class LinearWorkTests
{
    private static double BytesPerChar(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        ArticleExtractor.Extract(text);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length;
    }

    [Theory]
    [MemberData(nameof(GrowingInputs.Names), MemberType = typeof(GrowingInputs))]
    public void AllocationPerCharacterDoesNotGrowWithTheText(string input)
    {
        var (make, small, large) = GrowingInputs.All[input];
        var smallText = make(small);
        var largeText = make(large);
        // The first call also pays for the extractor's static tables.
        BytesPerChar(smallText);
        var (a, b) = (BytesPerChar(smallText), BytesPerChar(largeText));
        Assert.True(b <= a * 1.5, $"{input}: {a:0.0} bytes per character at {smallText.Length:N0} characters, {b:0.0} at {largeText.Length:N0}");
    }
}
