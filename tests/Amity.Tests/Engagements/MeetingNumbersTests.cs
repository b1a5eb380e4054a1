using Amity.Engagements;

namespace Amity.Tests.Engagements;

public class MeetingNumbersTests
{
    private static MeetingNumbers.Meeting Meeting(int id, string date, params int[] people) => new(id, date, people);

    [Fact]
    public void MeetingsOfAPairAreNumberedInDateOrderWhateverOrderTheyWereRecordedIn()
    {
        var numbers = MeetingNumbers.Count([Meeting(3, "2024-04-24", 1, 2), Meeting(1, "2023-10", 2, 1), Meeting(2, "2024-01", 1, 3)]);
        Assert.Equal(1, numbers.Of(1, 1, 2));
        Assert.Equal(2, numbers.Of(3, 2, 1));
        Assert.Equal(1, numbers.Of(2, 1, 3));
        Assert.Equal(2, numbers.Total(1, 2));
    }

    [Fact]
    public void APartialDateCountsFromItsFirstDayAndComesBeforeADayInTheSameMonth()
    {
        var numbers = MeetingNumbers.Count([Meeting(10, "2024-04-01", 1, 2), Meeting(11, "2024-04", 1, 2), Meeting(12, "2024", 1, 2)]);
        Assert.Equal(1, numbers.Of(12, 1, 2));
        Assert.Equal(2, numbers.Of(11, 1, 2));
        Assert.Equal(3, numbers.Of(10, 1, 2));
    }

    [Fact]
    public void MeetingsOnTheSameDayAreNumberedInTheOrderTheyWereRecordedAndEachPairOfAGroupCounts()
    {
        var numbers = MeetingNumbers.Count([Meeting(5, "2024-04-24", 1, 2, 3), Meeting(4, "2024-04-24", 1, 2)]);
        Assert.Equal(1, numbers.Of(4, 1, 2));
        Assert.Equal(2, numbers.Of(5, 1, 2));
        Assert.Equal(1, numbers.Of(5, 2, 3));
        Assert.Null(numbers.Of(4, 1, 3));
    }
}
