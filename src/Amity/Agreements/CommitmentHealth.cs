using System.Linq.Expressions;
using Amity.Data;

namespace Amity.Agreements;

/// <summary>
/// How a commitment is doing, derived from its status, due date and progress notes, never typed:
/// overdue when past due and not done; stalled when open with no progress note in six months.
/// </summary>
public static class CommitmentHealth
{
    public const int StalledAfterMonths = 6;

    public static bool IsOpen(CommitmentStatus status) => status is not (CommitmentStatus.Done or CommitmentStatus.Dropped);

    /// <summary>Past the last day its due date may mean, and not done or dropped.</summary>
    public static bool IsOverdue(CommitmentStatus status, string? due, DateOnly today) =>
        IsOpen(status) && PartialDate.TryParse(due, out var d) && d.Last < today;

    /// <summary>
    /// Open and silent for six months: the last progress note, or with none the day the agreement was signed (its first possible day),
    /// is older than that. Marked stalled by hand counts too. Unknown start and no notes: cannot tell, so not stalled.
    /// </summary>
    public static bool IsStalled(CommitmentStatus status, DateOnly? lastNote, string? signedOn, DateOnly today)
    {
        if (!IsOpen(status)) return false;
        if (status == CommitmentStatus.Stalled) return true;
        DateOnly? since = lastNote ?? (PartialDate.TryParse(signedOn, out var s) ? s.First : null);
        return since is { } d && d < today.AddMonths(-StalledAfterMonths);
    }

    /// <summary>
    /// <see cref="IsOverdue"/> in SQL. Partial dates are stored as canonical text, so "its last day is before today" is a text
    /// comparison that leaves out the year and the month which contain today.
    /// </summary>
    public static Expression<Func<Commitment, bool>> Overdue(DateOnly today)
    {
        var (day, year, month) = PartialDate.LowerBound(today);
        return c => c.Status != CommitmentStatus.Done && c.Status != CommitmentStatus.Dropped
            && c.Due != null && c.Due.CompareTo(day) < 0 && c.Due != year && c.Due != month;
    }

    /// <summary>
    /// No due date, or one whose last day is not yet past: for an open commitment, not <see cref="Overdue"/>. The home page lists
    /// a commitment that is both overdue and stalled once, as overdue.
    /// </summary>
    public static Expression<Func<Commitment, bool>> NotPastDue(DateOnly today)
    {
        var (day, year, month) = PartialDate.LowerBound(today);
        return c => c.Due == null || c.Due.CompareTo(day) >= 0 || c.Due == year || c.Due == month;
    }

    /// <summary>
    /// <see cref="IsStalled"/> in SQL. A signing date's first day is before the cutoff when its text sorts before the cutoff's,
    /// except the month or year that begins on the cutoff itself.
    /// </summary>
    public static Expression<Func<Commitment, bool>> Stalled(DateOnly today)
    {
        var cutoff = today.AddMonths(-StalledAfterMonths);
        var (day, year, month) = PartialDate.LowerBound(cutoff);
        var startsOnCutoff = cutoff.DayOfYear == 1 ? year : cutoff.Day == 1 ? month : null;
        var alsoMonth = cutoff.DayOfYear == 1 ? month : null;
        return c => c.Status != CommitmentStatus.Done && c.Status != CommitmentStatus.Dropped
            && (c.Status == CommitmentStatus.Stalled
                || (c.Notes.Any()
                    ? c.Notes.Max(n => n.Date) < cutoff
                    : c.Agreement!.SignedOn != null && c.Agreement.SignedOn.CompareTo(day) < 0
                        && c.Agreement.SignedOn != startsOnCutoff && c.Agreement.SignedOn != alsoMonth));
    }

    public sealed record Progress(int Done, int InProgress, int Open, int Dropped)
    {
        /// <summary>The commitments that still count: dropped ones are neither kept nor owed.</summary>
        public int Total => Done + InProgress + Open;
        public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Done / Total);
        public int InProgressPercent => Total == 0 ? 0 : (int)Math.Round(100.0 * InProgress / Total);
    }

    public static Progress Of(IEnumerable<CommitmentStatus> statuses)
    {
        int done = 0, progress = 0, open = 0, dropped = 0;
        foreach (var s in statuses)
        {
            switch (s)
            {
                case CommitmentStatus.Done: done++; break;
                case CommitmentStatus.InProgress: progress++; break;
                case CommitmentStatus.Dropped: dropped++; break;
                default: open++; break;
            }
        }
        return new Progress(done, progress, open, dropped);
    }
}
