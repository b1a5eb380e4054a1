using Amity.Agreements;

namespace Amity.Tests.Agreements;

public class CommitmentHealthTests
{
    private static readonly DateOnly Today = new(2024, 11, 1);

    [Fact]
    public void ACommitmentIsOverdueOnlyOnceTheLastDayItsDueDateMayMeanHasPassedAndOnlyWhileOpen()
    {
        Assert.True(CommitmentHealth.IsOverdue(CommitmentStatus.Planned, "2024-10", Today));
        Assert.False(CommitmentHealth.IsOverdue(CommitmentStatus.Planned, "2024-11", Today));
        Assert.False(CommitmentHealth.IsOverdue(CommitmentStatus.Planned, "2024", Today));
        Assert.False(CommitmentHealth.IsOverdue(CommitmentStatus.Done, "2023", Today));
        Assert.False(CommitmentHealth.IsOverdue(CommitmentStatus.Planned, null, Today));
    }

    [Fact]
    public void ACommitmentStallsAfterSixMonthsWithoutAProgressNoteCountingFromSigningWhenThereIsNone()
    {
        Assert.True(CommitmentHealth.IsStalled(CommitmentStatus.Planned, null, "2024-04-24", Today));
        Assert.False(CommitmentHealth.IsStalled(CommitmentStatus.InProgress, new DateOnly(2024, 9, 1), "2024-04-24", Today));
        Assert.True(CommitmentHealth.IsStalled(CommitmentStatus.InProgress, new DateOnly(2024, 4, 30), "2023", Today));
        Assert.False(CommitmentHealth.IsStalled(CommitmentStatus.Done, null, "2020", Today));
        Assert.False(CommitmentHealth.IsStalled(CommitmentStatus.Planned, null, null, Today));
        Assert.True(CommitmentHealth.IsStalled(CommitmentStatus.Stalled, new DateOnly(2024, 10, 30), null, Today));
    }

    [Fact]
    public void ProgressCountsDoneAgainstEverythingNotDropped()
    {
        var progress = CommitmentHealth.Of([CommitmentStatus.Done, CommitmentStatus.InProgress, CommitmentStatus.Planned, CommitmentStatus.Dropped]);
        Assert.Equal(3, progress.Total);
        Assert.Equal(33, progress.Percent);
        Assert.Equal(0, CommitmentHealth.Of([]).Percent);
    }
}
