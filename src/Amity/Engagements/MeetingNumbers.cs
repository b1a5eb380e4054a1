using Amity.Data;

namespace Amity.Engagements;

/// <summary>
/// The nth meeting of two people, derived from the engagements both took part in, never typed: engagements are
/// counted in date order (a partial date by its first day, the coarser date first), then in the order recorded.
/// </summary>
public sealed class MeetingNumbers
{
    public sealed record Meeting(int EngagementId, string Date, IReadOnlyCollection<int> PersonIds);

    private readonly Dictionary<(int Engagement, int A, int B), int> _numbers = [];
    private readonly Dictionary<(int A, int B), int> _totals = [];

    private MeetingNumbers() { }

    public static MeetingNumbers Count(IEnumerable<Meeting> meetings)
    {
        var numbers = new MeetingNumbers();
        var ordered = meetings
            .Select(m => (Meeting: m, Date: PartialDate.TryParse(m.Date, out var d) ? d : new PartialDate(9999)))
            .OrderBy(m => m.Date).ThenBy(m => m.Meeting.EngagementId);
        foreach (var (meeting, _) in ordered)
        {
            var people = meeting.PersonIds.Distinct().Order().ToList();
            for (var i = 0; i < people.Count; i++)
                for (var j = i + 1; j < people.Count; j++)
                {
                    var pair = (people[i], people[j]);
                    var n = numbers._totals.GetValueOrDefault(pair) + 1;
                    numbers._totals[pair] = n;
                    numbers._numbers[(meeting.EngagementId, people[i], people[j])] = n;
                }
        }
        return numbers;
    }

    /// <summary>Numbers already counted elsewhere (in SQL, see <see cref="MeetingNumbersQuery"/>) for the pairs of some engagements.</summary>
    public static MeetingNumbers Of(IEnumerable<(int EngagementId, int A, int B, int Number)> numbered)
    {
        var numbers = new MeetingNumbers();
        foreach (var (engagement, a, b, n) in numbered) numbers._numbers[(engagement, Math.Min(a, b), Math.Max(a, b))] = n;
        return numbers;
    }

    /// <summary>Which meeting of the two people this engagement was (1 for their first); null if both were not there.</summary>
    public int? Of(int engagementId, int person, int other) =>
        _numbers.TryGetValue((engagementId, Math.Min(person, other), Math.Max(person, other)), out var n) ? n : null;

    /// <summary>How many times the two have met, on record (when counted from all their meetings).</summary>
    public int Total(int person, int other) => _totals.GetValueOrDefault((Math.Min(person, other), Math.Max(person, other)));
}
