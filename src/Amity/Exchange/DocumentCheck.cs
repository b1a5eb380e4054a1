using System.Collections;
using Amity.Agreements;
using Amity.Api;
using Amity.Engagements;
using Amity.Events;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;

namespace Amity.Exchange;

/// <summary>
/// Checks a document batch by batch as it is read, in the order of its sections: each record's own rules, unique ids, and every
/// reference, which in that order points only to records already seen (organizations, which may refer to each other, are
/// checked as one batch). Every problem is named by section, position, id and field.
/// </summary>
internal sealed class DocumentCheck
{
    private readonly Dictionary<string, HashSet<int>> _ids = DocumentReader.Sections.ToDictionary(s => s, _ => new HashSet<int>());
    private readonly NestedIds _positions = new("people[].positions");
    private readonly NestedIds _commitments = new("agreements[].commitments");
    private readonly NestedIds _notes = new("agreements[].commitments[].notes");
    private List<object?>? _organizations;
    private List<ReadOnlyMemory<byte>>? _organizationsJson;

    public Errors Errors { get; } = new();

    /// <summary>
    /// Passes parts on to <paramref name="next"/>, except the organizations, which are held until their section ends and then passed
    /// on as one part: their parents may come after them, and they are written parents first.
    /// </summary>
    public Action<DocumentPart> Organizations(Action<DocumentPart> next) => part =>
    {
        if (part.Section == "organizations")
        {
            (_organizations ??= []).AddRange(part.Records.Cast<object?>());
            if (part.Json is not null) (_organizationsJson ??= []).AddRange(part.Json);
            return;
        }
        Release(next);
        next(part);
    };

    /// <summary>After the last part: the organizations, if they were the last section, and the checks across whole sections.</summary>
    public void Finish(Action<DocumentPart> next)
    {
        Release(next);
        _positions.Finish(Errors);
        _commitments.Finish(Errors);
        _notes.Finish(Errors);
    }

    private void Release(Action<DocumentPart> next)
    {
        if (_organizations is null) return;
        var whole = _organizations.Cast<OrganizationRecord?>().ToList();
        var json = _organizationsJson;
        _organizations = null;
        _organizationsJson = null;
        next(new DocumentPart("organizations", 0, whole, json));
    }

    public void Check(DocumentPart part)
    {
        switch (part.Section)
        {
            case "organizations": Check(part, (OrganizationRecord o) => o.Id, CheckOrganization, OrganizationsTogether); break;
            case "relationships": Check(part, (RelationshipRecord r) => r.Id, (r, at) => Refs(at, "parties", r.Parties, static id => id, "organizations", "organization")); break;
            case "people": Check(part, (PersonRecord p) => p.Id, CheckPerson); break;
            case "engagements": Check(part, (EngagementRecord e) => e.Id, CheckEngagement); break;
            case "events": Check(part, (EventRecord e) => e.Id, CheckEvent); break;
            case "agreements": Check(part, (AgreementRecord a) => a.Id, CheckAgreement); break;
            case "invitations": Check(part, (InvitationRecord i) => i.Id, CheckInvitation); break;
            default: Check(part, (ArticleRecord a) => a.Id, CheckArticle); break;
        }
    }

    /// <summary>
    /// Where a record is, "people[12] (id 13).", made into text only for a problem: the check runs over millions of records,
    /// and a string for each made a fifth of what an import allocated.
    /// </summary>
    private readonly record struct At(string Section, int Position, int? Id)
    {
        public override string ToString() => $"{Section}[{Position}] (id {Id}).";

        public string Field(string field) => ToString() + field;

        /// <summary>"field[index]rest", as in "participants[2].organizationId".</summary>
        public string Field(string field, int index, string rest = "") => $"{this}{field}[{index}]{rest}";
    }

