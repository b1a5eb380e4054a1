using Amity.Agreements;
using Amity.Data;
using Amity.Engagements;
using Amity.Events;
using Amity.Exchange;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Microsoft.EntityFrameworkCore;
using Amity.People;

namespace Amity.Synth;

/// <summary>How many records a scale makes: at 1, a nation's worth; everything grows linearly with the scale.</summary>
public sealed record SynthSize(int Organizations, int People, int Relationships, int Engagements, int Agreements, int Events, int Invitations, int Articles)
{
    public const int CommitmentsPerAgreement = 5;

    public static SynthSize At(double scale)
    {
        int Of(int perUnit) => Math.Max(1, (int)Math.Round(perUnit * scale));
        return new(Of(10_000), Of(50_000), Of(2_000), Of(200_000), Of(20_000), Of(10_000), Of(10_000), Of(50_000));
    }

    public int Commitments => Agreements * CommitmentsPerAgreement;
}

/// <summary>
/// Writes a realistic synthetic dataset straight into an empty database: regions and their institutions in ten countries,
/// people with posts, ties, decades of meetings, agreements with commitments and progress, events, invitations and news.
/// The same scale and seed always give the same records.
/// </summary>
public sealed class Synthesizer(AmityDb db, SynthSize size, int seed = 1)
{
    private const int Batch = 5_000;
    private const int OrganizationsPerRegion = 10;
    private const int PeoplePerOrganization = 5;
    private readonly Random _random = new(seed);

