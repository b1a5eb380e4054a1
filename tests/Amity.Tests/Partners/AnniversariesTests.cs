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
}
