using System.Globalization;

namespace Amity.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year)]
    [InlineData("2024-06", DatePrecision.Month)]
    [InlineData("2024-06-15", DatePrecision.Day)]
    public void ParsingKeepsThePrecisionGiven(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("2024-6")]
    [InlineData("2024-13")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("June 2024")]
    [InlineData("2024-06-15T10:00")]
    [InlineData("0000")]
    [InlineData("２０２４")]
    public void TextThatIsNotAPartialDateIsRefused(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void ALeapDayIsAcceptedInALeapYear() => Assert.Equal(29, PartialDate.Parse("2024-02-29").Day);

    [Fact]
    public void AMonthSpansItsFirstToItsLastDayWithoutInventingOne()
    {
        var february = PartialDate.Parse("2024-02");
        Assert.Equal(new DateOnly(2024, 2, 1), february.First);
        Assert.Equal(new DateOnly(2024, 2, 29), february.Last);
        Assert.Null(february.Day);
        Assert.Equal(new DateOnly(2023, 12, 31), PartialDate.Parse("2023").Last);
    }

    [Fact]
    public void DatesSortByTheirFirstDayWithTheCoarserFirstOnATie()
    {
        var dates = new[] { "2024-01-01", "2023-12", "2024", "2024-01", "2023", "2024-02-01", "2023-12-31" }.Select(PartialDate.Parse).ToList();
        var sorted = dates.Order().Select(d => d.ToString()).ToList();
        Assert.Equal(["2023", "2023-12", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-02-01"], sorted);
    }

    [Fact]
    public void StoredTextSortsInTheSameOrderAsTheDates()
    {
        // The database orders the canonical text; that order must be the dates' own.
        var random = new Random(7);
        var dates = Enumerable.Range(0, 500).Select(_ =>
        {
            var year = random.Next(1990, 2031);
            return random.Next(3) switch
            {
                0 => new PartialDate(year),
                1 => new PartialDate(year, random.Next(1, 13)),
                _ => PartialDate.Of(new DateOnly(year, 1, 1).AddDays(random.Next(365))),
            };
        }).ToList();
        var byText = dates.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        var byDate = dates.Order().Select(d => d.ToString()).ToList();
        Assert.Equal(byDate, byText);
    }

    [Theory]
    [InlineData("2024-06", "June 2024")]
    [InlineData("2024-06-05", "5 June 2024")]
    [InlineData("1993", "1993")]
    public void ItPrintsAsAReaderExpects(string text, string shown) =>
        Assert.Equal(shown, PartialDate.Parse(text).ToDisplay(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2024", "2024-03-15", "2024-03-20", true)]
    [InlineData("2024-03", "2024-03-15", "2024-03-20", true)]
    [InlineData("2024-02", "2024-03-15", "2024-03-20", false)]
    [InlineData("2024-03-21", "2024-03-15", "2024-03-20", false)]
    [InlineData("2023", "2024-01-01", "2024-12-31", false)]
    public void ADateOverlapsARangeWhenItsSpanReachesIntoIt(string text, string from, string to, bool overlaps) =>
        Assert.Equal(overlaps, PartialDate.Parse(text).Overlaps(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void AnImpossibleDateCannotBeConstructed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2024, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2023, 2, 29));
        Assert.Throws<ArgumentException>(() => new PartialDate(2024, null, 3));
    }
}
