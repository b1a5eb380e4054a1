using System.Collections.Frozen;
using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

internal sealed partial class ArticleReader
{
    private readonly List<EngagementDraft> _engagements = [];
    private readonly List<AgreementDraft> _agreements = [];
    private readonly List<InvitationDraft> _invitations = [];
    private readonly List<EventEntity> _events = [];
    private readonly Dictionary<string, EventEntity> _eventsByKey = new(StringComparer.Ordinal);
    private readonly List<RelationshipDraft> _relationships = [];
    private PartialDate? _narrative;
    private PartialDate? _anchor;

    internal static readonly FrozenSet<string> AgreementNouns = FrozenSet.Create(StringComparer.Ordinal, "agreement", "memorandum", "mou", "moa", "accord", "pact", "charter", "treaty", "protocol", "declaration", "convention", "contract", "loi", "agreements", "memoranda", "mous");
    internal static readonly FrozenSet<string> SignVerbs = FrozenSet.Create(StringComparer.Ordinal, "signed", "sign", "signs", "signing", "e-signed", "co-signed", "countersigned", "inked", "concluded", "renewed", "renew", "renews", "renewing", "initialed", "initialled");
    internal static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.Ordinal, "a", "an", "the", "this", "that", "his", "her", "their", "our", "its", "my", "first", "second", "third", "another");

    /// <summary>The only words <see cref="ReadRelationships"/> reads a tie's kind from.</summary>
    internal static readonly FrozenSet<string> RelationWords = FrozenSet.Create(StringComparer.Ordinal,
        "parliamentary", "inter-parliamentary", "sister", "sister-city", "sister-cities", "twin", "twinning", "twinned", "twin-city", "sister-state",
        "sister-province", "sisterhood", "jumelage", "friendship", "friendly", "friend-city", "friendship-city", "sister-region", "sister-regions",
        "sister-county", "sister-counties", "sister-prefecture", "sister-provinces", "sister-states", "sister-town", "sister-towns",
        "sister-municipality", "twin-town", "twin-towns", "twin-cities", "twin-region", "twin-regions", "twinnings", "friendship-region",
        "friendship-province");

    /// <summary>The only words <see cref="ReadCooperationSince"/> looks at: a tie, or its beginning.</summary>
    internal static readonly FrozenSet<string> CooperationWords = FrozenSet.Create(StringComparer.Ordinal,
        "cooperation", "partnership", "relationship", "relations", "ties", "co-operation",
        "launched", "began", "begun", "started", "established", "initiated", "dates", "concluded", "formalized", "formalised", "became",
        "linked", "partner", "partners");

    private sealed record SentenceView(int Index, List<Token> T, List<(Span Span, OrgEntity Org)> Orgs, List<PersonMention> People, List<DateMention> Dates, bool Future, bool Past);

    private void ReadRelations()
    {
        PersonEntity? previousSubject = null;
        List<PersonMention> previousPeople = [];
        for (var si = 0; si < _sentences.Count; si++)
        {
            var (t, found) = TokensAndOrgs(si);
            if (t.Count == 0) continue;
            var orgs = OrgSpansForReading(t, found);
            var people = FindPeople(si, t, orgs, register: false);
            AddPronouns(t, people, previousSubject, previousPeople);
            foreach (var m in people) _lastSeen[m.Person.Canon] = si;
            var (future, past) = DateFinder.Tense(t);
            var dates = DateFinder.Find(t, 0, t.Count, new DateContext(_published, future, past, _narrative));
            // "Westport, 4 June (Agency) -- …": the dateline's day is when the story was filed, not when anything in it happened.
            if (si < 3 && DatelineEnd(t) is > 0 and var datelineEnd) dates.RemoveAll(d => d.TokEnd <= datelineEnd);
            // "…, the provincial government said Wednesday": the day of the report, not of anything it reports.
            dates.RemoveAll(d => IsReportingDay(t, d.TokStart));
            var view = new SentenceView(si, t, orgs, people, dates, future, past);
            if (_anchor is null)
                foreach (var d in dates)
                    if (IsStoryDay(d.Date) && !IsEndOfAStay(t, d.TokStart)) { _anchor = d.Date; break; }

            ReadRelationships(view);
            var events = ReadEvents(view);
            ReadEngagements(view);
            ReadAgreements(view);
            ReadInvitations(view, events);
            foreach (var d in dates)
                // "… many Mozambicans live in Funchal today," said the minister: a quote's "today" is the present, not the day of the story.
                if (d.Date.IsFullDate && (_published is null || d.Date.FirstDay <= _published.Value) && !InsideQuote(t, d.TokStart) && !RecallsEarlierDay(d.Date) &&
                    // "… a mission that will remain in the province until Saturday": the end of a stay is no day the story was at.
                    !IsEndOfAStay(t, d.TokStart) &&
                    // "…, which arrived the day before": a step back is a flashback; the story stays at its day.
                    // "…, who had flown in on Saturday": so is a step back of a few days in an aside.
                    !(_narrative is { } was && d.Role == DateRole.Relative && d.Date.FirstDay < was.FirstDay && d.Date.FirstDay >= was.FirstDay.AddDays(-6) && IsAsideOrDayBefore(t, d))) _narrative = d.Date;
            if (people.Count > 0) { previousSubject = people[0].Person.Canon; previousPeople = people; }
        }
        DateGuessesByTheStoryDay();
        // A tie signed before the story's day was known (a lead above the programme's "Date:" line, or a passive signing
        // before the sentence that dates the ceremony) began that day.
        foreach (var r in _relationships)
            if (r.AwaitsStoryDay && r.Since is null) r.Since = _anchor;
        OneOccasionPerDay();
        OneOccasionPerMonth();
        FinishInvitations();
        LocateEventsByName();
        PreferRegionsToCities();
        PlacesForTheirMunicipalities();
    }

    /// <summary>
    /// "X welcomed Y on Tuesday. … During the talks, the two signed …": the same people, on the same day, at an occasion of the
    /// same kind, met once, whatever sentences reported it (a lead, a welcome, the signing). An occasion whose people are all
    /// among those of an earlier one of its kind and day is that occasion; a dinner or a visit the same day is another.
    /// </summary>
    private void OneOccasionPerDay()
    {
        for (var i = 1; i < _engagements.Count; i++)
        {
            var e = _engagements[i];
            if (e.Dropped || e.Date is not { IsFullDate: true } day || e.Participants.Count == 0) continue;
            for (var k = 0; k < i; k++)
            {
                var earlier = _engagements[k];
                if (earlier.Dropped || !day.Equals(earlier.Date)) continue;
                // "Mayor Karel, who was visiting the region for the first time, said …": an occasion no sentence dated, of
                // someone at the story's occasion, is that occasion told again, whatever word told it; the dated one names its kind.
                // "The governor also held talks with …" is another occasion, dated or not.
                var retold = (e.TookTheStoryDay || earlier.TookTheStoryDay) && !e.SaidAsAnother && !earlier.SaidAsAnother && SharesAPerson(e.Participants, earlier.Participants);
                if (!retold && (earlier.Kind != e.Kind || earlier.Participants.Count < 2 || e.Participants.Count < 2 ||
                                !AllAmong(e.Participants, earlier.Participants) && !AllAmong(earlier.Participants, e.Participants))) continue;
                if (retold && earlier.TookTheStoryDay && !e.TookTheStoryDay) earlier.Kind = e.Kind;
                foreach (var p in e.Participants) earlier.Add(p);
                earlier.Location ??= e.Location;
                earlier.Host ??= e.Host;
                e.Dropped = true;
                break;
            }
        }
    }

    /// <summary>
    /// "This month the mayor of A is back in B" above "On Tuesday the two mayors met …": an occasion dated only by
    /// its month, whose two or more people are all among those of an occasion of the same kind on a day of that month, is that
    /// occasion told without its day (the article's lead, a present-tense summary), not another one.
    /// </summary>
    private void OneOccasionPerMonth()
    {
        foreach (var e in _engagements)
        {
            if (e.Dropped || e.Date is not { Month: not null, Day: null } month || e.Participants.Count < 2) continue;
            foreach (var day in _engagements)
            {
                if (day == e || day.Dropped || day.Date is not { IsFullDate: true } d || d.Year != month.Year || d.Month != month.Month ||
                    day.Kind != e.Kind || !AllAmong(e.Participants, day.Participants)) continue;
                day.Location ??= e.Location;
                day.Host ??= e.Host;
                e.Dropped = true;
                break;
            }
        }
    }

    private static bool SharesAPerson(List<PersonEntity> a, List<PersonEntity> b)
    {
        foreach (var p in a) if (b.Contains(p)) return true;
        return false;
    }

    private static bool AllAmong(List<PersonEntity> some, List<PersonEntity> all)
    {
        foreach (var p in some) if (!all.Contains(p)) return false;
        return true;
    }

    /// <summary>
    /// A headline or a lead that reports the meeting or the signing before any sentence says its day ("X and Y sign friendship
    /// protocol" above "… hosted the delegation yesterday"): an occasion dated only by the guess of the month of publication
    /// takes the story's day (<see cref="_anchor"/>, the first recent full day the article names), once it is known, when it
    /// falls in the month guessed.
    /// </summary>
    private void DateGuessesByTheStoryDay()
    {
        if (_anchor is not { } day || GuessDate is not { } guess || day.Year != guess.Year || day.Month != guess.Month) return;
        foreach (var a in _guessedAgreementDates)
            if (a.Date is { } ad && ad.Equals(guess)) a.Date = day;
        foreach (var e in _engagements)
            if (e.DateIsGuess && e.Date is { } ed && ed.Equals(guess)) { e.Date = day; e.DateIsGuess = false; e.TookTheStoryDay = true; }
    }

    /// <summary>
    /// "The tie between Arlen Province and Westport" where the article also names "Westmark County" (the region Westport is the
    /// seat of): a party named as a bare place, beside the one region with a head word that is no party and shares no word
    /// with the other party, is that region. Sister cities keep their cities: no such region is named.
    /// </summary>
    private void PreferRegionsToCities()
    {
        foreach (var r in _relationships)
        {
            if (r.Parties.Count != 2) continue;
            for (var side = 0; side < 2; side++)
            {
                var party = r.Parties[side].Canon;
                var other = r.Parties[1 - side].Canon;
                // Two bare places are sister cities; a bare place beside a province, county or state stands for a region.
                if (!party.IsRegion || HasRegionHead(party.Name) || !HasRegionHead(other.Name)) continue;
                // "Vesk Metropolitan Municipality" names its own body: it is no bare place standing for a region.
                if (HasBodyHead(party.Name)) continue;
                OrgEntity? region = null;
                var count = 0;
                foreach (var o in _orgs)
                {
                    if (o.MergedInto is not null || !o.IsRegion || o == party || o == other || !HasRegionHead(o.Name) || IsCountry(o.Name) || ShareNameWord(o.Name, other.Name)) continue;
                    region = o;
                    count++;
                }
                if (count == 1) r.Parties[side] = region!;
            }
        }
    }

    /// <summary>
    /// The place stands for its government in ties (docs/ingestion.md, decision a), and a town's or city's government is its
    /// municipality: "the twinning between Vesk Metropolitan Municipality and Arlen", "the Municipality of Dorlan", "the
    /// Intendencia de X", "the Câmara Municipal de Y" are ties of the places Vesk, Dorlan, X and Y. A party named so is
    /// written as the place alone (the region record of that name when the text has one), unless the text also names a
    /// region with a head word under the same name ("Dorlan Governorate"): then the municipality may be that region's body,
    /// and the place alone would be ambiguous.
    /// </summary>
    private void PlacesForTheirMunicipalities()
    {
        foreach (var r in _relationships)
        {
            if (r.Kind == "parliamentary") continue;
            for (var side = 0; side < r.Parties.Count; side++)
            {
                var party = r.Parties[side].Canon;
                if (PlaceOfMunicipality(party.Name) is not { } place || IsCountry(place)) continue;
                var regionOfTheName = false;
                foreach (var o in _orgs)
                    if (o.MergedInto is null && o != party && o.IsRegion && HasRegionHead(o.Name) && ShareNameWord(o.Name, place)) { regionOfTheName = true; break; }
                if (regionOfTheName) continue;
                r.Parties[side] = FindOrg(place) is { IsRegion: true } found && found != party ? found : new OrgEntity(place, "region", party.FirstSentence);
            }
        }
    }

    /// <summary>Heads of a town's government written before its place, in the languages of the press releases read.</summary>
    private static readonly string[] MunicipalHeadsBefore =
    [
        "Metropolitan Municipality of ", "Municipality of ", "Intendencia Departamental de ", "Intendencia de ", "Câmara Municipal de ", "Câmara Municipal do ",
        "Câmara Municipal da ", "Camara Municipal de ", "Prefeitura Municipal de ", "Prefeitura de ", "Prefeitura do ", "Prefeitura da ", "Ayuntamiento de ",
        "Municipalidad de ", "Municipalidad Provincial de ", "Municipio de ", "Concello de ", "Ajuntament de ", "Comune di ", "Pemerintah Kota ",
    ];

    /// <summary>Heads of a town's government written after its place ("Vesk Metropolitan Municipality", "Greater Dorlan Municipality").</summary>
    private static readonly string[] MunicipalHeadsAfter = [" Metropolitan Municipality", " City Municipality", " Municipality"];

    /// <summary>"Arlen" of "Arlen Metropolitan Municipality", "Municipality of Arlen", "Intendencia de Arlen"; null for any other name.</summary>
    private static string? PlaceOfMunicipality(string name)
    {
        string? place = null;
        foreach (var head in MunicipalHeadsBefore)
            if (name.StartsWith(head, StringComparison.Ordinal)) { place = name[head.Length..]; break; }
        if (place is null)
            foreach (var head in MunicipalHeadsAfter)
                if (name.EndsWith(head, StringComparison.Ordinal)) { place = name[..^head.Length]; break; }
        // "Greater Dorlan Municipality": the town's own name is Dorlan.
        if (place is not null && place.StartsWith("Greater ", StringComparison.Ordinal)) place = place["Greater ".Length..];
        if (place is not { Length: > 1 } || !char.IsUpper(place[0])) return null;
        // The place is a name, capitalised but for its links, and no body of its own ("the Ministry of Municipality" is no
        // town's government).
        foreach (var w in place.Split(' '))
        {
            if (w.Length == 0) return null;
            var lower = w.ToLowerInvariant();
            if (!char.IsUpper(w[0]) && lower is not ("de" or "do" or "da" or "del" or "di" or "la" or "al" or "el")) return null;
            if (Lexicon.OrganizationHeads.TryGetValue(lower, out var kind) && kind != "region") return null;
        }
        return place;
    }

    private static bool HasBodyHead(string name)
    {
        foreach (var w in name.Split(' '))
            if (w.ToLowerInvariant() is "municipality" or "municipal" or "corporation" or "council" or "government") return true;
        return false;
    }

    /// <summary>True when a name holds a head word of a region above a city ("Province", "County", "Voivodeship"), and is no state's formal name.</summary>
    private static bool HasRegionHead(string name)
    {
        var found = false;
        foreach (var w in name.Split(' '))
        {
            var lower = w.ToLowerInvariant();
            if (lower is "democratic" or "people's" or "kingdom" or "federal" or "islamic" or "united") return false;
            found |= UpperRegionHeads.Contains(lower);
        }
        return found;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> UpperRegionHeads = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "province", "region", "county", "state", "voivodeship", "oblast", "prefecture", "governorate", "aimag", "canton", "krai", "territory", "région",
        "regione", "provincia", "provincie", "departamento", "département", "län", "fylke", "județ", "megye", "landkreis", "okrug", "wilaya", "provinsi", "kraj");

    /// <summary>
    /// An event whose sentences name no place but whose name starts with a region ("Kibi Peach Festival",
    /// "Liaoning Province Trade and Investment Expo") takes place in that region.
    /// </summary>
    private void LocateEventsByName()
    {
        foreach (var ev in _events)
        {
            if (ev.Location is not null) continue;
            var words = ev.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var first = words.Length > 0 && words[0] is "The" or "the" ? 1 : 0;
            // The longest leading run of words, leaving the head word out.
            for (var n = Math.Min(words.Length - 1, first + 5); n > first; n--)
            {
                if (FindOrg(string.Join(' ', words, first, n - first)) is { IsRegion: true } region && !IsCountry(region.Name))
                {
                    ev.Location = region.Name;
                    break;
                }
            }
        }
    }

    private List<(Span Span, OrgEntity Org)> OrgSpansForReading(List<Token> t, List<OrgSpan> found)
    {
        var spans = new List<(Span Span, OrgEntity Org)>();
        foreach (var o in found)
            if (FindOrg(o.Name) is { } org) spans.Add((o.Span, org));
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].IsCap || AnySpanContains(spans, i) || i > 0 && t[i - 1].IsCap && !AnySpanEndsAt(spans, i)) continue;
            var run = Recognizer.PlaceRun(t, i);
            // Try the longest run first, then shorter prefixes: "Liaoning provincial" → "Liaoning".
            for (var e = run.End; e > run.Start; e--)
            {
                if (FindOrgAt(t, run.Start, e) is { } org) { spans.Add((new Span(run.Start, e), org)); i = e - 1; break; }
            }
        }
        if (_datelinePlace is not null && FindOrg(_datelinePlace) is { } dateline && t.Count > 0 && t[0].IsAllCaps && Recognizer.TitleCase(t[0].Text) == _datelinePlace.Split(' ')[0] && !spans.Any(s => s.Span.Start == 0))
            spans.Add((new Span(0, 1), dateline));
        spans.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return spans;
    }

    private static bool AnySpanEndsAt(List<(Span Span, OrgEntity Org)> spans, int k)
    {
        foreach (var o in spans) if (o.Span.End == k) return true;
        return false;
    }

    private static bool AnyPersonIn(List<PersonMention> people, int s, int e)
    {
        foreach (var p in people) if (p.Token >= s && p.Token < e) return true;
        return false;
    }

    private static bool AnyDateCovers(List<DateMention> dates, int k)
    {
        foreach (var d in dates) if (d.TokStart <= k && d.TokEnd > k) return true;
        return false;
    }

    private void AddPronouns(List<Token> t, List<PersonMention> people, PersonEntity? previousSubject, List<PersonMention> previousPeople)
    {
        var added = new List<PersonMention>();
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            if (w is "he" or "she" && previousSubject is not null && !people.Any(p => p.Token < i))
                added.Add(new PersonMention(i, previousSubject));
            else if (w is "him" || w == "her" && (i + 1 >= t.Count || t[i + 1].Kind == TokenKind.Punct || t[i + 1].Lower is "to" or "for" or "with" or "at" or "in" or "and"))
            {
                // The subject is that of the main clause, not of a phrase put before it: "Hosted by X, Y invited her to …",
                // "At the request of X, Y thanked him" (Y invited, so "her" is X). Such a phrase ends at the sentence's first
                // comma, and the first person is named inside it; an apposition ("the Rector, Professor X, …") opens no phrase.
                var from = 0;
                var fronted = t[0].Lower is "at" or "after" or "before" or "during" or "on" or "in" or "following" or "upon" or "with" or "by" or "accompanied" or "as" ||
                              t[0].Lower.EndsWith("ed", StringComparison.Ordinal) || t[0].Lower.EndsWith("ing", StringComparison.Ordinal);
                for (var k = 1; fronted && k < i && k <= 25; k++)
                    if (t[k].Text is ",")
                    {
                        if (people.Count > 0 && people[0].Token < k && people.Any(p => p.Token > k && p.Token < i)) from = k + 1;
                        break;
                    }
                var subject = people.Concat(added).Where(p => p.Token >= from).OrderBy(p => p.Token).Select(p => p.Person.Canon).FirstOrDefault()
                              ?? people.Concat(added).OrderBy(p => p.Token).Select(p => p.Person.Canon).FirstOrDefault();
                var candidate = people.Concat(added).Where(p => p.Token < i && p.Person.Canon != subject).OrderByDescending(p => p.Token).Select(p => p.Person).FirstOrDefault()
                                ?? previousPeople.Where(p => p.Person.Canon != subject).Select(p => p.Person).LastOrDefault();
                if (candidate is not null) added.Add(new PersonMention(i, candidate));
            }
        }
        if (added.Count == 0) return;
        people.AddRange(added);
        people.Sort((a, b) => a.Token.CompareTo(b.Token));
    }

    // ---------------------------------------------------------------- relationships

    private void ReadRelationships(SentenceView v)
    {
        var t = v.T;
        var found = false;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].Is(LexFlag.RelationWords)) continue;
            var w = t[i].Lower;
            string? kind = null;
            var strong = false;
            if (w is "parliamentary" or "inter-parliamentary") kind = "parliamentary";
            else if (w == "twinned" && i + 1 < t.Count && t[i + 1].Lower == "with") { kind = "sister"; strong = true; }
            else if (w is "sisterhood" or "jumelage") { kind = "sister"; strong = true; }
            // "sister-region relations", "twin-town links": a hyphenated tie names its kind whatever the place's word.
            else if (w.StartsWith("sister", StringComparison.Ordinal) || w.StartsWith("twin", StringComparison.Ordinal)) kind = "sister";
            else if (w.StartsWith("friend", StringComparison.Ordinal)) kind = "friendship";
            if (kind is null) continue;
            if (ReadRelationshipAt(v, i, kind, strong)) { i += 3; found = true; }
        }
        if (!found) ReadCooperationSince(v);
    }

    /// <summary>
    /// "the cooperation launched in 2019", "the partnership … dates back to 2015", "the Agreement on Interregional Cooperation …,
    /// originally concluded in November 2005": a tie of no named kind between the two regions, and when it began.
    /// </summary>
    private void ReadCooperationSince(SentenceView v)
    {
        var t = v.T;
        var tie = -1;
        var began = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (!t[i].Is(LexFlag.CooperationWords)) continue;
            var w = t[i].Lower;
            if (tie < 0 && w is "cooperation" or "partnership" or "relationship" or "relations" or "ties" or "co-operation" or "partner" or "partners") tie = i;
            // "… was first formalized on …", "… became partner regions in 2016", "… the agreement the two concluded in 2016",
            // "the declaration that has linked the two since 2005".
            if (w is "launched" or "began" or "begun" or "started" or "established" or "initiated" or "formalized" or "formalised" or "concluded" or "linked" ||
                w == "dates" && i + 1 < t.Count && t[i + 1].Lower == "back" || w == "became" && i + 1 < t.Count && t[i + 1].Lower is "partner" or "partners") began = i;
        }
        if (tie < 0 || began < 0 || _published is not { } pub) return;
        PartialDate? since = null;
        foreach (var d in v.Dates)
            // "… was established by an agreement signed in Norvale on 12 March 2009": the first date within a short clause after the verb.
            if (d.TokStart > began && d.TokStart <= began + 10 && d.Date.FirstDay < pub.AddDays(-30)) { since = d.Date; break; }
        if (since is null) return;
        var parties = PartiesBesideVenues(v, 0, t.Count, "other");
        if (parties.Count < 2) parties = MainRegions();
        if (parties.Count < 2) return;
        AddRelationship("other", parties, since, v.Index);
    }

    /// <summary>A relationship word at token i: its parties and start date. Kept apart so that the loop above allocates nothing.</summary>
    private bool ReadRelationshipAt(SentenceView v, int i, string kind, bool strong)
    {
        var t = v.T;
        {
            if (!strong)
            {
                var ok = false;
                for (var k = i + 1; k < t.Count && k <= i + 3; k++)
                    if (t[k].Lower.TrimEnd('s') is "relationship" or "relation" or "tie" or "agreement" or "city" or "citie" or "province" or "state" or "region" or "charter" or "pact" or "partnership" or "bond" or "friendship" or "prefecture" or "municipalitie" or "town" or "exchange" or "cooperation" or "partner"
                        // "the twinning protocol", "the friendship links between …".
                        or "protocol" or "memorandum" or "accord" or "declaration" or "link" or "countie" or "county") ok = true;
                // "The twinning between the two towns": a noun of the tie itself.
                // "The friendship between X and Y was first formalized …" likewise.
                if (t[i].Lower is "twinning" or "friendship" && i + 1 < t.Count && t[i + 1].Lower == "between") ok = true;
                // "the agreement of twinning", "relations of friendship", "their agreement of geminação (twinning)": the
                // Romance order of "acuerdo de hermanamiento", the tie's noun before its "of".
                if (!ok && TieNounOfBefore(t, i)) ok = true;
                if (!ok) return false;
            }
            // "work towards a sister-state relationship", "a proposed friendship agreement": a tie not yet made.
            for (var k = Math.Max(0, i - 8); k < i; k++)
                if (t[k].Lower is "towards" or "toward" or "proposed" or "possible" or "potential" or "future" or "explore" or "exploring" or "prospective") return false;
            if (kind == "friendship" && Enumerable.Range(Math.Max(0, i - 2), Math.Min(5, t.Count - Math.Max(0, i - 2))).Any(k => t[k].Lower is "parliamentary")) kind = "parliamentary";
            var (cs, ce) = Clause(t, i);
            // "The two counties have had a friendship agreement since 2018, when a delegation visited X": with "the two",
            // a place visited is no party; the parties are those of the one tie reported so far, else the main regions.
            var two = Enumerable.Range(cs, ce - cs).Any(k => t[k].Lower == "two");
            var parties = two ? PartiesIn(v, cs, ce, kind, skipVenues: true) : PartiesBesideVenues(v, cs, ce, kind);
            if (parties.Count < 2) parties = two ? PartiesIn(v, 0, t.Count, kind, skipVenues: true) : PartiesBesideVenues(v, kind);
            if (parties.Count < 2 && two)
                parties = _relationships.Count == 1 ? _relationships[0].Parties : MainRegions();
            // "signed the Agreement on the Establishment of Friendship Relations": a tie set up in the story, on the day the
            // sentence gives ("signed a sister city agreement on Monday, September 22").
            var signs = !Enumerable.Range(0, t.Count).Any(k => t[k].Lower.StartsWith("renew", StringComparison.Ordinal)) &&
                (Enumerable.Range(0, t.Count).Any(k => t[k].Is(LexFlag.SignVerbs) || t[k].Lower.StartsWith("establish", StringComparison.Ordinal) || t[k].Lower is "become" or "became" or "becomes")
                 // "… put their names to the twinning charter": a signing said without a verb of signing sets the tie up too.
                 || SigningIdiom(t) >= 0);
            var signedOn = signs ? SigningDay(v, i) : null;
            var signsTheTie = signs && SignsTheTie(t, i);
            var old = v.Dates.Where(d => d.TokStart >= cs && d.TokStart < ce && (_published is null || d.Date.FirstDay < _published.Value.AddDays(-30)))
                .OrderBy(d => d.Date.FirstDay).Cast<DateMention?>().FirstOrDefault()
                // "… put their names on Friday to the Twinning Charter, in the old town hall, which crowns the school exchanges of
                // 2008": an older date outside the tie's clause, in a sentence that reports the tie signed on a day of the story,
                // dates what led up to it.
                ?? (signsTheTie && signedOn is { } sd && IsStoryDay(sd.Date) ? null :
                    v.Dates.Where(d => _published is null || d.Date.FirstDay < _published.Value.AddDays(-30)).OrderBy(d => d.Date.FirstDay).Cast<DateMention?>().FirstOrDefault());
            var since = old?.Date;
            // A date with no word of a beginning before it ("grew out of a meeting in November 2024") may start the tie, but it
            // does not replace the day a tie was reported signed.
            var strength = old is { } o && StartWordBefore(t, o.TokStart) ? 2 : 1;
            // "the twentieth anniversary of the twinning", "15 years of sisterhood": counted back from the year reported.
            if (since is null && YearsBack(t) is { } counted) (since, strength) = (counted, 2);
            var signedInStory = false;
            if (since is null && signs)
            {
                since = signedOn?.Date ?? _narrative ?? _anchor;
                strength = signedOn is null ? 0 : 1;
                // A tie signed on a day of the story began that day: what a later sentence says led up to it (a first school
                // exchange, talks launched two years before, an earlier wish to conclude it, a council's vote) does not replace
                // it. Signed before the story's day is known (a lead above the programme's "Date:" line), it takes that day
                // (ReadRelations).
                if (signsTheTie && IsStoryDay(since)) strength = SignedInStory;
                else if (signsTheTie && since is null) signedInStory = true;
            }
            // "The province has kept friendly relations with X since …": the region the story is about, and X.
            if (parties.Count == 1 && RefersToHomeRegion(t, cs, ce) && MainRegions().FirstOrDefault(r => r != parties[0].Canon) is { } home)
                parties = [home, parties[0]];
            if (parties.Count < 2)
            {
                // "The sister-state agreement was concluded in 1975": when the one tie reported so far began.
                if (_relationships.Count == 1 && _relationships[0].Kind == kind) _relationships[0].TakeSince(since, strength);
                return false;
            }
            var tie = AddRelationship(kind, parties, since, v.Index, strength);
            if (signedInStory) tie.AwaitStoryDay();
            return true;
        }
    }

    /// <summary>
    /// The tie word at <paramref name="i"/> names what a verb of signing in the story signs: "inked a twin-town pact", "signed
    /// on Friday the Sisterhood Charter", "the twinning accord was signed". Not "have long since concluded a twinning pact",
    /// "will sign", "a charter for deepening the friendship" (a tie made closer), "ever since the signing of the twinning
    /// pact", "a side letter to the twinning pact", nor "a work plan which builds on the friendship" (a clause between: the
    /// document signed is another).
    /// </summary>
    private static bool SignsTheTie(List<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 10; k--)
        {
            // "signed on Friday, 3 May, the Sisterhood Charter": the commas of a date part no clause.
            if (t[k].Text is "," && k > 0 && (t[k - 1].Kind == TokenKind.Number || t[k - 1].Is(LexFlag.Weekdays) || t[k - 1].Is(LexFlag.Months))) continue;
            if (t[k].Text is "," or ";" || t[k].Lower is "that" or "which" or "who" or "when" or "since" or "after" or "and" or "to" or "under" or "within") return false;
            // "a charter for deepening the twinning": a tie already made, made closer.
            if (t[k].Lower is "strengthening" or "deepening" or "enhancing" or "promoting" or "expanding" or "developing" or "further" or "consolidating" or "intensifying") return false;
            if (t[k].Lower is not ("signed" or "signs" or "inked" or "concluded" or "co-signed")) continue;
            return !(k > 0 && t[k - 1].Lower is "has" or "have" or "had" or "will" or "to" or "already");
        }
        // "The twinning accord was signed by …": the tie's own noun, then its verb in the passive.
        for (var k = i + 1; k + 1 < t.Count && k <= i + 5; k++)
        {
            if (t[k].Text is "," or ";") return false;
            if (t[k].Lower is "was" or "were" && t[k + 1].Lower is "signed" or "inked" or "concluded") return true;
        }
        return false;
    }

    /// <summary>How sure a tie's start is when the story reports it signed on one of its own days (see RelationshipDraft.SinceStrength).</summary>
    private const int SignedInStory = 3;

    /// <summary>
    /// The day a sentence that reports a signing gives it: a full date after a word of a beginning ("signed … on 22 September"),
    /// else a day of the last two weeks said before the tie ("On Monday, 16 March, the two mayors met and signed …").
    /// </summary>
    private DateMention? SigningDay(SentenceView v, int i)
    {
        // A date written out before a weekday ("on Tuesday, 10 May", where the weekday alone would be read as this week's).
        foreach (var d in v.Dates)
            if (d.Role == DateRole.Absolute && d.Date.IsFullDate && (_published is null || d.Date.FirstDay <= _published.Value) && StartWordBefore(v.T, d.TokStart)) return d;
        foreach (var d in v.Dates)
            if (d.Date.IsFullDate && (_published is null || d.Date.FirstDay <= _published.Value) && StartWordBefore(v.T, d.TokStart)) return d;
        foreach (var d in v.Dates)
            if (d.TokStart < i && IsStoryDay(d.Date)) return d;
        return null;
    }

    /// <summary>
    /// "agreement of twinning", "relations of friendship", "agreement of geminação (twinning)": a noun of a tie, its "of" and
    /// the tie word at <paramref name="i"/>, which may gloss the word of another language before its bracket.
    /// </summary>
    private static bool TieNounOfBefore(List<Token> t, int i)
    {
        var j = i - 1;
        if (j >= 2 && t[j].Text == "(") j -= 2;
        return j >= 1 && t[j].Lower == "of" &&
               t[j - 1].Lower is "agreement" or "agreements" or "relations" or "relationship" or "ties" or "bonds" or "links" or "protocol" or "memorandum" or "charter" or "pact" or "accord" or "treaty" or "act";
    }

    private static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8,
        ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15,
        ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-fifth"] = 25,
        ["thirtieth"] = 30, ["thirty-fifth"] = 35, ["fortieth"] = 40, ["forty-fifth"] = 45, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["seventy-fifth"] = 75,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "the 20th anniversary of the twinning", "fifteen years since the two regions …", "30 years of friendship": the year the tie
    /// began, counted back from the year of the story (year precision only). Null when the sentence counts no years.
    /// </summary>
    private PartialDate? YearsBack(List<Token> t)
    {
        if ((_narrative ?? _anchor ?? (_published is { } p ? new PartialDate(p.Year, p.Month, p.Day) : null)) is not { } now) return null;
        for (var k = 0; k + 1 < t.Count; k++)
        {
            var next = t[k + 1].Lower;
            int years;
            if (next == "anniversary" && OrdinalAt(t[k].Lower) is { } ordinal) years = ordinal;
            // "15 years since", "fifteen years of", but not "for 15 years" of a programme, nor "over the next five years".
            else if (next is "years" && k + 2 < t.Count && t[k + 2].Lower is "since" or "of" or "ago" or "after" && DateFinder.CountOf(t[k]) is { } cardinal
                     && !(k > 0 && t[k - 1].Lower is "next" or "coming" or "another" or "over" or "for")) years = cardinal;
            else continue;
            if (years is < 1 or > 200 || now.Year - years < 1) continue;
            return new PartialDate(now.Year - years);
        }
        return null;

        static int? OrdinalAt(string w)
        {
            if (Ordinals.TryGetValue(w, out var n)) return n;
            if (w.Length >= 3 && (w.EndsWith("th", StringComparison.Ordinal) || w.EndsWith("st", StringComparison.Ordinal) || w.EndsWith("nd", StringComparison.Ordinal) || w.EndsWith("rd", StringComparison.Ordinal))
                && int.TryParse(w.AsSpan(0, w.Length - 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)) return d;
            return null;
        }
    }

    /// <summary>A word of a beginning ("signed", "established", "since", "formalised") in the eight tokens before k.</summary>
    private static bool StartWordBefore(List<Token> t, int k)
    {
        for (var j = Math.Max(0, k - 8); j < k; j++)
            if (t[j].Is(LexFlag.SignVerbs) || t[j].Lower is "since" or "established" or "formalised" or "formalized" or "founded" or "began" or "started" or "launched" or "twinned" or "created" or "set")
                return true;
        return false;
    }

    private static (int Start, int End) Clause(List<Token> t, int i)
    {
        var s = i;
        while (s > 0 && !(t[s - 1].Text is "," or ";" or "…" or "“" or "”" or "\"" && !(s - 2 >= 0 && t[s - 2].IsCap && s < t.Count && t[s].IsCap))) s--;
        var e = i;
        while (e < t.Count && !(t[e].Text is "," or ";" or "…" or "“" or "”" or "\"")) e++;
        return (s, e);
    }

    /// <summary>
    /// "The Agreement on Friendship was signed in Arlen by the Prefect and the Mayor of Westport": with one party named and
    /// the other only as the place of the signing, the other is the region the story is about, not the venue.
    /// </summary>
    private List<OrgEntity> PartiesBesideVenues(SentenceView v, string kind) => PartiesBesideVenues(v, 0, v.T.Count, kind);

    /// <summary>
    /// The same within tokens [s, e): "X and Y signed the friendship protocol in Z in 2019", "the tie, formalised in Z on …",
    /// a dateline "Z, 3 May –": a tie is made or marked in a place, and that place is no party when only one party is named
    /// beside it; the other is the party of the tie already reported, else the region the story is about.
    /// </summary>
    private List<OrgEntity> PartiesBesideVenues(SentenceView v, int s, int e, string kind)
    {
        var parties = PartiesIn(v, s, e, kind, skipVenues: true);
        if (parties.Count >= 2) return parties;
        var all = PartiesIn(v, s, e, kind, skipVenues: false);
        if (parties.Count == 1 && kind != "parliamentary" && all.Count >= 2)
        {
            var one = parties[0].Canon;
            // The tie already reported with that party, else a region the story is about that is no venue here.
            if (_relationships.FirstOrDefault(r => r.Parties.Count == 2 && r.Parties.Any(p => p.Canon == one)) is { } known) return known.Parties;
            if (MainRegions().FirstOrDefault(r => r != one && !all.Contains(r) && !ShareNameWord(r.Name, one.Name)) is { } home) return [home, one];
        }
        return all;
    }

    private List<OrgEntity> PartiesIn(SentenceView v, int s, int e, string kind)
    {
        // A place where something happened ("a ceremony in X", a dateline "X, 3 May –") is a party only when two are not named otherwise.
        var parties = PartiesIn(v, s, e, kind, skipVenues: true);
        return parties.Count >= 2 ? parties : PartiesIn(v, s, e, kind, skipVenues: false);
    }

    private static bool IsVenueAt(List<Token> t, Span span) =>
        span.Start == 0 ? t[0].IsAllCaps && IsDatelineEnd(t, span.End) || IsMixedCaseDateline(t, span.End) :
        t[span.Start - 1].Lower is "in" or "at" or "to" or "from" or "near" or "visited" or "visiting" ||
        span.Start >= 2 && t[span.Start - 1].Lower == "the" && t[span.Start - 2].Lower is "in" or "at" or "to" or "from" or "near" or "visited" or "visiting";

    /// <summary>
    /// "The agreement had been approved by the council on 5 September": once the story is at a day of the last two weeks, an
    /// older day it recalls in passing does not move it ("the day before" still counts from the story's day).
    /// </summary>
    private bool RecallsEarlierDay(PartialDate d) =>
        _published is { } pub && _narrative is { } now && now.FirstDay >= pub.AddDays(-14) && d.FirstDay < pub.AddDays(-14);

    /// <summary>A weekday, "today" or "on the 15th" right after a verb of saying ("said Wednesday", "announced on the 15th", "said today").</summary>
    private static bool IsReportingDay(List<Token> t, int k)
    {
        var v = k - 1;
        if (t[k].Lower == "the" && v >= 0 && t[v].Lower == "on") v--;
        else if (!(t[k].Is(LexFlag.Weekdays) || t[k].Lower is "today" or "yesterday")) return false;
        else if (v >= 0 && t[v].Lower == "on") v--;
        return v >= 0 && t[v].Lower is "said" or "says" or "announced" or "reported" or "stated" or "told" or "confirmed" or "added";
    }

    /// <summary>
    /// The dash or colon that ends a dateline ("Westport, 4 June 2026 –", "WESTPORT, June 4 (Agency) --", "Westport, June 4:"):
    /// within the sentence's first fourteen tokens, after a comma; 0 when the sentence opens with none.
    /// </summary>
    private static int DatelineEnd(List<Token> t)
    {
        var comma = false;
        for (var k = 1; k < t.Count && k < 14; k++)
        {
            if (t[k].Text is ",") comma = true;
            // "…, August 27, 2025 14:00": the colon of a time of day (between two numbers) ends no dateline.
            else if (t[k].Text is ":" && t[k - 1].Kind == TokenKind.Number && k + 1 < t.Count && t[k + 1].Kind == TokenKind.Number) continue;
            else if (t[k].Text is "—" or "–" or "-" or "--" or ":" ) return comma ? k : 0;
            else if (t[k].Text is "." or ";") break;
        }
        return DatelineSentenceEnd(t);
    }

    /// <summary>
    /// "Westport, 4 June 2026.", "Westport, June 4, 2026 (City Press Office).", "Press release, June 4, 2026": a dateline
    /// written as a sentence of its own, with no dash or colon, or closed by the name of the office in brackets. Before the
    /// comma no date word (so "Monday, 4 June, 10:00" in a programme stays a date); after it only the date, then the end of
    /// the sentence or a bracket. The index of its last token; 0 when the sentence is no such dateline.
    /// </summary>
    private static int DatelineSentenceEnd(List<Token> t)
    {
        var comma = -1;
        for (var k = 1; k < t.Count && k < 8; k++)
            if (t[k].Text is ",") { comma = k; break; }
        if (comma < 0) return 0;
        for (var k = 0; k < comma; k++)
            if (t[k].Kind != TokenKind.Word || t[k].Is(LexFlag.Months) || t[k].Is(LexFlag.Weekdays)) return 0;
        var month = false;
        var number = false;
        var e = comma + 1;
        for (; e < t.Count && e - comma <= 6; e++)
        {
            if (t[e].Is(LexFlag.Months)) month = true;
            else if (t[e].Kind == TokenKind.Number) number = true;
            else if (t[e].Text is not ",") break;
        }
        if (!month || !number) return 0;
        if (e >= t.Count) return t.Count - 1;
        if (t[e].Text is ".") return e;
        if (t[e].Text is "(")
            for (var k = e + 1; k < t.Count && k - e <= 12; k++)
                if (t[k].Text is ")") return k + 1 < t.Count && t[k + 1].Text is "." ? k + 1 : k;
        return 0;
    }

    /// <summary>"Westport, 12 June 2026 –": a place that opens the sentence, then a comma and a date, is a dateline.</summary>
    private static bool IsMixedCaseDateline(List<Token> t, int k) =>
        k + 1 < t.Count && t[k].IsPunct(',') && (t[k + 1].Kind == TokenKind.Number || t[k + 1].Is(LexFlag.Months));

    /// <summary>"KOTA BARU, 3 May –": the rest of a dateline's capitals, then its comma or dash.</summary>
    private static bool IsDatelineEnd(List<Token> t, int k)
    {
        while (k < t.Count && k < 6 && t[k].IsAllCaps) k++;
        return k < t.Count && t[k].Text is "," or "–" or "—" or "-";
    }

    private List<OrgEntity> PartiesIn(SentenceView v, int s, int e, string kind, bool skipVenues)
    {
        var found = new List<OrgEntity>();
        foreach (var (span, org) in v.Orgs)
        {
            if (span.Start < s || span.Start >= e) continue;
            if (skipVenues && IsVenueAt(v.T, span)) continue;
            var o = org.Canon;
            if (IsCountry(o.Name) || found.Contains(o) || IsKindOfTie(o.Name)) continue;
            // "the Câmara Municipal de X", read as a body of its own, is the town's government, and the town is a party.
            if (kind != "parliamentary" && !o.IsRegion && PlaceOfMunicipality(o.Name) is null) continue;
            if (kind == "parliamentary" && !(o.IsRegion || o.Kind == "legislature")) continue;
            found.Add(o);
        }
        if (kind == "parliamentary")
        {
            var legislature = found.FirstOrDefault(o => o.Kind == "legislature");
            if (legislature is null) return [];
            // "the Regional Assembly of Arlen Province" and "Arlen Province" are one side; the other side's own assembly, when
            // named, is the party rather than its region.
            var other = found.FirstOrDefault(o => o != legislature && o.Kind == "legislature" && !ShareNameWord(legislature.Name, o.Name))
                ?? found.FirstOrDefault(o => o != legislature && !(legislature.Name.StartsWith(RegionAliases(o.Name).FirstOrDefault() ?? o.Name, StringComparison.Ordinal)) && !ShareNameWord(legislature.Name, o.Name));
            return other is null ? [] : [legislature, other];
        }
        // Parties are distinct regions: "Gyeonggi" inside "Gyeonggi Provincial Assembly" is no second party, nor is
        // "Arlen City" beside "the Province of Arlen": a region that shares its name word with the first is the same place.
        if (found.Count >= 2 && ShareNameWord(found[0].Name, found[1].Name))
        {
            for (var k = 2; k < found.Count; k++)
                if (!ShareNameWord(found[0].Name, found[k].Name)) return [found[0], found[k]];
            return [found[0]];
        }
        return found.Take(2).ToList();
    }

    /// <summary>
    /// "the Sister City relationship", "a Twin Town charter", "Partner Regions": a kind of tie written with capitals (a word of a
    /// tie and region heads, up to three words) is no body and no party of a tie.
    /// </summary>
    private static bool IsKindOfTie(string name)
    {
        // Asked of every name registered: most have no word of a tie, so look for one before splitting and lowering.
        if (name.AsSpan().Count(' ') > 2 || !MayNameATie(name)) return false;
        var words = name.Split(' ');
        if (words.Length > 3) return false;
        var tie = false;
        foreach (var w in words)
        {
            var lower = w.ToLowerInvariant();
            if (RelationWords.Contains(lower) || lower == "partner") { tie = true; continue; }
            if (!Lexicon.IsRegionHead(lower.TrimEnd('s')) && lower != "cities") return false;
        }
        return tie;
    }

    /// <summary><see cref="RelationWords"/> looked up by a span; kept, as making the lookup tested the set's comparer on every call.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationWordsBySpan = RelationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Some word of the name is a word of a tie (the test <see cref="IsKindOfTie"/> needs), found without a string per word.</summary>
    private static bool MayNameATie(string name)
    {
        var ties = RelationWordsBySpan;
        Span<char> lower = stackalloc char[32];
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan(range);
            // A word too long for the buffer is left to the full test.
            if (word.Length > lower.Length) return true;
            var n = word.ToLowerInvariant(lower);
            if (ties.Contains(lower[..n]) || lower[..n] is "partner") return true;
        }
        return false;
    }

    private List<OrgEntity>? _mainRegions;
    private HashSet<OrgEntity>? _personOrgs;
    private HashSet<OrgEntity> PersonOrgs => _personOrgs ??= _people.Where(p => p.MergedInto is null && p.Org is not null).Select(p => p.Org!.Canon).ToHashSet();

    /// <summary>"the province", "our state", "the prefecture": a region named by its kind only, in tokens [from, to).</summary>
    private static bool RefersToHomeRegion(List<Token> t, int from, int to)
    {
        for (var k = Math.Max(1, from); k < to; k++)
            if (t[k].Lower is "province" or "prefecture" or "state" or "region" or "county" or "oblast" or "voivodeship" or "municipality" or "city" &&
                t[k - 1].Lower is "the" or "our" or "this" && !t[k].IsCap)
                return true;
        return false;
    }

    private List<OrgEntity> MainRegions()
    {
        if (_mainRegions is not null) return _mainRegions;
        // The partners are the regions whose officials speak; then the most mentioned.
        var ranked = _orgs.Where(o => o.MergedInto is null && o.IsRegion && !IsCountry(o.Name))
            .OrderByDescending(o => PersonOrgs.Contains(o)).ThenByDescending(o => o.Mentions).ThenBy(o => o.FirstSentence).ToList();
        _mainRegions = [];
        foreach (var o in ranked)
        {
            // "Westmark Province" and its seat "Westmark City" are one side: the second partner shares no name word with the first.
            // Of the two, the one with a region's head word is the side ("Westmark Province", not its seat "Westmark City").
            if (_mainRegions.Count == 1 && ShareNameWord(_mainRegions[0].Name, o.Name))
            {
                if (HasRegionHead(o.Name) && !HasRegionHead(_mainRegions[0].Name)) _mainRegions[0] = o;
                continue;
            }
            _mainRegions.Add(o);
            if (_mainRegions.Count == 2) break;
        }
        return _mainRegions;
    }

    private readonly Dictionary<string, RelationshipDraft> _relationshipByParties = new(StringComparer.Ordinal);

    private RelationshipDraft AddRelationship(string kind, List<OrgEntity> parties, PartialDate? since, int sentence, int strength = 2)
    {
        var key = string.Join('|', parties.Select(p => p.Name).Order(StringComparer.Ordinal));
        if (_relationshipByParties.TryGetValue(key, out var r) && IsSecondTie(r, kind, since))
        {
            // Kept under its kind too, so that a third mention of either finds its own record.
            key += "|" + kind;
            if (!_relationshipByParties.TryGetValue(key, out r))
            {
                _relationships.Add(_relationshipByParties[key] = r = new RelationshipDraft(kind, parties, since, sentence) { SinceStrength = strength });
                return r;
            }
        }
        if (r is not null)
        {
            r.TakeSince(since, strength);
            if (Rank(kind) > Rank(r.Kind)) r.Kind = kind;
            return r;
        }
        // "The Provincial Government of X … Y" and later "the friendship between X and Y" with X read as "X CITY" of the
        // dateline: one tie, whose other party shares its own name word.
        foreach (var other in _relationships)
        {
            // A parliamentary tie beside the regions' own tie is a second one.
            if (other.Parties.Count != 2 || parties.Count != 2 || kind == "parliamentary" || other.Kind == "parliamentary") continue;
            var shared = other.Parties.IndexOf(parties[0]) is var a and >= 0 ? (a, 1) : other.Parties.IndexOf(parties[1]) is var b and >= 0 ? (b, 0) : (-1, -1);
            if (shared.Item1 < 0 || !ShareNameWord(other.Parties[1 - shared.Item1].Name, parties[shared.Item2].Name) || IsSecondTie(other, kind, since)) continue;
            other.TakeSince(since, strength);
            if (Rank(kind) > Rank(other.Kind)) other.Kind = kind;
            return other;
        }
        var added = new RelationshipDraft(kind, parties, since, sentence) { SinceStrength = strength };
        _relationships.Add(_relationshipByParties[key] = added);
        return added;
        static int Rank(string k) => k switch { "parliamentary" => 3, "sister" => 2, "friendship" => 1, _ => 0 };
    }

    /// <summary>
    /// "The friendship the two towns have kept since 2019" and "… signed the twinning charter" on the day reported: a friendship
    /// raised to a twinning is two ties, each with its own beginning, not one tie whose start the second replaces.
    /// </summary>
    private bool IsSecondTie(RelationshipDraft r, string kind, PartialDate? since)
    {
        if (r.Kind == kind || kind is not ("sister" or "friendship") || r.Kind is not ("sister" or "friendship")) return false;
        if (since is not { } now || r.Since is not { } then || now.Year == then.Year) return false;
        // One of the two is signed on a day of the story, the other began in an earlier year.
        return IsStoryDay(now) && then.Year < now.Year || IsStoryDay(then) && now.Year < then.Year;
    }

    private static readonly char[] NameWordSeparators = [' ', '-'];

    /// <summary>True when two bodies' names share a word that is no head word or link ("Provincial Government of X", "X CITY").</summary>
    private static bool ShareNameWord(string a, string b)
    {
        // "Arlen-Vesk Region" and "Prefecture of Arlen": a hyphenated region's name holds the names of its parts.
        foreach (var w in a.Split(NameWordSeparators))
        {
            var lower = w.ToLowerInvariant();
            if (lower.Length < 3 || lower is "of" or "the" or "and" or "provincial" or "regional" or "municipal" or "prefectural" or "metropolitan" ||
                Lexicon.OrganizationHeads.ContainsKey(lower)) continue;
            foreach (var x in b.Split(NameWordSeparators))
                if (string.Equals(x, w, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- events

    private readonly Dictionary<string, EventEntity> _lastEventOfKind = new(StringComparer.Ordinal);

    /// <summary>Event heads of other languages that come first and take their own "de", "do", "des".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ForeignEventHeads = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "festa", "fête", "fêtes", "feria", "foire", "semana", "semaine", "fiesta", "salon", "festival", "fiera", "feira", "fira", "rencontres", "encuentro", "encontro",
        "festas", "fiestas", "ferias", "feiras", "pekan", "pesta");

    private readonly record struct EventHit(int Start, int End, EventEntity Event);

    private List<EventHit> ReadEvents(SentenceView v)
    {
        var t = v.T;
        var hits = new List<(int Start, int End, string Name, string Kind, bool Anaphoric)>();
        for (var k = 0; k < t.Count; k++)
        {
            if (!(t[k].Is(LexFlag.EventHeads) && Lexicon.EventHeads.TryGetValue(t[k].Lower, out var kind))) continue;
            // "the … Congress Centre", "the Skills Training Center": a building or body named after events held there.
            if (k + 1 < t.Count && t[k + 1].IsCap && (t[k + 1].Is(LexFlag.Facilities) || t[k + 1].Lower is "center" or "centre" or "institute" or "office")) continue;
            // "to match", "to race": a verb, not an event.
            if (!t[k].IsCap && k > 0 && t[k - 1].Lower == "to") continue;
            // "a video conference": a call, not an event.
            if (k > 0 && t[k - 1].Lower is "video" or "online" or "virtual" or "phone" or "telephone" && kind == "conference") continue;
            if (t[k].IsCap)
            {
                var s = k;
                while (s - 1 >= 0 && k - s < 8 && (t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word && !t[s - 1].Is(LexFlag.FunctionWords) && !t[s - 1].Is(LexFlag.Months) && !Recognizer.IsTitleWord(t[s - 1]) && (!t[s - 1].IsPossessive || IsNamePossessive(t, s - 1))
                       || t[s - 1].Text is "and" or "&" or "of" or "–" && s - 2 >= 0 && t[s - 2].IsCap)) s--;
                var e = k + 1;
                if (e + 1 < t.Count && t[e].Lower == "of" && t[e + 1].IsCap) e = Recognizer.OfRun(t, e + 1);
                // "Festa de Santa Luzia do Vale", "Semana Internacional do Cacau": a head of another language, then its own "of".
                else if (s == k && ForeignEventHeads.Contains(t[k].Lower))
                {
                    var adjectives = Recognizer.AdjectivesBeforeLink(t, e);
                    var run = Recognizer.ForeignOfRun(t, e + adjectives);
                    if (run > e + adjectives) e = run;
                    // "Festival Budaya Nusantara", "Pesta Rakyat Bahari": Malay and Indonesian put the head first and join its
                    // words with no particle; a head of another language that opens a name takes the capitalised words after it.
                    else if (k > 0 && !t[k - 1].IsCap) e = HeadFirstNameEnd(t, e);
                }
                if (s == k && e == k + 1 && (k == 0 || t[k].Is(LexFlag.WeakEventHeads))) continue;
                if (AnyPersonIn(v.People, s, e) || InsideAgreementTitle(t, s)) continue;
                // "the Investment Summit 2026", "Expo 2027": the edition's year is part of the name, and another year's is another event.
                if (e == k + 1 && e < t.Count && IsEditionYear(t[e])) e++;
                hits.Add((s, e, Recognizer.Surface(t, s, e), kind, false));
                k = e - 1;
                continue;
            }
            // "last week", "the following days": a time, not an event.
            if (t[k].Lower is "week" or "days" && k > 0 && t[k - 1].Lower is "last" or "next" or "this" or "that" or "same" or "previous" or "following" or "coming" or "few" or "recent") continue;
            // A lower-case head needs an article: "a promotional tour", "the FITUR tourism fair".
            var d = k - 1;
            var hasCap = false;
            while (d >= 0 && k - d <= 7 && (t[d].Kind != TokenKind.Punct || IsBracketedNameWord(t, d)) && !(t[d].Lower is "a" or "an" or "the") && !IsTimePossessive(t[d])) { if (t[d].IsCap) hasCap = true; d--; }
            if (d < 0 || !(t[d].Lower is "a" or "an" or "the" || IsTimePossessive(t[d]) && hasCap)) continue;
            // "a celebration of friendship", "the celebrations": a celebration or a commemoration is an occasion of its own only
            // when a name comes before it ("the Harvest Day celebrations") or its own "of" or "for" names what it celebrates.
            var occasionNoun = t[k].Lower is "celebration" or "celebrations" or "commemoration" or "commemorations";
            var namesWhat = k + 2 < t.Count && t[k + 1].Lower is "of" or "for" && (t[k + 2].Lower is "the" or "a" || t[k + 2].IsCap);
            if (occasionNoun && !hasCap && !namesWhat && t[d].Lower != "the") continue;
            var agreementNoun = false;
            for (var x = d; x < k; x++) if (t[x].Is(LexFlag.AgreementNouns)) { agreementNoun = true; break; }
            if (agreementNoun) continue;
            // "a vocational training program": the programme, not an event.
            if (k + 1 < t.Count && t[k + 1].Lower is "meetings" or "visit" or "program" or "programme" or "programs" or "programmes" or "scheme") continue;
            // "the photo exhibition "Harbour Lights"", "the international forum of technological development "Tekno-2027"", "the
            // industrial exhibition VELOPROM-2025": a title right after the head (and its own "of …") names the event; it does
            // not refer back.
            if (!occasionNoun && TitleAfterHead(t, k) is var (ts, te, after))
            {
                hits.Add((d + 1, after, _text[t[ts].Start..t[te - 1].End], kind, false));
                k = after - 1;
                continue;
            }
            // "the festival" refers back; "to the festivities of the city's anniversary" names one (in apposition, ", the
            // festival of …", it still describes the one just named).
            var anaphoric = t[d].Lower == "the" && !hasCap && !(k + 1 < t.Count && t[k + 1].Lower == "of" && k + 2 < t.Count && t[k + 2].Lower is "the" or "a" && !(d > 0 && t[d - 1].Text == ",")) &&
                            !(occasionNoun && namesWhat);
            // Words such as "training" or "mission" name an event only as "a … mission".
            // "a mission of fifteen exporters to Westport", "the first business mission to Westport": a mission of companies, or the
            // first (next) of a series, is a trip planned, whatever its modifiers.
            if (t[k].Is(LexFlag.WeakEventHeads) && (k - d < 2 || t[d].Lower == "the") && !(t[k].Lower == "mission" && (MissionOfBusinesses(t, k) || OrdinalMission(t, d, k)))) continue;
            var end = k + 1;
            if (end < t.Count && t[end].Lower is "of" or "for" or "by" or "between" or "from" or "to" or "featuring" or "with" or "at" or "on")
            {
                var x = end;
                while (x < t.Count && x - end < 16)
                {
                    if (t[x].Text is "." or ";" or "(" or ")") break;
                    if (t[x].IsPunct(',') && x + 1 < t.Count && (t[x + 1].Lower is "and" or "a" or "an" or "the" or "which" or "where" or "who" or "to" || !t[x + 1].IsCap)) break;
                    if (t[x].Lower is "which" or "where" or "that" or "and" && x + 1 < t.Count && t[x + 1].Lower is "a" or "an" or "will" or "is" or "was") break;
                    // "a mission of exporters will travel to …": a finite verb ends the name.
                    if (t[x].Lower is "will" or "would" or "shall" or "is" or "are" or "was" or "were") break;
                    // "a mission to X after signing …", "a tour … in the spring": a clause or a season ends the name.
                    if (t[x].Lower is "after" or "before" or "during" or "following" or "while" or "when" or "until") break;
                    if (t[x].Lower == "in" && x + 2 < t.Count && t[x + 1].Lower == "the" && t[x + 2].Lower is "spring" or "summer" or "autumn" or "fall" or "winter") break;
                    var dateHere = false;
                    foreach (var dm in v.Dates) if (dm.TokStart == x || dm.TokStart == x + 1 && t[x].Lower is "in" or "on" or "this" or "next") { dateHere = true; break; }
                    if (dateHere) break;
                    x++;
                }
                end = x;
            }
            var name = Recognizer.Surface(t, d + 1, end);
            if (name.Length > 0) name = char.ToUpperInvariant(name[0]) + name[1..];
            hits.Add((d + 1, end, name, kind, anaphoric));
            k = end - 1;
        }

        AddEventsWithoutHead(v, hits);

        var result = new List<EventHit>();
        for (var h = 0; h < hits.Count; h++)
        {
            var (s, e, name, kind, anaphoric) = hits[h];
            if (anaphoric)
            {
                var previous = _lastEventOfKind.GetValueOrDefault(kind);
                if (previous is not null) result.Add(new EventHit(s, e, previous));
                continue;
            }
            // ", the traditional festival of …, in August": an apposition that describes this event does not end its stretch.
            var nh = h + 1;
            while (nh < hits.Count && hits[nh].Anaphoric && hits[nh].Start - e <= 2) nh++;
            var segmentEnd = nh < hits.Count ? hits[nh].Start : t.Count;
            // Not the edition's year inside the name: "the Summit 2026 … in October" is held in October.
            // Nor a bound: "open until 30 June" is its last day, "held in Westport since 2010" the first of its editions.
            var date = v.Dates.Where(dm => dm.TokStart >= s && dm.TokStart < segmentEnd && !(dm.TokEnd <= e && e - 1 > s && IsEditionYear(t[e - 1])) && !IsBoundOfASpan(t, dm.TokStart))
                           .Select(dm => (PartialDate?)dm.Date).FirstOrDefault()
                       // "…, and will organise a joint seminar every year": a series planned has no day of its own, and the day the
                       // plan was made, said before it, is not one.
                       ?? (h == 0 && !RecursYearly(t, s, segmentEnd) && !EverySeason(t, s, segmentEnd) ? v.Dates.Where(dm => dm.TokEnd <= s).Select(dm => (PartialDate?)dm.Date).LastOrDefault() : null)
                       // "the week, which runs until Sunday": with no other date, it is on in the month of its last day.
                       ?? v.Dates.Where(dm => dm.TokStart >= s && dm.TokStart < segmentEnd && IsBoundOfASpan(t, dm.TokStart) && t[dm.TokStart - 1].Lower is not "since")
                              .Select(dm => dm.Date.Month is { } m ? (PartialDate?)new PartialDate(dm.Date.Year, m) : null).FirstOrDefault();
            // "invited her to the harvest festival in February" in a November release: what one is invited to is still to come, and
            // a month or day written without its year that has already passed this year is next year's.
            if (date is { } invitedTo && _published is { } now && InvitedWithin(t, s, 25) && IsBeforePublication(invitedTo, now) && !YearWrittenNear(t, v.Dates, invitedTo, s, segmentEnd))
                date = new PartialDate(invitedTo.Year + 1, invitedTo.Month, invitedTo.Day);
            // "the festival, held every year on 30 May": the next time it is held, not the day already past.
            if (date is { Month: { } month } yearly && _published is { } pub && yearly.Year == pub.Year && yearly.FirstDay < pub && RecursYearly(t, s, segmentEnd))
                date = new PartialDate(yearly.Year + 1, month, yearly.Day);
            var location = LocationIn(v, e, segmentEnd, includeTo: false) ?? LocationIn(v, s, e, includeTo: false);
            var key = Key(name);
            if (key.Length == 0) continue;
            // "… met at the Arlen Arts Festival in July 2023 … will bring dancers to the Arlen Arts Festival in July 2027": a
            // festival named again with a date of another year is another edition, and another event.
            if (!_eventsByKey.TryGetValue(key, out var ev) || date is { } other && ev.Date is { } known && other.Year != known.Year)
            {
                ev = new EventEntity(name, kind, v.Index);
                _eventsByKey[key] = ev;
                _events.Add(ev);
            }
            _lastEventOfKind[kind] = ev;
            if (date is { } dd && (ev.Date is null || ev.Date.Value.Day is null && dd.Day is not null && dd.Year == ev.Date.Value.Year)) ev.Date = dd;
            ev.Location ??= location;
            foreach (var (span, org) in v.Orgs)
                if (span.Start >= s && span.Start < segmentEnd && !ev.Orgs.Contains(org.Canon) && org.Canon.Name != location && !IsCountry(org.Canon.Name) && !name.Equals(org.Canon.Name, StringComparison.Ordinal))
                    ev.Orgs.Add(org.Canon);
            result.Add(new EventHit(s, e, ev));
        }
        // "a forum to be held on the sidelines of the summit in October": an event with no day of its own, held beside another, on its day.
        for (var h = 0; h + 1 < result.Count; h++)
        {
            if (result[h].Event.Date is not null || result[h + 1].Event.Date is not { } beside) continue;
            for (var x = result[h].End; x < result[h + 1].Start; x++)
                if (t[x].Lower is "sidelines" or "margins" or "alongside" or "during")
                {
                    result[h].Event.Date = beside;
                    break;
                }
        }
        return result;
    }

    /// <summary>
    /// An occasion named by its own name only, with no head word: "to attend the Calgary Rodeo", "to celebrate Nauryz", "invited
    /// her to the Ngondo, the traditional festival of …", "at Folklorama, Winnipeg's multicultural festival,". A capitalised run
    /// that no body, place or person claims is an event after a verb of attending or celebrating, or when an apposition with a
    /// lower-case event head describes it (its kind is that head's). Added to <paramref name="hits"/> in sentence order.
    /// </summary>
    private void AddEventsWithoutHead(SentenceView v, List<(int Start, int End, string Name, string Kind, bool Anaphoric)> hits)
    {
        var t = v.T;
        var added = false;
        for (var k = 1; k < t.Count; k++)
        {
            // Only a capitalised word starts a name: test that first, before the words before it (the test below, made early).
            if (!t[k].IsCap || t[k].Kind != TokenKind.Word) continue;
            var s = k;
            // "attended the colourful X": up to two lower-case words between the article and the name.
            var b = k - 1;
            while (b > 0 && k - b <= 2 && t[b].Kind == TokenKind.Word && !t[b].IsCap && !(t[b].Lower is "the" or "to" or "at" or "during" or "for") && !t[b].Is(LexFlag.FunctionWords)) b--;
            if (b != k - 1 && t[b].Lower != "the") b = k - 1;
            var before = t[b].Lower;
            var lead = before == "the" ? (b >= 1 ? t[b - 1].Lower : "") : before;
            // "to take part in the X", "participated in X 2025": taking part is attending.
            var verb = lead is "attend" or "attending" or "attended" or "celebrate" or "celebrating" ||
                       lead == "in" && (before == "the" ? b - 2 : b - 1) is var pv && pv >= 0 &&
                       t[pv].Lower is "part" or "participate" or "participated" or "participating" or "participates";
            var place = lead is "to" or "at" or "during" or "for";
            if (!verb && !place || s >= t.Count || !t[s].IsCap || t[s].Kind != TokenKind.Word) continue;
            // The run: capitalised words, a particle or "of" between two of them, a possessive, an edition's year after them.
            var e = s;
            while (e < t.Count && e - s < 8)
            {
                if (t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].Is(LexFlag.Months | LexFlag.Weekdays) && !Recognizer.IsTitleWord(t[e])) { e++; continue; }
                if (e > s && e + 1 < t.Count && t[e].Lower is "de" or "del" or "of" or "do" or "da" or "+" or "&" && t[e + 1].IsCap) { e += 2; continue; }
                if (e > s && IsEditionYear(t[e])) { e++; break; }
                break;
            }
            if (e == s || t[e - 1].Is(LexFlag.EventHeads) || AnyPersonIn(v.People, s, e) || AnyEventHitIn(hits, s, e) || ClaimedByOrg(v, s, e) ||
                IsCountry(Recognizer.Surface(t, s, e)) || FindOrg(Recognizer.Surface(t, s, e)) is not null) { k = Math.Max(k, e - 1); continue; }
            // "the Light + Sound fair": a name the lists do not read, then a lower-case head.
            string? headKind = null;
            if (e < t.Count && !t[e].IsCap && t[e].Is(LexFlag.EventHeads) && !t[e].Is(LexFlag.WeakEventHeads) && Lexicon.EventHeads.TryGetValue(t[e].Lower, out var lowerHead)) { headKind = lowerHead; e++; }
            var kind = headKind ?? AppositionEventKind(t, e);
            // "invited the governor to Folklorama in Winnipeg": what one is invited to, in a place the text knows, is an occasion.
            if (kind is null && !verb && !(lead == "to" && InvitedBefore(t, b) && InKnownPlace(v, e)) || headKind is not null && !verb) { k = Math.Max(k, e - 1); continue; }
            hits.Add((s, e, Recognizer.Surface(t, s, e), kind ?? "other", false));
            added = true;
            k = e - 1;
        }
        if (added) hits.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static bool IsBeforePublication(PartialDate date, DateOnly published) =>
        date.Month is not { } month ? false : date.Day is not null ? date.FirstDay < published : date.Year * 12 + month < published.Year * 12 + published.Month;

    /// <summary>Whether the mention that gave <paramref name="date"/> (the first with that date from the event on, or the last before it) writes its year.</summary>
    private static bool YearWrittenNear(List<Token> t, List<DateMention> dates, PartialDate date, int s, int segmentEnd)
    {
        DateMention? found = null;
        foreach (var dm in dates)
        {
            if (!dm.Date.Equals(date)) continue;
            if (dm.TokStart >= s && dm.TokStart < segmentEnd) { found = dm; break; }
            if (dm.TokEnd <= s) found = dm;
        }
        if (found is not { } m || m.Role != DateRole.Absolute) return true;
        for (var x = m.TokStart; x < m.TokEnd && x < t.Count; x++)
            if (DateFinder.YearNumber(t[x]) is not null || t[x].Lower.StartsWith("year", StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool InvitedBefore(List<Token> t, int k) => InvitedWithin(t, k, 12);

    private static bool InvitedWithin(List<Token> t, int k, int reach)
    {
        for (var x = k - 1; x >= 0 && k - x <= reach; x--)
            if (IsInvitationVerb(t, x)) return true;
        return false;
    }

    /// <summary>"in Winnipeg", "in Stavanger": "in" and a place or body found in the text, right after token e.</summary>
    private static bool InKnownPlace(SentenceView v, int e)
    {
        if (e + 1 >= v.T.Count || v.T[e].Lower != "in") return false;
        foreach (var (span, org) in v.Orgs) if (span.Start == e + 1 && org.Canon.IsRegion) return true;
        return false;
    }

    private static bool AnyEventHitIn(List<(int Start, int End, string Name, string Kind, bool Anaphoric)> hits, int s, int e)
    {
        foreach (var h in hits) if (h.Start < e && h.End > s) return true;
        return false;
    }

    private static bool ClaimedByOrg(SentenceView v, int s, int e)
    {
        foreach (var (span, _) in v.Orgs) if (span.Start < e && span.End > s) return true;
        return false;
    }

    /// <summary>", the traditional festival of …", ", Winnipeg's multicultural festival,": the kind of a lower-case event head in apposition right after token e.</summary>
    private static string? AppositionEventKind(List<Token> t, int e)
    {
        if (e + 1 >= t.Count || !t[e].IsPunct(',')) return null;
        var k = e + 1;
        if (!(t[k].Lower is "the" or "a" or "an" || t[k].IsPossessive)) return null;
        for (var x = k + 1; x < t.Count && x - k <= 4; x++)
        {
            if (t[x].Kind == TokenKind.Punct) return null;
            if (t[x].Is(LexFlag.EventHeads) && Lexicon.EventHeads.TryGetValue(t[x].Lower, out var kind)) return kind;
        }
        return null;
    }

    /// <summary>
    /// "Brewers' Festival", "Women's Forum", "Farmers' Market": a capitalised plural possessive inside an event's name is part
    /// of it; a place's ("Westport's Festival") is not.
    /// </summary>
    private static bool IsNamePossessive(List<Token> t, int k) =>
        t[k].Lower.EndsWith("s'", StringComparison.Ordinal) || t[k].Lower.EndsWith("s’", StringComparison.Ordinal) ||
        t[k].Lower is "women's" or "women’s" or "children's" or "children’s" or "people's" or "people’s" or "men's" or "men’s";

    /// <summary>Whether token k lies between an opening quotation mark and its close, within the sentence.</summary>
    private static bool InsideQuote(List<Token> t, int k)
    {
        var open = false;
        for (var x = 0; x < k && x < t.Count; x++)
        {
            if (t[x].Text == "“") open = true;
            else if (t[x].Text == "”") open = false;
            else if (t[x].Text == "\"") open = !open;
        }
        return open;
    }

    /// <summary>
    /// The title that follows a lower-case event head, after at most a short lower-case "of …": a quoted title beginning with a
    /// capital, or one name in capitals or with its edition joined by a hyphen ("VELOPROM-2025"). Returns the title's tokens and
    /// the token after it (after the closing quote).
    /// </summary>
    private static (int Start, int End, int After)? TitleAfterHead(List<Token> t, int k)
    {
        var x = k + 1;
        if (x + 1 < t.Count && t[x].Lower == "of")
        {
            var y = x + 1;
            while (y < t.Count && y - x <= 4 && t[y].Kind == TokenKind.Word && !t[y].IsCap) y++;
            if (y > x + 1) x = y;
        }
        if (x + 1 >= t.Count) return null;
        if (t[x].Text is "\"" or "“" or "«" or "„" or "‘" && t[x + 1].IsCap)
        {
            for (var c = x + 2; c < t.Count && c - x <= 24; c++)
            {
                if (t[c].Text is "\"" or "”" or "»" or "“" or "’") return c > x + 1 ? (x + 1, c, c + 1) : null;
                if (t[c].Text is "." or ";" or "(") return null;
            }
            return null;
        }
        var w = t[x];
        if (w.Kind != TokenKind.Word || !w.IsCap || w.Is(LexFlag.Months | LexFlag.Weekdays | LexFlag.Countries | LexFlag.Demonyms) || x + 1 < t.Count && t[x + 1].IsCap) return null;
        var dash = w.Text.LastIndexOf('-');
        var edition = dash > 0 && dash + 5 == w.Text.Length && int.TryParse(w.Text.AsSpan(dash + 1), out var year) && year is > 1900 and < 2100;
        return edition || w.IsAllCaps && w.Text.Length >= 4 && !w.Is(LexFlag.OrganizationHeads) ? (x, x + 1, x + 1) : null;
    }

    /// <summary>Words for the businesses a trade mission is made of.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> BusinessPlurals = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "companies", "enterprises", "businesses", "firms", "exporters", "importers", "investors", "entrepreneurs", "producers", "businesspeople", "businessmen", "smes", "industrialists", "manufacturers");

    /// <summary>"mission of fifteen agri-food companies", "mission of Northvale exporters": "of", up to four words, then a plural of businesses.</summary>
    private static bool MissionOfBusinesses(List<Token> t, int k)
    {
        if (k + 2 >= t.Count || t[k + 1].Lower != "of") return false;
        for (var x = k + 2; x < t.Count && x - k <= 6; x++)
        {
            if (BusinessPlurals.Contains(t[x].Lower)) return true;
            if (t[x].Kind == TokenKind.Punct) return false;
        }
        return false;
    }

    /// <summary>"the first Northvale business mission": an ordinal after the article, and a word between it and the head.</summary>
    private static bool OrdinalMission(List<Token> t, int d, int k) =>
        t[d].Lower == "the" && k - d >= 3 && t[d + 1].Lower is "first" or "second" or "third" or "next";

    /// <summary>"every summer", "each autumn", "every month": a series, like "every year".</summary>
    private static bool EverySeason(List<Token> t, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (t[k].Lower is "every" or "each" && t[k + 1].Lower is "summer" or "winter" or "spring" or "autumn" or "fall" or "month" or "quarter" or "season") return true;
        return false;
    }

    /// <summary>
    /// "…, which arrived the day before", "…, who had landed on Tuesday": a step back said in an aside or as "the day before"
    /// is a flashback. "The programme began on Tuesday with a visit to …" said in its own clause moves the story to that day,
    /// so that "on the same day" which follows is that Tuesday.
    /// </summary>
    private static bool IsAsideOrDayBefore(List<Token> t, DateMention d)
    {
        for (var k = d.TokStart; k < d.TokEnd && k < t.Count; k++)
            if (t[k].Lower == "day") return true;
        for (var k = Math.Max(0, d.TokStart - 10); k < d.TokStart; k++)
            if (t[k].Lower is "which" or "who" or "whom" or "after" or "having" or "had") return true;
        return false;
    }

    /// <summary>"until Saturday", "till 12 June", "through Friday": a date that ends a stay or a span.</summary>
    private static bool IsEndOfAStay(List<Token> t, int k) => k > 0 && t[k - 1].Lower is "until" or "till" or "through" or "untill";

    private static bool IsBoundOfASpan(List<Token> t, int k) => k > 0 && t[k - 1].Lower is "until" or "till" or "through" or "since";

    private static int HeadFirstNameEnd(List<Token> t, int e)
    {
        var x = e;
        while (x < t.Count && x - e < 4 && t[x].IsCap && t[x].Kind == TokenKind.Word && !t[x].IsPossessive &&
               !t[x].Is(LexFlag.Months | LexFlag.Weekdays | LexFlag.FunctionWords | LexFlag.OrganizationHeads | LexFlag.Facilities | LexFlag.EventHeads) && !Recognizer.IsTitleWord(t[x])) x++;
        return x;
    }

    /// <summary>"next month's", "this year's": a time in the possessive stands where an article would, before an occasion's name.</summary>
    private static bool IsTimePossessive(Token token) =>
        token.Lower is "year's" or "year’s" or "month's" or "month’s" or "week's" or "week’s" or "summer's" or "summer’s" or "autumn's" or "autumn’s";

    /// <summary>"the Harvest (Lantern) festival": a bracket around a capitalised word, inside a name, before an event head.</summary>
    private static bool IsBracketedNameWord(List<Token> t, int k) =>
        t[k].Text == ")" && k >= 2 && t[k - 1].IsCap && t[k - 2].Text == "(" || t[k].Text == "(" && k + 2 < t.Count && t[k + 1].IsCap && t[k + 2].Text == ")";

    private static bool IsEditionYear(Token token) => DateFinder.YearNumber(token) is not null;

    private static bool RecursYearly(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (t[k].Lower is "annually" or "yearly" || t[k].Lower is "every" or "each" && k + 1 < to && t[k + 1].Lower == "year") return true;
        return false;
    }

    /// <summary>The first place after "in" or "at" (or "to" for arrivals) within [from, to).</summary>
    private string? LocationIn(SentenceView v, int from, int to, bool includeTo)
    {
        var t = v.T;
        for (var i = Math.Max(0, from); i + 1 < to && i + 1 < t.Count; i++)
        {
            if (!(t[i].Lower is "in" or "at" || includeTo && t[i].Lower is "to")) continue;
            var k = i + 1;
            if (k < t.Count && t[k].Lower == "the") k++;
            if (k >= t.Count || !t[k].IsCap || t[k].Is(LexFlag.Months) || AnyDateCovers(v.Dates, k)) continue;
            // The longest organization starting at k; the first listed wins a tie.
            OrgEntity? org = null;
            var orgEnd = int.MinValue;
            foreach (var o in v.Orgs) if (o.Span.Start == k && o.Span.End > orgEnd) { org = o.Org; orgEnd = o.Span.End; }
            org = org?.Canon;
            if (org is not null && !IsCountry(org.Name)) return org.Name;
            if (AnyPersonIn(v.People, k, k + 1)) continue;
            var run = Recognizer.PlaceRun(t, k);
            if (run.End > run.Start && !t[run.End - 1].Is(LexFlag.EventHeads))
            {
                var name = Recognizer.Surface(t, run.Start, run.End);
                if (!IsCountry(name)) return FindOrg(name)?.Name ?? name;
            }
        }
        return null;
    }
}
