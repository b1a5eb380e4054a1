using Amity.Partners;

namespace Amity.Tests.Partners;

public class AnniversariesTests
{
    [Fact]
    public void ARelationshipBegunIn1993IsThirtyOneYearsOldInNovember2024AndItsNextRoundAnniversaryIsThe35thIn2028()
    {
        var today = new DateOnly(2024, 11, 1);
        Assert.Equal(31, Anniversaries.Age("1993", today));
        var round = Anniversaries.Next("1993", today, round: true)!;
        Assert.Equal(35, round.Years);
        Assert.Equal("2028", round.On.ToString());
        Assert.True(round.IsRound);
    }

    [Fact]
    public void AnAnniversaryKeepsThePrecisionOfTheStartAndALeapDayFallsOnTheLastOfFebruary()
    {
        Assert.Equal("2024-06", Anniversaries.Of(Data.PartialDate.Parse("1994-06"), 30).ToString());
        Assert.Equal("2025-02-28", Anniversaries.Of(Data.PartialDate.Parse("2024-02-29"), 1).ToString());
        Assert.Equal(29, Anniversaries.Age("1994-06-15", new DateOnly(2024, 6, 14)));
        Assert.Equal(30, Anniversaries.Age("1994-06-15", new DateOnly(2024, 6, 15)));
        Assert.Null(Anniversaries.Age(null, new DateOnly(2024, 1, 1)));
        Assert.Null(Anniversaries.Age("2030", new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void TheComingTwelveMonthsHoldTheAnniversariesWhoseDaysReachIntoThem()
    {
        var today = new DateOnly(2024, 11, 1);
        Assert.Equal([30], Anniversaries.Within12Months("1994-12-05", today).Select(a => a.Years));
        Assert.Equal([31, 32], Anniversaries.Within12Months("1993", today).Select(a => a.Years));
        Assert.Equal([31], Anniversaries.Within12Months("1994-10-31", today).Select(a => a.Years));
    }

    [Fact]
    public void TheComingTwelveMonthsHoldEveryAnniversaryThatOverlapsThemForStartsOfEveryPrecision()
    {
        // Against the definition itself, every anniversary from the first: the method starts its search near today instead.
        string[] starts = ["1950", "1994-02", "1994-12", "2000-02-29", "2023-01-01", "2023-12-31", "2024", "2024-11", "2024-11-01", "2025"];
        DateOnly[] days = [new(2024, 1, 1), new(2024, 2, 29), new(2024, 11, 1), new(2024, 12, 31), new(2025, 3, 1)];
        foreach (var since in starts)
        foreach (var today in days)
        {
            var start = Data.PartialDate.Parse(since);
            var end = today.AddYears(1).AddDays(-1);
            var expected = Enumerable.Range(1, 200).Select(years => new Anniversaries.Anniversary(years, Anniversaries.Of(start, years)))
                .Where(a => a.On.Overlaps(today, end)).ToList();
            Assert.Equal(expected, Anniversaries.Within12Months(since, today));
        }
    }
}
