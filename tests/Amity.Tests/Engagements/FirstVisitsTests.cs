using Amity.Engagements;

namespace Amity.Tests.Engagements;

public class FirstVisitsTests
{
    private const int Gyeonggi = 1, Liaoning = 2;

    private static FirstVisits.Visit Visit(int id, string date, int host, params FirstVisits.Visitor[] people) => new(id, date, host, people);
    private static FirstVisits.Visitor Guest(int person, string title, int organization) => new(person, title, organization, ParticipantRole.Guest);

    [Fact]
    public void AVisitYearsAfterTheLastByTheSameTitleFromTheSameOrganizationIsTheFirstInThatManyYears()
    {
        var earlier = Visit(1, "2012-09", Gyeonggi, Guest(7, "Party Secretary", Liaoning));
        var now = Visit(2, "2024-04-24", Gyeonggi, new FirstVisits.Visitor(1, "Governor", Gyeonggi, ParticipantRole.Host), Guest(8, "party secretary", Liaoning));
        var finding = Assert.Single(FirstVisits.Find(now, [earlier, now]));
        Assert.Equal(11, finding.Years);
        Assert.Equal(8, finding.PersonId);
        Assert.Equal(1, finding.PreviousEngagementId);
    }

    [Fact]
    public void NothingIsClaimedWithoutAnEarlierVisitOnRecordOrWhenTheLastWasRecent()
    {
        var now = Visit(2, "2024-04-24", Gyeonggi, Guest(8, "Party Secretary", Liaoning));
        Assert.Empty(FirstVisits.Find(now, [now]));
        var lastYear = Visit(1, "2023-06", Gyeonggi, Guest(7, "Party Secretary", Liaoning));
        Assert.Empty(FirstVisits.Find(now, [lastYear, now]));
        var elsewhere = Visit(3, "2010", Liaoning, Guest(9, "Party Secretary", Gyeonggi));
        Assert.Empty(FirstVisits.Find(now, [elsewhere, now]));
    }
}
