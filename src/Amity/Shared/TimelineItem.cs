using Amity.Data;

namespace Amity.Shared;

/// <summary>One dated line of a timeline, whatever record it stands for.</summary>
public sealed record TimelineItem(string? Date, string Kind, string Title, string Href, string? Detail = null)
{
    public PartialDate SortDate => PartialDate.TryParse(Date, out var d) ? d : new PartialDate(1);

    public static List<TimelineItem> Newest(IEnumerable<TimelineItem> items) => [.. items.OrderByDescending(i => i.SortDate).ThenBy(i => i.Kind, StringComparer.Ordinal)];
}