    public async Task<int> RunAsync(IProgress<(int Done, int Total)> progress, CancellationToken ct)
    {
        var total = size.Organizations + size.People + size.Relationships + size.Engagements + size.Agreements + size.Events + size.Invitations + size.Articles;
        var done = 0;
        void Advance(int n) => progress.Report((done += n, total));
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using var load = await BulkLoad.BeginAsync(db, ct);
        await WriteAsync(Enumerable.Range(1, size.Organizations).Select(Organization), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.People).Select(Person), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Relationships).Select(Relationship), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Engagements).Select(Engagement), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Events).Select(Event), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Agreements).Select(Agreement), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Invitations).Select(Invitation), Advance, ct);
        await WriteAsync(Enumerable.Range(1, size.Articles).Select(Article), Advance, ct);
        await load.CompleteAsync(ct);
        if (db.Provider == DatabaseProvider.Postgres) await ImportDocument.AdvanceIdentitiesAsync(db, ct);
        await transaction.CommitAsync(ct);
        return total;
    }

    private async Task WriteAsync<T>(IEnumerable<T> records, Action<int> advance, CancellationToken ct) where T : class
    {
        var writer = new BulkWriter(db);
        foreach (var chunk in records.Chunk(Batch))
        {
            foreach (var record in chunk) writer.Add(record);
            await writer.FlushAsync(ct);
            advance(chunk.Length);
        }
    }

    // --- what each record is, from its number ---------------------------------------------------------------

    private static NameBank.Culture CultureOf(int organizationId) =>
        NameBank.Cultures[(organizationId - 1) / OrganizationsPerRegion % NameBank.Cultures.Length];

    private static int RegionOf(int organizationId) => (organizationId - 1) / OrganizationsPerRegion * OrganizationsPerRegion + 1;

    private static bool IsRegion(int organizationId) => RegionOf(organizationId) == organizationId;

    private int Regions => Math.Max(1, size.Organizations / OrganizationsPerRegion);

    private int RandomRegion() => Math.Min(size.Organizations, _random.Next(Regions) * OrganizationsPerRegion + 1);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string RegionName(int regionId)
    {
        var culture = CultureOf(regionId);
        var index = (regionId - 1) / OrganizationsPerRegion / NameBank.Cultures.Length;
        // The real region names first, then numbered districts of them: every region name stays unique.
        return index < culture.Regions.Length
            ? $"{culture.Regions[index]} {culture.RegionWord}"
            : $"{culture.Regions[index % culture.Regions.Length]} District {index / culture.Regions.Length + 1}";
    }

    private Organization Organization(int id)
    {
        var culture = CultureOf(id);
        var region = RegionOf(id);
        if (IsRegion(id))
            return new Organization
            {
                Id = id, Version = 1, Name = RegionName(id), Kind = OrganizationKind.Region, Country = culture.Country, IsHome = id == 1,
                Aliases = [RegionName(id).Split(' ')[0]],
            };
        var (title, kind) = NameBank.Bodies[(id - region - 1) % NameBank.Bodies.Length];
        var regionWord = RegionName(region).Split(' ')[0];
        return new Organization
        {
            Id = id, Version = 1, Name = $"{regionWord} {title}", Kind = Enum.Parse<OrganizationKind>(kind, ignoreCase: true),
            ParentId = region, Country = culture.Country,
        };
    }

    private (int OrganizationId, NameBank.Culture Culture) OrganizationOfPerson(int personId)
    {
        var organization = Math.Min(size.Organizations, (personId - 1) / PeoplePerOrganization + 1);
        return (organization, CultureOf(organization));
    }

    private string PersonName(int personId)
    {
        var (_, culture) = OrganizationOfPerson(personId);
        var random = new Random(seed * 7919 + personId);
        var surname = culture.Surnames[random.Next(culture.Surnames.Length)];
        var given = culture.Given[random.Next(culture.Given.Length)];
        return culture.SurnameFirst ? $"{surname} {given}" : $"{given} {surname}";
    }

    private string TitleOf(int personId)
    {
        var (organization, _) = OrganizationOfPerson(personId);
        var rank = (personId - 1) % PeoplePerOrganization;
        return IsRegion(organization) ? NameBank.LeaderTitles[rank % NameBank.LeaderTitles.Length] : NameBank.BodyTitles[(personId + rank) % NameBank.BodyTitles.Length];
    }

    private Person Person(int id)
    {
        var (organization, _) = OrganizationOfPerson(id);
        var person = new Person { Id = id, Version = 1, Name = PersonName(id) };
        var start = 1995 + _random.Next(30);
        // Every third person held an earlier post, so history shows.
        if (id % 3 == 0)
            person.Positions.Add(new Position { Id = size.People + id, Title = "Deputy " + TitleOf(id), OrganizationId = organization, From = $"{start - 4}", To = $"{start - 1}" });
        person.Positions.Add(new Position { Id = id, Title = TitleOf(id), OrganizationId = organization, From = $"{start}-{_random.Next(1, 13):D2}" });
        return person;
    }

    private string Date(int fromYear = 1990, int toYear = 2026)
    {
        var day = new DateOnly(fromYear, 1, 1).AddDays(_random.Next((toYear - fromYear + 1) * 365));
        return _random.Next(10) switch
        {
            0 => $"{day.Year}",
            1 or 2 => $"{day.Year}-{day.Month:D2}",
            _ => day.ToString("yyyy-MM-dd"),
        };
    }

    private Relationship Relationship(int id)
    {
        // Half the ties are the home province's; the rest join two other regions.
        var first = id % 2 == 0 ? 1 : RandomRegion();
        var second = RandomRegion();
        if (second == first) second = first == 1 ? Math.Min(size.Organizations, 11) : 1;
        var parties = new[] { first, second }.Distinct().ToList();
        if (id % 50 == 0 && RandomRegion() is var third && !parties.Contains(third)) parties.Add(third);
        return new Relationship
        {
            Id = id, Version = 1, Kind = id % 7 == 0 ? RelationshipKind.Parliamentary : id % 3 == 0 ? RelationshipKind.Friendship : RelationshipKind.Sister,
            Since = $"{1980 + _random.Next(45)}", Status = RelationshipStatus.Active,
            Parties = [.. parties.Select(o => new RelationshipParty { OrganizationId = o })],
        };
    }

    private int PersonAt(int organizationId) => Math.Min(size.People, (organizationId - 1) * PeoplePerOrganization + 1 + _random.Next(PeoplePerOrganization));

    private Engagement Engagement(int id)
    {
        var home = RandomRegion();
        var partner = RandomRegion();
        var hostSide = _random.Next(2) == 0 ? home : partner;
        var people = new[] { PersonAt(home), PersonAt(partner), PersonAt(home + _random.Next(OrganizationsPerRegion)) }.Take(2 + _random.Next(2)).Distinct().ToList();
        return new Engagement
        {
            Id = id, Version = 1, Kind = (EngagementKind)(_random.Next(10) switch { < 5 => 0, < 8 => 1, 8 => 2, _ => 3 }), Date = Date(),
            Title = $"Meeting on {Pick(NameBank.Topics)}", Place = Pick(NameBank.Places), HostOrganizationId = Math.Min(size.Organizations, hostSide),
            Summary = $"The two sides discussed {Pick(NameBank.Topics)} and {Pick(NameBank.Topics)}.",
            Participants = [.. people.Select(p => new Participant
            {
                PersonId = p, Title = TitleOf(p), OrganizationId = OrganizationOfPerson(p).OrganizationId,
                Role = OrganizationOfPerson(p).OrganizationId == hostSide ? ParticipantRole.Host : ParticipantRole.Guest,
            })],
        };
    }

    private Event Event(int id)
    {
        var organizer = RandomRegion();
        var kind = (EventKind)_random.Next(Enum.GetValues<EventKind>().Length);
        return new Event
        {
            Id = id, Version = 1, Name = $"{RegionName(organizer).Split(' ')[0]} {Pick(NameBank.Topics)} {kind.ToString().ToLowerInvariant()} {2000 + id % 27}",
            Kind = kind, Date = Date(2000, 2027), Place = RegionName(organizer), Status = (EventStatus)_random.Next(4),
            Organizations = [new EventOrganization { OrganizationId = organizer, Role = EventRole.Organizer }],
        };
    }

    private Agreement Agreement(int id)
    {
        var first = RandomRegion() + _random.Next(OrganizationsPerRegion);
        var second = RandomRegion() + _random.Next(OrganizationsPerRegion);
        first = Math.Min(first, size.Organizations);
        second = Math.Min(second, size.Organizations);
        if (second == first) second = first == 1 ? Math.Min(2, size.Organizations) : 1;
        var signed = Date(1995, 2026);
        var topic = Pick(NameBank.Topics);
        var areas = Enum.GetValues<Area>();
        var signatories = new[] { PersonAt(first), PersonAt(second) }.Distinct().ToList();
        var agreement = new Agreement
        {
            Id = id, Version = 1, Title = $"Agreement on cooperation in {topic}", Kind = (AgreementKind)_random.Next(5), SignedOn = signed,
            Status = (AgreementStatus)_random.Next(1, 5), Areas = [.. new[] { Pick(areas), Pick(areas) }.Distinct()],
            Parties = [.. new[] { first, second }.Distinct().Select(o => new AgreementParty { OrganizationId = o })],
            Signatories = [.. signatories.Select(p => new Signatory { PersonId = p, Title = TitleOf(p), OrganizationId = OrganizationOfPerson(p).OrganizationId })],
        };
        var signedYear = int.Parse(signed[..4], System.Globalization.CultureInfo.InvariantCulture);
        for (var c = 0; c < SynthSize.CommitmentsPerAgreement; c++)
        {
            var commitmentId = (id - 1) * SynthSize.CommitmentsPerAgreement + c + 1;
            var commitment = new Commitment
            {
                Id = commitmentId, Version = 1, Text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(NameBank.Commitments), Pick(NameBank.Topics)),
                OwnerOrganizationId = c % 2 == 0 ? first : second, Due = $"{signedYear + 1 + _random.Next(3)}", Status = (CommitmentStatus)_random.Next(5),
            };
            for (var n = 0; n < _random.Next(3); n++)
                commitment.Notes.Add(new ProgressNote { Id = commitmentId * 2 - 1 + n, Date = new DateOnly(Math.Min(signedYear + 1 + n, 2026), 1 + _random.Next(12), 1 + _random.Next(28)), Text = "Working group met; next steps agreed." });
            agreement.Commitments.Add(commitment);
        }
        return agreement;
    }

    private Invitation Invitation(int id)
    {
        var from = PersonAt(RandomRegion());
        var to = PersonAt(1 + _random.Next(Math.Min(size.Organizations, OrganizationsPerRegion)));
        return new Invitation
        {
            Id = id, Version = 1, FromPersonId = from, FromOrganizationId = OrganizationOfPerson(from).OrganizationId, ToPersonId = to,
            ToOrganizationId = OrganizationOfPerson(to).OrganizationId, EventId = 1 + _random.Next(size.Events), GivenOn = Date(2000, 2026),
            Answer = (InvitationAnswer)_random.Next(4), Fulfilled = _random.Next(3) == 0,
        };
    }

    private Article Article(int id)
    {
        var engagement = 1 + _random.Next(size.Engagements);
        var agreement = 1 + _random.Next(size.Agreements);
        var region = RandomRegion();
        var topic = Pick(NameBank.Topics);
        var title = $"{RegionName(region)} and partners deepen cooperation in {topic}";
        var body = string.Join(" ", Enumerable.Range(0, 6).Select(_ =>
            $"Officials of {RegionName(RandomRegion())} met their counterparts to discuss {Pick(NameBank.Topics)} and {Pick(NameBank.Topics)}. " +
            $"{PersonName(PersonAt(region))} said the exchange on {topic} would continue next year."));
        return new Article
        {
            Id = id, Version = 1, Title = title, Body = body, PublishedOn = new DateOnly(2005, 1, 1).AddDays(_random.Next(22 * 365)),
            Source = "synthetic", ViewCount = _random.Next(5_000),
            Links = [new ArticleLink { OrganizationId = region }, new ArticleLink { EngagementId = engagement }, new ArticleLink { AgreementId = agreement }],
        };
    }
}
