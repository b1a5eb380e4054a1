namespace Amity.Extraction.Reading;

internal sealed partial class ArticleReader
{
    private Evidence EvidenceOf(int sentence) =>
        sentence >= 0 && sentence < _sentences.Count ? new Evidence(_sentences[sentence].Start, _sentences[sentence].End) : new Evidence(0, 0);

    private static List<string> NamesOf(IEnumerable<PersonEntity> people) => people.Select(p => p.Canon.Name).Distinct().ToList();

    private static List<string> NamesOf(IEnumerable<OrgEntity> orgs) => orgs.Select(o => o.Canon.Name).Distinct().ToList();

    /// <summary>
    /// A place named in one word, once in the whole text, that no person, tie, meeting, document, invitation or event refers
    /// to, nor any document's party ("a dinner in the old quarter of Velno", "dishes from Arlen"), is a place in passing: readers list it only as an
    /// optional record, and the word read as a place is as often something else (a people, a language, a nickname, a
    /// festival, a given name). Measured on the development sets (260 articles): such records were 107 optional, 10 false
    /// and 1 required; a name of two words or more, or named twice, is kept.
    /// </summary>
    private List<ExtractedOrganization> WithoutPlacesInPassing(List<ExtractedOrganization> organizations, List<ExtractedPerson> people,
        List<ExtractedRelationship> relationships, List<ExtractedEngagement> engagements, List<ExtractedAgreement> agreements,
        List<ExtractedInvitation> invitations, List<ExtractedEvent> events)
    {
        // Only a place read after a preposition and registered once: a place the extractor derives from an office's seat, a
        // government's name or a larger region's "of" is listed beside what it came from, however seldom it is named.
        var inPassing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in _orgs) if (org.MergedInto is null && org.ReadAfterPreposition && org.Mentions <= 1) inPassing.Add(org.Name);
        HashSet<string>? referred = null;
        var kept = new List<ExtractedOrganization>(organizations.Count);
        foreach (var o in organizations)
        {
            if (o.Kind != "region" || o.Name.Contains(' ') || o.Aliases is { Count: > 0 } || !inPassing.Contains(o.Name) || WholeWordCount(o.Name, 2) > 1) { kept.Add(o); continue; }
            if (referred is null)
            {
                referred = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in people) if (p.Organization is { } org) referred.Add(org);
                foreach (var r in relationships) referred.UnionWith(r.Parties);
                foreach (var e in engagements) { referred.UnionWith(e.Participants); if (e.Host is { } h) referred.Add(h); if (e.Location is { } l) referred.Add(l); }
                foreach (var a in agreements) { referred.UnionWith(a.Parties); referred.UnionWith(a.Signatories); }
                // A party to a document recalled as the story's history ("X and Y signed a protocol in 2019") is still a party.
                foreach (var a in _agreements) foreach (var party in a.Parties) referred.Add(party.Canon.Name);
                foreach (var i in invitations) if (i.From is { } f) referred.Add(f);
                foreach (var e in events) { if (e.Organizations is { } orgs) referred.UnionWith(orgs); if (e.Location is { } l) referred.Add(l); }
            }
            if (referred.Contains(o.Name) || PairedWithAPlace(o.Name, organizations)) kept.Add(o);
        }
        return kept;
    }

    /// <summary>
    /// "Tarrow and Quessant signed a protocol in 2019": a place joined by "and" to another place of the story is one side of a
    /// pair the story sets up, not a place in passing.
    /// </summary>
    private bool PairedWithAPlace(string name, List<ExtractedOrganization> organizations)
    {
        // The one whole-word mention.
        var at = WholeWordAt(name, 0);
        if (at < 0) return false;
        foreach (var other in organizations)
        {
            if (other.Kind != "region" || other.Name == name) continue;
            if (_text.AsSpan(0, at).EndsWith(other.Name + " and ", StringComparison.Ordinal) ||
                _text.AsSpan(at + name.Length).StartsWith(" and " + other.Name, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>How often <paramref name="word"/> occurs in the text as a whole word, counting up to <paramref name="limit"/>.</summary>
    private int WholeWordCount(string word, int limit)
    {
        var count = 0;
        for (var at = WholeWordAt(word, 0); at >= 0 && count < limit; at = WholeWordAt(word, at + word.Length)) count++;
        return count;
    }

    /// <summary>Where <paramref name="word"/> next occurs as a whole word from <paramref name="from"/> on ("Arlen" inside "Arlenian" is none), or -1.</summary>
    private int WholeWordAt(string word, int from)
    {
        for (var at = _text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && (at + word.Length >= _text.Length || !char.IsLetterOrDigit(_text[at + word.Length]))) return at;
        return -1;
    }

    /// <summary>
    /// "the cooperation agreement signed in 2003", "the 2001 agreement": a document of years before the story, recalled as its
    /// history (named by no signatory, or with its year in its title), is no agreement of the news.
    /// </summary>
    private bool IsRecalled(AgreementDraft a)
    {
        if (_published is not { } pub) return false;
        if (a.Signatories.Count == 0 && a.Date is { } d && d.FirstDay < pub.AddYears(-1)) return true;
        // The year in the title ("Cooperation agreement in 2003") is when it was made, whoever the sentence names.
        var words = (a.Title ?? "").Split(' ');
        for (var k = 1; k < words.Length; k++)
            if (words[k - 1] is "in" or "of" or "since" && words[k].Length == 4 && int.TryParse(words[k], out var year) && year >= 1900 && year < pub.Year) return true;
        return false;
    }

    /// <summary>
    /// "the Government of the Autonomous Republic of X" kept as a body of its own: a shorter "Government of X" read as the
    /// region X is that body, not a second one.
    /// </summary>
    private bool HasGovernmentBody(OrgEntity region)
    {
        foreach (var o in _orgs)
            if (o.MergedInto is null && !o.IsRegion && o.Name.StartsWith("Government of ", StringComparison.Ordinal) &&
                o.Name.EndsWith(" " + region.Name, StringComparison.Ordinal))
                return true;
        return false;
    }

    private Extraction Build()
    {
        var people = _people.Where(p => p.MergedInto is null && (p.Words.Count >= 2 || p.Title is not null))
            .OrderBy(p => p.FirstSentence)
            .Select(p => new ExtractedPerson { Name = p.Name, Title = p.Title, Organization = p.Org?.Canon.Name, Evidence = EvidenceOf(p.FirstSentence) })
            .ToList();
        var organizations = _orgs.Where(o => (o.MergedInto is null || o.IsGovernmentOfRegion && o.Canon.IsRegion && !o.Canon.IsGovernmentOfRegion && !HasGovernmentBody(o.Canon)) && !IsCountry(o.Name))
            // One government per region, under the first name the text gives it.
            .DistinctBy(o => (o.Canon, o.MergedInto is null))
            .OrderBy(o => o.FirstSentence)
            .Select(o => new ExtractedOrganization { Name = o.Name, Kind = o.MergedInto is null ? o.Kind : "agency", Aliases = o.Acronyms.Count > 0 ? o.Acronyms.ToList() : null, Evidence = EvidenceOf(o.FirstSentence) })
            .ToList();
        var relationships = _relationships
            .Select(r => new ExtractedRelationship { Kind = r.Kind, Parties = NamesOf(r.Parties), Since = r.Since?.ToString(), Evidence = EvidenceOf(r.Sentence) })
            .Where(r => r.Parties.Count >= 2)
            .ToList();
        var engagements = _engagements.Where(e => !e.Dropped && e.Participants.Count > 0)
            .Select(e => new ExtractedEngagement
            {
                Kind = e.Kind, Date = e.Date?.ToString(), Location = e.Location, Participants = NamesOf(e.Participants),
                Host = e.Host?.Canon.Name, Evidence = EvidenceOf(e.Sentence),
            })
            .ToList();
        var agreements = _agreements.Where(a => !IsRecalled(a))
            .Select(a => new ExtractedAgreement
            {
                Title = a.Title, Date = a.Date?.ToString(), Parties = NamesOf(a.Parties), Signatories = NamesOf(a.Signatories),
                Areas = a.Areas.ToList(), Commitments = a.Commitments.ToList(), Evidence = EvidenceOf(a.Sentence),
            })
            .ToList();
        var invitations = _invitations
            .Select(i => new ExtractedInvitation
            {
                Event = i.Event?.Name ?? i.EventName, From = i.From?.Canon.Name, To = i.To.Canon.Name, Date = i.Date?.ToString(), Evidence = EvidenceOf(i.Sentence),
            })
            .GroupBy(i => (i.Event, i.To)).Select(g => g.First())
            .ToList();
        // An occasion the text gives no time for is a kind of event mentioned in passing ("a joint business forum",
        // "the permanent exhibition") far more often than one the reader can place: only dated events are records.
        // (An invitation still names its event.)
        var events = _events.Where(e => e.Date is not null)
            .Select(e => new ExtractedEvent
            {
                Name = e.Name, Kind = e.Kind, Date = e.Date?.ToString(), Location = e.Location, Organizations = NamesOf(e.Orgs), Evidence = EvidenceOf(e.Sentence),
            })
            .ToList();
        organizations = WithoutPlacesInPassing(organizations, people, relationships, engagements, agreements, invitations, events);
        return new Extraction
        {
            Article = new ArticleInfo { Title = _title, Published = _published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            People = people,
            Organizations = organizations,
            Relationships = relationships,
            Engagements = engagements,
            Agreements = agreements,
            Invitations = invitations,
            Events = events,
        };
    }
}
