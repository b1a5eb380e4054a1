using System.Collections.Frozen;
using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

internal sealed partial class ArticleReader
{
    /// <summary>A person mentioned at a token, with the office the mention gives.</summary>
    internal readonly record struct PersonMention(int Token, PersonEntity Person);

    /// <summary>
    /// Finds the people of a sentence. In pass one (<paramref name="register"/>) it creates people and records their
    /// offices; in pass two it only resolves mentions, including "the Governor" and bare full names.
    /// </summary>
    private List<PersonMention> FindPeople(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, bool register)
    {
        var mentions = new List<PersonMention>();
        // An office inside a programme's name ("Student Envoy Programme") introduces nobody.
        var used = Recognizer.ProgrammeMask(t) ?? new bool[t.Count];
        // The words an office has given its holder (and its seat): no name read backwards from a later office takes them.
        var held = new bool[t.Count];
        // The longest organization starting at start (or after "the" there); the first listed wins a tie.
        OrgEntity? OrgAt(int start)
        {
            OrgEntity? best = null;
            var bestEnd = int.MinValue;
            foreach (var o in orgSpans)
                if ((o.Span.Start == start || o.Span.Start == start + 1 && t[start].Lower == "the") && o.Span.End > bestEnd) { best = o.Org; bestEnd = o.Span.End; }
            return best?.Canon;
        }
        int OrgEndAt(int start)
        {
            var end = -1;
            var any = false;
            foreach (var o in orgSpans)
                if (o.Span.Start == start || o.Span.Start == start + 1 && t[start].Lower == "the") { end = any ? Math.Max(end, o.Span.End) : o.Span.End; any = true; }
            return end;
        }
        bool InOrg(int k)
        {
            foreach (var o in orgSpans) if (o.Span.Contains(k)) return true;
            return false;
        }

        PersonEntity? Person(string name, string? core)
        {
            if (name.Length == 0) return null;
            name = WithoutNickname(name);
            if (!register) return ResolvePerson(name, core) ?? (_peopleByKey.TryGetValue(Key(name), out var p) ? p.Canon : null);
            return RegisterPerson(name, si);
        }

        void Note(PersonEntity? p, int token, TitleMatch? title, OrgEntity? org, OrgSource source, int from, int to)
        {
            if (p is null) return;
            for (var k = from; k < to && k < used.Length; k++) used[k] = true;
            if (title is not null) for (var k = from; k < to && k < held.Length; k++) held[k] = true;
            mentions.Add(new PersonMention(token, p));
            if (!register) return;
            if (title is { } tm && (p.Title is null || p.Title.Length < tm.Text.Length && p.Title.Split(' ').Length == 1 && tm.Text.EndsWith(p.Title, StringComparison.OrdinalIgnoreCase)))
                p.Title = CleanTitle(tm.Text);
            if (org is null && title is { } tm2) (org, source) = (NearbyOrg(t, orgSpans, token, tm2.Core), OrgSource.Nearby);
            p.SetOrg(org, source);
        }

        // "Sung Je-hoon, Director of …": a full name before the office and its comma, not given to an earlier office.
        Span? NameBefore(TitleMatch m)
        {
            var comma = m.Span.Start - 1;
            if (comma > 0 && t[comma].Lower is "the" or "a") comma--;
            // "Name Name, Arlen Provincial Administrator,": the office's level, and the place it serves, between the comma and the office.
            if (comma > 1 && t[comma].IsCap && Recognizer.IsOfficeAdjective(t[comma].Lower))
            {
                var k = comma - 1;
                while (k > 0 && comma - k <= 3 && t[k].IsCap && t[k].Kind == TokenKind.Word && !Recognizer.IsTitleWord(t[k])) k--;
                if (t[k].IsPunct(',')) comma = k;
            }
            // "Name Name, UA President, and …", "Name Name, Arlen University Rector,": the office's body (a body already found,
            // or an acronym in capitals) between the comma and the office, as releases write an office in a signing line.
            if (comma > 1 && !t[comma].IsPunct(','))
            {
                var k = comma;
                foreach (var o in orgSpans) if (o.Span.End == comma + 1 && o.Span.Start > 1) { k = o.Span.Start - 1; break; }
                if (k == comma && t[comma].IsAllCaps && t[comma].Kind == TokenKind.Word && t[comma].Text.Length is >= 2 and <= 6) k = comma - 1;
                if (k < comma && t[k].IsPunct(',') && m.Span.End < t.Count && t[m.Span.End].Text is "," or "." or ";" or "and") comma = k;
            }
            if (comma < 1 || !t[comma].IsPunct(',') || !t[comma - 1].IsCap || InOrg(comma - 1) || held[comma - 1]) return null;
            var s = comma;
            // A word an office before has already taken (its seat, its holder) is no part of this name.
            while (s - 1 >= 0 && comma - s < 7 && !held[s - 1] && !InOrg(s - 1) && (t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word && !t[s - 1].Is(LexFlag.FunctionWords) && !Recognizer.IsTitleWord(t[s - 1]) && !Recognizer.IsHonorific(t[s - 1]) && !Recognizer.IsRank(t[s - 1]) && !t[s - 1].Is(LexFlag.Months) && !t[s - 1].Is(LexFlag.Weekdays) || t[s - 1].IsParticle && s - 2 >= 0 && (t[s - 2].IsCap || t[s - 2].IsParticle && s - 3 >= 0 && t[s - 3].IsCap))) s--;
            // "Dra. C. Name Name Name, rector of …": the Cuban degree's "C." after the doctor's courtesy word.
            if (s > 0 && comma - s >= 3 && t[s].Text == "C." && t[s - 1].Lower is "dr." or "dr" or "dra." or "dra") s++;
            var honorific = s > 0 && (Recognizer.IsHonorific(t[s - 1]) || Recognizer.IsRank(t[s - 1]) || t[s - 1].Text == "C.");
            var run2 = Recognizer.NameRun(t, s);
            // "…, and Oyuna, head of the provincial … Department": a person known by one name (as many Mongolian, Tamil and
            // Indonesian people are), in a list, before an office and its body.
            var mononym = comma - s == 1 && s > 0 && t[s - 1].Lower is "and" or "," && t[s].Text.Length >= 4 && !t[s].IsAllCaps && !t[s].IsPossessive &&
                          !t[s].Text.Contains('.') && !t[s].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.Portfolio | LexFlag.OrganizationHeads) &&
                          m.Span.End < t.Count && t[m.Span.End].Lower == "of" && FindOrg(t[s].Text) is null;
            if (run2.End == comma && (comma - s >= 2 || honorific || mononym) && !InOrg(s) && !IsCountry(Recognizer.Surface(t, s, comma))) return new Span(s, comma);
            return null;
        }
        void NoteBefore(Span name, TitleMatch m, OrgEntity? org)
        {
            var existing = mentions.FindIndex(x => x.Token == name.Start);
            if (existing >= 0) mentions.RemoveAt(existing);
            Note(Person(Recognizer.Surface(t, name.Start, name.End), m.Core), name.Start, m, org, OrgSource.Explicit, name.Start, m.Span.End);
        }

