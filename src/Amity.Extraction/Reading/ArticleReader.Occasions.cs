using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

internal sealed partial class ArticleReader
{
    // Trip: a trip told by its leader or its journey ("led a delegation to X", "travelled to X"), a visit only with a date of its own.
    private readonly record struct Trigger(int Token, string Kind, bool Anaphoric, bool Welcome, bool Trip = false);

    private PartialDate? GuessDate => _published is { } p ? new PartialDate(p.Year, p.Month) : null;

    // ---------------------------------------------------------------- engagements

    internal static readonly System.Collections.Frozen.FrozenSet<string> TriggerWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "met", "meets", "meeting", "talks", "dinner", "luncheon", "banquet", "lunch", "visit", "call", "videoconference", "teleconference",
        "video-conference", "conference", "visited", "visiting", "visits", "arrived", "welcomed", "received", "hosted", "spoke", "called",
        "ceremony", "commemoration", "celebration", "reception", "led", "headed", "travelled", "traveled");

    private List<Trigger> EngagementTriggers(List<Token> t)
    {
        var triggers = new List<Trigger>();
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            // Only these words can start an engagement (the switch below gives no kind for any other).
            if (!t[i].Is(LexFlag.TriggerWords)) continue;
            var prev = i > 0 ? t[i - 1].Lower : "";
            var prev2 = i > 1 ? t[i - 2].Lower : "";
            if (Lexicon.Irrealis.Contains(prev) || Lexicon.Irrealis.Contains(prev2) && prev is not ("a" or "an" or "the" or "his" or "her" or "their")) continue;
            string? kind = null;
            var nounPhrase = false;
            var welcome = false;
            switch (w)
            {
                case "met" or "meets" when prev is not ("have" or "has" or "had" or "never"):
                    kind = "meeting"; break;
                case "meeting" or "talks" or "dinner" or "luncheon" or "banquet" or "lunch" or "visit" or "call" or "conference" or "videoconference" or "teleconference" or "video-conference":
                    kind = w switch
                    {
                        "meeting" or "talks" => "meeting",
                        "visit" => "visit",
                        "call" => prev is "courtesy" ? "meeting" : prev is "video" or "phone" or "telephone" or "conference" or "virtual" or "online" or "zoom" ? "call" : null,
                        // "a video conference" is a call; any other conference is an event.
                        "conference" => prev is "video" or "telephone" or "phone" or "online" ? "call" : null,
                        "videoconference" or "teleconference" or "video-conference" => "call",
                        _ => "dinner",
                    };
                    nounPhrase = true;
                    if (w == "meeting" && prev is "video" or "virtual" or "online") kind = "call";
                    if (w == "talks" && prev is "held" or "hold" or "holds") nounPhrase = false;
                    break;
                // "The commemoration was held at … on Tuesday and was attended by X and Y": a ceremony the people named attended.
                // "The ceremony … was attended by …" after an occasion already reported adds its people to that occasion.
                case "ceremony" or "commemoration" or "celebration" or "reception" when AttendedBy(t, i):
                    kind = "meeting";
                    if (prev is "the" or "this" && _engagements.Any(e => !e.Dropped)) { triggers.Add(new Trigger(i, kind, true, false)); continue; }
                    break;
                // "The delegation called on the Chief Minister": a courtesy meeting.
                case "called" when i + 1 < t.Count && t[i + 1].Lower == "on":
                    kind = "meeting"; break;
                case "visited" or "visiting" when !(prev is "the" or "a"):
                    kind = "visit"; break;
                case "visits" when i > 0 && (t[i - 1].IsCap || prev is "he" or "she" or "they"):
                    kind = "visit"; break;
                case "arrived" when i + 1 < t.Count && t[i + 1].Lower is "in" or "at":
                    kind = "visit"; break;
                // "… who took a trade delegation to X in 2023" said as "led a trade delegation to X", "headed the county's mission
                // to X", "travelled to X in spring": a trip to a place, told by its leader or its journey. The trigger stands
                // before the "to", where a visit's place is read.
                // Not "his former deputy travelled to X": a traveller unnamed, whom no participant stands for.
                case "led" or "headed" or "travelled" or "traveled" when !(prev is "was" or "were" or "is" or "are" or "be" or "been") && !UnnamedSubject(t, i) && TripTo(t, i) is var to and > 0:
                    triggers.Add(new Trigger(to - 1, "visit", false, false, Trip: true));
                    continue;
                case "welcomed" or "received" or "hosted" when !(i + 2 < t.Count && t[i + 1].Lower is "an" or "a" && t[i + 2].Lower is "invitation" or "award" or "letter" or "prize"):
                    kind = "meeting"; welcome = true; break;
                case "spoke" when i + 2 < t.Count && t[i + 1].Lower is "by" or "via" or "over" or "again":
                    var k = i + 1;
                    while (k < t.Count && k - i < 4 && !(t[k].Lower is "phone" or "video" or "telephone")) k++;
                    if (k < t.Count && t[k].Lower is "phone" or "video" or "telephone") { kind = "call"; i = k; }
                    break;
            }
            if (kind is null) continue;
            var anaphoric = false;
            if (nounPhrase)
            {
                // Only a noun with an article or a possessive: "his visit", "a meeting"; "the meeting" refers back.
                var d = i - 1;
                while (d >= 0 && i - d <= 4 && !t[d].Is(LexFlag.Determiners) && (t[d].Kind == TokenKind.Word || IsDigitOrdinal(t[d])) && !t[d].IsPossessive) d--;
                var hasDeterminer = d >= 0 && i - d <= 4 && (t[d].Is(LexFlag.Determiners) || t[d].IsPossessive);
                if (kind is null) continue;
                if (!hasDeterminer && !(w is "talks" or "call" or "videoconference" or "teleconference" or "dinner")) continue;
                // "The 12th Annual Meeting on Cooperation … was held in X on 25 November": a session numbered in its own
                // capitalised name is the one the story reports, not one referred back to.
                if (hasDeterminer && t[d].Lower == "the" && d + 1 < i && IsDigitOrdinal(t[d + 1]) && t[i].IsCap) { }
                else if (i + 1 < t.Count && t[i + 1].Lower is "took" or "was" && hasDeterminer && t[d].Lower == "the") anaphoric = true;
                // "the third meeting between them" counts meetings already reported.
                else if (hasDeterminer && t[d].Lower is "first" or "second" or "third" or "another" && d > 0 && t[d - 1].Lower == "the") anaphoric = true;
                else if (hasDeterminer && t[d].Lower is "the" or "this" or "that") anaphoric = !(i + 1 < t.Count && t[i + 1].Lower is "with" or "between" && t[d].Lower != "the");
                // "In their talks, …", "During their meeting, …": a phrase put before the clause names the occasion already
                // reported, as "the talks" would.
                else if (hasDeterminer && t[d].Lower == "their" && d > 0 && d == i - 1 && t[d - 1].Lower is "in" or "during" or "at" &&
                         AnyEngagementOfKind(kind)) anaphoric = true;
            }
            triggers.Add(new Trigger(i, kind, anaphoric, welcome));
        }
        return triggers;
    }

    /// <summary>
    /// The "to" of a trip after the verb at <paramref name="i"/>: "travelled to", "led a (municipal) delegation to", "headed the
    /// mission of the county to", "led a business mission of twelve firms to"; 0 when there is none.
    /// </summary>
    private static int TripTo(List<Token> t, int i)
    {
        if (t[i].Lower is "travelled" or "traveled") return i + 1 < t.Count && t[i + 1].Lower == "to" ? i + 1 : 0;
        if (i + 1 >= t.Count || !(t[i + 1].Is(LexFlag.Determiners) || t[i + 1].IsPossessive)) return 0;
        for (var k = i + 2; k < t.Count && k <= i + 5; k++)
        {
            if (t[k].Lower is not ("delegation" or "mission")) continue;
            for (var j = k + 1; j < t.Count && j <= k + 5; j++)
            {
                if (t[j].Lower == "to") return j;
                if (t[j].Text is "," or ";" or "." || t[j].Lower is "which" or "who" or "that") return 0;
            }
            return 0;
        }
        return 0;
    }

    /// <summary>"his predecessor (first) led", "their deputy travelled": a possessive and a lower-case noun just before the verb.</summary>
    private static bool UnnamedSubject(List<Token> t, int i)
    {
        for (var k = Math.Max(0, i - 3); k + 1 < i; k++)
            if (t[k].Lower is "his" or "her" or "their" or "its" or "our" && !t[k + 1].IsCap && t[k + 1].Kind == TokenKind.Word) return true;
        return false;
    }

    /// <summary>"12th", "3rd", "21st": an ordinal written in digits.</summary>
    private static bool IsDigitOrdinal(Token token)
    {
        var s = token.Text;
        return s.Length is >= 3 and <= 5 && char.IsAsciiDigit(s[0]) &&
               (s.EndsWith("th", StringComparison.OrdinalIgnoreCase) || s.EndsWith("st", StringComparison.OrdinalIgnoreCase) ||
                s.EndsWith("nd", StringComparison.OrdinalIgnoreCase) || s.EndsWith("rd", StringComparison.OrdinalIgnoreCase)) && char.IsAsciiDigit(s[^3]);
    }

    /// <summary>
    /// Whether an occasion of this kind is already reported. A loop, not a lambda: a lambda capturing the trigger loop's
    /// <c>kind</c> would allocate its closure for every word of every sentence.
    /// </summary>
    private bool AnyEngagementOfKind(string? kind)
    {
        foreach (var e in _engagements) if (!e.Dropped && e.Kind == kind) return true;
        return false;
    }

    /// <summary>The occasion an "Attendees" section of a programme-style release lists the people of, while it lasts.</summary>
    private EngagementDraft? _attendeesOf;

    /// <summary>
    /// "3. Attendees", "Who attended the signing", "2. Visiting delegation (principal members)", "In attendance:": a heading (a
    /// short line with no verb of its own) that opens a list of the people of the occasion just reported. The lines after
    /// it, until a numbered heading or a sentence of prose with no person, name its participants.
    /// </summary>
    private bool ReadAttendeesSection(SentenceView v)
    {
        var t = v.T;
        if (IsAttendeesHeading(t))
        {
            _attendeesOf = null;
            for (var k = _engagements.Count - 1; k >= 0; k--)
                if (!_engagements[k].Dropped && _engagements[k].Participants.Count >= 2) { _attendeesOf = _engagements[k]; break; }
            return true;
        }
        if (_attendeesOf is not { } e) return false;
        // "4. Main points of the conversation", "(4) Contents:", or prose with no one in it: the list is over.
        // An occasion of its own ("On Tuesday the delegation visited the port …") ends it too.
        if (OpensNumberedHeading(t) || v.People.Count == 0 && t.Count > 12 || EngagementTriggers(t).Count > 0) { _attendeesOf = null; return false; }
        foreach (var m in v.People) { e.Add(m.Person); Index(e, m.Person.Canon); }
        return v.People.Count > 0;
    }

    private static bool IsAttendeesHeading(List<Token> t)
    {
        if (t.Count > 9) return false;
        var start = !OpensNumberedHeading(t) ? 0 : t[0].Text == "(" ? 3 : t[1].Text == "." ? 2 : 1;
        for (var k = start; k < t.Count; k++)
        {
            var w = t[k].Lower;
            if (w is "attendees" or "attendance" or "participants" || w == "attended" && k > 0 && t[k - 1].Lower == "who" ||
                w == "delegation" && k > start && t[k - 1].Lower is "visiting" or "the" && k == start + 1 ||
                w is "members" && k + 2 < t.Count && t[k + 1].Lower == "of" && t[k + 2].Lower is "the" or "delegation") return true;
            // A verb or a sentence's end: prose, not a heading.
            if (w is "were" or "was" or "are" or "is" || t[k].Text == "." && k == t.Count - 1 && k > start + 3) return false;
        }
        return false;
    }

    /// <summary>"3. Comments", "3 Attendees", "(4) Contents": a number (in brackets or with a full stop) opening a heading line.</summary>
    private static bool OpensNumberedHeading(List<Token> t) =>
        t.Count >= 2 && t.Count <= 10 && (t[0].Kind == TokenKind.Number && (t[1].Text == "." || t[1].IsCap) ||
                                          t.Count >= 4 && t[0].Text == "(" && t[1].Kind == TokenKind.Number && t[2].Text == ")");

    private void ReadEngagements(SentenceView v)
    {
        var t = v.T;
        if (ReadAttendeesSection(v)) return;
        var triggers = EngagementTriggers(t);
        if (triggers.Count == 0)
        {
            // "Also present were …", "The call was joined by …": more participants of the occasion just reported.
            if (!JoinsLastOccasion(t)) return;
            // "… also attended the signing ceremony": the occasion on which the last document was signed, however far back.
            var joined = MentionsTheSigning(t) ? SigningOccasion() : null;
            // "Attending the ceremony were …", "Present at the meeting were …": the occasion the sentence names is the one
            // reported, however many sentences about the document lie between; a ceremony is the signing's when one was signed.
            var named = NamedOccasionAtTheStart(t);
            if (joined is null && named is "ceremony") joined = SigningOccasion();
            if (joined is null && named is not null && _engagements.LastOrDefault(x => !x.Dropped) is { } reported) joined = reported;
            // "The event was also attended by …": a subject that names the occasion itself refers to the last one, however far back.
            if (joined is null && _engagements.LastOrDefault(x => !x.Dropped) is { } last &&
                (LastSpokenOf(last) >= v.Index - (IsRecent(last) ? 4 : 2) || t.Count > 1 && t[0].Lower is "the" or "this" && t[1].Lower is "event" or "occasion" or "gathering" or "audience")) joined = last;
            // "The Arlen delegation comprised …", "X and Y attended the ceremony", "The signing was witnessed by …": the people
            // of the story's occasion, however many paragraphs of speeches lie between (the occasion just spoken of, when there
            // is one, takes them above).
            if (joined is null && ListsTheStorysPeople(t)) joined = LastOccasionOfTheStory();
            if (joined is not null)
                foreach (var m in v.People) { joined.Add(m.Person); Index(joined, m.Person.Canon); }
            return;
        }
        var refersToSigning = MentionsTheSigning(t);
        var group = GroupReference(t);
        var people = new List<PersonEntity>(v.People.Count + group.Count);
        foreach (var m in v.People) if (!people.Contains(m.Person.Canon)) people.Add(m.Person.Canon);
        foreach (var g in group) if (!people.Contains(g)) people.Add(g);

        EngagementDraft? referenced = null;
        foreach (var tr in triggers.Where(x => x.Anaphoric))
        {
            referenced = _engagements.LastOrDefault(e => !e.Dropped && e.Kind == tr.Kind) ?? _engagements.LastOrDefault(e => !e.Dropped);
            if (referenced is null) continue;
            foreach (var p in people) { referenced.Add(p); Index(referenced, p); }
            _spokenOf[referenced] = v.Index;
            RefineGuessedEngagementDate(referenced, v, tr.Token);
        }
        if (refersToSigning && _agreements.Count > 0)
            referenced = _engagements.LastOrDefault(e => !e.Dropped && e.Date is { } d && _agreements[^1].Date is { } ad && d.Equals(ad)) ?? referenced;

        var fresh = triggers.Where(x => !x.Anaphoric).ToList();
        // An engagement has happened: dates after publication belong to something else in the sentence.
        // "… the relationship that has linked them since 1997": a date after "since" is when something began, not the occasion.
        var past = new List<DateMention>(v.Dates.Count);
        foreach (var d in v.Dates)
            if ((_published is null || d.Date.FirstDay <= _published.Value) && !(d.TokStart > 0 && t[d.TokStart - 1].Lower == "since" && !WhenClauseAfter(t, d.TokEnd)) && !BeganInAnEarlierYear(t, d) && !DatesAnEarlierSigning(t, d)) past.Add(d);
        for (var n = 0; n < fresh.Count; n++)
        {
            var tr = fresh[n];
            var segEnd = n + 1 < fresh.Count ? fresh[n + 1].Token : t.Count;
            var prefixEnd = fresh[0].Token;
            // The first date after the trigger in its part of the sentence, else the last before the first trigger, else the first.
            PartialDate? date = null;
            foreach (var d in past)
                if (d.TokStart >= tr.Token && d.TokStart < segEnd && !OpensSpan(t, d.TokStart, past, prefixEnd)) { date = d.Date; break; }
            if (date is null)
                for (var k = past.Count - 1; k >= 0; k--)
                    if (past[k].TokEnd <= prefixEnd) { date = past[k].Date; break; }
            if (date is null && past.Count > 0) date = past[0].Date;
            var guess = false;
            if (date is null && referenced?.Date is { } rd) date = rd;
            if (date is null && refersToSigning && _agreements.Count > 0) date = _agreements[^1].Date;
            date ??= PartOfTheDay(t);
            if (date is null) { date = GuessDate; guess = true; }
            // "… who led a delegation to X" with no date: when, the sentence does not say; no record.
            if (tr.Trip && guess) continue;
            if (date is { } dd && _published is { } pub && dd.FirstDay > pub) continue;
            if (people.Count == 0) continue;

            var e = new EngagementDraft(tr.Kind, v.Index) { Date = date, DateIsGuess = guess };
            foreach (var p in people) e.Add(p);
            var subject = people[0];
            string? location = null;
            OrgEntity? host = null;
            if (tr.Kind == "visit")
            {
                var k = tr.Token + 1;
                if (k < t.Count && t[k].Lower is "to" or "in") k++;
                var org = v.Orgs.Where(o => o.Span.Start == k || o.Span.Start == k + 1 && t[k].Lower == "the").Select(o => o.Org.Canon).FirstOrDefault();
                if (org is not null && !IsCountry(org.Name)) { location = org.Name; host = org.IsRegion ? org : null; }
            }
            if (tr.Kind == "meeting" && tr.Token + 2 < t.Count && t[tr.Token].Lower == "call" && t[tr.Token + 1].Lower == "on" && v.People.FirstOrDefault(p => p.Token > tr.Token + 1).Person is { } visited)
                host = RegionOf(visited.Canon.Org);
            location ??= LocationIn(v, tr.Token, segEnd, includeTo: tr.Welcome);
            if (location is null && _datelinePlace is not null && date is { } near && _published is { } p2 && near.FirstDay >= p2.AddDays(-10) && (near.IsFullDate || guess))
                location = FindOrg(_datelinePlace)?.Name ?? _datelinePlace;
            if (host is null && location is not null && FindOrg(location) is { IsRegion: true } placeOrg && !tr.Welcome) host = placeOrg;
            host ??= tr.Kind is "meeting" or "dinner" ? RegionOf(subject.Org) : null;
            if (location is not null && host is not null && location.Split(' ').All(w => Lexicon.Facilities.Contains(w.ToLowerInvariant()) || w is "City" or "Town" or "Government" or "Provincial"))
                location = RegionAliases(host.Name).FirstOrDefault() is { } shortName ? shortName + " " + location : host.Name + " " + location;
            e.Location = location;
            e.Host = host;
            AddEngagement(e, refersToSigning ? referenced : null, tr.Token >= 2 && (t[tr.Token - 1].Lower is "also" || t[tr.Token - 2].Lower is "also"));
        }
    }

    /// <summary>
    /// An occasion of the story's own days (within two weeks of publication): the people a release lists a few sentences after
    /// it ("The delegation included …", "X was accompanied by …", after a quote or two) were at it. One recalled from earlier
    /// takes them only from the next two sentences.
    /// </summary>
    private bool IsRecent(EngagementDraft e) => IsStoryDay(e.Date);

    /// <summary>A full day of the story's own time: within the two weeks up to the day of publication.</summary>
    private bool IsStoryDay(PartialDate? date) =>
        _published is { } pub && date is { IsFullDate: true } d && d.FirstDay <= pub && d.FirstDay >= pub.AddDays(-14);

    private static bool MentionsTheSigning(List<Token> t)
    {
        for (var k = 1; k < t.Count; k++)
            if (t[k].Lower == "signing" && t[k - 1].Lower is "the" or "this") return true;
        return false;
    }

    /// <summary>The occasion dated on the day the last document was signed, if the story reports one.</summary>
    private EngagementDraft? SigningOccasion()
    {
        if (_agreements.Count == 0 || _agreements[^1].Date is not { } day) return null;
        for (var k = _engagements.Count - 1; k >= 0; k--)
            if (!_engagements[k].Dropped && _engagements[k].Date is { } d && d.Equals(day)) return _engagements[k];
        return null;
    }

    /// <summary>
    /// "… welcomed the delegation and recalled that the two cities established friendly relations in 2017", "the agreement was
    /// signed in 2014, and since then …": a year of an earlier year after a word of a beginning is when a tie began, not the day
    /// of the occasion the sentence reports.
    /// </summary>
    private bool BeganInAnEarlierYear(List<Token> t, DateMention d)
    {
        if (d.Date.Month is not null || _published is not { } pub || d.Date.Year >= pub.Year) return false;
        if (StartWordBefore(t, d.TokStart)) return true;
        for (var k = Math.Max(0, d.TokStart - 4); k < d.TokStart; k++)
            if (t[k].Lower is "born" or "established" or "concluded") return true;
        return false;
    }

    /// <summary>The last sentence that reported an occasion or referred back to it ("The meeting took place …").</summary>
    private readonly Dictionary<EngagementDraft, int> _spokenOf = [];

    private int LastSpokenOf(EngagementDraft e) => _spokenOf.TryGetValue(e, out var s) && s > e.Sentence ? s : e.Sentence;

    /// <summary>
    /// "X held a meeting with Y. … The meeting took place yesterday, 15 April, …", "During the visit, which took place yesterday
    /// at …": a sentence that refers back to an occasion dated only by the month of publication gives its day (a recent full
    /// day after the noun), as a later sentence does for a document.
    /// </summary>
    private void RefineGuessedEngagementDate(EngagementDraft e, SentenceView v, int noun)
    {
        if (!e.DateIsGuess) return;
        foreach (var d in v.Dates)
        {
            if (d.TokStart <= noun || !IsStoryDay(d.Date)) continue;
            // A document signed at that occasion ("Following the talks, the parties signed …"), dated by the same guess, was signed that day.
            foreach (var a in _agreements)
                if (a.Date is { } ad && e.Date is { } ed && ad.Equals(ed) && Math.Abs(a.Sentence - e.Sentence) <= 2 && _guessedAgreementDates.Remove(a)) a.Date = d.Date;
            e.Date = d.Date;
            e.DateIsGuess = false;
            _engagementDates.Add(d.Date);
            return;
        }
    }

    /// <summary>
    /// "On 1 May, … welcomed the delegation on its visit during 30 April – 3 May": a span after the verb is the visit's,
    /// and the day named before the verb is the occasion's.
    /// </summary>
    private static bool OpensSpan(List<Token> t, int k, List<DateMention> past, int prefixEnd) =>
        k > 0 && t[k - 1].Lower is "during" or "from" or "between" or "through" or "throughout" &&
        past.Any(d => d.TokEnd <= prefixEnd && d.Date.IsFullDate);

    /// <summary>"… was attended by", "… in the presence of" after an occasion's noun at i, in its sentence.</summary>
    private static bool AttendedBy(List<Token> t, int i)
    {
        for (var k = i + 1; k + 1 < t.Count && k - i <= 40; k++)
            if (t[k].Lower is "attended" && t[k + 1].Lower is "by" or "directly" || t[k].Lower == "presence" && t[k + 1].Lower == "of") return true;
        return false;
    }

    /// <summary>
    /// Words that add people to an occasion already reported: "also present", "attended by", "joined by", "also took part",
    /// "Also taking part were …", "… took part", "The district was represented by …", "The delegation comprised …".
    /// </summary>
    private static bool JoinsLastOccasion(List<Token> t)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var (w, next) = (t[i].Lower, t[i + 1].Lower);
            if (w == "also" && next is "present" or "attended" or "took" or "joined" or "participated" or "taking" or "attending" or "participating" or "included" or "includes") return true;
            if (w is "took" or "taking" && next == "part" || w == "in" && next == "attendance") return true;
            if (w == "represented" && next == "by" && i > 0 && t[i - 1].Lower is "was" or "were") return true;
            // "Present at the signing were …", "Attending the talks were …", "Participating in the welcome were …".
            if (i == 0 && w is "present" or "attending" or "participating" or "joining" && HasWereAfter(t)) return true;
            // "The delegation comprised …", "The Arlen side included …", "The mission was integrated by …" (the Spanish and
            // Portuguese "integrada por"), "The team was formed by …".
            if (w is "delegation" or "delegations" or "side" or "team" or "mission" && next is "comprised" or "comprises" or "included" or "includes" or "consisted" or "was" or "also" &&
                (next is "comprised" or "comprises" or "included" or "includes" or "consisted" || i + 2 < t.Count && t[i + 2].Lower is "composed" or "made" or "included" or "comprised" or "integrated" or "formed")) return true;
            // "The delegation was led by …", "The delegation is headed by …", "The delegation, led by …, includes …": its
            // leaders are at the occasion that received it.
            if (w is "delegation" or "delegations" && (next is "led" or "headed" || next is "was" or "is" or "were" && i + 2 < t.Count && t[i + 2].Lower is "led" or "headed" ||
                next == "," && i + 2 < t.Count && t[i + 2].Lower is "led" or "headed")) return true;
            if (w is "attended" or "joined" or "accompanied" && i > 0 && t[i - 1].Lower is "was" or "were" or "also")
                for (var k = i + 1; k < t.Count && k <= i + 4; k++)
                    if (t[k].Lower == "by") return true;
            if (JoinsTheStorysOccasion(t, i)) return true;
        }
        return false;
    }

    /// <summary>
    /// Words at <paramref name="i"/> that list who was at the story's occasion, said as often several paragraphs after it as
    /// beside it: "The guests' delegation comprised …", "… brought a delegation which includes …", "The delegation is composed
    /// of …", "X and Y attended the reception", "The signing was witnessed by …", "… were on hand".
    /// </summary>
    private static bool JoinsTheStorysOccasion(List<Token> t, int i)
    {
        var w = t[i].Lower;
        if (w == "on" && i + 1 < t.Count && t[i + 1].Lower == "hand" && i > 0 && t[i - 1].Lower is "also" or "were" or "was") return true;
        if (w == "witnessed" && i + 1 < t.Count && t[i + 1].Lower == "by" && i > 0 && t[i - 1].Lower is "was" or "were" or "also") return true;
        if (w == "attended" && i + 2 < t.Count && t[i + 1].Lower == "the" && t[i + 2].Lower is "signing" or "ceremony" or "meeting" or "talks" or "reception") return true;
        return ListsADelegation(t, i);
    }

    /// <summary>"delegation included", "delegation that included", "delegation was made up of", "delegation comprised" at <paramref name="i"/>.</summary>
    private static bool ListsADelegation(List<Token> t, int i)
    {
        if (t[i].Lower is not ("delegation" or "delegations") || i + 1 >= t.Count) return false;
        var k = i + 1;
        if (t[k].Lower is "that" or "which" && k + 1 < t.Count) k++;
        if (t[k].Lower is "included" or "includes" or "comprised" or "comprises" or "consisted") return true;
        return t[k].Lower is "was" or "is" && k + 2 < t.Count && (t[k + 1].Lower is "composed" or "comprised" || t[k + 1].Lower == "made" && t[k + 2].Lower == "up");
    }

    /// <summary>Whether a sentence lists who was at the story's occasion (<see cref="JoinsTheStorysOccasion"/>).</summary>
    private static bool ListsTheStorysPeople(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
            if (JoinsTheStorysOccasion(t, i)) return true;
        return false;
    }

    /// <summary>The last occasion of the story's own days at which two or more people met, however far back.</summary>
    private EngagementDraft? LastOccasionOfTheStory()
    {
        for (var k = _engagements.Count - 1; k >= 0; k--)
            if (!_engagements[k].Dropped && _engagements[k].Participants.Count >= 2 && IsRecent(_engagements[k])) return _engagements[k];
        return null;
    }

    /// <summary>"ceremony" of "Attending the ceremony were …", "meeting" of "Present at the meeting were …": the occasion named
    /// by "the" or "this" within the first five words of a sentence that adds people to it.</summary>
    private static string? NamedOccasionAtTheStart(List<Token> t)
    {
        for (var k = 1; k < t.Count && k <= 5; k++)
            if (t[k - 1].Lower is "the" or "this" && t[k].Lower is "ceremony" or "meeting" or "talks" or "session" or "reception" or "signing" or "event" or "occasion" or "act")
                // "Present at the act were …": the Spanish "acto", the Portuguese "ato", the French "acte" of a signing is its ceremony.
                return t[k].Lower is "signing" or "act" ? "ceremony" : t[k].Lower;
        return null;
    }

    private static bool HasWereAfter(List<Token> t)
    {
        for (var k = 1; k < t.Count && k <= 8; k++)
            if (t[k].Lower is "were" or "was") return true;
        return false;
    }

    /// <summary>
    /// "Relations have grown since May 2009, when the harbour boards first met …": a "when" right after the date (past a comma) opens a clause
    /// that the date dates, so that date is the day of what the clause tells, not only when something began.
    /// </summary>
    private static bool WhenClauseAfter(List<Token> t, int end) =>
        end < t.Count && (t[end].Lower == "when" || t[end].Text == "," && end + 1 < t.Count && t[end + 1].Lower == "when");

    /// <summary>"the two mayors", "the two leaders", "They": the people the story is about.</summary>
    private List<PersonEntity> GroupReference(List<Token> t, bool signing = false)
    {
        for (var i = 0; i < t.Count; i++)
        {
            // "the heads of both provinces signed", "the leaders of the two cities signed": the leaders of the sides, as "both
            // leaders"; "the mayors of the two cities" are the two holders of that office when there are two.
            if (signing && t[i].Lower == "the" && i + 4 < t.Count && t[i + 2].Lower == "of" &&
                (t[i + 3].Lower == "both" || t[i + 3].Lower == "the" && t[i + 4].Lower == "two") &&
                t[i + 1].Lower is "heads" or "leaders" or "chiefs" or "mayors" or "governors" or "presidents")
                return t[i + 1].Lower is "heads" or "leaders" or "chiefs" || TitledPair(t[i + 1].Lower.TrimEnd('s')) is not { Count: 2 } pair ? LeadersOfTheSides() : pair;
            if (t[i].Lower == "they" && (i == 0 || t[i - 1].Kind == TokenKind.Punct))
                return _engagements.LastOrDefault(e => !e.Dropped && e.Participants.Count >= 2)?.Participants.Take(2).ToList() ?? [];
            // "both sides signed", "the two parties signed", "both leaders signed": the two people who lead the sides of the
            // story's meeting, one from each side (the delegations' first-named members are their leaders).
            // Only of a signing: "the two sides met" may be any of the delegations' members, and the meeting lists them all.
            if (signing && (t[i].Lower == "both" || t[i].Lower == "two" && i > 0 && t[i - 1].Lower == "the") && i + 1 < t.Count &&
                t[i + 1].Lower is "sides" or "parties" or "leaders" or "delegations" or "heads")
                return LeadersOfTheSides();
            // "the parties signed", "the sides signed": the same two, said without a number.
            if (signing && t[i].Lower == "the" && i + 2 < t.Count && t[i + 1].Lower is "sides" or "parties" && t[i + 2].Is(LexFlag.SignVerbs))
                return LeadersOfTheSides();
            if (signing && t[i].Lower == "both" && i + 1 < t.Count && TitledPair(t[i + 1].Lower.TrimEnd('s')) is { Count: 2 } titled) return titled;
            if (t[i].Lower == "two" && i > 0 && t[i - 1].Lower == "the" && i + 1 < t.Count)
            {
                // "The two signed …", "The two then met …": the two people of the occasion just reported.
                if (t[i + 1].Is(LexFlag.SignVerbs) || t[i + 1].Lower is "then" or "also" or "later" or "jointly")
                    return _engagements.LastOrDefault(e => !e.Dropped && e.Participants.Count >= 2)?.Participants.Take(2).ToList() ?? [];
                var noun = t[i + 1].Lower.TrimEnd('s');
                if (noun is "side" or "region" or "citie" or "city" or "province" or "countrie" or "government") return [];
                var byTitle = TitledPair(noun);
                if (byTitle.Count == 2) return byTitle;
                return _engagements.FirstOrDefault(e => !e.Dropped && e.Participants.Count >= 2)?.Participants.Take(2).ToList() ?? [];
            }
        }
        return [];
    }

    /// <summary>
    /// "In the evening, the governor hosted a dinner …", "Later that day …", "that afternoon": a part of a day, said with no
    /// date, is a part of the day the story is at; "last night" or "last evening" is the evening before publication.
    /// </summary>
    private PartialDate? PartOfTheDay(List<Token> t)
    {
        for (var k = 1; k < t.Count; k++)
        {
            if (t[k].Lower is not ("evening" or "afternoon" or "morning" or "night" or "day" or "noon" or "lunchtime")) continue;
            var before = t[k - 1].Lower;
            if (before == "last" && t[k].Lower is "evening" or "night")
                return _published is { } p ? PartialDate.FromDate(p.AddDays(-1)) : null;
            // "the same day" / "that day", but not "the next day" (a date of its own) nor "every day".
            if (t[k].Lower == "day" ? before is "that" || before == "same" && k >= 2 && t[k - 2].Lower is "the" or "that" :
                before is "that" or "same" || before == "the" && k >= 2 && t[k - 2].Lower is "in" or "during")
                return _narrative ?? _anchor;
        }
        return null;
    }

    /// <summary>"the two governors", "both mayors": the first two people whose one-word title is that noun.</summary>
    private List<PersonEntity> TitledPair(string noun) =>
        _people.Where(p => p.MergedInto is null && p.Title is { } title && !title.Contains(' ') && title.Equals(noun, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.FirstSentence).Take(2).ToList();

    /// <summary>
    /// The first participant of the story's first meeting of two or more, and the first one after them from another body or
    /// region: the heads of the two sides. Their first two when no one is known to belong elsewhere.
    /// </summary>
    private List<PersonEntity> LeadersOfTheSides()
    {
        if (_engagements.FirstOrDefault(e => !e.Dropped && e.Participants.Count >= 2) is not { } main) return [];
        var first = main.Participants[0].Canon;
        var side = RegionOf(first.Org);
        foreach (var p in main.Participants)
            if (p.Canon != first && side is not null && RegionOf(p.Canon.Org) is { } other && other != side) return [first, p.Canon];
        return [first, main.Participants[1].Canon];
    }

    private readonly Dictionary<OrgEntity, OrgEntity> _regionOf = [];

    private OrgEntity? RegionOf(OrgEntity? org)
    {
        if (org is null) return null;
        org = org.Canon;
        if (org.IsRegion) return org;
        if (_regionOf.TryGetValue(org, out var cached)) return cached;
        return _regionOf[org] = FindRegionOf(org);
    }

    /// <summary>"Gyeonggi Provincial Assembly" belongs to Gyeonggi Province: the region whose short name starts the body's name.</summary>
    private OrgEntity FindRegionOf(OrgEntity org)
    {
        var words = org.Name.Split(' ');
        for (var n = Math.Min(words.Length - 1, 5); n >= 1; n--)
            if (FindOrg(string.Join(' ', words[..n])) is { IsRegion: true } r && !IsCountry(r.Name)) return r;
        return org;
    }

    private readonly Dictionary<PersonEntity, List<EngagementDraft>> _engagementsOf = [];
    private readonly HashSet<PartialDate> _engagementDates = [];

    private void Track(EngagementDraft e)
    {
        _engagements.Add(e);
        if (e.Date is { } d) _engagementDates.Add(d);
        foreach (var p in e.Participants) Index(e, p);
    }

    private void Index(EngagementDraft e, PersonEntity p)
    {
        if (!_engagementsOf.TryGetValue(p, out var list)) _engagementsOf[p] = list = [];
        if (list.Count == 0 || list[^1] != e) { if (!list.Contains(e) || list.Count < 8) list.Add(e); }
    }

    private void AddEngagement(EngagementDraft e, EngagementDraft? signing, bool another = false)
    {
        var target = signing is not null && signing.Date.Equals(e.Date) ? signing : null;
        target ??= e.Participants.SelectMany(p => _engagementsOf.TryGetValue(p, out var l) ? l : []).FirstOrDefault(x => !x.Dropped && x.Date.Equals(e.Date));
        // "X received Y on Monday. … X warmly welcomed the delegation and recalled …": an occasion with no date of its own, of
        // someone at a recent one, is that occasion told again, not another in the month of publication ("The governor also
        // held talks with the Rector …": "also" marks another occasion).
        if (target is null && e.DateIsGuess && !another)
            target = e.Participants.SelectMany(p => _engagementsOf.TryGetValue(p, out var l) ? l : [])
                .LastOrDefault(x => !x.Dropped && x.Kind == e.Kind && IsStoryDay(x.Date));
        if (target is null) { e.SaidAsAnother = another; Track(e); return; }
        foreach (var p in e.Participants) { target.Add(p); Index(target, p); }
        target.Location ??= e.Location;
        target.Host ??= e.Host;
    }

    /// <summary>"Minister of Labour and Immigration" → "Minister": an office without its portfolio or seat.</summary>
    private static string TitleHead(string title)
    {
        foreach (var link in (ReadOnlySpan<string>)[" of ", " for ", " to ", " in "])
        {
            var k = title.IndexOf(link, StringComparison.Ordinal);
            if (k > 0) title = title[..k];
        }
        return title;
    }

    /// <summary>
    /// "the Chair of Region X" for the chair of "Regional Board of Region X", "the Governor of X" for the governor of "X
    /// Province": a body named with an office is the holder's body, the region it belongs to, or a body whose name ends with it.
    /// </summary>
    private bool SameOfficeBody(OrgEntity? holder, OrgEntity named)
    {
        if (holder is null) return false;
        holder = holder.Canon;
        named = named.Canon;
        if (holder == named || RegionOf(holder) == RegionOf(named)) return true;
        return holder.Name.EndsWith(" " + named.Name, StringComparison.Ordinal) || named.Name.EndsWith(" " + holder.Name, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- agreements

    private readonly Queue<AgreementDraft> _pending = new();
    private readonly HashSet<string> _agreementKeys = new(StringComparer.Ordinal);

    /// <summary>The oldest agreement reported as signed without saying by whom.</summary>
    private AgreementDraft? Pending()
    {
        while (_pending.Count > 0 && _pending.Peek().Signatories.Count > 0) _pending.Dequeue();
        return _pending.Count > 0 ? _pending.Peek() : null;
    }

    /// <summary>Whether the sentence being read opens with "On the same day", "On the same occasion", "At the same time" or "Also".</summary>
    private bool _sideSigning;

    private static bool OpensBesideTheDaysOccasion(List<Token> t) =>
        t.Count > 3 && (t[0].Lower == "also" || t[0].Lower is "on" or "at" && t[1].Lower == "the" && t[2].Lower == "same" && t[3].Lower is "day" or "occasion" or "time" or "ceremony");

    private void ReadAgreements(SentenceView v)
    {
        var t = v.T;
        _sideSigning = OpensBesideTheDaysOccasion(t);
        var verb = -1;
        for (var i = 0; i < t.Count; i++)
            // "The renewed agreement was signed by …": a participle after an article describes the document; the verb comes later.
            if (t[i].Is(LexFlag.SignVerbs) && !(i > 0 && t[i - 1].Is(LexFlag.Irrealis) && t[i - 1].Lower is not ("agreed")) &&
                !(i > 0 && t[i].Lower.EndsWith("ed", StringComparison.Ordinal) && t[i - 1].Lower is "the" or "a" or "an" or "this" or "its" or "their" && i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && !(t[i + 1].Lower is "by" or "in" or "on" or "at"))) { verb = i; break; }
        // "After the signing, the two harbour chiefs signed a pilotage memorandum": "the signing" with no "of" after it points back at the
        // occasion just reported; the verb of this sentence's signing is the later one.
        if (verb > 0 && t[verb].Lower == "signing" && t[verb - 1].Lower == "the" && !(verb + 1 < t.Count && t[verb + 1].Lower == "of"))
            for (var i = verb + 1; i < t.Count; i++)
                if (t[i].Lower is "signed" or "signs" or "sign") { verb = i; break; }
        // "put their names to the charter", "affixed their signatures to", "proceeded to the signature of": the subject signed.
        var idiom = verb < 0 ? SigningIdiom(t) : -1;
        if (idiom >= 0) verb = idiom;
        var nouns = new List<int>();
        for (var i = 0; i < t.Count; i++)
            if ((t[i].Is(LexFlag.AgreementNouns) && !(i > 0 && t[i - 1].Lower is "of" && i > 1 && t[i - 2].Lower is "memorandum") || IsLetterOfIntent(t, i)) &&
                // "a Memorandum of Understanding (MoU)": the short form in brackets is the same document.
                !(i > 0 && t[i - 1].Text == "(" && nouns.Count > 0 && i - nouns[^1] <= 4))
                nouns.Add(i);
        // A working document signed is named, not referred back to: "signed the Action Plan" is a new document.
        var workingDocument = nouns.Count == 0 && verb >= 0 ? SignedWorkingDocument(t, verb) : -1;
        if (workingDocument >= 0) nouns.Add(workingDocument);

        if (verb < 0)
        {
            // "Sung … and Sui … agreed to …": signatories of an agreement whose signing was reported without names.
            var agreed = -1;
            for (var i = 0; i < t.Count; i++) if (t[i].Lower == "agreed") { agreed = i; break; }
            // Nothing below applies without "agreed" or an agreement noun.
            if (agreed <= 0 && nouns.Count == 0) return;
            var pending = Pending();
            var before = v.People.Where(p => p.Token < agreed).Select(p => p.Person.Canon).Distinct().ToList();
            if (agreed > 0 && pending is not null && before.Count >= 2 && nouns.Count == 0)
            {
                FillSignatories(pending, before);
                AddAreasAndCommitments(pending, v, 0, t.Count);
                return;
            }
            // "Under the memorandum, …": more about the last agreement.
            if (nouns.Count > 0 && _agreements.Count > 0 && nouns.Any(n => n > 0 && (t[n - 1].Lower is "the" or "this" || n > 1 && t[n - 2].Lower is "the")))
                AddAreasAndCommitments(_agreements[^1], v, 0, t.Count);
            return;
        }
        if (nouns.Count == 0)
        {
            SignedItBy(v, verb);
            return;
        }
        // "No agreement was signed during the visit."
        if (nouns[0] > 0 && t[nouns[0] - 1].Lower == "no" || verb > 0 && t[verb - 1].Lower is "not" or "never" || verb > 1 && t[verb - 2].Lower is "not" or "never") return;

        var passive = verb > 0 && t[verb - 1].Lower is "was" or "were" or "been" || verb + 1 < t.Count && t[verb + 1].Lower == "by";
        var byIndex = t.FindIndex(verb, x => x.Lower == "by");
        List<PersonEntity> signatories;
        if (t[verb].Lower == "signing" && idiom < 0) signatories = SigningOfBy(v, verb, byIndex);
        else if (passive)
        {
            signatories = byIndex >= 0 ? SignedBy(v, byIndex) : [];
            // "… was signed by the two governors".
            if (signatories.Count == 0 && byIndex >= 0) signatories = GroupReference(t.Skip(byIndex).ToList(), signing: true);
        }
        else
        {
            signatories = v.People.Where(p => p.Token < verb).Select(p => p.Person.Canon).Distinct().ToList();
            if (signatories.Count == 0) signatories = GroupReference(t.Take(verb + 1).ToList(), signing: true);
        }
        // "… saw the signing of a memorandum between A and B, signed by X and Y", "A and B signed a letter of intent …, signed
        // by X and Y": a participle after the document names those who signed it.
        if (signatories.Count == 0)
            for (var k = verb + 1; k + 1 < t.Count && k - verb <= 60; k++)
                if (t[k].Lower == "signed" && t[k + 1].Lower == "by" && t[k - 1].Text is "," or "and")
                {
                    signatories = SignedBy(v, k + 1);
                    break;
                }
        var renew = t[verb].Lower.StartsWith("renew", StringComparison.Ordinal);

        var stated = v.Dates.Where(d => _published is null || d.Date.FirstDay <= _published.Value).Where(d => d.Date.Month is not null && !DatesOtherSigning(t, verb, d.TokStart))
                       .OrderBy(d => Math.Abs(d.TokStart - verb)).Select(d => (PartialDate?)d.Date).FirstOrDefault();
        var date = stated
                   // "Following the talks, …", "On this occasion, …": the day of the occasion the sentence opens with.
                   ?? DayOfTheOccasionOpened(t)
                   // Another document's day dates this one only when it was signed lately, not one recalled from years ago.
                   ?? _agreements.LastOrDefault(a => a.Date is { } ad && (_published is null || ad.FirstDay >= _published.Value.AddDays(-60)))?.Date ?? _anchor ?? GuessDate;

        // "… signed a friendship agreement in 2019": a document of an earlier year, dated by its year only, is history the
        // story recalls, not a signing it reports.
        // Not a year after "since" far from the document ("… the ties that have united them since 2012"): how long something
        // has lasted, not when this was signed; "linked by a cooperation protocol since 2011" still dates the protocol.
        if (stated is null && _published is { } now && v.Dates.Any(d => d.Date.Month is null && d.Date.Year < now.Year && d.TokStart > verb - 8 && !SinceFarFromTheDocument(t, d.TokStart, nouns))) return;
        var created = new List<AgreementDraft>();
        // Several agreements in one sentence each take the areas of their own stretch of it, from the end of the
        // previous agreement's phrase to the start of the next one's ("an agricultural … agreement and a university … agreement").
        var phrases = new List<(int Start, int End, string Determiner)>(nouns.Count);
        foreach (var n in nouns) phrases.Add(AgreementPhrase(t, n));
        for (var ni = 0; ni < nouns.Count; ni++)
        {
            var (s, e, determiner) = phrases[ni];
            var areaFrom = nouns.Count > 1 && ni > 0 ? Math.Min(phrases[ni - 1].End, s) : 0;
            var areaTo = nouns.Count > 1 && ni + 1 < nouns.Count ? Math.Max(phrases[ni + 1].Start, e) : t.Count;
            var title = Recognizer.Surface(t, s, e);
            var titleWords = WordsOf(title);
            // A "sister-city agreement" is the tie itself; an "Agreement on the Establishment of Friendship Relations" is a document.
            if (!renew && FriendshipBeforeNoun(t, s, nouns[ni]) && !(date is { } fd && _published is { } fp && fd.FirstDay >= fp.AddDays(-60))) continue;
            if (IsAimedAt(t, s, verb) || RecalledByItsAge(t, s)) continue;
            var definite = determiner is "the" or "this" or "that" && nouns[ni] != workingDocument;
            if (definite && _agreements.Count > 0)
            {
                var target = Pending() ?? _agreements[^1];
                RefineGuessedDate(target, stated);
                if (target.Signatories.Count == 0 && signatories.Count > 0) FillSignatories(target, signatories);
                AddAreasAndCommitments(target, v, areaFrom, areaTo);
                continue;
            }
            if (title.Length > 0) title = char.ToUpperInvariant(title[0]) + title[1..];
            var pendingOne = signatories.Count > 0 && Pending() is { } waiting && waiting.Date.Equals(date) ? waiting : null;
            if (pendingOne is not null)
            {
                FillSignatories(pendingOne, signatories);
                AddAreasAndCommitments(pendingOne, v, areaFrom, areaTo);
                continue;
            }
            var a = new AgreementDraft(title, v.Index) { Date = date };
            if (stated is null) _guessedAgreementDates.Add(a);
            AddAreas(a, title);
            foreach (var (span, org) in v.Orgs)
                if (span.Start >= s && span.Start < e && !IsCountry(org.Canon.Name) && !a.Parties.Contains(org.Canon)) a.Parties.Add(org.Canon);
            if (signatories.Count > 0) FillSignatories(a, signatories);
            if (a.Parties.Count < 2 && nouns.Count == 1) AddSigningBodies(a, v, verb, passive);
            AddAreasAndCommitments(a, v, areaFrom, areaTo);
            // The same agreement reported again (a repeated paragraph) is not a new one.
            var identity = $"{Key(a.Title)}|{a.Date}|{string.Join(',', a.Signatories.Select(p => p.Name))}";
            if (!_agreementKeys.Add(identity)) continue;
            _agreements.Add(a);
            if (a.Signatories.Count == 0) _pending.Enqueue(a);
            created.Add(a);
        }
        // "… signed by X and Y, in the presence of Z and W": the witnesses were at the signing too.
        if (created.Count > 0) AddWitnesses(v, verb, created[^1]);
    }

    /// <summary>The people named after "in the presence of", "witnessed by" join the occasion on which the document was signed.</summary>
    private void AddWitnesses(SentenceView v, int verb, AgreementDraft a)
    {
        var from = WitnessesFrom(v.T, verb);
        if (from >= v.T.Count || a.Signatories.Count == 0 || a.Date is not { } day) return;
        var signing = _engagementsOf.TryGetValue(a.Signatories[0].Canon, out var list) ? list.LastOrDefault(e => !e.Dropped && e.Date.Equals(day)) : null;
        if (signing is null) return;
        foreach (var m in v.People)
            if (m.Token > from && !a.Signatories.Contains(m.Person.Canon)) { signing.Add(m.Person.Canon); Index(signing, m.Person.Canon); }
    }

    /// <summary>
    /// "twelve months after the ferry charter was sealed …", "forty years since the charter …", "the anniversary of the
    /// (signing of the) accord": a document whose age the sentence tells is the one recalled, not one it reports signed.
    /// </summary>
    private static bool RecalledByItsAge(List<Token> t, int phraseStart)
    {
        var d = phraseStart > 0 && t[phraseStart - 1].Is(LexFlag.Determiners) ? phraseStart - 1 : phraseStart;
        if (d > 2 && t[d - 1].Lower == "of" && t[d - 2].Lower is "signing" or "conclusion" && t[d - 3].Lower == "the") d -= 3;
        if (d < 2) return false;
        return t[d - 1].Lower is "after" or "since" && t[d - 2].Lower is "years" or "months" or "decades" ||
               t[d - 1].Lower == "of" && t[d - 2].Lower == "anniversary";
    }

    /// <summary>
    /// "… with the aim of concluding a formal agreement", "a letter of intent to work towards a friendship agreement",
    /// "an agreement is expected to be signed at the expo": a document still to come, not one signed.
    /// </summary>
    private static bool IsAimedAt(List<Token> t, int phraseStart, int verb)
    {
        var d = phraseStart > 0 && t[phraseStart - 1].Is(LexFlag.Determiners) ? phraseStart - 1 : phraseStart;
        if (d > 0 && t[d - 1].Lower is "towards" or "toward") return true;
        if (d > 1 && t[d - 1].Lower is "concluding" or "signing" or "conclude" or "sign" && t[d - 2].Lower is "of" or "to" or "at") return true;
        // "… is expected to be signed", "will be signed": the verb of this noun is still to come.
        return verb > phraseStart && verb > 0 && t[verb - 1].Lower == "be";
    }

    /// <summary>
    /// "The Arlen Chamber of Commerce and the Westport Port Authority signed an agreement …", "Arlen University signed a
    /// memorandum with Westport College", "a letter of intent was signed between X and Y": the bodies that signed are the
    /// parties, when the document's own name does not give two. Countries and bodies inside a person's title are not.
    /// </summary>
    private void AddSigningBodies(AgreementDraft a, SentenceView v, int verb, bool passive)
    {
        var t = v.T;
        var found = new List<OrgEntity>();
        // The subject: the bodies before an active verb, back to the start of its clause.
        var from = verb;
        if (!passive)
            while (from > 0 && verb - from < 40 && !(t[from - 1].Text is ";" || t[from - 1].Lower is "that" or "which" or "where" or "after" or "when")) from--;
        // The other side: after "with", "between" or (passive) "by", to the end of the clause.
        var other = -1;
        for (var k = verb + 1; k < t.Count && k - verb <= 16; k++)
        {
            if (t[k].Text is ";" or "." || t[k].Lower is "under" or "which" or "who" or "to" && other >= 0) break;
            if (other < 0 && (t[k].Lower is "with" or "between" || passive && t[k].Lower == "by")) other = k;
        }
        var to = other;
        if (other >= 0)
        {
            to = other + 1;
            while (to < t.Count && to - other <= 20 && !(t[to].Text is ";" or "." || t[to].Lower is "under" or "which" or "who" or "on" or "to" or "for")) to++;
        }
        foreach (var (span, org) in v.Orgs)
        {
            var inSubject = !passive && span.Start >= from && span.End <= verb;
            var inOther = other >= 0 && span.Start > other && span.Start < to;
            if (!(inSubject || inOther) || IsCountry(org.Canon.Name) || InsideBrackets(t, span.Start)) continue;
            if (!found.Contains(org.Canon) && !a.Parties.Contains(org.Canon)) found.Add(org.Canon);
        }
        if (a.Parties.Count + found.Count >= 2) foreach (var o in found) a.Parties.Add(o);
    }

    /// <summary>True when token k lies inside round brackets opened earlier in the sentence ("(Governor Ana Costa)").</summary>
    private static bool InsideBrackets(List<Token> t, int k)
    {
        for (var x = k - 1; x >= 0 && k - x <= 8; x--)
        {
            if (t[x].Text == ")") return false;
            if (t[x].Text == "(") return true;
        }
        return false;
    }

    /// <summary>
    /// The signing said without a verb of signing: "put their names to", "set their signatures to", "affixed their signatures
    /// to", "proceeded to the signature (signing) of". The token that stands for the verb, or -1.
    /// </summary>
    private static int SigningIdiom(List<Token> t)
    {
        for (var i = 0; i + 3 < t.Count; i++)
        {
            if (t[i].Lower is "put" or "set" or "affixed" or "placed" && t[i + 1].Lower is "their" or "his" or "her" &&
                t[i + 2].Lower is "names" or "name" or "signatures" or "signature" or "seals" && t[i + 3].Lower is "to" or "on")
                return i;
            if (t[i].Lower is "proceeded" or "proceed" or "proceeds")
                for (var k = i + 1; k + 2 < t.Count && k - i <= 20; k++)
                {
                    if (t[k].Text is "." or ";") break;
                    if (t[k].Lower == "to" && t[k + 1].Lower == "the" && t[k + 2].Lower is "signature" or "signing") return i;
                }
        }
        return -1;
    }

    /// <summary>Agreements whose date no sentence about them has stated yet (taken from the story's day or the month of publication).</summary>
    private readonly HashSet<AgreementDraft> _guessedAgreementDates = [];

    /// <summary>
    /// "Arlen and Westport signed a sister-city protocol. The protocol was signed on Tuesday by …": the day a later sentence
    /// gives the same document replaces the date guessed for it, when it is a recent full day.
    /// </summary>
    private void RefineGuessedDate(AgreementDraft a, PartialDate? stated)
    {
        if (stated is not { IsFullDate: true } day || !_guessedAgreementDates.Remove(a)) return;
        if (_published is { } pub && day.FirstDay < pub.AddDays(-60)) return;
        a.Date = day;
    }

    /// <summary>Nouns that stand for a document just reported: "the letter", "the document", "the text".</summary>
    private static bool IsDocumentAnaphor(List<Token> t, int k) =>
        t[k].Lower is "it" || t[k].Lower is "letter" or "document" or "text" or "documents" && k > 0 && t[k - 1].Lower is "the" or "this" or "both";

    /// <summary>
    /// "It was signed by X and by Y", "The letter was signed by …", "X signed the document with Y": the signatories of the
    /// agreement the sentence before reported without them; a day in this sentence dates it more finely.
    /// </summary>
    private void SignedItBy(SentenceView v, int verb)
    {
        var t = v.T;
        if (_agreements.Count == 0 || t[verb].Lower is "signing" or "sign") return;
        var target = _agreements[^1];
        if (target.Signatories.Count > 0 || v.Index - target.Sentence > 2) return;
        // "X signed for Arlen; Y signed for the other side": the signatories of the document just reported.
        if (verb + 1 < t.Count && t[verb + 1].Lower == "for" && v.People.Select(p => p.Person.Canon).Distinct().Take(4).ToList() is { Count: >= 2 } signers)
        {
            FillSignatories(target, signers);
            return;
        }
        var passive = verb > 0 && t[verb - 1].Lower is "was" or "were";
        var anaphor = passive
            ? verb > 1 && IsDocumentAnaphor(t, verb - 2)
            : verb + 2 < t.Count && (IsDocumentAnaphor(t, verb + 1) || IsDocumentAnaphor(t, verb + 2));
        if (!anaphor) return;
        List<PersonEntity> signatories;
        if (passive)
        {
            // "The document was signed at the town hall by X and Y", "… signed on Friday in Arlen by …": where and when may come
            // between the verb and those who signed; no one is named before "by".
            var by = verb + 1;
            while (by < t.Count && by - verb <= 25 && t[by].Lower != "by" && t[by].Text is not (";" or ".")) by++;
            if (by >= t.Count || t[by].Lower != "by" || PersonBetween(v, verb, by)) return;
            signatories = SignedBy(v, by);
        }
        else
        {
            // "X signed the letter with Y": the one before the verb and the one after "with".
            var with = t.FindIndex(verb, x => x.Lower == "with");
            signatories = v.People.Where(p => p.Token < verb || with > 0 && p.Token > with).Select(p => p.Person.Canon).Distinct().ToList();
        }
        if (signatories.Count < 2) return;
        // "on Tuesday 3 June": the longest mention, not the weekday alone.
        if (v.Dates.Where(d => d.Date.IsFullDate && (_published is null || d.Date.FirstDay <= _published.Value)).OrderByDescending(d => d.TokEnd - d.TokStart)
                .Select(d => (PartialDate?)d.Date).FirstOrDefault() is { } day &&
            // A month, or the day of publication that "have signed" defaults to, gives way to the day named here.
            (target.Date is not { } was || !was.IsFullDate && was.Year == day.Year && (was.Month is null || was.Month == day.Month) ||
             _published is { } pub && was.Equals(PartialDate.FromDate(pub)) && day.FirstDay >= pub.AddDays(-14)))
            target.Date = day;
        FillSignatories(target, signatories);
    }

    /// <summary>
    /// "… sealed with the signing of a memorandum by the Director of the Water Board, Mara Tobin, and the Mayor of Velno, Ivo
    /// Marek": the people
    /// after "by" that follows "the signing of" the document signed it, when two or more are named and no word of witnessing
    /// ("in the presence of", "witnessed", "attended") or clause break comes between.
    /// </summary>
    private static List<PersonEntity> SigningOfBy(SentenceView v, int verb, int by)
    {
        var t = v.T;
        if (verb + 1 >= t.Count || t[verb + 1].Lower != "of" || by <= verb || by - verb > 20) return [];
        for (var k = verb + 2; k < by; k++)
            if (t[k].Text is ";" or "." or ":" || t[k].Lower is "presence" or "witnessed" or "attended" or "organised" or "organized" or "hosted" or "chaired") return [];
        var signers = SignedBy(v, by);
        return signers.Count >= 2 ? signers : [];
    }

    private static bool SinceFarFromTheDocument(List<Token> t, int date, List<int> nouns)
    {
        if (date == 0 || t[date - 1].Lower != "since") return false;
        foreach (var n in nouns) if (n < date && date - n <= 4) return false;
        return true;
    }

    private static bool PersonBetween(SentenceView v, int from, int to)
    {
        foreach (var m in v.People) if (m.Token > from && m.Token < to) return true;
        return false;
    }

    /// <summary>
    /// "… signed an annex renewing the agreement, originally concluded in November 2005": a date right after a second
    /// signing verb dates that earlier signing, not this one.
    /// </summary>
    private static bool DatesOtherSigning(List<Token> t, int verb, int date)
    {
        for (var k = date - 1; k > verb && date - k <= 3; k--)
            if (t[k].Is(LexFlag.SignVerbs)) return true;
        return SignedInAClauseOfItsOwn(t, date, verb);
    }

    /// <summary>
    /// "… received the mayor on the tenth anniversary of the ties, which were signed on 2 March 2016", "… a plan that updates
    /// the charter signed between Arlen and Velno on 9 June 1999": a date of an earlier day that ends
    /// a clause of its own about another signing (a relative clause, or a participle after the document's noun) dates that
    /// signing, not the occasion the sentence reports.
    /// </summary>
    private bool DatesAnEarlierSigning(List<Token> t, DateMention d) =>
        _published is { } pub && d.Date.FirstDay < pub.AddDays(-60) && SignedInAClauseOfItsOwn(t, d.TokStart, -1);

    /// <summary>
    /// True when a verb of signing after <paramref name="after"/> and at most eight tokens before the date (no comma or
    /// semicolon between) opens a clause of its own: after "which", "that", "was", "were", "been", or right after a noun
    /// (a participle: "the agreement signed between …").
    /// </summary>
    private static bool SignedInAClauseOfItsOwn(List<Token> t, int date, int after)
    {
        for (var k = date - 1; k > after && k > 0 && date - k <= 8; k--)
        {
            if (t[k].Text is "," or ";" or "." or ":") return false;
            if (!t[k].Is(LexFlag.SignVerbs) || !t[k].Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
            var prev = t[k - 1];
            return prev.Lower is "which" or "that" or "was" or "were" or "been" ||
                   prev.Is(LexFlag.AgreementNouns) || prev.Lower is "relations" or "ties" or "relationship" or "protocol" or "charter";
        }
        return false;
    }

    /// <summary>Where the people who only saw a signing begin: "in the presence of", "witnessed by", "who was accompanied by".</summary>
    /// <summary>The people named after the token at <paramref name="from"/> ("signed by X and Y"), up to those who only witnessed it.</summary>
    private static List<PersonEntity> SignedBy(SentenceView v, int from)
    {
        var witnesses = WitnessesFrom(v.T, from);
        return v.People.Where(p => p.Token > from && p.Token < witnesses).Select(p => p.Person.Canon).Distinct().ToList();
    }

    private static int WitnessesFrom(List<Token> t, int from)
    {
        for (var k = from + 1; k < t.Count; k++)
            if (t[k].Lower is "presence" or "witnessed" or "accompanied" or "attended" || t[k].Lower == "who" && k + 1 < t.Count && t[k + 1].Lower is "was" or "were") return k;
        return t.Count;
    }

    private static bool FriendshipBeforeNoun(List<Token> t, int s, int noun)
    {
        for (var k = s; k < noun && k < t.Count; k++)
            if (t[k].Lower is "sister" or "friendship" or "twinning" or "sisterhood" or "friendly" or "twin" or "sister-city" or "sister-state" or "sister-province" or "twin-city") return true;
        return false;
    }

    /// <summary>
    /// "Following the talks, …", "After the meeting, …", "At the end of the meeting, …", "On this occasion, …", "During the
    /// visit, …": a sentence that opens by pointing at the occasion just reported happened on that occasion's day (the last
    /// occasion of the story's own days whose day a sentence stated), or null.
    /// </summary>
    private PartialDate? DayOfTheOccasionOpened(List<Token> t)
    {
        if (!OpensWithTheOccasion(t)) return null;
        for (var k = _engagements.Count - 1; k >= 0; k--)
        {
            var e = _engagements[k];
            if (e.Dropped || e.DateIsGuess) continue;
            return IsStoryDay(e.Date) ? e.Date : null;
        }
        return null;
    }

    private static bool OpensWithTheOccasion(List<Token> t)
    {
        if (t.Count < 4) return false;
        static bool Occasion(string w) => w is "talks" or "meeting" or "meetings" or "discussions" or "discussion" or "negotiations" or "consultations" or "session" or "visit" or "ceremony" or "reception";
        if (t[0].Lower is "following" or "after" or "during" && t[1].Lower is "the" or "this" or "that" or "these" && Occasion(t[2].Lower)) return true;
        if (t[0].Lower == "on" && t[1].Lower is "this" or "that" or "the" && t[2].Lower == "occasion") return true;
        return t.Count > 6 && t[0].Lower == "at" && t[1].Lower == "the" && t[2].Lower == "end" && t[3].Lower == "of" && t[4].Lower is "the" or "this" && Occasion(t[5].Lower);
    }

    /// <summary>Head nouns of the working documents two sides sign besides agreements: plans, programmes, roadmaps, joint statements, records.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> WorkingDocumentHeads = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "plan", "programme", "program", "roadmap", "statement", "communiqué", "communique", "minutes", "record");

    /// <summary>
    /// "… signed the Action Plan for the next three years", "signed a work programme", "signed a plan of action", "signed a
    /// joint statement on …", "signed a roadmap for …", "the signing of a programme between two colleges", "signed the record
    /// of the talks": a working document that is what the verb of signing signs (a determiner right after the verb,
    /// or after "signing of", then at most three words before its head noun, none an agreement noun, a preposition or a
    /// mark) is a document signed, as an agreement is. "Record" only before "of"; not a head followed by an agreement noun
    /// ("a programme agreement" is the agreement). The head's token, or -1.
    /// </summary>
    private static int SignedWorkingDocument(List<Token> t, int verb)
    {
        var k = verb + 1;
        if (t[verb].Lower == "signing" && k < t.Count && t[k].Lower == "of") k++;
        if (k >= t.Count || t[k].Lower is not ("a" or "an" or "the" or "their" or "its" or "this")) return -1;
        for (var h = k + 1; h < t.Count && h - k <= 4; h++)
        {
            var w = t[h];
            if (w.Kind != TokenKind.Word || w.Is(LexFlag.AgreementNouns) || w.Lower is "of" or "on" or "for" or "to" or "in" or "and" or "with" or "between" or "by") return -1;
            if (!WorkingDocumentHeads.Contains(w.Lower)) continue;
            if (h + 1 < t.Count && t[h + 1].Is(LexFlag.AgreementNouns)) return -1;
            if (w.Lower == "record" && !(h + 1 < t.Count && t[h + 1].Lower == "of")) return -1;
            return h;
        }
        return -1;
    }

    /// <summary>"a letter of intent", "the Joint Declaration of Intent": documents named by "of intent".</summary>
    private static bool IsLetterOfIntent(List<Token> t, int i) =>
        t[i].Lower is "letter" or "letters" && i + 2 < t.Count && t[i + 1].Lower == "of" && t[i + 2].Lower == "intent";

    /// <summary>True when token k lies in the title of a document named before it in the same clause ("Letter of Intent on … Training").</summary>
    private static bool InsideAgreementTitle(List<Token> t, int k)
    {
        for (var x = k - 1; x >= 0 && k - x <= 10; x--)
        {
            if (t[x].Kind == TokenKind.Punct) return false;
            if (t[x].Is(LexFlag.AgreementNouns) || IsLetterOfIntent(t, x)) return true;
        }
        return false;
    }

    private static (int Start, int End, string Determiner) AgreementPhrase(List<Token> t, int n)
    {
        var s = n;
        while (s - 1 >= 0 && n - s < 6 && t[s - 1].Kind == TokenKind.Word && !t[s - 1].Is(LexFlag.Determiners) && !t[s - 1].Is(LexFlag.SignVerbs) && t[s - 1].Lower is not ("and" or "of" or "two" or "three")) s--;
        var determiner = s - 1 >= 0 ? t[s - 1].Lower : "";
        // "a separate memorandum", "a new grant agreement": words that only tell it apart from another are no part of its name.
        while (s < n && t[s].Lower is "separate" or "new" or "another" or "further" or "additional") s++;
        // "the renewed charter": a participle between the article and the noun.
        if (s - 2 >= 0 && SignVerbs.Contains(determiner) && t[s - 2].Is(LexFlag.Determiners)) determiner = t[s - 2].Lower;
        var e = n + 1;
        if (e + 1 < t.Count && t[e].Lower == "of" && t[e + 1].Lower is "understanding" or "intent" or "agreement" or "cooperation") e += 2;
        if (e < t.Count && t[e].Lower is "on" or "to" or "for" or "between" or "in" or "of")
        {
            var x = e;
            while (x < t.Count && x - e < 14 && !(t[x].Text is "," or "." or ";") && !(t[x].Lower is "under" or "that" or "which" or "including" or "covering" or "with" or "were" or "was" or "during" && x > e) &&
                   // "the agreement on Saturday at …": the day it was signed ends its name.
                   !(x == e && x + 1 < t.Count && t[x + 1].Is(LexFlag.Weekdays | LexFlag.Months))) x++;
            e = x;
        }
        return (s, e, determiner);
    }

    private void FillSignatories(AgreementDraft a, List<PersonEntity> people)
    {
        foreach (var p in people.Take(4)) if (!a.Signatories.Contains(p.Canon)) a.Signatories.Add(p.Canon);
        var orgs = a.Signatories.Select(p => p.Org?.Canon).Where(o => o is not null).Select(o => o!).Distinct().ToList();
        if (orgs.Count >= 2) { a.Parties.Clear(); a.Parties.AddRange(orgs); }
        // The signing was an occasion on which the signatories met, unless the article already reports one that day, or the
        // sentence puts it beside the day's occasion ("On the same day, X University (President A) and Y University (Rector B)
        // signed …", "Also in the presence of the heads of the delegations, …"): a side signing, no occasion of its own.
        if (a.Signatories.Count >= 2 && a.Date is { } d && !_engagementDates.Contains(d) && !_sideSigning)
        {
            var e = new EngagementDraft("meeting", a.Sentence) { Date = d };
            foreach (var p in a.Signatories) e.Add(p);
            if (_datelinePlace is not null && _published is { } pub && d.FirstDay >= pub.AddDays(-10)) e.Location = FindOrg(_datelinePlace)?.Name ?? _datelinePlace;
            Track(e);
        }
    }

    private void AddAreasAndCommitments(AgreementDraft a, SentenceView v, int from, int to)
    {
        var t = v.T;
        var skip = new bool[t.Count];
        foreach (var (span, _) in v.Orgs) for (var k = span.Start; k < span.End && k < t.Count; k++) skip[k] = true;
        foreach (var p in v.People) if (p.Token < t.Count) skip[p.Token] = true;
        for (var k = from; k < to; k++)
            if (!skip[k] && t[k].Kind == TokenKind.Word) AddWordAreas(a, t[k].Lower);
        foreach (var c in Commitments(t)) if (a.Commitments.Count < 8 && !a.Commitments.Contains(c)) a.Commitments.Add(c);
    }

    private void AddAreas(AgreementDraft a, string text)
    {
        foreach (var word in WordsOf(text)) AddAreaOfWord(a, word);
    }

    /// <summary><see cref="AddAreas"/> for one lower-case token: a plain ASCII word is its own only normalised word.</summary>
    private static void AddWordAreas(AgreementDraft a, string lower)
    {
        var plain = true;
        foreach (var c in lower)
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) { plain = false; break; }
        if (plain) AddAreaOfWord(a, lower);
        else foreach (var word in Names.Words(lower)) AddAreaOfWord(a, word);
    }

    private static void AddAreaOfWord(AgreementDraft a, string word)
    {
        if (word.Length == 0 || !AreaKeywordsByFirst.TryGetValue(word[0], out var keywords) || Lexicon.AreaStopWords.Contains(word)) return;
        // Only keywords with the word's first letter can be its prefix; their order is kept.
        foreach (var (prefix, area) in keywords)
            if (word.StartsWith(prefix, StringComparison.Ordinal) && !(prefix == "art" && word.Length > 4 && word != "artistic")) { a.Areas.Add(area); break; }
    }

    private static readonly Dictionary<char, (string Prefix, string Area)[]> AreaKeywordsByFirst =
        Lexicon.AreaKeywords.GroupBy(k => k.Prefix[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Short clauses of what the parties undertake: "X will …", "agreed to …", "including improving …".</summary>
    private static IEnumerable<string> Commitments(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            if (w is "will" or "shall")
            {
                var s = i;
                while (s - 1 >= 0 && i - s < 12 && !(t[s - 1].Text is "," or ";" or ":") && t[s - 1].Lower is not ("which" or "while" or "whereby")) s--;
                var e = i + 1;
                while (e < t.Count && e - i < 20 && !(t[e].Text is "," or ";" or "." or ":") && !(t[e].Lower is "and" && e + 1 < t.Count && t[e + 1].Lower is "the" or "a")) e++;
                if (e > i + 1) yield return Recognizer.Surface(t, s, e).Trim();
                i = e;
            }
            else if (w is "including" or "agreed" && i + 1 < t.Count)
            {
                var k = w == "agreed" && t[i + 1].Lower == "to" ? i + 2 : i + 1;
                if (k >= t.Count || !(t[k].Lower.EndsWith("ing", StringComparison.Ordinal) || w == "agreed")) continue;
                var start = k;
                for (var x = k; x <= t.Count; x++)
                {
                    var boundary = x == t.Count || t[x].Text is ";" or "." ||
                                   t[x].IsPunct(',') && x + 1 < t.Count && (t[x + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && w == "including" || t[x + 1].Lower == "and" && x + 2 < t.Count && (t[x + 2].Lower.EndsWith("ing", StringComparison.Ordinal) || t[x + 2].Lower is "also" or "to"));
                    if (!boundary) continue;
                    if (x > start)
                    {
                        var clause = Recognizer.Surface(t, start, x);
                        yield return BaseForm(clause);
                    }
                    if (x >= t.Count || t[x].Text is ";" or ".") break;
                    start = x + 1;
                    while (start < t.Count && t[start].Lower is "and" or "also" or "to") start++;
                    x = start - 1;
                }
                i = t.Count;
            }
        }
    }

    /// <summary>"improving the business environment" → "improve the business environment".</summary>
    private static string BaseForm(string clause)
    {
        var space = clause.IndexOf(' ');
        var verb = space < 0 ? clause : clause[..space];
        if (!verb.EndsWith("ing", StringComparison.Ordinal) || verb.Length < 6) return clause;
        var stem = verb[..^3];
        if (stem.Length > 2 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's')) stem = stem[..^1];
        else if (stem.EndsWith('v') || stem.EndsWith('z') || stem.EndsWith("ot", StringComparison.Ordinal) || stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("ut", StringComparison.Ordinal) || stem.EndsWith("ar", StringComparison.Ordinal) || stem.EndsWith("ur", StringComparison.Ordinal) || stem.EndsWith("ag", StringComparison.Ordinal) || stem.EndsWith("uc", StringComparison.Ordinal) || stem.EndsWith("as", StringComparison.Ordinal)) stem += "e";
        return space < 0 ? stem : stem + clause[space..];
    }

    // ---------------------------------------------------------------- invitations

    private void ReadInvitations(SentenceView v, List<EventHit> events)
    {
        var t = v.T;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t[i].Lower;
            // "a letter from X inviting her to …", "… returned the favour by inviting him to …": the participle invites too.
            if (!(IsInvitationVerb(t, i) || w == "invitation" && i > 0 && t[i - 1].IsPossessive)) continue;
            var passive = i > 0 && t[i - 1].Lower is "was" or "were" or "been" or "be";
            // "X was invited by Y to …": the inviter after "by", the invitee before.
            if (passive && !(i + 1 < t.Count && t[i + 1].Lower == "by")) continue;
            ReadInvitation(v, events, i, passive);
        }
    }

    /// <summary>
    /// The invitation whose verb is at i. A method of its own because its lambdas capture locals: inside the loop over the
    /// sentence's tokens, those captures cost an allocation for every token, invitation or not (11 KiB an article).
    /// </summary>
    private void ReadInvitation(SentenceView v, List<EventHit> events, int i, bool passive)
    {
        var t = v.T;
        var w = t[i].Lower;
        // The inviter is the subject: the first person named before the verb ("X held talks with Y … and invited him"),
        // or, in a second clause ("…, while Y invited X to …", "… and Y invited …"), the one named in that clause.
        var clause = InvitationClauseStart(t, i);
        var from = passive ? v.People.Where(p => p.Token > i + 1 && p.Token <= i + 6).Select(p => p.Person.Canon).FirstOrDefault()
            // "…, Governor Arlen invited her to …": a name right before the verb is its subject.
            : SubjectRightBefore(v, i) is { } adjacent ? adjacent
            : clause > 0 && v.People.Where(p => p.Token >= clause && p.Token < i).Select(p => p.Person.Canon).LastOrDefault() is { } second ? second
            : v.People.Where(p => p.Token < i).Select(p => p.Person.Canon).FirstOrDefault();
        var to = passive ? v.People.Where(p => p.Token < i).Select(p => p.Person.Canon).LastOrDefault()
            : v.People.Where(p => p.Token > i && p.Token <= i + 8).Select(p => p.Person.Canon).FirstOrDefault();
        // "She accepted the invitation and …": the invitation already reported, not another.
        if (w == "invitation" && t[i - 1].Lower == "the" && i >= 2 && t[i - 2].Lower is "accepted" or "accepts" or "accepting" or "welcomed" or "received") return;
        if (w == "invitation" && AcceptedInvitation(v, i) is { } accepted) (from, to) = accepted;
        // "A invited B to …. B accepted and invited the Mayor / the A delegation / his counterpart to …": an invitation
        // returned in the same or the next sentence, its other side named by office or side only, goes back to the first inviter.
        if (to is null && w != "invitation" && ReturnedInvitation(v, i, from) is { } first) to = first.From!.Canon;
        // "Mayor A invited the Mayor to …": an office read as the inviter again names the other holder, not the inviter.
        if ((to is null || to == from) && w != "invitation") to = InviteeByOffice(v, i, from);
        if (to is null || to == from) return;
        // The events of this invitation: those before the next one ("X invited Y to the A Fair, and Y invited X to the B Forum").
        var next = NextInvitationVerb(t, i);
        var targets = events.Where(e => e.Start > i && e.Start < next).Select(e => e.Event).Distinct().ToList();
        if (targets.Count == 0)
        {
            // "invited X to the Tallow Lantern Days", "… to take part in Harrowmere Week": an occasion named after the
            // invitation that the event reading did not take is still what the invitation is to.
            if (OccasionNamedAfter(v, i, next) is { } named)
            {
                // The same invitation told again ("… to visit A and take part in the B Fair", the fair read elsewhere).
                foreach (var known in _invitations)
                    if (known.To.Canon == to.Canon && string.Equals(known.Event?.Name ?? known.EventName, named, StringComparison.OrdinalIgnoreCase)) return;
                _invitations.Add(new InvitationDraft(null, named, from, to, v.Index));
                return;
            }
            var k = t.FindIndex(i, x => x.Lower == "visit");
            if (k > 0 && k + 1 < t.Count && v.Orgs.FirstOrDefault(o => o.Span.Start == k + 1).Org is { } place)
                _invitations.Add(new InvitationDraft(null, "Visit to " + place.Canon.Name, from, to, v.Index));
            return;
        }
        var explicitDate = v.Dates.Where(d => d.TokEnd <= i).Select(d => (PartialDate?)d.Date).LastOrDefault();
        foreach (var ev in targets)
            _invitations.Add(new InvitationDraft(ev, null, from, to, v.Index) { Date = explicitDate });
    }

    /// <summary>
    /// The invitation as a noun at i, with roles the verb form does not give: "X accepted an invitation from Y to …", "X accepted
    /// Y's invitation to …" (X is invited, Y invites), "X extended to Y an invitation to …" (Y is invited). Null when neither.
    /// </summary>
    private static (PersonEntity? From, PersonEntity To)? AcceptedInvitation(SentenceView v, int i)
    {
        var t = v.T;
        // The verb before the noun and its article or possessive ("accepted an invitation", "accepted Ms Y's invitation").
        var d = i - 1;
        while (d > 0 && i - d <= 6 && t[d].Kind == TokenKind.Word && !(t[d].Lower is "accepted" or "accepts" or "accepting" or "received" or "welcomed")) d--;
        if (d >= 0 && t[d].Lower is "accepted" or "accepts" or "accepting" or "received" or "welcomed")
        {
            PersonEntity? invitee = null, inviter = null;
            foreach (var m in v.People)
            {
                if (m.Token < d && invitee is null) invitee = m.Person.Canon;
                // "Y's invitation", "an invitation from Y".
                if (m.Token > d && m.Token < i || m.Token > i && m.Token <= i + 5 && i + 1 < t.Count && t[i + 1].Lower == "from") inviter ??= m.Person.Canon;
            }
            return invitee is null ? null : (inviter, invitee);
        }
        d = i - 1;
        // "X extended to Y an invitation", "X extended Y an invitation".
        if (d >= 1)
            for (var k = d - 1; k >= 0 && d - k <= 8; k--)
                if (t[k].Lower is "extended" or "extends" or "issued" or "conveyed" or "handed" or "delivered")
                {
                    PersonEntity? inviter = null, invitee = null;
                    foreach (var m in v.People)
                    {
                        if (m.Token < k && inviter is null) inviter = m.Person.Canon;
                        if (m.Token > k && m.Token < d) invitee ??= m.Person.Canon;
                    }
                    return invitee is null ? null : (inviter, invitee);
                }
        return null;
    }

    /// <summary>
    /// The invitation that one at i, whose invitee is named by no person ("the Governor", "the visiting delegation", "his
    /// counterpart"), returns: the last one, of this sentence or the one before, made to the inviter at i. Null when none.
    /// </summary>
    private InvitationDraft? ReturnedInvitation(SentenceView v, int i, PersonEntity? from)
    {
        if (from is null || _invitations.Count == 0) return null;
        var last = _invitations[^1];
        if (last.From is null || v.Index - last.Sentence > 1 || last.To.Canon != from.Canon || last.From.Canon == from.Canon) return null;
        var t = v.T;
        if (!(i + 2 < t.Count && t[i + 1].Lower is "the" or "his" or "her" or "their" or "its")) return null;
        // "… invited the Northvale Region to send …": a body invited is no person; the invitation is not one between the two.
        // "the Northvale delegation", "the Northvale side" are the people of the first inviter's side.
        foreach (var (span, _) in v.Orgs)
            if (span.Start > i && span.Start <= i + 2 && !(span.End < t.Count && t[span.End].Lower is "delegation" or "side" or "team" or "mission" or "party")) return null;
        return last;
    }

    /// <summary>
    /// "X invited the governor to …", "Governor X invited his counterpart to …", "… invited the Lord Mayor / the Honourable
    /// Minister / the Veskan governor / the Governor of Arlen to …": an invitee named by an office is the one person of the story
    /// who holds it, other than the inviter ("counterpart" and "colleague" are the inviter's own office). The office is the
    /// longest run of the phrase's last words that is someone's title (so an honorific, a body's initials or a nationality before
    /// it do not count); "of" and a body after it keep the holders of that body; of several holders, those of the inviter's own
    /// body are not the one invited (a mayor invites the other city's mayor). Null when none or several remain.
    /// </summary>
    private PersonEntity? InviteeByOffice(SentenceView v, int i, PersonEntity? from)
    {
        var t = v.T;
        if (!(i + 2 < t.Count && t[i + 1].Lower is "the" or "his" or "her" or "their" && t[i + 2].Kind == TokenKind.Word)) return null;
        var s = i + 2;
        var e = s;
        while (e < t.Count && e - s < 4 && t[e].Kind == TokenKind.Word && !t[e].IsPossessive &&
               !(t[e].Lower is "to" or "and" or "of" or "for" or "in" or "at" or "from" or "with" or "on" or "as" or "who" or "that")) e++;
        if (e == s || e < t.Count && t[e].IsPossessive) return null;
        OrgEntity? ofBody = null;
        if (e + 1 < t.Count && t[e].Lower == "of")
        {
            foreach (var (span, org) in v.Orgs) if (span.Start == e + 1) { ofBody = org.Canon; break; }
            // "the governor of a region …": an office of a body the story does not name is no one's.
            if (ofBody is null) return null;
        }
        for (var k = s; k < e; k++)
        {
            var office = k == e - 1 && t[k].Lower is "counterpart" or "colleague" ? from?.Canon.Title : OfficeKey(t, k, e);
            if (office is null || office.Length == 0) continue;
            if (k == e - 1 && t[k].Lower is "counterpart" or "colleague") office = LettersOf(office);
            PersonEntity? found = null;
            var holders = 0;
            var foreign = 0;
            PersonEntity? foundForeign = null;
            foreach (var p in _people)
            {
                if (p.MergedInto is not null || p == from?.Canon || p.Title is not { } title || LettersOf(title) != office) continue;
                // The inviter again under a shorter name ("Governor Arlen" beside "Governor Tomas Arlen") is not the invitee.
                if (from is not null && p.Words.Overlaps(from.Canon.Words)) continue;
                if (ofBody is not null && !SameOfficeBody(p.Org, ofBody)) continue;
                holders++;
                found = p;
                if (from?.Canon.Org is { } own && p.Org is not null && SameOfficeBody(p.Org, own)) continue;
                foreign++;
                foundForeign = p;
            }
            if (holders == 0) continue;
            if (holders == 1) return found;
            return foreign == 1 ? foundForeign : null;
        }
        return null;
    }

    /// <summary>The letters of tokens k to e (exclusive), lower case, with no spaces or marks: "Lord Mayor", "Vice-Governor".</summary>
    private static string OfficeKey(List<Token> t, int k, int e)
    {
        var b = new System.Text.StringBuilder();
        for (var x = k; x < e; x++) b.Append(LettersOf(t[x].Lower));
        return b.ToString();
    }

    private static string LettersOf(string s)
    {
        var b = new System.Text.StringBuilder(s.Length);
        foreach (var c in s) if (char.IsLetter(c)) b.Append(char.ToLowerInvariant(c));
        return b.ToString();
    }

    /// <summary>
    /// The name of an occasion an invitation at i is to, when no event was read in its stretch (to the next invitation verb):
    /// the run of capitalised words right after "to", "attend", "in", "at", "for" or "during" (past "the" and a place's
    /// possessive), its joining words ("of", "de", "the", "and") kept when a capitalised word follows, and a lower-case head of
    /// an occasion right after it ("festival", "fair", "regatta" …). Not a person, a date, or a body's or place's name alone
    /// (that is a visit). Null when none within 30 words.
    /// </summary>
    private static string? OccasionNamedAfter(SentenceView v, int i, int next)
    {
        var t = v.T;
        var stop = Math.Min(next, Math.Min(t.Count, i + 30));
        for (var k = i + 1; k + 1 < stop; k++)
        {
            // A relative clause after the occasion says where and when it is held ("…, which will be held at …"), not what it is.
            if (t[k].Lower is "which" or "where" or "who" or "when" or "that") return null;
            // "at" names a venue and "in" a place, unless it is "take part in", "participate in".
            if (!(t[k].Lower is "to" or "attend" or "for" or "during" || t[k].Lower == "in" && t[k - 1].Lower is "part" or "participate")) continue;
            var s = k + 1;
            if (s < stop && t[s].Lower == "the") s++;
            if (s + 1 < stop && t[s].IsPossessive && t[s].IsCap) s++;
            if (s >= stop || !t[s].IsCap || t[s].Kind != TokenKind.Word || t[s].MayStartDate) continue;
            var e = s + 1;
            while (e < stop)
            {
                if (t[e].Kind == TokenKind.Word && (t[e].IsCap || char.IsAsciiDigit(t[e].Text[0])) && !t[e].MayStartDate) { e++; continue; }
                // Joining words, one or two ("of", "of the", "de la"), kept only when a capitalised word follows them.
                var c = e;
                while (c < stop && c - e < 2 && t[c].Lower is "of" or "de" or "del" or "da" or "do" or "la" or "the" or "and" or "&") c++;
                if (c > e && c < stop && t[c].IsCap && t[c].Kind == TokenKind.Word && !t[c].MayStartDate) { e = c + 1; continue; }
                break;
            }
            var headed = e < stop && t[e].Lower is "festival" or "festivities" or "fair" or "regatta" or "forum" or "conference" or "summit" or "expo" or "exhibition" or "week" or "days" or "games" or "carnival" or "championship" or "celebrations" or "ceremony" or "ceremonies";
            if (headed) e++;
            var person = false;
            foreach (var m in v.People) if (m.Token >= s && m.Token < e) { person = true; break; }
            if (person) return null;
            var dated = false;
            foreach (var d in v.Dates) if (d.TokStart < e && d.TokEnd > s) { dated = true; break; }
            if (dated) continue;
            if (!headed)
            {
                var place = false;
                foreach (var (span, _) in v.Orgs) if (span.Start <= s && span.End >= e) { place = true; break; }
                if (place) continue;
            }
            return Recognizer.Surface(t, s, e);
        }
        return null;
    }

    /// <summary>Where the clause of an invitation verb at i begins: after a "while", "whereas", ";" or ", and" before it, when an earlier invitation verb stands before that; else 0.</summary>
    private static int InvitationClauseStart(List<Token> t, int i)
    {
        // Both scans are bounded, so that a huge sentence with many invitations stays linear.
        for (var k = i - 1; k > 0 && i - k <= 40; k--)
        {
            if (t[k].Lower is "while" or "whereas" or ";" || t[k].Lower == "and" && t[k - 1].Text == ",")
            {
                for (var x = k - 1; x >= 0 && k - x <= 40; x--)
                    if (IsInvitationVerb(t, x)) return k + 1;
                return 0;
            }
        }
        return 0;
    }

    /// <summary>The person whose name ends right before token i, with no punctuation between ("Governor Arlen invited").</summary>
    private static PersonEntity? SubjectRightBefore(SentenceView v, int i)
    {
        PersonEntity? found = null;
        foreach (var m in v.People)
        {
            if (m.Token >= i || i - m.Token > 4) continue;
            var clean = true;
            for (var k = m.Token; k < i; k++) if (v.T[k].Kind == TokenKind.Punct) { clean = false; break; }
            if (clean) found = m.Person.Canon;
        }
        return found;
    }

    private static int NextInvitationVerb(List<Token> t, int i)
    {
        for (var k = i + 1; k < t.Count && k - i <= 60; k++)
            if (IsInvitationVerb(t, k)) return k;
        return t.Count;
    }

    private static bool IsInvitationVerb(List<Token> t, int k) =>
        t[k].Lower is "invited" or "invites" or "invite" or "inviting" || t[k].Lower == "invitation" && k > 0 && t[k - 1].Lower is "an" or "the";

    /// <summary>An invitation is dated by the last engagement of the two people (it was given there).</summary>
    private void FinishInvitations()
    {
        foreach (var inv in _invitations)
        {
            if (inv.Date is not null) continue;
            var mine = _engagementsOf.TryGetValue(inv.To.Canon, out var l1) ? l1 : [];
            var theirs = inv.From is not null && _engagementsOf.TryGetValue(inv.From.Canon, out var l2) ? l2 : [];
            var both = mine.Where(e => !e.Dropped && (inv.From is null || e.Participants.Contains(inv.From.Canon)) && e.Date is not null)
                .OrderByDescending(e => e.Date!.Value.FirstDay).ThenByDescending(e => e.Date!.Value.Day is null ? 0 : 1).FirstOrDefault();
            var either = mine.Concat(theirs).Where(e => !e.Dropped && e.Date is not null)
                .OrderByDescending(e => e.Date!.Value.FirstDay).FirstOrDefault();
            inv.Date = both?.Date ?? either?.Date ?? _anchor ?? GuessDate;
        }
    }
}