    private void Check<T>(DocumentPart part, Func<T, int?> id, Action<T, At> check, Action<List<T>>? together = null) where T : class
    {
        var records = part.Records;
        var seen = _ids[part.Section];
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not T record) continue;
            string Where() => $"{part.Section}[{part.Start + i}].id";
            if (id(record) is not { } value) Errors.Add(Where(), "is required: records in a document refer to each other by id");
            else if (value <= 0) Errors.Add(Where(), "must be a positive whole number");
            else if (!seen.Add(value)) Errors.Add(Where(), $"{value} is used by another record in {part.Section}");
        }
        // Each record's own rules depend on no other record, so they are checked on every core; the errors keep the document's order.
        var own = new Errors?[records.Count];
        Parallel.For(0, records.Count, i => own[i] = records[i] is { } record ? RecordValidator.Validate(record) : null);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is not T record)
            {
                Errors.Add($"{part.Section}[{part.Start + i}]", "is null");
                continue;
            }
            var at = new At(part.Section, part.Start + i, id(record));
            AddRange(own[i]!, at);
            check(record, at);
        }
        together?.Invoke([.. records.OfType<T>()]);
    }

    private void AddRange(Errors errors, At at)
    {
        if (errors.Any) Errors.AddRange(errors, at.ToString());
    }

    private bool Holds(int? id, string section) => id is not { } value || _ids[section].Contains(value);

    private void Ref(At at, string field, int? id, string section, string noun)
    {
        if (!Holds(id, section)) Errors.Add(at.Field(field), Missing(noun, id));
    }

    /// <summary>The reference in <c>field[index]rest</c>.</summary>
    private void Ref(At at, string field, int index, string rest, int? id, string section, string noun)
    {
        if (!Holds(id, section)) Errors.Add(at.Field(field, index, rest), Missing(noun, id));
    }

    private static string Missing(string noun, int? id) => $"refers to {noun} {id}, which the document does not hold";

    private void Refs<T>(At at, string field, IReadOnlyList<T> items, Func<T, int> id, string section, string noun)
    {
        for (var i = 0; i < items.Count; i++) Ref(at, field, i, "", id(items[i]), section, noun);
        // A handful of items each: comparing every pair allocates nothing, where grouping made a dictionary per record.
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            var first = true;
            for (var j = 0; j < i && first; j++) first = id(items[j]) != value;
            var repeated = false;
            for (var j = i + 1; j < items.Count && first && !repeated; j++) repeated = id(items[j]) == value;
            if (first && repeated) Errors.Add(at.Field(field), $"lists {noun} {value} more than once");
        }
    }

    private void CheckOrganization(OrganizationRecord o, At at) => Ref(at, "parentId", o.ParentId, "organizations", "organization");

    private void OrganizationsTogether(List<OrganizationRecord> organizations)
    {
        if (organizations.Count(o => o.IsHome) > 1)
            Errors.Add("organizations", $"more than one is marked home ({string.Join(", ", organizations.Where(o => o.IsHome).Select(o => o.Id))})");
        var byId = organizations.Where(o => o.Id is not null).GroupBy(o => o.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        foreach (var organization in byId.Values)
        {
            var seen = new HashSet<int>();
            for (OrganizationRecord? current = organization; current?.ParentId is { } parent; current = byId.GetValueOrDefault(parent))
            {
                if (!seen.Add(current.Id!.Value))
                {
                    Errors.Add($"organizations (id {organization.Id}).parentId", "leads round in a loop of parents");
                    break;
                }
            }
        }
    }

    private void CheckPerson(PersonRecord p, At at)
    {
        var positions = p.Positions ?? [];
        for (var i = 0; i < positions.Count; i++) Ref(at, "positions", i, ".organizationId", positions[i].OrganizationId, "organizations", "organization");
        if (positions.Count > 1)
            foreach (var duplicate in positions.Select(x => x.Id).OfType<int>().GroupBy(x => x).Where(g => g.Count() > 1))
                Errors.Add(at.Field("positions"), $"id {duplicate.Key} is used more than once");
        foreach (var position in positions) _positions.Add(position.Id, Errors);
    }

    private void CheckEngagement(EngagementRecord e, At at)
    {
        AddRange(EngagementsApi.CheckShape(e), at);
        Ref(at, "hostOrganizationId", e.HostOrganizationId, "organizations", "organization");
        Refs(at, "participants", e.Participants, static p => p.PersonId, "people", "person");
        for (var i = 0; i < e.Participants.Count; i++) Ref(at, "participants", i, ".organizationId", e.Participants[i].OrganizationId, "organizations", "organization");
    }

    private void CheckEvent(EventRecord e, At at)
    {
        AddRange(EventsApi.CheckShape(e), at);
        Refs(at, "organizations", e.Organizations, static o => o.OrganizationId, "organizations", "organization");
    }

    private void CheckAgreement(AgreementRecord a, At at)
    {
        Refs(at, "parties", a.Parties, static id => id, "organizations", "organization");
        Refs(at, "signatories", a.Signatories, static s => s.PersonId, "people", "person");
        for (var i = 0; i < a.Signatories.Count; i++) Ref(at, "signatories", i, ".organizationId", a.Signatories[i].OrganizationId, "organizations", "organization");
        Ref(at, "engagementId", a.EngagementId, "engagements", "engagement");
        var commitments = a.Commitments ?? [];
        for (var i = 0; i < commitments.Count; i++)
        {
            Ref(at, "commitments", i, ".ownerOrganizationId", commitments[i].OwnerOrganizationId, "organizations", "organization");
            _commitments.Add(commitments[i].Id, Errors);
            foreach (var note in commitments[i].Notes) _notes.Add(note.Id, Errors);
        }
    }

    private void CheckInvitation(InvitationRecord inv, At at)
    {
        AddRange(InvitationsApi.CheckShape(inv), at);
        Ref(at, "fromPersonId", inv.FromPersonId, "people", "person");
        Ref(at, "fromOrganizationId", inv.FromOrganizationId, "organizations", "organization");
        Ref(at, "toPersonId", inv.ToPersonId, "people", "person");
        Ref(at, "toOrganizationId", inv.ToOrganizationId, "organizations", "organization");
        Ref(at, "eventId", inv.EventId, "events", "event");
        Ref(at, "engagementId", inv.EngagementId, "engagements", "engagement");
    }

    private void CheckArticle(ArticleRecord a, At at)
    {
        for (var i = 0; i < a.Links.Count; i++)
        {
            var link = a.Links[i];
            var section = link.Type switch
            {
                LinkedRecord.Organization => "organizations", LinkedRecord.Relationship => "relationships", LinkedRecord.Person => "people",
                LinkedRecord.Engagement => "engagements", LinkedRecord.Agreement => "agreements", LinkedRecord.Invitation => "invitations", _ => "events",
            };
            Ref(at, "links", i, ".id", link.Id, section, EnumText.Of(link.Type));
        }
    }

    /// <summary>Ids of records nested across a whole section (every person's positions): each used once, and given to all or none.</summary>
    private sealed class NestedIds(string at)
    {
        private readonly HashSet<int> _seen = [];
        private readonly HashSet<int> _reported = [];
        private bool _with;
        private bool _without;

        public void Add(int? id, Errors errors)
        {
            if (id is not { } value)
            {
                _without = true;
                return;
            }
            _with = true;
            if (!_seen.Add(value) && _reported.Add(value)) errors.Add(at, $"id {value} is used more than once");
        }

        public void Finish(Errors errors)
        {
            if (_with && _without) errors.Add(at, "either every one has an id or none has");
        }
    }
}