        for (var i = 0; i < t.Count; i++)
        {
            if (used[i]) continue;
            var tok = t[i];
            var prev = i > 0 ? t[i - 1].Lower : "";
            // "the provincial director of …", "whose secretary, …": a lower-case office after a word that makes it a definite one.
            // "Our mayor, Name, asked …": a possessive before a lower-case office makes it a definite one as well.
            // "signed by deputy akim of the region Name Name": translations from languages with no articles drop "the" after "by".
            if (Recognizer.MatchTitle(t, i) is { } m && !InOrg(m.Span.Start) && (m.Capitalised || prev is "the" or "a" or "its" or "their" or "whose" or "our" or "his" or "her" or "my" or "by" || i > 0 && t[i - 1].IsPossessive ||
                // "Arlen's port director, Name", "the city tourism director, Name": a lower-case noun of the office between.
                i > 1 && t[i - 1].Kind == TokenKind.Word && !t[i - 1].IsCap && !t[i - 1].Is(LexFlag.FunctionWords) && (t[i - 2].IsPossessive || t[i - 2].Lower is "the" or "its") &&
                m.Span.End + 1 < t.Count && t[m.Span.End].IsPunct(',') && t[m.Span.End + 1].IsCap ||
                // "county councillor for rural affairs Name Name": an office of a level, its lower-case portfolio.
                Recognizer.IsOfficeAdjective(prev) && m.Span.End < t.Count && t[m.Span.End].Lower == "for" ||
                i > 1 && Recognizer.IsOfficeAdjective(prev) && t[i - 2].Lower is "the" or "a" or "its" or "their" or "whose" || FullNameAfter(t, m.Span.End) ||
                // "Mara Tobin, president of the Regional Council": a lower-case office after a name and a comma, with its body.
                i > 1 && t[i - 1].IsPunct(',') && Recognizer.IsNameWord(t[i - 2]) && m.Span.End < t.Count && t[m.Span.End].Lower is "of" or "for" or "at"))
            {
                var p = m.Span.End;
                // "Mayor (Burgemeester) Joost …": the office in the local language, in brackets.
                if (p + 2 < t.Count && t[p].IsPunct('(') && t[p + 2].IsPunct(')') && t[p + 1].IsCap) p += 3;
                // "the Arlen Friendship Association (Chairman: SATO Kenji)", "Representative: Mara Tobin;": an office, a colon and
                // its holder, as Japanese and Korean releases write it; the body is the one named just before the bracket.
                if (m.Capitalised && p + 2 < t.Count && t[p].IsPunct(':') && !InOrg(p + 1) && Recognizer.NameRun(t, p + 1) is var colonName &&
                    colonName.End - colonName.Start >= 2 && colonName.End < t.Count && t[colonName.End].Text is ")" or "," or ";" && !Recognizer.IsPortfolioRun(t, colonName))
                {
                    OrgEntity? bracketed = null;
                    if (m.Span.Start >= 2 && t[m.Span.Start - 1].IsPunct('('))
                        foreach (var o in orgSpans) if (o.Span.End == m.Span.Start - 1) bracketed = o.Org.Canon;
                    Note(Person(Recognizer.Surface(t, colonName.Start, colonName.End), m.Core), colonName.Start, m, bracketed ?? LeftOrg(si, t, orgSpans, m, register),
                        OrgSource.Explicit, m.Span.Start, colonName.End);
                    i = colonName.End - 1;
                    continue;
                }
                p = Recognizer.SkipHonorifics(t, p);
                var run = p < t.Count && !InOrg(p) ? Recognizer.NameRun(t, p) : new Span(p, p);
                // "President del Prado": a surname that starts with its particles.
                if (run.End == run.Start && m.Capitalised && Recognizer.ParticleSurname(t, p) is { } surname) run = surname;
                // "county councillor for rural affairs Name Name and …": a lower-case portfolio between.
                if (!m.Capitalised && run.End == run.Start && p == m.Span.End && p + 2 < t.Count && t[p].Lower == "for")
                {
                    var q = p + 1;
                    while (q < t.Count && q - p <= 4 && t[q].Kind == TokenKind.Word && !t[q].IsCap && !t[q].Is(LexFlag.FunctionWords)) q++;
                    if (q > p + 1 && q < t.Count && FullNameAfter(t, q) && Recognizer.NameRun(t, q) is var afterPortfolio && HolderEnds(t, afterPortfolio.End))
                    {
                        run = afterPortfolio;
                        p = run.Start;
                    }
                }
                // "former mayor Paul Girard", "city councillor Anne-Claire du Moulin": a full name after a lower-case office.
                if (!m.Capitalised && run.End - run.Start >= 2 && (p == m.Span.End || t[m.Span.End].Lower == "for") && (run.End >= t.Count || !t[run.End].IsCap))
                {
                    var org = LeftOrg(si, t, orgSpans, m, register);
                    Note(Person(Recognizer.Surface(t, run.Start, run.End), m.Core), run.Start, m, org, OrgSource.Explicit, m.Span.Start, run.End);
                    i = run.End - 1;
                    continue;
                }
                // "Chairman Standing Committee on Finance Mr. Name": one capitalised word before a body's head word opens the
                // body the office heads (written with no "of"), not a name.
                // "Clerk Assistant, …": a modifier of offices after an office is part of it, never a one-word name.
                if (m.Capitalised && run.End - run.Start == 1 && (run.End < t.Count && t[run.End].IsCap && t[run.End].Is(LexFlag.OrganizationHeads) || t[run.Start].Is(LexFlag.TitleModifiers))) run = new Span(run.Start, run.Start);
                // "the Chief Minister Arlen Vale, Mr. Name Name,": a region the story knows, written after the office with no "of",
                // then the holder after the comma.
                if (m.Capitalised && run.End > run.Start && run.End - run.Start <= 3 && run.End + 1 < t.Count && t[run.End].IsPunct(',') &&
                    KnownRegion(t, run) is var (isRegion, commaSeat) && isRegion && Recognizer.SkipHonorifics(t, run.End + 1) is var afterSeat &&
                    Recognizer.NameRun(t, afterSeat) is var seatHolder && (IsFullName(t, seatHolder) || afterSeat > run.End + 1 && seatHolder.End > seatHolder.Start) &&
                    (seatHolder.End >= t.Count || !t[seatHolder.End].IsCap) && !InOrg(seatHolder.Start))
                {
                    commaSeat ??= register ? RegisterOrg(Recognizer.Surface(t, run.Start, run.End), "region", si) : FindOrgAt(t, run.Start, run.End);
                    Note(Person(Recognizer.Surface(t, seatHolder.Start, seatHolder.End), m.Core), seatHolder.Start, m, commaSeat, OrgSource.Explicit, m.Span.Start, seatHolder.End);
                    i = seatHolder.End - 1;
                    continue;
                }
                if (m.Capitalised && run.End > run.Start)
                {
                    // "Gyeonggi Province Governor Dong Yeon Kim … of X": the office's body is on the left or after "of".
                    var org = LeftOrg(si, t, orgSpans, m, register);
                    // "Chief Minister Arlen-Vale Mara Tobin": a region the story names, written straight after the office with no
                    // "of" (as releases from South Asia write it), is the office's seat; the name follows it.
                    if (SeatBeforeHolder(t, run) is var (seatEnd, seat))
                    {
                        org ??= seat ?? (register ? RegisterOrg(Recognizer.Surface(t, run.Start, seatEnd), "region", si) : FindOrgAt(t, run.Start, seatEnd));
                        run = new Span(seatEnd, run.End);
                    }
                    var source = OrgSource.Explicit;
                    if (org is null && run.End + 1 < t.Count && t[run.End].Lower == "of")
                    {
                        org = OrgAt(run.End + 1);
                        if (org is null && IsRegionTitle(m.Core))
                        {
                            var k = run.End + 1 + (t[run.End + 1].Lower == "the" ? 1 : 0);
                            var place = Recognizer.PlaceRun(t, k);
                            if (place.End > place.Start && register) org = RegisterOrg(Recognizer.Surface(t, place.Start, place.End), "region", si);
                            else if (place.End > place.Start) org = FindOrg(Recognizer.Surface(t, place.Start, place.End));
                        }
                    }
                    Note(Person(Recognizer.Surface(t, run.Start, run.End), m.Core), run.Start, m, org, source, m.Span.Start, run.End);
                    i = run.End - 1;
                    continue;
                }
                if (run.End == run.Start)
                {
                    // "the Governor of X, Prince Y Z," — office first, then the name in apposition.
                    // "the burgemeester (mayor) of …": the office's gloss in brackets.
                    var officeEnd = m.Span.End + 2 < t.Count && t[m.Span.End].IsPunct('(') && t[m.Span.End + 2].IsPunct(')') ? m.Span.End + 3 : m.Span.End;
                    var q = officeEnd;
                    OrgEntity? org = null;
                    if (q + 1 < t.Count && t[q].Lower == "of" && OrgAt(q + 1) is { } o) { org = o; q = OrgEndAt(q + 1); }
                    // "Name Name, Governor of Arlen Vale, received …": a region's office names its region, closed by the comma.
                    else if (register && q + 1 < t.Count && t[q].Lower == "of" && IsRegionTitle(m.Core) && Recognizer.PlaceRun(t, q + 1) is var regionRun &&
                             regionRun.End > regionRun.Start && regionRun.End - regionRun.Start <= 3 && regionRun.End < t.Count && t[regionRun.End].Text is "," or "." or ";" &&
                             Recognizer.Surface(t, regionRun.Start, regionRun.End) is var regionName && !IsCountry(regionName))
                        org = FindOrg(regionName) ?? RegisterOrg(regionName, "region", si);
                    // "the Mayor of the partner city Velno, Name Name,", "the Mayor of the Turkish twin city Velno Name Name": the seat
                    // described in lower case before its name; the holder's name after the comma, or glued after a one-word seat.
                    else if (m.Capitalised && DescribedSeat(t, q) is { } described)
                    {
                        OrgEntity? Seat(int end) => Recognizer.Surface(t, described.Start, end) is var seatName && IsCountry(seatName) ? null :
                            register ? FindOrg(seatName) ?? RegisterOrg(seatName, "region", si) : FindOrg(seatName);
                        if (described.End < t.Count && t[described.End].IsPunct(','))
                        {
                            q = described.End;
                            org = Seat(described.End);
                        }
                        else if (described.End - described.Start is >= 3 and <= 5 && described.End < t.Count && !t[described.End].IsCap &&
                                 Recognizer.NameRun(t, described.Start + 1) is var holder && holder.End == described.End && !InOrg(holder.Start))
                        {
                            Note(Person(Recognizer.Surface(t, holder.Start, holder.End), m.Core), holder.Start, m, Seat(described.Start + 1), OrgSource.Explicit, m.Span.Start, holder.End);
                            i = holder.End - 1;
                            continue;
                        }
                    }
                    // "The King's Commissioner in the Province of X, Name,", "Delegate General in X, Name": the office's seat, then the name.
                    else if (q + 1 < t.Count && t[q].Lower == "in" && m.Capitalised)
                    {
                        var k = q + 1 + (t[q + 1].Lower == "the" && q + 2 < t.Count ? 1 : 0);
                        if (OrgAt(k) is { } seat) { org = seat; q = OrgEndAt(k); }
                        else if (Recognizer.PlaceRun(t, k) is { } seatRun && seatRun.End > seatRun.Start && seatRun.End - seatRun.Start <= 3 && seatRun.End < t.Count && t[seatRun.End].IsPunct(',')) q = seatRun.End;
                    }
                    org ??= LowerCaseRegionBefore(t, m.Span.Start);
                    var nameBefore = NameBefore(m);
                    // "Fei Shan, Deputy Secretary-General of X, Gu Tian, Director of Y, …": a list that opens with a name gives
                    // each office the name before it, not the next one.
                    if (nameBefore is { } listed && (listed.Start == 0 || t[listed.Start - 1].Text is "," or ";" or ":" or "–" or "-" || NextHolderHasOwnOffice(t, officeEnd)))
                    {
                        NoteBefore(listed, m, org);
                        i = m.Span.End - 1;
                        continue;
                    }
                    if (q + 1 < t.Count && t[q].IsPunct(','))
                    {
                        var r = q + 1;
                        var honorific = false;
                        var afterHonorifics = Recognizer.SkipHonorifics(t, r);
                        honorific = afterHonorifics > r;
                        r = afterHonorifics;
                        var name = r < t.Count && !InOrg(r) ? Recognizer.NameRun(t, r) : new Span(r, r);
                        // "Minister of Economic Development, Job Creation and Trade, Name Name,": the office's list of portfolios
                        // goes on to its last one after "and"; the holder is the full name after that.
                        if (!honorific && PortfolioListHolder(t, name) is { } listHolder) name = listHolder;
                        // "…, Deputy Minister of Economic Development, Job Creation and Trade.": the list's last portfolio after "and".
                        else if (name.End + 1 < t.Count && t[name.End].Lower == "and" && t[name.End + 1].IsCap && t[name.End + 1].Is(LexFlag.Portfolio)) name = new Span(name.Start, name.Start);
                        var closes = name.End >= t.Count || t[name.End].Kind == TokenKind.Punct || !t[name.End].IsCap;
                        // "Secretary for Regional Development, Interregional Cooperation and …": more of the portfolio, not a name.
                        if ((IsFullName(t, name) || honorific && name.End > name.Start) && closes && !(t[name.End - 1].IsPossessive) && !Recognizer.IsPortfolioRun(t, name))
                        {
                            Note(Person(Recognizer.Surface(t, name.Start, name.End), m.Core), name.Start, m, org, OrgSource.Explicit, m.Span.Start, name.End);
                            i = name.End - 1;
                            continue;
                        }
                    }
                    // "the Director-General of the X Commission (NWC), Vesna Ilić Borrego;": a longer office, then the name.
                    var (apposed, before) = Recognizer.NameAfterOffice(t, officeEnd);
                    if (before >= 0 && !InOrg(apposed.Start))
                    {
                        org ??= OfficeBody(si, t, orgSpans, m, m.Span.End, before, register);
                        Note(Person(Recognizer.Surface(t, apposed.Start, apposed.End), m.Core), apposed.Start, m, org, OrgSource.Explicit, m.Span.Start, apposed.End);
                        i = apposed.End - 1;
                        continue;
                    }
                    // "the director of the Department of Commerce of Arlen Province Mara Tobin,": a body already found (or a courtesy
                    // word, or a portfolio) marks where the holder's name begins, for a lower-case office too; this comes before a
                    // name in apposition before the office, which may be another office's holder.
                    if (NameAfterBody(si, t, orgSpans, m, register, marked: true) is { } marked)
                    {
                        Note(Person(Recognizer.Surface(t, marked.Name.Start, marked.Name.End), m.Core), marked.Name.Start, m, org ?? marked.Body, OrgSource.Explicit, m.Span.Start, marked.Name.End);
                        i = marked.Name.End - 1;
                        continue;
                    }
                    // "Sung Je-hoon, Director of the … Institute": the name before, in apposition.
                    if (nameBefore is { } before2)
                    {
                        NoteBefore(before2, m, org);
                        i = m.Span.End - 1;
                        continue;
                    }
                    // "Premier of East Valoria Ingrid Brask today opened …": the body, then the name, with no comma.
                    if (m.Capitalised && NameAfterBody(si, t, orgSpans, m, register, marked: false) is { } after)
                    {
                        Note(Person(Recognizer.Surface(t, after.Name.Start, after.Name.End), m.Core), after.Name.Start, m, org ?? after.Body, OrgSource.Explicit, m.Span.Start, after.Name.End);
                        i = after.Name.End - 1;
                        continue;
                    }
                    // "Chairman of the People's Committee of the province Le Van Duc": the holder after the story's region in lower case.
                    if ((m.Capitalised || prev is "the" or "by") && Recognizer.NameAfterLevelNoun(t, officeEnd) is { } afterLevel && !InOrg(afterLevel.Start))
                    {
                        org ??= OfficeBody(si, t, orgSpans, m, m.Span.End, afterLevel.Start, register);
                        Note(Person(Recognizer.Surface(t, afterLevel.Start, afterLevel.End), m.Core), afterLevel.Start, m, org, OrgSource.Explicit, m.Span.Start, afterLevel.End);
                        i = afterLevel.End - 1;
                        continue;
                    }
                    // "Consul General of Xland in Arlen Mara Tobin,", "Trade Commissioner to Xland Mara Tobin said": the office's
                    // seat after "in" or "to", glued to its holder's name.
                    var seatAt = officeEnd;
                    if (seatAt + 1 < t.Count && t[seatAt].Lower is "of" or "for")
                    {
                        var b = seatAt + 1 + (t[seatAt + 1].Lower == "the" ? 1 : 0);
                        var bodyEnd = OrgEndAt(seatAt + 1);
                        seatAt = bodyEnd > b ? bodyEnd : Recognizer.PlaceRun(t, b) is var bodyRun && bodyRun.End > bodyRun.Start ? bodyRun.End : seatAt;
                    }
                    // "Ambassador of the Kingdom of Xland Mara Tobin": a state's formal name, then its holder's name.
                    if (Recognizer.HolderAfterStateName(t, officeEnd) is { } afterState && !InOrg(afterState.Start))
                    {
                        Note(Person(Recognizer.Surface(t, afterState.Start, afterState.End), m.Core), afterState.Start, m, org, OrgSource.Explicit, m.Span.Start, afterState.End);
                        i = afterState.End - 1;
                        continue;
                    }
                    if (Recognizer.SeatThenHolder(t, seatAt) is { } glued && !InOrg(glued.Name.Start))
                    {
                        Note(Person(Recognizer.Surface(t, glued.Name.Start, glued.Name.End), m.Core), glued.Name.Start, m, org, OrgSource.Explicit, m.Span.Start, glued.Name.End);
                        i = glued.Name.End - 1;
                        continue;
                    }
                    if (HolderAtPhraseEnd(t, officeEnd) is { } last && !InOrg(last.Start))
                    {
                        org ??= OfficeBody(si, t, orgSpans, m, m.Span.End, last.Start, register);
                        Note(Person(Recognizer.Surface(t, last.Start, last.End), m.Core), last.Start, m, org, OrgSource.Explicit, m.Span.Start, last.End);
                        i = last.End - 1;
                        continue;
                    }
                    // "the Governor", "the Chair of the Assembly": someone named elsewhere.
                    if (!register && prev is "the" or "its" or "their" || !register && i > 0 && t[i - 1].IsPossessive)
                    {
                        if (ResolveByTitle(m, org) is { } known) Note(known, i, null, null, OrgSource.None, i, m.Span.End);
                        i = m.Span.End - 1;
                        continue;
                    }
                }
            }
            // "then-President Name Name", "then-Mayor Name Name": an office of the time, written with "then-" before it.
            if (tok.Kind == TokenKind.Word && tok.Lower.Length > 6 && tok.Lower.StartsWith("then-", StringComparison.Ordinal) && char.IsUpper(tok.Text[5]) &&
                Recognizer.IsTitleWord(tok.Lower.AsSpan(5)) && i + 1 < t.Count)
            {
                var then = Recognizer.NameRun(t, Recognizer.SkipHonorifics(t, i + 1));
                if (then.End - then.Start >= 2 && !InOrg(then.Start))
                {
                    var former = Person(Recognizer.Surface(t, then.Start, then.End), tok.Lower[5..]);
                    Note(former, then.Start, null, null, OrgSource.None, i, then.End);
                    if (register && former is not null) former.Title ??= tok.Text[5..];
                    i = then.End - 1;
                    continue;
                }
            }
            // A courtesy word that opens a country's name ("Sri …") names no person.
            // "izv. prof. dr. sc. Name": Central European academic ranks, written lower case, come as a chain of abbreviations.
            if (Recognizer.IsHonorific(tok) && (tok.IsCap || tok.Text.EndsWith('.') && i + 1 < t.Count && Recognizer.IsHonorific(t[i + 1]) && t[i + 1].Text.EndsWith('.')) &&
                i + 1 < t.Count && !IsCountry(tok.Text + " " + t[i + 1].Text))
            {
                // "Dra. C. Name …": the whole chain of courtesy words before the name.
                var run = Recognizer.NameRun(t, Math.Max(i + 1, Recognizer.SkipHonorifics(t, i)));
                if (run.End > run.Start && !InOrg(run.Start))
                {
                    var name = Recognizer.Surface(t, run.Start, run.End);
                    var p = register && run.End - run.Start >= 2 ? RegisterPerson(name, si) : ResolvePerson(name);
                    if (p is null && register) p = RegisterPerson(name, si);
                    Note(p, run.Start, null, null, OrgSource.None, i, run.End);
                    i = run.End - 1;
                    continue;
                }
            }
            // "Captain Mara Tobin Velo, Harbour Master …", "Colonel Ivo Marek said": a rank before a full name names a person as a
            // courtesy word does (a rank inside a body's name, "Admiral X Maritime University", is taken by the body first).
            if (register && Recognizer.IsRank(tok) && i + 2 < t.Count && t[i + 1].IsCap && !InOrg(i + 1))
            {
                var run = Recognizer.NameRun(t, Recognizer.SkipHonorifics(t, i));
                if (run.End - run.Start >= 2 && !InOrg(run.End - 1) && !IsCountry(Recognizer.Surface(t, run.Start, run.End)))
                {
                    Note(Person(Recognizer.Surface(t, run.Start, run.End), null), run.Start, null, null, OrgSource.None, i, run.End);
                    i = run.End - 1;
                    continue;
                }
            }
            // "Mayors dos Reis and Kral": one office for two people named elsewhere.
            if (!register && tok.IsCap && tok.Lower.Length > 3 && tok.Lower[^1] == 's' && i + 1 < t.Count && Recognizer.IsTitleWord(tok.Lower.AsSpan(0, tok.Lower.Length - 1)))
            {
                var first = Recognizer.NameRun(t, i + 1);
                if (first.End == first.Start) first = Recognizer.ParticleSurname(t, i + 1) ?? first;
                if (first.End > first.Start && first.End + 1 < t.Count && t[first.End].Lower == "and")
                {
                    var second = Recognizer.NameRun(t, first.End + 1);
                    if (second.End == second.Start) second = Recognizer.ParticleSurname(t, first.End + 1) ?? second;
                    var core = tok.Lower[..^1];
                    if (second.End > second.Start && Person(Recognizer.Surface(t, first.Start, first.End), core) is { } a && Person(Recognizer.Surface(t, second.Start, second.End), core) is { } b)
                    {
                        Note(a, first.Start, null, null, OrgSource.None, i, first.End);
                        Note(b, second.Start, null, null, OrgSource.None, first.End, second.End);
                        i = second.End - 1;
                        continue;
                    }
                }
            }
            if (!register && tok.IsCap && !InOrg(i) && (i == 0 || !t[i - 1].IsCap))
            {
                var run = Recognizer.NameRun(t, i);
                if (run.End - run.Start >= 2 || run.End - run.Start == 1 && t[i].Text.Contains('-') && _peopleByKey.ContainsKey(Key(t[i].Text)) || IsKnownSurname(t, i, run))
                {
                    var name = Recognizer.Surface(t, run.Start, run.End);
                    if (_peopleByKey.TryGetValue(Key(name), out var known) || (known = ResolvePerson(name)) is not null)
                    {
                        Note(known.Canon, run.Start, null, null, OrgSource.None, run.Start, run.End);
                        i = run.End - 1;
                    }
                }
            }
        }

