using Amity.Agreements;
using Amity.Data;
using Amity.Home;
using Amity.Invitations;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Home;

/// <summary>
/// The home page at national scale: each list shows its first few, in its order, and says how many there are in all; the
/// overdue and stalled rules it runs in SQL agree with the rules the agreement pages apply in memory.
/// </summary>
public class DashboardScaleTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task EachListShowsItsFirstTenInOrderAndHowManyThereAreInAll(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider, demo: true);
        var today = AmityServer.DefaultToday;
        await using (var db = server.OpenDb())
        {
            var partner = await db.Organizations.Where(o => !o.IsHome).Select(o => o.Id).FirstAsync(TestContext.Current.CancellationToken);
            for (var i = 0; i < 15; i++)
            {
                db.Invitations.Add(new Invitation { Subject = $"Scale invitation {i:00}", FromOrganizationId = partner, Answer = InvitationAnswer.Pending,
                    RespondBy = today.AddDays(1 + i).ToString("yyyy-MM-dd") });
                db.Relationships.Add(new Relationship { Kind = RelationshipKind.Friendship, Status = RelationshipStatus.Active, Since = $"19{50 + i}",
                    Parties = [new RelationshipParty { OrganizationId = partner }] });
            }
            db.Agreements.Add(new Agreement
            {
                Title = "Scale agreement", SignedOn = "2020-01-15", Status = AgreementStatus.InForce,
                Commitments = [.. Enumerable.Range(0, 15).Select(i => new Commitment { Text = $"Scale overdue {i:00}", Status = CommitmentStatus.Planned, Due = $"20{10 + i}-06" })],
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var html = await server.Client.GetStringAsync("/", TestContext.Current.CancellationToken);
        var invitations = Html.Section(html, "invitations");
        Assert.Equal(Dashboard.Shown, Items(invitations));
        var pending = await CountAsync(server, db => db.Invitations.CountAsync(i => i.Answer == InvitationAnswer.Pending));
        Assert.Contains($"All {pending:N0} awaiting an answer", Html.Text(invitations));
        Assert.Contains("href=\"/invitations?kind=pending\"", invitations);
        // The soonest to answer first: the last of the fifteen is beyond the first ten.
        Assert.DoesNotContain("Scale invitation 14", invitations);

        var partners = Html.Section(html, "partners");
        Assert.Equal(Dashboard.Shown, Items(partners));
        var relationships = await CountAsync(server, db => db.Relationships.CountAsync());
        Assert.Contains($"All {relationships:N0} relationships", Html.Text(partners));
        Assert.Contains("since 1950", Html.Text(partners));

        var commitments = Html.Section(html, "commitments");
        var (overdue, stalled) = await HealthInMemoryAsync(server, today);
        Assert.Equal(Dashboard.Shown + Math.Min(Dashboard.Shown, stalled), Items(commitments));
        // The longest overdue first: due in 2010, not the most recent.
        var text = Html.Text(commitments);
        Assert.Contains("Scale overdue 00", text);
        Assert.DoesNotContain("Scale overdue 14", text);
        Assert.Contains($"{overdue:N0} overdue and {stalled:N0} stalled in all.", text);

        var anniversaries = Html.Section(html, "anniversaries");
        Assert.Equal(Dashboard.Shown, Items(anniversaries));
        Assert.Contains("in the next twelve months in all.", Html.Text(anniversaries));
    }

    /// <summary>
    /// Signing dates of every precision around the six-month cutoff, for days whose cutoff falls mid-month, on the first of a
    /// month and on the first of a year: the SQL rules pick out exactly the commitments the in-memory rules call overdue and stalled.
    /// </summary>
    [Theory, ClassData(typeof(Providers))]
    public async Task TheSqlRulesForOverdueAndStalledAgreeWithTheRulesInMemory(DatabaseProvider provider)
    {
        await using var server = await AmityServer.StartAsync(provider);
        string?[] dates = ["2023", "2024", "2025", "2024-01", "2024-05", "2024-06", "2024-07", "2024-12", "2025-01", "2024-05-31", "2024-06-01", "2024-06-15",
            "2024-07-01", "2024-07-02", "2024-12-31", "2025-01-01", "2025-01-02", "2025-06-30", "2025-07-01", "2025-07-02", null];
        await using (var db = server.OpenDb())
        {
            foreach (var signed in dates)
                db.Agreements.Add(new Agreement
                {
                    Title = $"Signed {signed ?? "unknown"}", SignedOn = signed,
                    Commitments =
                    [
                        .. dates.SelectMany(due => Enum.GetValues<CommitmentStatus>().Select(status => new Commitment { Text = $"due {due}", Due = due, Status = status })),
                        .. dates.OfType<string>().Select(note => new Commitment { Text = "noted", Status = CommitmentStatus.InProgress,
                            Notes = [new ProgressNote { Date = PartialDate.Parse(note).First, Text = "progress" }] }),
                    ],
                });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        foreach (var today in new DateOnly[] { new(2024, 12, 15), new(2024, 12, 1), new(2025, 7, 1), new(2025, 1, 1), new(2025, 7, 2), new(2025, 1, 31) })
        {
            await using var db = server.OpenDb();
            var all = await CommitmentSummary.QueryAsync(db, c => true, today, TestContext.Current.CancellationToken);
            var overdue = await db.Set<Commitment>().Where(CommitmentHealth.Overdue(today)).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
            var stalled = await db.Set<Commitment>().Where(CommitmentHealth.Stalled(today)).Select(c => c.Id).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(all.Where(c => c.Overdue).Select(c => c.Id).Order(), overdue.Order());
            Assert.Equal(all.Where(c => c.Stalled).Select(c => c.Id).Order(), stalled.Order());
            Assert.NotEmpty(overdue);
            Assert.NotEmpty(stalled);
        }
    }

    private static int Items(string section) => section.Split("<li>").Length - 1;

    private static async Task<int> CountAsync(AmityServer server, Func<AmityDb, Task<int>> count)
    {
        await using var db = server.OpenDb();
        return await count(db);
    }

    private static async Task<(int Overdue, int Stalled)> HealthInMemoryAsync(AmityServer server, DateOnly today)
    {
        await using var db = server.OpenDb();
        var all = await CommitmentSummary.QueryAsync(db, c => true, today, TestContext.Current.CancellationToken);
        return (all.Count(c => c.Overdue), all.Count(c => c.Stalled && !c.Overdue));
    }
}
