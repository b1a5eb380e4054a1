using Amity.Engagements;
using Amity.People;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Engagements;

/// <summary>The meeting numbers counted in SQL for the engagements a page shows agree with counting every meeting in memory.</summary>
public class MeetingNumbersQueryTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task NumbersCountedInSqlForSomeEngagementsAndTheirFirstPairsAgreeWithCountingEveryMeeting(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        var people = Enumerable.Range(1, 6).Select(i => new Person { Name = $"Person {i}" }).ToList();
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        // Forty engagements of three to five of the six people, with dates out of recording order, partial dates and
        // same-day meetings, so that numbers depend on date order, then on the order recorded.
        var random = new Random(7);
        string[] dates = ["2024-05", "2024-05-10", "2023", "2024-05-10", "2022-11-03", "2024", "2021-01-15", "2024-05-01"];
        var engagements = Enumerable.Range(0, 40).Select(i => new Engagement
        {
            Date = dates[random.Next(dates.Length)],
            Participants = [.. people.OrderBy(_ => random.Next()).Take(3 + random.Next(3)).Select((p, j) =>
                new Participant { PersonId = p.Id, Role = j == 0 ? ParticipantRole.Host : ParticipantRole.Guest })],
        }).ToList();
        db.Engagements.AddRange(engagements);
        await db.SaveChangesAsync();

        var expected = MeetingNumbers.Count(engagements.Select(e => new MeetingNumbers.Meeting(e.Id, e.Date, [.. e.Participants.Select(p => p.PersonId)])));
        var shown = await EngagementSummary.QueryAsync(db, e => e.Id % 3 == 0, TestContext.Current.CancellationToken);

        var all = await MeetingNumbersQuery.ForAsync(db, shown.Select(e => e.Id), TestContext.Current.CancellationToken);
        var first = await MeetingNumbersQuery.ForFirstPairsAsync(db, shown, 2, TestContext.Current.CancellationToken);
        var checkedPairs = 0;
        var skipped = 0;
        foreach (var e in shown)
        {
            var pairs = e.Pairs.ToList();
            Assert.Equal(e.Participants.Count * (e.Participants.Count - 1) / 2, pairs.Count);
            foreach (var (a, b, i) in pairs.Select((p, i) => (p.A.PersonId, p.B.PersonId, i)))
            {
                Assert.Equal(expected.Of(e.Id, a, b), all.Of(e.Id, a, b));
                // The first two pairs of each engagement are counted; a later pair is counted only when it is a first pair
                // elsewhere among the shown engagements, and then rightly: never a guess.
                var counted = first.Of(e.Id, b, a);
                if (i < 2) Assert.Equal(expected.Of(e.Id, a, b), counted);
                else if (counted is not null) Assert.Equal(expected.Of(e.Id, a, b), counted);
                else skipped++;
                checkedPairs++;
            }
        }
        Assert.True(checkedPairs >= 30, $"only {checkedPairs} pairs checked");
        Assert.True(skipped > 0, "every pair was counted: the first-pairs query read more than it needed");
        Assert.Contains(shown, e => e.Pairs.Any(p => expected.Of(e.Id, p.A.PersonId, p.B.PersonId) > 3));
    }
}