        if (register) PeopleBeforeWho(si, t, mentions, used);
        if (register) PeopleAfterAgentBy(si, t, mentions, used);
        if (register) PeopleAfterPluralOffice(si, t, mentions, used);
        if (register) PeopleBeforeMemberOf(si, t, mentions, used);
        if (register) PeopleBesideKnownPeople(si, t, mentions, used);

        // "the Arlen Chamber's Mara Tobin reckons …": a person of a body, named in full after its possessive.
        if (register)
            foreach (var (span, org) in orgSpans)
            {
                if (!t[span.End - 1].IsPossessive || !FullNameAfter(t, span.End) || used[span.End]) continue;
                var member = Recognizer.NameRun(t, span.End);
                if (member.End < t.Count && t[member.End].IsCap) continue;
                var name = Recognizer.Surface(t, member.Start, member.End);
                if (IsCountry(name) || FindOrg(name) is not null) continue;
                var person = RegisterPerson(name, si);
                person.SetOrg(org.Canon, OrgSource.Nearby);
                mentions.Add(new PersonMention(member.Start, person));
                for (var k = member.Start; k < member.End; k++) used[k] = true;
            }

        if (register)
        {
            // "… extended a warm welcome on behalf of the X Government": the speaker's body.
            for (var k = 0; k + 3 < t.Count; k++)
                if (t[k].Lower == "on" && t[k + 1].Lower == "behalf" && t[k + 2].Lower == "of" && OrgAt(k + 3) is { } org && mentions.Count > 0 && mentions[0].Token < k)
                    mentions[0].Person.Canon.SetOrg(org, OrgSource.OnBehalf);
        }
        mentions.Sort((a, b) => a.Token.CompareTo(b.Token));
        return mentions;
    }

    /// <summary>"Lindqvist invited Haugen to …": a surname alone, of exactly one person named in full before.</summary>
    private bool IsKnownSurname(List<Token> t, int i, Span run)
    {
        if (run.End - run.Start != 1 || t[i].Text.Length < 4 || t[i].IsAllCaps || t[i].IsPossessive) return false;
        if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && t[i + 1].IsCap) return false;
        return ResolvePerson(t[i].Text) is { } p && p.Words.Count >= 2 && WordsOf(p.Name) is { Count: >= 2 } full && string.Equals(full[^1], WordsOf(t[i].Text)[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// "Mara Lindqvist, who has led the office since 2020, said …": a full name in apposition before ", who" is a person,
    /// even with no office before it.
    /// </summary>
    private void PeopleBeforeWho(int si, List<Token> t, List<PersonMention> mentions, bool[] used)
    {
        var who = false;
        for (var k = 1; k < t.Count && !who; k++) who = t[k].Lower == "who" && t[k - 1].IsPunct(',');
        if (!who) return;
        for (var i = 0; i + 3 < t.Count; i++)
        {
            if (used[i] || !t[i].IsCap || i > 0 && t[i - 1].Kind != TokenKind.Punct && t[i - 1].Lower is not ("and" or "by" or "with")) continue;
            var run = Recognizer.NameRun(t, i);
            if (run.End - run.Start < 2 || run.End + 1 >= t.Count || !t[run.End].IsPunct(',') || t[run.End + 1].Lower != "who") continue;
            var portfolio = false;
            for (var k = run.Start; k < run.End; k++) portfolio |= t[k].Is(LexFlag.Portfolio);
            if (portfolio) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (IsCountry(name) || FindOrg(name) is not null) continue;
            mentions.Add(new PersonMention(run.Start, ResolvePerson(name) ?? RegisterPerson(name, si)));
            for (var k = run.Start; k < run.End; k++) used[k] = true;
            i = run.End;
        }
    }

    /// <summary>
    /// "The delegation, led by Mara Tobin Reyes, …", "a dinner hosted by Jon Berg": a full name after a verb of leading,
    /// chairing, signing or hosting and its "by" is the person who did it, even with no office or courtesy word before it.
    /// </summary>
    private void PeopleAfterAgentBy(int si, List<Token> t, List<PersonMention> mentions, bool[] used)
    {
        for (var k = 1; k + 2 < t.Count; k++)
        {
            if (t[k].Lower != "by" || !Lexicon.AgentVerbs.Contains(t[k - 1].Lower)) continue;
            var start = Recognizer.SkipHonorifics(t, k + 1);
            // "led by Mara Tobin and Jon Berg": each full name of the list.
            while (start < t.Count && !used[start] && t[start].IsCap)
            {
                var run = Recognizer.NameRun(t, start);
                if (run.End - run.Start < 2 || run.End - run.Start > 4 || !(HolderEnds(t, run.End) || AndAFullName(t, run.End)) || t[run.End - 1].IsPossessive) break;
                var name = Recognizer.Surface(t, run.Start, run.End);
                var plain = true;
                for (var w = run.Start; w < run.End && plain; w++)
                    plain = !used[w] && !t[w].Is(LexFlag.Portfolio | LexFlag.OrganizationHeads | LexFlag.Countries | LexFlag.Demonyms) && !t[w].IsAllCaps;
                if (!plain || Lexicon.FirmNameEnds.Contains(t[run.End - 1].Lower) || IsCountry(name) || FindOrg(name) is not null) break;
                mentions.Add(new PersonMention(run.Start, ResolvePerson(name) ?? RegisterPerson(name, si)));
                for (var w = run.Start; w < run.End; w++) used[w] = true;
                if (run.End + 1 >= t.Count || t[run.End].Lower != "and") break;
                start = Recognizer.SkipHonorifics(t, run.End + 1);
            }
        }
    }

    /// <summary>
    /// "signed by the rectors Mara Tobin and Jon Berg", "the mayors Ana Vell, Rui Calvo and Omar Dest", "the two mayors, Ana
    /// Vell and Rui Calvo": an office in the plural before a list of full names gives each name that office.
    /// </summary>
    private void PeopleAfterPluralOffice(int si, List<Token> t, List<PersonMention> mentions, bool[] used)
    {
        for (var k = 0; k + 2 < t.Count; k++)
        {
            var w = t[k];
            if (w.Kind != TokenKind.Word || w.Lower.Length < 5 || used[k]) continue;
            // Only a word whose singular is an office makes a string ("rectors" → "rector"; "chairmen" → "chairman").
            var men = w.Lower.EndsWith("men", StringComparison.Ordinal);
            if (!men && (w.Lower[^1] != 's' || !Recognizer.IsTitleWord(w.Lower.AsSpan(0, w.Lower.Length - 1)))) continue;
            var singular = men ? w.Lower[..^3] + "man" : w.Lower[..^1];
            if (!Lexicon.Titles.Contains(singular)) continue;
            // "the mayors of the two cities, Name Name and Name Name": whose offices they are, in lower case, then the list.
            var first = k + 1;
            if (first + 3 < t.Count && t[first].Lower == "of" && t[first + 1].Lower == "the")
            {
                var c = first + 2;
                while (c < t.Count && c - first < 6 && t[c].Kind == TokenKind.Word && !t[c].IsCap) c++;
                if (c > first + 2 && c + 1 < t.Count && t[c].IsPunct(',')) first = c + 1;
            }
            // "signed by their managing directors, Name Name and Name Name", "the two mayors, Name and Name": the list in
            // apposition after a comma, when a lower-case word (a determiner, a number, a modifier) makes the plural a phrase.
            else if (t[first].IsPunct(',') && k > 0 && t[k - 1].Kind == TokenKind.Word && !t[k - 1].IsCap) first++;
            if (!t[first].IsCap) continue;
            var start = Recognizer.SkipHonorifics(t, first);
            var names = new List<Span>();
            while (start < t.Count && !used[start] && t[start].IsCap)
            {
                var run = Recognizer.NameRun(t, start);
                if (run.End - run.Start is < 2 or > 4 || !PlainName(t, run, used)) break;
                names.Add(run);
                if (run.End + 1 >= t.Count || !(t[run.End].Lower == "and" || t[run.End].IsPunct(',') && t[run.End + 1].IsCap)) break;
                start = Recognizer.SkipHonorifics(t, run.End + 1);
            }
            // Two names at least, the list closed by "and": one name after a plural is as likely a body ("the rectors Velno University").
            if (names.Count < 2 || t[names[^1].Start - 1].Lower != "and") continue;
            foreach (var run in names)
            {
                var name = Recognizer.Surface(t, run.Start, run.End);
                if (IsCountry(name) || FindOrg(name) is not null) continue;
                var person = ResolvePerson(name) ?? RegisterPerson(name, si);
                person.Title ??= singular;
                mentions.Add(new PersonMention(run.Start, person));
                for (var x = run.Start; x < run.End; x++) used[x] = true;
            }
            k = names[^1].End;
        }
    }

    /// <summary>
    /// "The delegation included Mara Tobin, Member of the Arlen State Government responsible for tourism; …": a full name in a
    /// list, then a comma and "Member of the" a body. "Member" is no office by itself ("a member of the delegation"), but a
    /// capitalised "Member" after a name in apposition is the seat it holds; the name must open the list or follow a list's
    /// punctuation, so that "Arlen, Member of …" in running text is not read.
    /// </summary>
    private void PeopleBeforeMemberOf(int si, List<Token> t, List<PersonMention> mentions, bool[] used)
    {
        for (var k = 3; k + 3 < t.Count; k++)
        {
            if (t[k].Text != "Member" || t[k + 1].Lower != "of" || t[k + 2].Lower != "the" || !t[k + 3].IsCap || !t[k - 1].IsPunct(',') || used[k - 2]) continue;
            var s = k - 1;
            while (s > 0 && k - 1 - s < 4 && t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word && !used[s - 1]) s--;
            var run = Recognizer.NameRun(t, s);
            if (run.End != k - 1 || run.End - run.Start is < 2 or > 4 || !PlainName(t, run, used)) continue;
            if (s > 0 && !(t[s - 1].Text is "," or ";" or ":" or "–" || t[s - 1].Lower is "and" or "included" or "includes" or "include" or "by" or "with")) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (IsCountry(name) || FindOrg(name) is not null) continue;
            var person = ResolvePerson(name) ?? RegisterPerson(name, si);
            person.Title ??= "Member";
            mentions.Add(new PersonMention(run.Start, person));
            for (var x = run.Start; x < run.End; x++) used[x] = true;
        }
    }

    /// <summary>
    /// "Mara Tobin and Jon Berg signed the agreement": a full name joined by "and" to a person the story has already named, before
    /// a verb, is a person too (no body is written as two to four plain words of a name).
    /// </summary>
    private void PeopleBesideKnownPeople(int si, List<Token> t, List<PersonMention> mentions, bool[] used)
    {
        for (var k = 2; k + 2 < t.Count; k++)
        {
            if (t[k].Lower != "and" || !t[k - 1].IsCap || !t[k + 1].IsCap) continue;
            var right = Recognizer.NameRun(t, k + 1);
            if (right.End - right.Start is < 2 or > 4 || right.End >= t.Count || t[right.End].Kind != TokenKind.Word || t[right.End].IsCap ||
                t[right.End].Is(LexFlag.FunctionWords) || t[right.End].Lower is "of" or "for" or "and") continue;
            var l = k;
            while (l > 0 && k - l < 4 && t[l - 1].IsCap && t[l - 1].Kind == TokenKind.Word) l--;
            if (k - l < 2 || l > 0 && (t[l - 1].Lower is "of" or "the" or "for" || t[l - 1].IsCap)) continue;
            var left = Recognizer.NameRun(t, l);
            if (left.End != k) continue;
            var leftName = Recognizer.Surface(t, left.Start, left.End);
            var rightName = Recognizer.Surface(t, right.Start, right.End);
            var leftKnown = _peopleByKey.ContainsKey(Key(leftName));
            var rightKnown = _peopleByKey.ContainsKey(Key(rightName));
            if (leftKnown == rightKnown) continue;
            var (other, otherName) = leftKnown ? (right, rightName) : (left, leftName);
            if (!PlainName(t, other, used) || IsCountry(otherName) || FindOrg(otherName) is not null) continue;
            mentions.Add(new PersonMention(other.Start, RegisterPerson(otherName, si)));
            for (var x = other.Start; x < other.End; x++) used[x] = true;
        }
    }

    /// <summary>Words of a name none of which is taken, a head, a portfolio, a country, a people's adjective or an acronym.</summary>
    private static bool PlainName(List<Token> t, Span run, bool[] used)
    {
        for (var w = run.Start; w < run.End; w++)
            if (used[w] || t[w].Is(LexFlag.Portfolio | LexFlag.OrganizationHeads | LexFlag.Countries | LexFlag.Demonyms) || t[w].IsAllCaps || t[w].IsPossessive) return false;
        return !Lexicon.FirmNameEnds.Contains(t[run.End - 1].Lower);
    }

    /// <summary>"… and Jon Berg": "and" at e, then two name words or more.</summary>
    private static bool AndAFullName(List<Token> t, int e) =>
        e + 2 < t.Count && t[e].Lower == "and" && Recognizer.NameRun(t, e + 1) is var next && next.End - next.Start >= 2;

    /// <summary>
    /// The body an office belongs to, named between the office and the comma before the holder's name: the first
    /// organization there that is no country, else a place already known, else (for a region's office) the place after "of".
    /// </summary>
    private OrgEntity? OfficeBody(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, TitleMatch m, int from, int to, bool register)
    {
        OrgEntity? best = null;
        var bestStart = int.MaxValue;
        var bestEnd = -1;
        foreach (var (span, o) in orgSpans)
        {
            if (span.Start < from || span.Start >= to || IsCountry(o.Canon.Name)) continue;
            if (span.Start < bestStart || span.Start == bestStart && span.End > bestEnd) { best = o.Canon; bestStart = span.Start; bestEnd = span.End; }
        }
        if (best is not null) return best;
        for (var k = from; k < to; k++)
        {
            if (!t[k].IsCap || k > from && t[k - 1].IsCap) continue;
            var run = Recognizer.PlaceRun(t, k);
            if (run.End > to) run = new Span(run.Start, to);
            if (run.End <= run.Start) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (IsCountry(name)) continue;
            if (FindOrg(name) is { } known) return known;
            if (register && IsRegionTitle(m.Core) && k == from + 1 && t[from].Lower == "of" && run.End == to) return RegisterOrg(name, "region", si);
        }
        return null;
    }

    /// <summary>
    /// "Title of BODY NAME verb": one capitalised run after "of" holds the body and then the holder's name. The body ends
    /// after an organization already found there, after a head word ("Department"), or with a name already known; failing
    /// those, a run of four or more words ends with a two-word name. With <paramref name="marked"/>, only where a body already
    /// found, a courtesy word or a portfolio marks where the name begins.
    /// </summary>
    private (Span Name, OrgEntity? Body)? NameAfterBody(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, TitleMatch m, bool register, bool marked)
    {
        var k = m.Span.End;
        // "Minister of Agriculture, Food and Rural Development of the X Oblast Name", "vice-rector for international relations of X
        // University Name": the office's portfolio (with its commas; the office read may hold its first field), then the
        // body after a second "of".
        var portfolioGoesOn = k + 1 < t.Count && t[k].IsPunct(',') && (m.Text.Contains(" of ", StringComparison.Ordinal) || m.Text.Contains(" for ", StringComparison.Ordinal));
        if (k + 1 >= t.Count || t[k].Lower is not ("of" or "for") && !portfolioGoesOn) return null;
        var pf0 = portfolioGoesOn ? k : k + 1;
        var pf = pf0;
        while (pf < t.Count && pf - pf0 < 12 && (t[pf].Is(LexFlag.Portfolio) && t[pf].Lower is not ("of" or "the") ||
               (pf > pf0 || portfolioGoesOn) && t[pf].IsPunct(',') ||
               // A second office ("… and Managing Director of …") ends the first one's portfolio.
               t[pf].IsCap && t[pf].Kind == TokenKind.Word && !t[pf].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords) && !Recognizer.IsTitleWord(t[pf]))) pf++;
        var crossedComma = false;
        for (var c = pf0; c < pf && !crossedComma; c++) crossedComma = t[c].IsPunct(',');
        if (pf > pf0 && pf + 1 < t.Count && t[pf].Lower == "of" && !t[pf - 1].IsPunct(',')) k = pf + 1;
        else if (portfolioGoesOn || crossedComma && m.Capitalised && t[k].Lower == "for")
        {
            // "Deputy Hokim for Agriculture, Water and Tourism Name Patronymic Surname presented …": the portfolio's last
            // field, then the holder, with no body.
            var last = pf - 1;
            while (last > pf0 && !(t[last].Is(LexFlag.Portfolio) && t[last].IsCap)) last--;
            if (last <= pf0 || last + 2 > pf) return null;
            var listed = Recognizer.NameRun(t, last + 1);
            var verbNext = pf < t.Count && t[pf].Kind == TokenKind.Word && !t[pf].IsCap && t[pf].Lower is not ("of" or "for" or "and" or "in");
            return listed.End == pf && listed.End - listed.Start >= 2 && (verbNext || HolderEnds(t, pf)) ? (listed, null) : null;
        }
        else k++;
        if (t[k].Lower == "the") k++;
        if (k >= t.Count || !t[k].IsCap) return null;
        // "Chair of the Arlen Farmers' Assembly Jon Berg,": a body already found whose name a place run would cut
        // (a possessive, an office inside it), then the name.
        (Span Span, OrgEntity Org)? longest = null;
        foreach (var found in orgSpans)
            if (found.Span.Start == k && (longest is null || found.Span.End > longest.Value.Span.End)) longest = found;
        // A place of one word alone may begin a longer name the lists do not know ("of Arlen Logistics Zone,"): it marks nothing.
        // A known body's acronym marks its end as well: "Managing Director of ATDC Mara Tobin and …".
        if (longest is var (bodySpan, bodyOrg) && (!marked || bodySpan.End - bodySpan.Start >= 2 || t[bodySpan.End - 1].Is(LexFlag.OrganizationHeads) ||
                                                   t[bodySpan.Start].IsAllCaps && t[bodySpan.Start].Text.Length >= 2))
        {
            // "Mayor of Arlen Cllr Mara Tobin": a courtesy word between the body and its holder; "… University (AU) Mara
            // Tobin": the body's acronym in brackets.
            var afterBody = bodySpan.End + 2 < t.Count && t[bodySpan.End].IsPunct('(') && t[bodySpan.End + 1].IsAllCaps && t[bodySpan.End + 2].IsPunct(')') ? bodySpan.End + 3 : bodySpan.End;
            var h0 = Recognizer.SkipHonorifics(t, afterBody);
            if (FullNameAfter(t, h0) && Recognizer.NameRun(t, h0) is var holder && HolderEnds(t, holder.End)) return (holder, bodyOrg.Canon);
        }
        if (!m.Capitalised) return null;
        var run = Recognizer.PlaceRun(t, k);
        // "Mayor of Arlen Cllr Mara Tobin and …": the place run stops at the courtesy word; the name follows it.
        if (run.End > k && run.End < t.Count && Recognizer.IsHonorific(t[run.End]) && t[run.End].IsCap)
        {
            var h1 = Recognizer.SkipHonorifics(t, run.End);
            if (FullNameAfter(t, h1) && Recognizer.NameRun(t, h1) is var held && HolderEnds(t, held.End))
            {
                var seatName = Recognizer.Surface(t, k, run.End);
                if (IsCountry(seatName)) return (held, null);
                return (held, FindOrg(seatName) ?? (register && IsRegionTitle(m.Core) ? RegisterOrg(seatName, "region", si) : null));
            }
        }
        // "Regional Director of Agriculture Mara Tobin and …": a portfolio, then the name.
        var portfolio = k;
        while (portfolio < run.End && t[portfolio].Is(LexFlag.Portfolio) && !t[portfolio].Is(LexFlag.Countries)) portfolio++;
        if (portfolio > k && portfolio + 1 < run.End && Recognizer.NameRun(t, portfolio) is var afterPortfolio && afterPortfolio.End == run.End &&
            afterPortfolio.End - afterPortfolio.Start >= 2 && HolderEnds(t, run.End))
            return (afterPortfolio, null);
        if (marked) return null;
        // A verb after the name, or (where a body or a head word marks where the body ends) a comma or a full stop.
        var verbAfter = run.End < t.Count && t[run.End].Kind == TokenKind.Word && !t[run.End].IsCap && t[run.End].Lower is not ("of" or "for" or "and" or "in");
        if (!verbAfter && !HolderEnds(t, run.End)) return null;
        var split = -1;
        OrgEntity? body = null;
        foreach (var (span, o) in orgSpans)
            if (span.Start == k && span.End < run.End && span.End > split) { split = span.End; body = o.Canon; }
        if (split < 0)
            for (var h = k; h < run.End - 2; h++)
                if (t[h].Is(LexFlag.OrganizationHeads)) { split = h + 1; break; }
        // Before a comma, only a body found, a head word or a region named so elsewhere ("Mayor of Arlen Name Name in …")
        // marks where the body ends.
        if (split < 0 && !verbAfter)
            for (var e = run.End - 2; e > k && split < 0; e--)
                if (FindOrgAt(t, k, e) is { IsRegion: true } region && Key(region.Name) == Key(Recognizer.Surface(t, k, e))) { split = e; body = region; }
        // "Mayor of Arlen Mara Tobin and …", "Governor of Arlen Mara Tobin said": a region's office, a one-word seat and a
        // two-word name, before "and" or a verb (before a comma the three words may be one place: "Governor of New South X,").
        if (split < 0 && run.End - k == 3 && IsRegionTitle(m.Core) && (verbAfter || run.End < t.Count && t[run.End].Lower == "and") && ThreePlainWords(t, k))
            split = k + 1;
        if (split < 0 && !verbAfter && !(run.End - k >= 4 && Recognizer.IsPatronymic(t[Recognizer.HolderStart(t, run) + 1]))) return null;
        if (split < 0)
            for (var e = run.End - 2; e > k; e--)
                if (FindOrgAt(t, k, e) is { } known) { split = e; body = known; break; }
        // "Akim of Arlen Erbol Arlanuly Tasbolov met …": the given name before a patronymic starts the holder's name.
        // With no verb after it, a run with no such mark stays unread: "Minister of Arlen Velstad Tourism Board,".
        if (split < 0 && run.End - k >= 4 && Recognizer.HolderStart(t, run) is var hs && (verbAfter || Recognizer.IsPatronymic(t[hs + 1]))) split = hs;
        if (split < 0) return null;
        var name = Recognizer.NameRun(t, split);
        if (name.End != run.End || !IsFullName(t, name)) return null;
        // Before a comma, "… Autónomo Regional de Arlen," is more of a body's name in another language, not a holder.
        if (!verbAfter)
            for (var w = name.Start; w < name.End; w++) if (t[w].IsParticle || name.End - name.Start > 3) return null;
        if (body is null && split > k)
        {
            var bodyName = Recognizer.Surface(t, k, split);
            if (IsCountry(bodyName)) return (name, null);
            body = FindOrg(bodyName) ?? (register && IsRegionTitle(m.Core) && !t[split - 1].Is(LexFlag.OrganizationHeads) ? RegisterOrg(bodyName, "region", si) : null);
        }
        return (name, body);
    }

    /// <summary>
    /// The region (one or two words, known to the story) that opens a run of capitalised words after an office, when a full name
    /// of two to four words follows it: where the name starts, and the region.
    /// </summary>
    private (int Start, OrgEntity? Seat)? SeatBeforeHolder(List<Token> t, Span run)
    {
        for (var w = 1; w <= 2 && run.End - run.Start - w >= 2; w++)
        {
            var rest = new Span(run.Start + w, run.End);
            if (rest.End - rest.Start > 4 || !IsFullName(t, rest)) continue;
            if (KnownRegion(t, new Span(run.Start, run.Start + w)) is (true, var region)) return (rest.Start, region);
        }
        return null;
    }

    /// <summary>
    /// Whether the words are a region the story knows, and its record when it has one yet: a region already found, or one
    /// known so far only inside the name of its government or assembly ("the Government of Arlen-Vale"), listed beside it later.
    /// </summary>
    private (bool IsRegion, OrgEntity? Region) KnownRegion(List<Token> t, Span words)
    {
        if (FindOrgAt(t, words.Start, words.End) is { IsRegion: true } region) return (true, region);
        var place = Recognizer.Surface(t, words.Start, words.End);
        return (FindOrg("Government of " + place) is not null || FindOrg("Province of " + place) is not null || FindOrg("State of " + place) is not null ||
                FindOrg("Provincial Assembly of " + place) is not null || FindOrg("Legislative Assembly of " + place) is not null, null);
    }

    /// <summary>
    /// "the chairman of the presidium of the Chamber of Arlen region Mara Tobin.", "the Head of the Arlen Regional State
    /// (Military) Administration Mara Tobin and …": a long office and its body, then the holder's name with no comma. The
    /// office's phrase runs over capitalised words, links, brackets and lower-case nouns (a lower-case word counts only before a
    /// capitalised word or a link, so a verb ends it); the holder is the last two to four name words before the phrase ends,
    /// where a head word, an acronym, a closing bracket or a lower-case level or portfolio noun ("region", "economy") before
    /// them marks where the name begins (after "of" alone the words may still be a place: "of Arlen Mara Tobin" stays unread
    /// here; after another lower-case word, a body named after a person: "the Musée communal Mara Tobin").
    /// </summary>
    private static Span? HolderAtPhraseEnd(List<Token> t, int from)
    {
        var j = from;
        while (j < t.Count && j - from < 30)
        {
            var w = t[j];
            if (w.Kind == TokenKind.Word && w.IsCap || w.Lower is "of" or "for" or "the" or "in" or "to" or "&" || w.Text is "(" or ")") { j++; continue; }
            if (w.Kind == TokenKind.Word && !w.IsCap && j > from && j + 1 < t.Count &&
                (t[j + 1].Kind == TokenKind.Word && t[j + 1].IsCap || t[j + 1].Lower is "of" or "for") && !w.Is(LexFlag.FunctionWords)) { j++; continue; }
            // "of the Arlen regional branch of …": two lower-case words of a unit before its link.
            if (w.Kind == TokenKind.Word && !w.IsCap && j > from && j + 2 < t.Count && !w.Is(LexFlag.FunctionWords) && t[j + 1].Kind == TokenKind.Word &&
                !t[j + 1].IsCap && !t[j + 1].Is(LexFlag.FunctionWords) && t[j + 2].Lower is "of" or "for") { j += 2; continue; }
            break;
        }
        if (j - from < 3 || !HolderEnds(t, j)) return null;
        var s = j;
        while (s > from && j - s < 5 && OrgSpans.IsHolderWord(t[s - 1]) && !IsMixedAcronym(t[s - 1].Text) && !t[s - 1].Is(LexFlag.TitleWord)) s--;
        if (j - s is < 2 or > 4 || s <= from) return null;
        var before = t[s - 1];
        var marked = before.Text == ")" || before.IsAllCaps && before.Text.Length >= 2 || IsMixedAcronym(before.Text) || before.Is(LexFlag.OrganizationHeads) && before.IsCap ||
                     before.Kind == TokenKind.Word && !before.IsCap && before.Is(LexFlag.OrganizationHeads | LexFlag.Portfolio) &&
                     before.Lower is not ("of" or "for" or "the" or "in" or "to" or "and" or "&");
        if (!marked) return null;
        var name = Recognizer.NameRun(t, s);
        return name.End == j ? name : null;
    }

    /// <summary>"VelTU", "UniXY": an acronym written with lower-case letters inside, ending in two capitals (never a name's shape).</summary>
    private static bool IsMixedAcronym(string w) => w.Length is >= 4 and <= 10 && char.IsUpper(w[0]) && char.IsUpper(w[^1]) && char.IsUpper(w[^2]) && w.Any(char.IsLower);

    /// <summary>Three capitalised words of no list (no head, no compass point, no particle): a seat and a holder's two names.</summary>
    private static bool ThreePlainWords(List<Token> t, int k)
    {
        for (var w = k; w < k + 3; w++)
            if (!OrgSpans.IsHolderWord(t[w]) || IsCompassWord(t[w]) || t[w].Lower is "new" or "north" or "south" or "east" or "west" or "upper" or "lower" or "central" or "greater") return false;
        return true;
    }

    /// <summary>
    /// A holder's name after its office and body ends at a comma, a full stop, a semicolon, a closing bracket, a lower-case
    /// word other than a link ("met", "said"), or at "and" before the next person or a lower-case word ("and the Mayor of …",
    /// "and Vice Governor …", "and members of …"): "and" before a capitalised word may go on with a body's name.
    /// </summary>
    private static bool HolderEnds(List<Token> t, int e)
    {
        if (e >= t.Count) return true;
        var w = t[e];
        if (w.Kind == TokenKind.Punct) return w.Text is "," or "." or ";" or ")" or ":";
        // "… Mara Tobin and Jon Berg, the …": and a second person named in full.
        if (w.Lower == "and") return e + 1 < t.Count && (!t[e + 1].IsCap || t[e + 1].Lower == "the" || Recognizer.IsTitleWord(t[e + 1]) || t[e + 1].Is(LexFlag.TitleModifiers) ||
            Recognizer.NameRun(t, e + 1) is var next && next.End - next.Start >= 2 && next.End < t.Count && t[next.End].IsPunct(','));
        // "Regional Mayor of Arlen Mara Tobin in Velstad": where the holder signed, after the name.
        return !w.IsCap && w.Lower is not ("of" or "for");
    }

    /// <summary>
    /// "…, Job Creation and Trade, Name Name": capitalised words, "and", the last portfolio of one or two words and a comma,
    /// then a full name; null where the words after the comma are not such a list.
    /// </summary>
    private static Span? PortfolioListHolder(List<Token> t, Span words)
    {
        var and = words.End;
        if (words.End == words.Start || and + 3 >= t.Count || t[and].Lower != "and" || !t[and + 1].IsCap) return null;
        var comma = t[and + 2].IsPunct(',') ? and + 2 : t[and + 2].IsCap && t[and + 2].Is(LexFlag.Portfolio) && and + 3 < t.Count && t[and + 3].IsPunct(',') ? and + 3 : -1;
        if (comma < 0 || comma + 1 >= t.Count) return null;
        var holder = Recognizer.NameRun(t, Recognizer.SkipHonorifics(t, comma + 1));
        return IsFullName(t, holder) && HolderEnds(t, holder.End) ? holder : null;
    }

    /// <summary>
    /// "… included Name Name, Vice Chairman of X, Name Name, Chairman of Y, and …": the name after this office's comma has an
    /// office of its own after it, so the list gives each office the name before it.
    /// </summary>
    private static bool NextHolderHasOwnOffice(List<Token> t, int officeEnd)
    {
        var (next, _) = Recognizer.NameAfterOffice(t, officeEnd);
        if (next.End == next.Start || next.End + 1 >= t.Count || !t[next.End].IsPunct(',')) return false;
        var k = next.End + 1;
        if (t[k].Lower is "the" && k + 1 < t.Count) k++;
        return t[k].IsCap && Recognizer.MatchTitle(t, k) is not null;
    }

    /// <summary>
    /// "of the partner city Velno", "of the Turkish twin city Velno Name Name": "of the", one to three lower-case words (a
    /// demonym may open them; two words at least) ending in a noun of a place (city, town, region, province…), then a run of
    /// capitalised words; that run, or null.
    /// </summary>
    private static Span? DescribedSeat(List<Token> t, int q)
    {
        if (q + 4 >= t.Count || t[q].Lower != "of" || t[q + 1].Lower != "the") return null;
        var k = q + 2;
        if (t[k].IsCap && t[k].Is(LexFlag.Demonyms)) k++;
        var words = k;
        while (k < t.Count && k - words < 3 && t[k].Kind == TokenKind.Word && !t[k].IsCap && !t[k].Is(LexFlag.FunctionWords)) k++;
        // The level's noun alone ("Deputy Akim of the region Name Name") is the story's own region, its holder's name after it.
        if (k - (q + 2) < 2 || k >= t.Count || !t[k].IsCap || t[k - 1].Lower is not ("city" or "town" or "municipality" or "region" or "province" or "county" or "prefecture" or "state")) return null;
        var run = Recognizer.PlaceRun(t, k);
        return run.End > run.Start ? run : null;
    }

    /// <summary>Two or more name words at <paramref name="p"/> and nothing capitalised after them.</summary>
    private static bool FullNameAfter(List<Token> t, int p)
    {
        if (p >= t.Count || !t[p].IsCap) return false;
        var run = Recognizer.NameRun(t, p);
        return IsFullName(t, run) && (run.End >= t.Count || !t[run.End].IsCap);
    }

    /// <summary>Two or more name words, or one written as Mongolian names are ("D.Tsetseg": the father's initial, then the name).</summary>
    private static bool IsFullName(List<Token> t, Span run) =>
        run.End - run.Start >= 2 || run.End - run.Start == 1 && Recognizer.IsInitialledName(t[run.Start].Text);


    /// <summary>"Ines Marta "Tita" Velasco-Ordaz" is "Ines Marta Velasco-Ordaz": a nickname in quotes is no part of the name.</summary>
    internal static string WithoutNickname(string name)
    {
        var open = name.IndexOfAny(Quotes);
        if (open < 0) return name;
        var close = name.IndexOfAny(Quotes, open + 1);
        if (close < 0) return name;
        return string.Join(' ', (name[..open] + " " + name[(close + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The first word of a university's field after its "of" ("of Applied Sciences", "of Technology", "of Economics").</summary>
    private static readonly FrozenSet<string> UniversityFieldWords = FrozenSet.Create(StringComparer.Ordinal,
        "Applied", "Technology", "Science", "Sciences", "Economics", "Arts", "Music", "Medicine", "Agriculture", "Engineering", "Education",
        "Business", "Life", "Natural", "Social", "Health", "Fine", "Performing", "Veterinary", "Agricultural", "Technical", "Information");

    private static readonly char[] Quotes = ['"', '“', '”'];

    private static string CleanTitle(string title)
    {
        // Most offices open with none of these words: they keep their string.
        var sp = title.IndexOf(' ');
        if (sp < 0 || title.AsSpan(0, sp) is not ("former" or "the" or "state" or "acting")) return title;
        var words = title.Split(' ');
        var s = 0;
        while (s < words.Length - 1 && words[s] is "former" or "the" or "state" or "acting") s++;
        return string.Join(' ', words[s..]);
    }

    private static bool IsRegionTitle(string core) => Lexicon.RegionTitles.Contains(core) || core.EndsWith("mayor", StringComparison.Ordinal) || core.EndsWith("governor", StringComparison.Ordinal) || core.EndsWith("secretary", StringComparison.Ordinal);

    /// <summary>The body named just before an office: "Gyeonggi Province Governor", "Lakemont Mayor", "Villanueva's Deputy Mayor".</summary>
    private OrgEntity? LeftOrg(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, TitleMatch m, bool register)
    {
        var start = m.Span.Start;
        if (start == 0) return null;
        foreach (var o in orgSpans)
            if (o.Span.End == start) return o.Org.Canon;
        var s = start;
        if (t[s - 1].IsPossessive && t[s - 1].IsCap)
        {
            // "the King's Commissioner": an office named after a sovereign's title belongs to no body called "King".
            if (Lexicon.Honorifics.Contains(t[s - 1].Base.ToLowerInvariant())) return null;
            s--;
        }
        else
            while (s - 1 >= 0 && start - s < 4 && Recognizer.IsNameWord(t[s - 1]) && (!t[s - 1].Is(LexFlag.Demonyms) || s < start && IsCompassWord(t[s - 1]))) s--;
        // "Deputy District Administrator": a modifier of the office is no part of its body.
        while (s < start && t[s].Is(LexFlag.TitleModifiers) && !t[s].Is(LexFlag.OrganizationHeads)) s++;
        if (s == start) return null;
        var words = Enumerable.Range(s, start - s).Select(k => t[k]).ToList();
        if (words.Any(w => w.Is(LexFlag.Demonyms) && !IsCompassWord(w))) return null;
        // "County Mayor", "Provincial Board Member", "Provincial Tourism Officer": words that only say what kind of body or
        // portfolio it is name no body (unless they end in a head word: "Provincial Assembly Speaker").
        if (words.TrueForAll(w => w.Is(LexFlag.OrganizationHeads | LexFlag.Portfolio) || Recognizer.IsOfficeAdjective(w.Lower)) && (words.Count == 1 || !words[^1].Is(LexFlag.OrganizationHeads))) return null;
        var name = Recognizer.Surface(t, s, start);
        var lastLower = words[^1].Lower;
        if (lastLower is "provincial" or "prefectural" or "municipal" or "state" or "regional" && words.Count > 1)
        {
            var base_ = Recognizer.Surface(t, s, start - 1);
            name = lastLower switch { "provincial" => base_ + " Province", "prefectural" => base_ + " Prefecture", "state" => base_ + " State", _ => base_ };
        }
        if (IsCountry(name)) return null;
        if (FindOrg(name) is { } known) return known;
        if (CompanyStartingWith(s > 0 && Recognizer.IsHonorific(t[s - 1]) && t[s - 1].IsCap ? t[s - 1].Text + " " + name : name) is { } company) return company;
        if (!register) return null;
        return RegisterOrg(name, IsRegionTitle(m.Core) ? "region" : "other", si);
    }

    /// <summary>
    /// "Sunvale Managing Director …" after "Sunvale Agri-Foods Pty Ltd": the first words of a company named before are
    /// that company (the only one they open).
    /// </summary>
    private OrgEntity? CompanyStartingWith(string name)
    {
        OrgEntity? found = null;
        var first = name.IndexOf(' ') is var sp and > 0 ? name[..sp] : name;
        if (!_companiesByFirstWord.TryGetValue(first, out var companies)) return null;
        foreach (var o in companies)
        {
            if (o.MergedInto is not null || o.Kind != "company" || o.Name.Length <= name.Length + 1 || o.Name[name.Length] != ' ' ||
                !o.Name.StartsWith(name, StringComparison.Ordinal)) continue;
            if (found is not null) return null;
            found = o;
        }
        return found;
    }

    /// <summary>"Western" in "Western Arlen Premier": a point of the compass that opens a place's name, not a people.</summary>
    private static bool IsCompassWord(Token w) => w.Lower is "western" or "eastern" or "northern" or "southern";

    /// <summary>"the state Commissioner": the state the article last named.</summary>
    private OrgEntity? LowerCaseRegionBefore(List<Token> t, int start)
    {
        if (start < 1 || t[start - 1].IsCap) return null;
        var head = t[start - 1].Lower;
        if (!Lexicon.OrganizationHeads.TryGetValue(head, out var kind) || kind != "region") return null;
        for (var k = _orgs.Count - 1; k >= 0; k--)
            if (_orgs[k].MergedInto is null && _orgs[k].Name.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return _orgs[k];
        return null;
    }

    /// <summary>Where a title's body is not said, the nearest body named before it in the sentence.</summary>
    private static OrgEntity? NearbyOrg(List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, int token, string core)
    {
        var region = IsRegionTitle(core);
        OrgEntity? best = null;
        var bestEnd = -1;
        foreach (var (span, org) in orgSpans)
        {
            if (span.End > token || span.End <= bestEnd) continue;
            if (region && !org.Canon.IsRegion) continue;
            best = org.Canon;
            bestEnd = span.End;
        }
        return best;
    }

    private Dictionary<string, List<PersonEntity>>? _peopleByTitleWord;

    private PersonEntity? ResolveByTitle(TitleMatch m, OrgEntity? org)
    {
        PersonEntity? best = null;
        var bestSeen = -1;
        var modifiers = m.Text.Split(' ').Any(w => Lexicon.TitleModifiers.Contains(w.ToLowerInvariant()));
        // An office with its portfolio ("Minister of Labour and Immigration") is found by its head word too ("the Minister").
        _peopleByTitleWord ??= _people.Where(p => p.MergedInto is null && p.Title is not null)
            .GroupBy(p => TitleHead(p.Title!).Split(' ')[^1].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (!_peopleByTitleWord.TryGetValue(m.Core.Split(' ')[^1], out var holders)) return null;
        foreach (var p in holders)
        {
            if (p.MergedInto is not null || p.Title is null) continue;
            var head = TitleHead(p.Title);
            var same = SameName(p.Title, m.Text) || !modifiers && head.EndsWith(m.Core, StringComparison.OrdinalIgnoreCase) &&
                       !head.Split(' ').Any(w => Lexicon.TitleModifiers.Contains(w.ToLowerInvariant()));
            if (!same) continue;
            if (org is not null && !SameOfficeBody(p.Org, org)) continue;
            var seen = _lastSeen.TryGetValue(p, out var s) ? s : -1;
            if (best is null || seen > bestSeen) { best = p; bestSeen = seen; }
        }
        return best;
    }

    // ---------------------------------------------------------------- between the passes

    /// <summary>
    /// Words for the body that governs a territory, written as that territory's own name ("Diputación de X" is how the
    /// province of X calls itself), and the English words for that territory. Governments named as such ("Gobierno de X",
    /// "Government of X") are not here: they are bodies of their own beside their region (docs/ingestion.md, decision a).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> GoverningWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["diputación"] = ["Province"], ["diputacion"] = ["Province"], ["intendencia"] = ["Department"],
        ["municipality"] = ["Canton"], ["municipalidad"] = ["Canton"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"Diputación (Provincial) de Arlen": the place ("Arlen") and the English words for the territory it governs.</summary>
    private static (string Place, string[] Territories)? GoverningBodyOf(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 3 || !GoverningWords.TryGetValue(words[0].ToLowerInvariant(), out var territories)) return null;
        var link = 1;
        if (words[link] is "Provincial" or "Departamental" or "Municipal") link++;
        if (link >= words.Length - 1 || words[link] is not ("de" or "del" or "of")) return null;
        return (string.Join(' ', words[(link + 1)..]), territories);
    }

    /// <summary>The words of a level that <see cref="ConsolidateOrganizations"/> drops from inside a name, with the spaces around them (the same words as its test).</summary>
    private static readonly System.Buffers.SearchValues<string> LevelWordsInside = System.Buffers.SearchValues.Create(
        [" Provincial ", " Regional ", " Municipal ", " Departmental ", " Metropolitan ", " Prefectural "], StringComparison.Ordinal);

    private void ConsolidateOrganizations()
    {
        // "the Metropolitan Municipality", "the Regional Council": a level of government and a head alone, after "X Metropolitan
        // Municipality", is that body said again, not one of its own (a region's head takes no name on the left here).
        Dictionary<string, (OrgEntity Org, OrgEntity? Fuller, int Count)>? bareLevels = null;
        foreach (var o in _orgs)
        {
            if (o.MergedInto is not null) continue;
            var sp = o.Name.IndexOf(' ');
            if (sp < 0 || o.Name.IndexOf(' ', sp + 1) >= 0 || !IsLevelAdjective(o.Name[..sp].ToLowerInvariant()) ||
                !Lexicon.OrganizationHeads.TryGetValue(o.Name[(sp + 1)..].ToLowerInvariant(), out var headKind) || headKind is not ("region" or "legislature")) continue;
            (bareLevels ??= new(StringComparer.Ordinal))[o.Name] = (o, null, 0);
        }
        if (bareLevels is not null)
        {
            foreach (var o in _orgs)
            {
                if (o.MergedInto is not null) continue;
                var last = o.Name.LastIndexOf(' ');
                var secondLast = last > 0 ? o.Name.LastIndexOf(' ', last - 1) : -1;
                if (secondLast > 0 && bareLevels.TryGetValue(o.Name[(secondLast + 1)..], out var g) && g.Org != o)
                    bareLevels[g.Org.Name] = WithFuller(g, o);
                CountHeadFirstFuller(bareLevels, o);
            }
            foreach (var (_, g) in bareLevels)
                if (g.Fuller is { } fuller)
                {
                    g.Org.MergedInto = fuller;
                    fuller.Mentions += g.Org.Mentions;
                }
        }
        GovernmentsOfTheOneRegionOfTheirLevel();
        MergeWordOrders();
        MergeSeatsByFormalName();
        // "Diputación Provincial de Arlen" beside "Diputación de Arlen": one body, with or without the adjective of its level.
        foreach (var o in _orgs)
        {
            // Split only a name with such a word between two others: most bodies have none.
            if (o.MergedInto is not null || o.Name.AsSpan().IndexOfAny(LevelWordsInside) < 0) continue;
            var words = o.Name.Split(' ');
            if (words.Length < 3) continue;
            for (var w = 1; w < words.Length - 1; w++)
                if (words[w] is "Provincial" or "Regional" or "Municipal" or "Departmental" or "Metropolitan" or "Prefectural" &&
                    FindOrg(string.Join(' ', words[..w].Concat(words[(w + 1)..]))) is { } plain && plain != o && plain.MergedInto is null && plain.Kind == o.Kind)
                {
                    o.MergedInto = plain;
                    plain.Mentions += o.Mentions;
                    break;
                }
        }
        // "Diputación de Arlen" beside "Province of Arlen", "Municipality of Arlen" beside "Canton of Arlen": the body that
        // governs a territory under a word that names it as that territory, and the territory under its own word, are one.
        foreach (var o in _orgs)
            if (o.MergedInto is null && o.IsRegion && GoverningBodyOf(o.Name) is var (place, territories))
                foreach (var territory in territories)
                    if ((FindOrg(territory + " of " + place) ?? FindOrg(place + " " + territory)) is { MergedInto: null } land && land != o)
                    {
                        land.MergedInto = o;
                        o.Mentions += land.Mentions;
                    }
        // "Consiliul Județean Arlen" beside "Arlen County Council": one council, named in its language and in English.
        foreach (var o in _orgs)
            if (o.MergedInto is null && !o.IsRegion && TranslatedCouncil(o.Name) is var (place, english) &&
                (FindOrg(place + " " + english) ?? FindOrg(english + " of " + place)) is { } translated && translated != o)
            {
                o.MergedInto = translated;
                translated.Mentions += o.Mentions;
            }
        // "Conseil départemental de Arlen", then "the Departmental Council": the English words alone are that council, when
        // only one council of the text is called so in its language.
        var byTranslation = new Dictionary<string, (OrgEntity Org, int Count)>(StringComparer.Ordinal);
        foreach (var o in _orgs)
            if (o.MergedInto is null && !o.IsRegion && TranslatedCouncil(o.Name) is var (_, english))
                byTranslation[english] = byTranslation.TryGetValue(english, out var seen) ? (seen.Org, seen.Count + 1) : (o, 1);
        foreach (var (english, (council, count)) in byTranslation)
            if (count == 1 && FindOrg(english) is { MergedInto: null } generic && generic != council && generic.Name == english)
            {
                generic.MergedInto = council;
                council.Mentions += generic.Mentions;
            }
        // Bodies named "X of …", by X: one look-up per body keeps this linear in the number of bodies.
        var byShortName = new Dictionary<string, (OrgEntity Org, int Count)>(StringComparer.Ordinal);
        // "the Office of International Cooperation" beside "the Office of International Cooperation of the X Government": by
        // the words before a later "of the".
        var byOwnName = new Dictionary<string, (OrgEntity Org, int Count)>(StringComparer.Ordinal);
        foreach (var o in _orgs)
        {
            var at = o.MergedInto is null ? o.Name.IndexOf(" of ", StringComparison.Ordinal) : -1;
            if (at <= 0) continue;
            var shortName = o.Name[..at];
            // Seventeenth round, second half: "Velno University" beside "Velno University of Applied Sciences": a university's
            // field after its "of" names another university of the same town, not the seat of the one named without it.
            if (!(o.Kind == "university" && UniversityFieldWords.Contains(o.Name[(at + 4)..].Split(' ')[0])))
                byShortName[shortName] = byShortName.TryGetValue(shortName, out var seen) ? (seen.Org, seen.Count + 1) : (o, 1);
            if (o.IsRegion) continue;
            var owner = o.Name.LastIndexOf(" of the ", StringComparison.Ordinal);
            if (owner > at)
            {
                var ownName = o.Name[..owner];
                byOwnName[ownName] = byOwnName.TryGetValue(ownName, out var seenOwn) ? (seenOwn.Org, seenOwn.Count + 1) : (o, 1);
            }
            // "the Ministry of Culture and Sports" beside "… and Sports of Arlen": the seat named once (one word, or a region
            // found under a longer name: "… of Arlen City").
            var seat = o.Name.LastIndexOf(" of ", StringComparison.Ordinal);
            if (seat > at && seat != owner && (!o.Name.AsSpan(seat + 4).Contains(' ') || FindOrg(o.Name[(seat + 4)..]) is { IsRegion: true }))
            {
                var ownName = o.Name[..seat];
                byOwnName[ownName] = byOwnName.TryGetValue(ownName, out var seenOwn) ? (seenOwn.Org, seenOwn.Count + 1) : (o, 1);
            }
        }
        foreach (var o in _orgs)
            if (o.MergedInto is null && !o.IsRegion && byOwnName.TryGetValue(o.Name, out var whole) && whole.Count == 1 && whole.Org != o && whole.Org.MergedInto is null)
            {
                o.MergedInto = whole.Org;
                whole.Org.Mentions += o.Mentions;
            }
        // "the Chamber of Commerce of Arlen", then "the Arlen Chamber": the seat and the head alone name the same body, when
        // only one body of the text has that head and that seat.
        var bySeatAndHead = new Dictionary<string, (OrgEntity Org, int Count)>(StringComparer.Ordinal);
        foreach (var o in _orgs)
        {
            if (o.MergedInto is not null || o.IsRegion) continue;
            var first = o.Name.IndexOf(" of ", StringComparison.Ordinal);
            var last = o.Name.LastIndexOf(" of ", StringComparison.Ordinal);
            if (first <= 0 || last <= first || o.Name.AsSpan(last + 4).Contains(' ') || o.Name.AsSpan(0, first).Contains(' ')) continue;
            var key = o.Name[(last + 4)..] + " " + o.Name[..first];
            bySeatAndHead[key] = bySeatAndHead.TryGetValue(key, out var seen) ? (seen.Org, seen.Count + 1) : (o, 1);
        }
        foreach (var o in _orgs)
            if (o.MergedInto is null && !o.IsRegion && bySeatAndHead.TryGetValue(o.Name, out var full) && full.Count == 1 && full.Org != o && full.Org.MergedInto is null)
            {
                o.MergedInto = full.Org;
                full.Org.Mentions += o.Mentions;
            }
        // Bodies by their last two and three words: "the Medical Center" after "X Provincial Medical Center".
        var bySuffix = new Dictionary<string, (OrgEntity Org, int Count)>(StringComparer.Ordinal);
        foreach (var o in _orgs)
        {
            if (o.MergedInto is not null || o.IsRegion) continue;
            var words = o.Name.Split(' ');
            for (var n = 2; n <= 3 && n < words.Length; n++)
            {
                // "… of the University of Arlen": a body named after "of" inside a longer name is that body, not a short form.
                if (words[^(n + 1)] is "of" or "the") continue;
                var suffix = string.Join(' ', words[^n..]);
                bySuffix[suffix] = bySuffix.TryGetValue(suffix, out var seen) ? (seen.Org, seen.Count + 1) : (o, 1);
            }
            OrgSpans.IndexSuffixesBeforeSeat(words, o, bySuffix);
        }
        // "the Department of Norvale" beside "Norvale": the region under its full name (a department of a country, not of a government).
        foreach (var org in _orgs)
        {
            if (org.MergedInto is not null || org.IsRegion || !org.Name.StartsWith("Department of ", StringComparison.Ordinal)) continue;
            if (FindOrg(org.Name["Department of ".Length..]) is { IsRegion: true } bare && bare != org && !IsCountry(bare.Name) && bare.Name.IndexOf(' ') < 0)
            {
                org.Kind = "region";
                bare.MergedInto = org;
                org.Mentions += bare.Mentions;
            }
        }
        var regionsOfGovernments = new List<OrgEntity>();
        foreach (var org in _orgs)
        {
            if (org.MergedInto is null && GovernmentOfItsRegion(org, regionsOfGovernments)) continue;
            if (org.MergedInto is not null || org.IsRegion) continue;
            if (bySuffix.TryGetValue(org.Name, out var fuller) && fuller.Count == 1 && fuller.Org != org && fuller.Org.MergedInto is null)
            {
                org.MergedInto = fuller.Org;
                fuller.Org.Mentions += org.Mentions;
                continue;
            }
            // "X Prefectural Government", "X State Government": the region X under another name.
            var parts = org.Name.Split(' ');
            // "East Valorian Government": the adjective of a region, then its government.
            if (parts.Length >= 2 && parts[^1] == "Government" && parts[^2].EndsWith('n') &&
                FindOrg(string.Join(' ', parts[..^2].Append(parts[^2][..^1]))) is { IsRegion: true } adjectiveHome && adjectiveHome != org && !IsCountry(adjectiveHome.Name))
            {
                org.MergedInto = adjectiveHome;
                org.IsGovernmentOfRegion = true;
                adjectiveHome.Mentions += org.Mentions;
                continue;
            }
            // "Norvale Government": the government of a region known by that name is the region.
            if (parts.Length >= 2 && parts[^1] == "Government" && FindOrg(string.Join(' ', parts[..^1])) is { IsRegion: true } named && named != org && !IsCountry(named.Name))
            {
                org.MergedInto = named;
                org.IsGovernmentOfRegion = true;
                named.Mentions += org.Mentions;
                continue;
            }
            // "X Provincial Administration", "X Prefectural Office": the same government under the name of its administration.
            if (parts.Length >= 3 && parts[^1] is "Government" or "Administration" or "Office" && parts[^2] is "Prefectural" or "Provincial" or "State" or "Metropolitan" or "County" or "Municipal" or "City" or "Regional" &&
                FindOrg(string.Join(' ', parts[..^2])) is { IsRegion: true } home && home != org && !IsCountry(home.Name))
            {
                org.MergedInto = home;
                org.IsGovernmentOfRegion = true;
                home.Mentions += org.Mentions;
                continue;
            }
            var of = org.Name.IndexOf(" of ", StringComparison.Ordinal);
            var ofLength = 4;
            var foreign = false;
            // "Gobierno de X", "Gouvernement du X": the same in another language.
            if (of < 0 && ForeignGovernment(org.Name) is var (foreignOf, foreignLength)) (of, ofLength, foreign) = (foreignOf, foreignLength, true);
            // "Government of Norvale", "County Government of Tarrow": the region itself, under another name.
            if (of > 0 && (foreign || org.Name.AsSpan(0, of).EndsWith("Government", StringComparison.Ordinal)) && org.Name.AsSpan(0, of).Count(' ') <= 1)
            {
                var regionWord = of > "Government".Length && !foreign ? org.Name[..org.Name.IndexOf(' ')] : null;
                var place = org.Name[(of + ofLength)..];
                // "Government of the Marrowlands": the region is "Marrowlands".
                if (place.StartsWith("the ", StringComparison.Ordinal) && place.Length > 4 && char.IsUpper(place[4])) place = place[4..];
                // "Gobierno del Estado de Norvale": the region Norvale under its own head word.
                if (FindOrg(place) is null && BareRegionName(place) is { } bare && FindOrg(bare) is { IsRegion: true }) place = bare;
                if ((FindOrg(place) ?? SpelledAlike(Key(place))) is { IsRegion: true } region && region != org && !IsCountry(region.Name) &&
                    (regionWord is null || SameHead(region.Name, regionWord) || regionWord == "Regional"))
                {
                    org.MergedInto = region;
                    org.IsGovernmentOfRegion = true;
                    region.Mentions += org.Mentions;
                    continue;
                }
                // "the State Government of Norvale", "the Government of Norvale" with no other name of Norvale: the region
                // Norvale, and its government.
                if (regionWord is null ? char.IsUpper(place[0]) && FindOrg(place) is null && !IsCountry(place)
                    : regionWord is "Regional" or "Provincial" or "Prefectural" or "Municipal" or "Metropolitan" ||
                      Lexicon.IsRegionHead(regionWord))
                {
                    // A city of the same name ("Cebu" the city beside the Provincial Government of Cebu): the province is
                    // known only under its government's name.
                    if (FindOrg(place) is not null)
                    {
                        org.Kind = "region";
                        continue;
                    }
                    var placeRegion = new OrgEntity(place, "region", org.FirstSentence) { Mentions = org.Mentions };
                    regionsOfGovernments.Add(placeRegion);
                    org.MergedInto = placeRegion;
                    org.IsGovernmentOfRegion = true;
                    continue;
                }
            }
            // "the Marshal's Office" after "the Marshal's Office of the X Voivodeship": the one body it shortens.
            if (of < 0 && byShortName.TryGetValue(org.Name, out var longer) && longer.Count == 1 && longer.Org.MergedInto is null)
            {
                org.MergedInto = longer.Org;
                longer.Org.Mentions += org.Mentions;
            }
        }
        RegionsKnownOnlyThroughTheirBodies(regionsOfGovernments);
        foreach (var home in regionsOfGovernments)
        {
            _orgs.Add(home);
            _orgsByKey[Key(home.Name)] = home;
        }
        // Region aliases may have been registered before their full forms; re-point every key.
        foreach (var org in _orgs.Where(o => o.MergedInto is null && o.IsRegion).ToList()) AddRegionAliases(org);
        foreach (var key in _orgsByKey.Keys.ToList()) _orgsByKey[key] = _orgsByKey[key].Canon;
        foreach (var org in _orgs)
            if (org.MergedInto is null && org.IsRegion && StateByItsName(org.Name) is { } bare) org.Name = bare;
    }

    /// <summary>
    /// "Member of the Cantonal Government", "received at the Prefectural Office": a level's executive named with no owner (no
    /// fuller name of it in the text) is the government of the one region of that level the text names ("Canton of Arlen",
    /// "Arlen Prefecture"), said as its people at home say it; it is that region, not a body of its own (no reader lists it
    /// bare). With two regions of the level, or none, it is left as it was.
    /// </summary>
    private void GovernmentsOfTheOneRegionOfTheirLevel()
    {
        foreach (var o in _orgs)
        {
            if (o.MergedInto is not null || o.IsRegion) continue;
            var space = o.Name.IndexOf(' ');
            if (space < 0 || o.Name.IndexOf(' ', space + 1) >= 0 || o.Name[(space + 1)..] is not ("Government" or "Office" or "Administration")) continue;
            var level = o.Name[..space] switch
            {
                "Cantonal" => "canton", "Prefectural" => "prefecture", "Provincial" => "province", "County" => "county", "Regional" => "region",
                _ => null,
            };
            if (level is null) continue;
            OrgEntity? only = null;
            var count = 0;
            foreach (var r in _orgs)
                if (r.MergedInto is null && r.IsRegion && RegionHeadOf(r.Name) == level && count++ == 0) only = r;
            if (count != 1 || only is null) continue;
            o.MergedInto = only;
            only.Mentions += o.Mentions;
        }
    }

    /// <summary>
    /// "the X Provincial Legislature", "the X Provincial Government", "the X City Council" in a text that names the place X no
    /// other way: a region's government and assembly carry its name, and the region stands for them in ties and hosts
    /// (docs/ingestion.md, decision a), so it is listed too, under its level's noun where that level has one ("X Province",
    /// "X Prefecture", "X County", "X Region"; a city or a state by its name alone, as most readers list them). A government is
    /// listed beside it as before; an assembly stays a body of its own. Not where the words before the level are an adjective
    /// or a direction ("Southern Provincial Council", "Velnian Regional Assembly"): those name no place by that word.
    /// </summary>
    private void RegionsKnownOnlyThroughTheirBodies(List<OrgEntity> made)
    {
        foreach (var org in _orgs)
        {
            if (org.MergedInto is not null || org.IsRegion || org.Kind is not ("agency" or "legislature" or "other")) continue;
            var parts = org.Name.Split(' ');
            var head = parts.Length - 1;
            if (head >= 2 && parts[head - 1] == "People's") head--;
            if (head < 2 || parts[^1] is not ("Government" or "Administration" or "Office" or "Legislature" or "Assembly" or "Council" or "Congress")) continue;
            var level = parts[head - 1];
            var noun = level switch
            {
                "Provincial" => " Province", "Prefectural" => " Prefecture", "County" => " County", "Regional" => " Region",
                "City" or "Municipal" or "Metropolitan" or "State" => "",
                _ => null,
            };
            // A regional council is in many countries the region's own elected government (New Zealand's, Namibia's, France's
            // "conseil régional"), which readers list as the region itself.
            if (noun is null || head - 1 > 3 || level == "Regional" && parts[^1] == "Council") continue;
            var place = string.Join(' ', parts[..(head - 1)]);
            // "Arlen-do", "Arlen-ken": a name with its own level joined to it (Korean, Japanese) is the region named another way
            // ("Arlnam" for "Arlensangnam-do"), which the text gives elsewhere.
            if (LevelSuffixed(place)) continue;
            if (!IsPlaceName(parts, head - 1) || IsCountry(place) || IsKnownPersonName(place) || FindOrg(place) is not null || FindOrg(place + noun) is not null) continue;
            OrgEntity? region = null;
            foreach (var m in made)
                if (m.Name == place + noun) region = m;
            if (region is null)
            {
                region = new OrgEntity(place + noun, "region", org.FirstSentence) { Mentions = 0 };
                made.Add(region);
            }
            region.Mentions += org.Mentions;
            if (org.Kind == "legislature" || parts[^1] is "Assembly" or "Council" or "Congress") continue;
            org.MergedInto = region;
            org.IsGovernmentOfRegion = true;
        }
    }

    /// <summary>A place's name with the local word of its level joined by a hyphen: Korean "-do", "-si", "-gun", Japanese "-ken", "-fu", "-to", "-shi".</summary>
    private static bool LevelSuffixed(string place)
    {
        var dash = place.LastIndexOf('-');
        return dash > 0 && place[(dash + 1)..] is "do" or "si" or "gun" or "ken" or "fu" or "to" or "shi";
    }

    /// <summary>The first <paramref name="count"/> words are a place's name: capitalised, no link word, the last of no adjective's or direction's shape.</summary>
    private static bool IsPlaceName(string[] parts, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var w = parts[i];
            if (w.Length < 2 || !char.IsUpper(w[0]) || Lexicon.FunctionWords.Contains(w.ToLowerInvariant()) || Lexicon.Demonyms.Contains(w.ToLowerInvariant())) return false;
            var lower = w.ToLowerInvariant();
            // "Central Arlenia", "North Quessland": an adjective or a direction opens many names; the word before the level decides.
            if (i < count - 1) continue;
            if (IsAdjectiveShape(lower) || lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ean", StringComparison.Ordinal) ||
                lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal) ||
                lower is "north" or "south" or "east" or "west" or "central" or "upper" or "lower" || Lexicon.IsRegionHead(lower) ||
                Lexicon.OrganizationHeads.ContainsKey(lower) || w.EndsWith("-Governing", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "Arlen State" where the text also writes "Arlen" alone: the state's own name, which is how every reader lists it (the
    /// word "State" is English's for any country's first division, and readers take the name with or without it). Not
    /// "Free State", "Regional State" or an adjective's "Valorian State": the name before "State" must stand alone in the text.
    /// </summary>
    private string? StateByItsName(string name)
    {
        if (!name.EndsWith(" State", StringComparison.Ordinal) || name.Length < 8) return null;
        var bare = name[..^" State".Length];
        var words = bare.Split(' ');
        if (words.Length > 2 || Array.Exists(words, w => w.Length < 2 || !char.IsUpper(w[0])) ||
            words[^1] is "Free" or "Regional" or "Federal" or "Autonomous" or "Special" or "Sovereign" or "National" or "Island" or "Islands" ||
            IsCountry(bare) || FindOrg(bare) is { } other && other.Canon.Name != name)
            return null;
        // One mention of the name alone is enough: a word's end on both sides, and no capitalised word after it ("Arlen State",
        // "Arlen Bay" are other names).
        for (var at = _text.IndexOf(bare, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(bare, at + bare.Length, StringComparison.Ordinal))
        {
            var end = at + bare.Length;
            if ((at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && (end == _text.Length || !char.IsLetterOrDigit(_text[end])) &&
                !(end + 1 < _text.Length && _text[end] == ' ' && char.IsUpper(_text[end + 1])))
                return bare;
        }
        return null;
    }

    /// <summary>
    /// Two names of a region's government that the text may give with no other name of the region, read as that government
    /// beside its region (docs/ingestion.md, decision a), the region made when the text has no other name for it:
    /// "Provincial Governorate of X" or "X Provincial Governorate", the English of the Spanish "Gobernación Provincial" (a
    /// governorate alone, "X Governorate", is the region itself, as in Arab countries), and "Arlenian Provincial Government" or
    /// "Arlenian State Government", a region's adjective in -ian (its name in -ia) before the level and "Government".
    /// </summary>
    private bool GovernmentOfItsRegion(OrgEntity org, List<OrgEntity> regionsOfGovernments)
    {
        var parts = org.Name.Split(' ');
        string? place = null;
        if (parts.Length >= 4 && parts[0] is "Provincial" or "Regional" or "Departmental" or "Municipal" && parts[1] == "Governorate" && parts[2] == "of" && char.IsUpper(parts[3][0]))
            place = string.Join(' ', parts[3..]);
        else if (parts.Length >= 3 && parts[^1] == "Governorate" && parts[^2] is "Provincial" or "Regional" or "Departmental" or "Municipal")
            place = string.Join(' ', parts[..^2]);
        else if (parts.Length >= 3 && parts[^1] == "Government" && parts[^2] is "Provincial" or "State" or "Regional" or "Cantonal" &&
                 parts[^3].Length > 5 && parts[^3].EndsWith("ian", StringComparison.Ordinal))
            place = string.Join(' ', parts[..^3].Append(parts[^3][..^1]));
        if (place is null || IsCountry(place)) return false;
        org.Kind = "agency";
        var found = FindOrg(place);
        if (found is { IsRegion: true } && found != org)
        {
            org.MergedInto = found;
            found.Mentions += org.Mentions;
        }
        else if (found is null || found == org)
        {
            var region = new OrgEntity(place, "region", org.FirstSentence) { Mentions = org.Mentions };
            regionsOfGovernments.Add(region);
            org.MergedInto = region;
        }
        else return false;
        org.IsGovernmentOfRegion = true;
        return true;
    }

    /// <summary>
    /// The adjectives that make a head alone a level of government or a kind of assembly ("Regional Council", "Provincial
    /// Governorate", "Legislative Assembly"): said alone, after the body's full name, they name that body again.
    /// </summary>
    private static bool IsLevelAdjective(string lower) => Recognizer.IsOfficeAdjective(lower) || lower is "legislative" or "executive";

    /// <summary>
    /// A bare level with one more fuller name: "the Regional Council" said again names the council named last before it
    /// (or, said first, the first one named), when the text has several.
    /// </summary>
    private static (OrgEntity Org, OrgEntity? Fuller, int Count) WithFuller((OrgEntity Org, OrgEntity? Fuller, int Count) g, OrgEntity o)
    {
        var before = o.FirstSentence <= g.Org.FirstSentence;
        var better = g.Fuller is not { } f || (before ? f.FirstSentence > g.Org.FirstSentence || o.FirstSentence > f.FirstSentence : f.FirstSentence > g.Org.FirstSentence && o.FirstSentence < f.FirstSentence);
        return (g.Org, better ? o : g.Fuller, g.Count + 1);
    }

    /// <summary>The noun of a level for its adjective: "the Council of the Region of X" is a "Regional Council".</summary>
    private static readonly FrozenDictionary<string, string> LevelNouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Region"] = "Regional", ["Province"] = "Provincial", ["Prefecture"] = "Prefectural", ["Municipality"] = "Municipal",
        ["Metropolis"] = "Metropolitan", ["County"] = "County", ["District"] = "District", ["State"] = "State", ["City"] = "City",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Counts <paramref name="o"/> as a fuller name of the bare levels it names head first: "Provincial Governorate of X" and
    /// "Legislative Assembly of X" for "Provincial Governorate" and "Legislative Assembly"; "Council of the Region of X" and
    /// "Council of the X Region" for "Regional Council". Each body counts once for each bare level.
    /// </summary>
    private static void CountHeadFirstFuller(Dictionary<string, (OrgEntity Org, OrgEntity? Fuller, int Count)> bareLevels, OrgEntity o)
    {
        var words = o.Name.Split(' ');
        if (words.Length >= 4 && words[2] == "of" && bareLevels.TryGetValue(words[0] + " " + words[1], out var g) && g.Org != o && g.Fuller != o)
            bareLevels[g.Org.Name] = WithFuller(g, o);
        if (words.Length < 4 || words[1] != "of") return;
        for (var w = 2; w < words.Length; w++)
            if (LevelNouns.TryGetValue(words[w], out var adjective) && bareLevels.TryGetValue(adjective + " " + words[0], out g) && g.Org != o && g.Fuller != o)
                bareLevels[g.Org.Name] = WithFuller(g, o);
    }

    /// <summary>
    /// "Metropolitan Municipality of Arlen" beside "Arlen Metropolitan Municipality", "University of Arlen" beside "Arlen
    /// University": one body under two word orders, its place before its head or after an "of". The names are compared by
    /// their words without "of" and "the"; the later one becomes the first.
    /// </summary>
    private void MergeWordOrders()
    {
        var byWords = new Dictionary<string, OrgEntity>(StringComparer.Ordinal);
        var plain = new List<string>(8);
        foreach (var o in _orgs)
        {
            // A government's forms are read by the rules of governments below, which list its region beside it.
            if (o.MergedInto is not null || o.Name.Contains("Government", StringComparison.Ordinal)) continue;
            plain.Clear();
            foreach (var w in WordsOf(o.Name))
                if (w is not ("of" or "the")) plain.Add(w);
            if (plain.Count < 2) continue;
            var key = Names.KeyOfWords(plain);
            if (!byWords.TryGetValue(key, out var first)) { byWords[key] = o; continue; }
            first = first.Canon;
            if (first == o) continue;
            o.MergedInto = first;
            first.Mentions += o.Mentions;
        }
    }

    /// <summary>
    /// "Senate of Arlen" beside "Senate of the Free City of Arlen": one body of a place named once with the place's formal
    /// name (a region's head before its "of": "Free City of", "Autonomous Community of", "State of") and once with
    /// the place alone. The short name becomes the long one.
    /// </summary>
    private void MergeSeatsByFormalName()
    {
        foreach (var o in _orgs)
        {
            if (o.MergedInto is not null || o.IsRegion) continue;
            var first = o.Name.IndexOf(" of the ", StringComparison.Ordinal);
            var last = o.Name.LastIndexOf(" of ", StringComparison.Ordinal);
            if (first <= 0 || last <= first + 8) continue;
            var formalHead = o.Name.LastIndexOf(' ', last - 1) + 1;
            if (formalHead < first + 8 || !(Lexicon.IsRegionHead(o.Name[formalHead..last]) || o.Name.AsSpan(formalHead, last - formalHead) is "Community")) continue;
            if (FindOrg(o.Name[..first] + " of " + o.Name[(last + 4)..]) is { } shorter && shorter != o && !shorter.IsRegion)
            {
                shorter.MergedInto = o;
                o.Mentions += shorter.Mentions;
            }
        }
    }

    /// <summary>Councils' names that open with their head in another language, and the English head they translate to.</summary>
    private static readonly (string Local, string English)[] CouncilHeads =
    [
        ("Consiliul Județean ", "County Council"), ("Consiliul Judetean ", "County Council"), ("Consiliul Local ", "Local Council"),
        ("Conseil régional ", "Regional Council"), ("Conseil départemental ", "Departmental Council"), ("Conseil municipal ", "Municipal Council"),
        ("Consiglio regionale ", "Regional Council"), ("Consiglio provinciale ", "Provincial Council"), ("Consiglio comunale ", "City Council"),
        ("Consejo Regional ", "Regional Council"), ("Consejo Provincial ", "Provincial Council"), ("Conselho Regional ", "Regional Council"),
        ("Landkreis ", "District"), ("Kreistag ", "District Council"),
    ];

    /// <summary>"Consiliul Județean Arlen", "Conseil régional du Westmark": the place and the English head, or null.</summary>
    private static (string Place, string English)? TranslatedCouncil(string name)
    {
        foreach (var (local, english) in CouncilHeads)
        {
            if (!name.StartsWith(local, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = name[local.Length..];
            foreach (var link in (ReadOnlySpan<string>)["de la ", "de l'", "del ", "della ", "dell'", "des ", "du ", "de ", "di ", "da ", "do "])
                if (rest.StartsWith(link, StringComparison.Ordinal)) { rest = rest[link.Length..]; break; }
            return rest.Length > 1 && char.IsUpper(rest[0]) ? (rest, english) : null;
        }
        return null;
    }

    /// <summary>"Norvale" of "Estado de Norvale", "State of Norvale": the place after a region's head word and its link.</summary>
    private static string? BareRegionName(string place)
    {
        var parts = place.Split(' ');
        return parts.Length >= 3 && parts[1] is "of" or "de" or "do" or "da" or "del" && char.IsUpper(parts[2][0]) &&
               Lexicon.IsRegionHead(parts[0])
            ? string.Join(' ', parts[2..])
            : null;
    }

    /// <summary>Where the place starts in "Gobierno de X", "Governo do X", "Gouvernement du X" (the index of the link and its length with spaces).</summary>
    private static (int Of, int Length)? ForeignGovernment(string name)
    {
        var space = name.IndexOf(' ');
        if (space < 0 || name.AsSpan(0, space) is not ("Gobierno" or "Gobernación" or "Governo" or "Gouvernement" or "Regierung" or "Xunta" or "Junta" or "Generalitat")) return null;
        var rest = name.AsSpan(space + 1);
        // "Gobierno Regional del X", "Governo Provincial de X": a word for the level of government before the link.
        if (rest.IndexOf(' ') is var level and > 0 && rest[..level] is "Regional" or "Provincial" or "Estatal" or "Municipal" or "Departamental")
        {
            space += level + 1;
            rest = rest[(level + 1)..];
        }
        foreach (var link in (ReadOnlySpan<string>)["de la ", "de ", "do ", "da ", "du ", "del ", "von "])
            if (rest.StartsWith(link, StringComparison.Ordinal)) return (space, link.Length + 1);
        return null;
    }

        /// <summary>"Norvale State" or "State of Norvale" for the head word "State".</summary>
    private static bool SameHead(string region, string head) =>
        region.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase) || region.StartsWith(head + " of ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The key of a name without accents: "Trịnh Bảo Ngọc" and a caption's "Trinh Bao Ngoc" share it.</summary>
    private string FoldedKey(string name)
    {
        var key = Key(name);
        if (System.Text.Ascii.IsValid(key)) return key;
        var sb = new System.Text.StringBuilder(key.Length);
        foreach (var c in key.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'ł' => 'l', 'ø' => 'o', 'ı' => 'i', _ => c });
        }
        // Folding changes the words' order, so the key is sorted again.
        return Names.KeyOfWords(sb.ToString().Normalize(System.Text.NormalizationForm.FormC).Split(' '));
    }

    private void ConsolidatePeople()
    {
        // The same name written once with accents and once without is one person, under the accented spelling.
        var byFolded = new Dictionary<string, PersonEntity>(StringComparer.Ordinal);
        foreach (var p in _people)
        {
            if (p.MergedInto is not null || p.Words.Count < 2) continue;
            var folded = FoldedKey(p.Name);
            if (!byFolded.TryGetValue(folded, out var other)) { byFolded[folded] = p; continue; }
            var (keep, drop) = p.Name.Count(c => c > 127) > other.Name.Count(c => c > 127) ? (p, other) : (other, p);
            drop.MergedInto = keep;
            keep.Title ??= drop.Title;
            keep.SetOrg(drop.Org, drop.OrgSource);
            keep.FirstSentence = Math.Min(keep.FirstSentence, drop.FirstSentence);
            byFolded[folded] = keep;
        }
        // "Kim", "Mayor Morales": a name inside exactly one fuller name is that person.
        foreach (var p in _people.OrderBy(p => p.Words.Count).ToList())
        {
            if (p.MergedInto is not null) continue;
            var rarest = p.Words.OrderBy(w => _peopleByWord.TryGetValue(w, out var l) ? l.Count : 0).FirstOrDefault();
            if (rarest is null || _peopleByWord[rarest].Count > 64) continue;
            var supersets = _peopleByWord[rarest].Where(q => q != p && q.MergedInto is null && q.Words.Count > p.Words.Count && p.Words.All(q.Words.Contains)).ToList();
            if (supersets.Count > 1 && p.Title is { } title)
                supersets = supersets.Where(q => q.Title is null || SameName(q.Title, title)).ToList();
            if (supersets.Count != 1) continue;
            var target = supersets[0];
            p.MergedInto = target;
            target.Title ??= p.Title;
            target.SetOrg(p.Org, p.OrgSource);
            target.FirstSentence = Math.Min(target.FirstSentence, p.FirstSentence);
        }
        foreach (var key in _peopleByKey.Keys.ToList()) _peopleByKey[key] = _peopleByKey[key].Canon;

        var live = _people.Where(p => p.MergedInto is null).ToList();
        var home = _orgs.Where(o => o.MergedInto is null && o.IsRegion && !IsCountry(o.Name)).OrderBy(o => o.FirstSentence).FirstOrDefault();
        var byTitle = live.Where(q => q.Title is not null && q.Org is not null).GroupBy(q => Key(q.Title)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var regions = _orgs.Where(o => o.MergedInto is null && o.IsRegion).ToList();
        foreach (var p in live)
        {
            if (p.Org is null && p.Title is { } title)
            {
                // A Vice Governor serves the Governor's region.
                var words = title.Split(' ');
                if (words.Length > 1 && Lexicon.TitleModifiers.Contains(words[0].ToLowerInvariant()))
                {
                    var core = string.Join(' ', words[1..]);
                    var chief = byTitle.TryGetValue(Key(core), out var holders) ? holders : [];
                    if (chief.Count == 1) p.SetOrg(chief[0].Org, OrgSource.Home);
                }
                if (p.Org is null && home is not null && IsRegionTitle(title.Split(' ')[^1].ToLowerInvariant())) p.SetOrg(home, OrgSource.Home);
            }
            // A governor belongs to the province, not to its government office.
            if (p.Org is { } org && p.Title is { } t2 && IsRegionTitle(t2.Split(' ')[^1].ToLowerInvariant()) && !org.Canon.IsRegion &&
                org.Canon.Name.Split(' ') is var parts && parts.Any(w => w is "Government" or "Provincial" or "Prefectural" or "Municipal"))
            {
                var region = regions.Where(o => org.Canon.Name.StartsWith(RegionAliases(o.Name).FirstOrDefault() ?? o.Name, StringComparison.Ordinal)).FirstOrDefault();
                if (region is not null) p.Org = region;
            }
        }
    }
}
