using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

/// <summary>
/// Where a body's name begins and ends, decided from the shape of the words around a span the head-word pass has found
/// (capitals, function words, head words, punctuation), never from a particular name: a head-first body goes on through a
/// further "of" up to punctuation or a lower-case word, a state's formal name is never cut before its "of", a seat keeps its
/// lower-case level noun ("in Arlen region"), a ruler's title before an institution and
/// a lower-case noun before a lower-case legal form open the name, and a region named on the left ends before "for". Each
/// look is bounded to a few tokens around the span; the spans of a sentence are few.
/// </summary>
internal static class OrgSpans
{
    /// <summary>The nouns of a state's formal name that take their country with "of" ("the Kingdom of Arlenia").</summary>
    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal)
        { "republic", "kingdom", "federation", "sultanate", "emirate", "principality", "commonwealth", "confederation", "state" };

    /// <summary>Lower-case level nouns written after a place's name ("Velno region", "Arlen oblast").</summary>
    private static readonly HashSet<string> LevelNouns = new(StringComparer.Ordinal)
        { "region", "province", "oblast", "district", "county", "governorate", "prefecture", "municipality", "rayon", "raion",
          // The level nouns of other countries written in lower case after the place ("Arlen aimag", "Velno wilaya").
          "aimag", "soum", "okrug", "krai", "wilaya", "voivodeship", "canton" };

    /// <summary>Moves the edges of the spans found in a sentence where the words around them say the name goes on (or stops).</summary>
    public static void Widen(List<Token> t, List<OrgSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var o = spans[i];
            var s = o.Span.Start;
            var e = o.Span.End;
            var name = o.Name;
            string? shortName = null;
            // The name's words follow its edges: a few words more at its end or its start, or a few words off its end.
            void ExtendTo(int end) { name += " " + Recognizer.Surface(t, e, end); e = end; }
            void OpenAt(int start) { name = Recognizer.Surface(t, start, s) + " " + name; s = start; }
            void CutAt(int end) { name = name[..^(Recognizer.Surface(t, end, e).Length + 1)]; e = end; }
            // "visit the Velno Region for the Harvest Festival": a region named with its name on the left has no field; "for" is
            // the sentence's.
            if (RegionWithoutField(t, s, e) is var cut && cut < e)
            {
                e = cut;
                name = Recognizer.Surface(t, s, e);
            }
            // "Association of Fruit Growers of Tarsen", "Centre for Studies of Marine Ecology of the Northern Coast": a head-first
            // body's name goes on through a further "of" and up to three capitalised words, up to punctuation or a lower-case word.
            for (var n = 0; n < 2 && o.Acronym is null && o.Kind != "region" && SecondOfEnd(t, s, e) is var ofEnd && ofEnd > e; n++)
            {
                DropCrossing(spans, ref i, s, e, ofEnd);
                ExtendTo(ofEnd);
            }
            // "the Business School of Velno University of Applied Sciences": a university's own field after its "of" stays with it
            // when the university closes a unit's name.
            if (o.Acronym is null && UniversityFieldEnd(t, s, e) is var fieldEnd && fieldEnd > e)
            {
                ExtendTo(fieldEnd);
            }
            if (o.Acronym is null && StateNameEnd(t, s, e) is var stateEnd && stateEnd > e)
            {
                ExtendTo(stateEnd);
            }
            if (o.Acronym is null && SeatLevelNoun(t, s, e))
            {
                name += " " + t[e].Text;
                e++;
            }
            if (LowerCaseNounBeforeLegalForm(t, s, e, name) is var opened && opened < s && !EndsAnother(spans, i, opened, s))
            {
                OpenAt(opened);
            }
            // "the Cartagena de Velno Tourism Corporation": a place's name with its Romance "of" opens the name.
            if (RomancePlaceStart(t, s, e) is var placeStart && placeStart < s && !EndsAnother(spans, i, placeStart, s))
            {
                OpenAt(placeStart);
            }
            if (RoyalTitleBefore(t, spans, s, e, o.Kind) && !EndsAnother(spans, i, s - 1, s))
            {
                name = t[s - 1].Text + " " + name;
                s--;
            }
            // "Director of the Trade Division of Velno City Pak Su-min": the holder's name after the body's head is not the body's.
            if (HolderAfterHead(t, s, e, name) is var holder && holder < e)
            {
                CutAt(holder);
            }
            // "the Talsen Municipal People's Government of Arlenia": a local body named with its place says which country it is in.
            if (CountryAfterLocalBody(t, s, e, o.Kind) is var local && local < e && name.EndsWith(" " + Recognizer.Surface(t, local, e), StringComparison.Ordinal))
            {
                CutAt(local);
            }
            // "the Faculty of Arts of the Universidad de la Costa Verde": a body of another language closing a unit's name keeps
            // its own Romance "of".
            if (o.Acronym is null && RomanceOfAfterClosingBody(t, s, e) is var romanceEnd && romanceEnd > e)
            {
                ExtendTo(romanceEnd);
            }
            // "the Universidad Autónoma "Mara Tobin" de Velno": a name in quotation marks inside a Romance name, then its place.
            if (o.Acronym is null && QuotedNameThenRomanceOf(t, s, e) is var quotedEnd && quotedEnd > e)
            {
                ExtendTo(quotedEnd);
            }
            // "the Arlenian NGO Associação Amigos de Velno": what kind of body it is, said in English before its own name.
            if (DescriptionBeforeForeignName(t, s, e) is var described && described > s)
            {
                name = Recognizer.Surface(t, described, e);
                s = described;
            }
            // "the New Zealand Dairy Board": a country's name opens the body whole, also where its first words ("New") stopped
            // the walk to the left.
            if (CountryNameStart(t, s, e) is var countryStart && countryStart < s && !EndsAnother(spans, i, countryStart, s))
            {
                OpenAt(countryStart);
            }
            // "the Arlenian Chamber of Commerce in Westmark": a body of one nation abroad is named with the country it sits in.
            if (o.Acronym is null && o.Kind != "region" && NationAbroadEnd(t, s, e) is var abroad && abroad > e)
            {
                ExtendTo(abroad);
            }
            // "the Port Autonome d'Arlen": a name of another language goes on through an elided "of" glued to the next word.
            if (o.Acronym is null && e < t.Count && e - s >= 2 && t[e - 1].IsCap && Recognizer.IsElidedName(t[e]) && Recognizer.ForeignOfRun(t, e) is var elidedEnd && elidedEnd > e)
            {
                DropWithin(spans, ref i, e, elidedEnd);
                ExtendTo(elidedEnd);
            }
            // "the Université de Velno 2 Mara Ben Tobin", "the University of Velno 1 – Ivo Marek": a numbered university and the
            // person it is named after.
            if (o.Acronym is null && o.Kind == "university" && NumberedUniversityEnd(t, s, e) is var numberedEnd && numberedEnd > e)
            {
                DropWithin(spans, ref i, e, numberedEnd);
                ExtendTo(numberedEnd);
            }
            // "the Arlenian High Commission in Velno", "the Embassy of the Kingdom of Arlenia in Velno es Tarsen": a diplomatic
            // mission is named with the city or the country it sits in.
            if (o.Acronym is null && MissionSeatEnd(t, s, e) is var missionEnd && missionEnd > e)
            {
                DropCrossing(spans, ref i, e - 1, e, missionEnd);
                DropWithin(spans, ref i, e, missionEnd);
                ExtendTo(missionEnd);
            }
            // "the Legislative Assembly of Tarsk Krai of the Federation of Westmark": a seat named with its level ends the name.
            if (SeatLevelBeforeCountry(t, s, e, o.Kind) is var seatEnd && seatEnd < e && name.EndsWith(" " + Recognizer.Surface(t, seatEnd, e), StringComparison.Ordinal))
            {
                CutAt(seatEnd);
            }
            // Sixteenth round, second half: "the "Mara Tobin" Technical University of Velno": a quoted name before the head opens it.
            if (QuotedNameStart(t, s) is var quotedStart && quotedStart < s && !EndsAnother(spans, i, quotedStart, s))
            {
                // Seventeenth round: the name without the quoted person is the same body's other name ("the State University of
                // Velno" later), kept where an acronym would be, as for a body "named after" a person.
                shortName ??= name;
                OpenAt(quotedStart);
            }
            // "the Arlenian Chamber of Economy – County Chamber Tarsen": a unit of the same kind after a spaced dash is the
            // body's name's.
            if (DashTailEnd(t, s, e) is var dashEnd && dashEnd > e)
            {
                DropWithin(spans, ref i, e, dashEnd);
                // The parent is a body of its own too (named alone elsewhere, and often the signing party): kept before the
                // whole name, so that what follows the whole name (an acronym in brackets) still follows it.
                spans.Insert(i, new OrgSpan(new Span(s, e), name, o.Kind, null));
                i++;
                ExtendTo(dashEnd);
            }
            // "the Rector of ARZ – Technical University of Velno": a short name before a spaced dash opens the body's name.
            if (DashShortNameStart(t, s) is var shortStart && shortStart < s && !EndsAnother(spans, i, shortStart, s))
            {
                OpenAt(shortStart);
            }
            // Seventeenth round: "the US State of Velmont", "the UK County of Arlen": a country's short name before a level
            // written head first says where the region lies, as a people's adjective does ("the Arlenian State of …").
            if (CountryBeforeLevel(t, s, e) && name.StartsWith(t[s].Text + " ", StringComparison.Ordinal))
            {
                name = name[(t[s].Text.Length + 1)..];
                s++;
            }
            // Seventeenth round, second half: "the Regional Assembly (Sejmik) of the Tarsk Voivodeship": a local name in brackets
            // right after the head (not an acronym), then the body's own "of" and its seat; the name goes on over the bracket to
            // the seat (the bracket stays out of the name).
            if (BracketThenSeatEnd(t, e) is var (close, seatAfter) && seatAfter > e)
            {
                name += " " + Recognizer.Surface(t, close + 1, seatAfter);
                e = seatAfter;
            }
            // Seventeenth round, second half: "Director General Velno Port Authority", "Secretary General Arlen Chamber of …": an
            // office written with "General" after it, then its body with no "of": "General" is the office's.
            if (e - s >= 3 && s >= 1 && t[s].Text == "General" && Recognizer.IsTitleWord(t[s - 1]) && t[s - 1].IsCap && !t[s + 1].Is(LexFlag.OrganizationHeads) &&
                name.StartsWith("General ", StringComparison.Ordinal))
            {
                name = name["General ".Length..];
                s++;
            }
            // Seventeenth round, second half: "Chairman of the Board of Velno Waterworks", "Chair of the Board of the Arlen Port
            // Corporation": the board an office-holder chairs is the body's organ; readers name the body. The span keeps the
            // board's words, so that the office before it is still read as the holder's ("Chairman of the Board").
            var renamed = false;
            if (BoardOfItsBody(t, s, e) is var bodyStart && bodyStart > s && name.EndsWith(" " + Recognizer.Surface(t, bodyStart, e), StringComparison.Ordinal))
            {
                name = Recognizer.Surface(t, bodyStart, e);
                renamed = true;
            }
            // Seventeenth round: "Head of the Republic of Arlen Ivo Petrovich Marek", "Mayor of the Municipality of Velno Mara Di
            // Tolla", "Counsellor of the Embassy of Arlenia in the Westmark Federation Ivo Marek": a holder's name glued after the
            // body of their office, read once every edge above has moved (a mission's seat, a dash's unit).
            if (GluedHolderStart(t, s, e, name) is var glued && glued < e)
            {
                var holderName = " " + Recognizer.Surface(t, glued, e);
                if (shortName is not null && shortName.EndsWith(holderName, StringComparison.Ordinal)) shortName = shortName[..^holderName.Length];
                CutAt(glued);
            }
            if (s != o.Span.Start || e != o.Span.End || renamed) spans[i] = o with { Span = new Span(s, e), Name = name, Acronym = o.Acronym ?? shortName };
        }
    }

    /// <summary>
    /// "Head of the Republic of Arlen Ivo Petrovich Marek", "Mayor of the Municipality of Velno Mara Di Tolla": after an office's
    /// "of [the]", a body whose last words have the shape of a person's name (a given name, a patronymic and a family name, as
    /// Russian, Ukrainian and Central Asian releases write them; or a given name and a family name opening on a capitalised
    /// particle, as Italian, Irish, Dutch and Arabic names do) ends before them, whatever its last word is: the name is the
    /// holder's. Without such a shape, the word before the name must close the body (<see cref="HolderAfterHead"/>). The start
    /// of the holder's name, or e.
    /// </summary>
    private static int GluedHolderStart(List<Token> t, int s, int e, string name)
    {
        if (e - s < 5 || s < 2 || e < t.Count && (t[e].IsCap && t[e].Kind == TokenKind.Word || t[e].Lower is "of" or "&" || t[e].IsParticle)) return e;
        var shaped = IsHolderWord(t[e - 3]) && IsHolderWord(t[e - 1]) &&
                     (Recognizer.IsPatronymic(t[e - 2]) || IsCapitalisedParticle(t[e - 2]) && t[e - 1].Text.Length >= 3 && !PlaceNameTails.Contains(t[e - 1].Lower));
        if (!shaped) return HolderAfterHead(t, s, e, name);
        var p = e - 3;
        if (p <= s + 1 || !t[p - 1].IsCap || t[p - 1].Kind != TokenKind.Word) return e;
        var b = s - 1;
        if (t[b].Lower == "the") b--;
        if (b < 1 || t[b].Lower != "of" || !OfficeOfChain(t, b)) return e;
        return name.EndsWith(" " + Recognizer.Surface(t, p, e), StringComparison.Ordinal) ? p : e;
    }

    private static bool CountryBeforeLevel(List<Token> t, int s, int e) =>
        e - s >= 4 && t[s].IsCap && t[s].Is(LexFlag.Countries | LexFlag.Demonyms) && t[s + 1].IsCap && Lexicon.IsRegionHead(t[s + 1].Lower) &&
        t[s + 2].Lower == "of" && t[s + 3].IsCap;

    /// <summary>"Di", "De", "Van", "Al", "Ní": a name particle written with its capital, as the first word of a family name.</summary>
    private static bool IsCapitalisedParticle(Token w) =>
        w.Kind == TokenKind.Word && w.IsCap && !w.IsAllCaps && (w.Is(LexFlag.NameParticles) || w.Lower is "ní" or "nic" or "mac" or "ó" or "ua" or "mc");

    /// <summary>
    /// The last words of places named with a particle and a direction or a feature ("X Do Sul", "X Del Norte", "X Del Río"): after a
    /// capitalised particle they close a place's name, not a person's.
    /// </summary>
    private static readonly HashSet<string> PlaceNameTails = new(StringComparer.Ordinal)
        { "sul", "sur", "norte", "nord", "mar", "mare", "monte", "este", "oeste", "río", "rio", "valle", "lago", "sol", "salvador", "paz", "plata" };

    private static bool IsQuoteMark(Token w) => w.Kind == TokenKind.Punct && w.Text is "\"" or "“" or "”" or "„" or "«" or "»";

    /// <summary>
    /// "the "Mara Tobin" Technical University of Velno", "the "Sf. Mara" County Hospital Tarsen": releases from Romania,
    /// Moldova, the Balkans and Latin America name an institution after a person (a saint, a scholar) in quotation marks
    /// before its head; the quoted name is the body's name's first words. The quoted words (one to five capitalised words,
    /// initials or particles) must sit right before the span, the opening mark glued to the first and the closing mark to the
    /// last, so that a closing mark of an earlier quotation is never read as an opening one. The opening mark, or s.
    /// </summary>
    private static int QuotedNameStart(List<Token> t, int s)
    {
        if (s < 3 || !IsQuoteMark(t[s - 1]) || t[s - 1].Start != t[s - 2].End || !t[s - 2].IsCap && !t[s - 2].IsPunct('.')) return s;
        var k = s - 2;
        while (k >= 0 && s - k <= 7 && (t[k].Kind == TokenKind.Word && (t[k].IsCap || t[k].IsParticle) || t[k].IsPunct('.'))) k--;
        if (k < 0 || k == s - 2 || !IsQuoteMark(t[k]) || t[k].End != t[k + 1].Start || !t[k + 1].IsCap) return s;
        return k > 0 && t[k - 1].End == t[k].Start && t[k - 1].Kind == TokenKind.Word ? s : k;
    }

    /// <summary>
    /// "the Arlenian Chamber of Economy – County Chamber Tarsen", "the Westmark Chamber of Commerce – Velno Branch": national
    /// chambers, red crosses and unions write a regional unit after a spaced dash, and the unit (capitalised words that hold
    /// the body's own head, or a branch) is named with its parent. A unit of another kind ("… Government – Department of
    /// Information") is a byline's office and stays out (the gold names those both ways), as do a person's name and a pair of
    /// places. The words are closed by punctuation or a lower-case function word. The end of the unit, or e.
    /// </summary>
    private static int DashTailEnd(List<Token> t, int s, int e)
    {
        if (e - s < 2 || e + 1 >= t.Count || t[e].Text is not ("–" or "—") || t[e].Start == t[e - 1].End || !t[e - 1].IsCap) return e;
        var k = e + 1;
        var head = false;
        while (k < t.Count && k - e <= 6 && (t[k].Kind == TokenKind.Word && (t[k].IsCap || k > e + 1 && t[k].Lower == "of")))
        {
            // A unit of the same kind ("Chamber … – County Chamber …") or a branch; a unit of another kind after a dash
            // ("… Government – Department of Information") is a byline's office, named on its own.
            if (t[k].Lower is "branch" or "chapter" || t[k].Is(LexFlag.OrganizationHeads) && HasWord(t, s, e, t[k].Lower)) head = true;
            k++;
        }
        if (t[e + 1].Lower == "the") return e;
        if (k == e + 1 || t[k - 1].Lower == "of") return e;
        if (k < t.Count && !(t[k].Kind == TokenKind.Punct && t[k].Text is "," or "." or ";" or ")" or "(" || t[k].Kind == TokenKind.Word && !t[k].IsCap && t[k].Is(LexFlag.FunctionWords))) return e;
        return head ? k : e;
    }

    private static bool HasWord(List<Token> t, int s, int e, string lower)
    {
        for (var k = s; k < e; k++)
            if (t[k].Lower == lower) return true;
        return false;
    }

    /// <summary>
    /// "the Rector of ARZ – Technical University of Velno": a body that writes its acronym (two to six capitals) before a spaced
    /// dash and its full name. The acronym must follow a lower-case word, never open a sentence (a dateline "VELNO – The …" is
    /// a place); a capitalised word there is as often a place ("of Velno – Department of Trade"). The acronym's start, or s.
    /// </summary>
    private static int DashShortNameStart(List<Token> t, int s)
    {
        if (s < 3 || t[s - 1].Text is not ("–" or "—") || t[s - 1].Start == t[s - 2].End) return s;
        var w = t[s - 2];
        if (w.Kind != TokenKind.Word || !w.IsAllCaps || w.Text.Length is < 2 or > 6 || w.Is(LexFlag.OrganizationHeads) || Recognizer.IsTitleWord(w) || Recognizer.IsHonorific(w)) return s;
        var before = t[s - 3];
        return before.Kind == TokenKind.Word && !before.IsCap && before.Lower is "of" or "the" or "by" or "with" or "and" or "at" or "from" ? s - 2 : s;
    }

    /// <summary>
    /// "Head of the Relations Division of the Governor's Office T.Varnok and …", "Member of the Board of the Westmark
    /// Voivodeship Anna Kowel", "Director of the Trade Division of Velno Metropolitan City Pak Su-min": after an office's "of
    /// [the]", a body whose head (a region's too) is followed with no comma by two or three words of a name, or by one name
    /// written with its initial ("T.Varnok"), and then no capitalised word, ends at its head; the words are the holder's name.
    /// The start of the holder's name, or e.
    /// </summary>
    private static int HolderAfterHead(List<Token> t, int s, int e, string name)
    {
        if (e - s < 3 || s < 2 || e < t.Count && (t[e].IsCap && t[e].Kind == TokenKind.Word || t[e].Lower is "of" or "&" || t[e].IsParticle)) return e;
        var p = e;
        while (p > s + 1 && e - p < 3 && (IsHolderWord(t[p - 1]) || SurnameInCapitals(t, p - 1, e))) p--;
        // The word before the name closes the body: its head, or (after an office's chain) a country it sits in ("Embassy of
        // Arlenia in Westmark Mara Tobin") or a portfolio its name ends with ("Department of Economy and Social Affairs Mara Tobin").
        if (p == e || p <= s + 1 || !t[p - 1].IsCap || !t[p - 1].Is(LexFlag.OrganizationHeads | LexFlag.Countries | LexFlag.Portfolio) || t[p - 1].IsPossessive) return e;
        if (e - p == 1 && !Recognizer.IsInitialledName(t[p].Text)) return e;
        // The office before the body: "<office> of the", or "<office> of" before a body without "the".
        var b = s - 1;
        if (t[b].Lower == "the") b--;
        if (b < 1 || t[b].Lower != "of" || !OfficeOfChain(t, b)) return e;
        return name.EndsWith(" " + Recognizer.Surface(t, p, e), StringComparison.Ordinal) ? p : e;
    }

    /// <summary>
    /// Whether the "of" at b follows an office: "Director of", or "Director of the Department of Trade of" (the office of a
    /// unit of the body), the chain of capitalised words, "of", "for", "the" and "and" at most twelve tokens long.
    /// "Member of the Board of …": "member" is left out of the office words (it ends many a body's name), so it is named here.
    /// </summary>
    internal static bool OfficeOfChain(List<Token> t, int b)
    {
        for (var k = b; k >= 1 && b - k <= 12; k--)
        {
            // "Vice Mayor for Foreign Affairs of …": an office's own "for" and portfolio before its body.
            if (t[k].Lower is "of" or "for")
            {
                if (Recognizer.IsTitleWord(t[k - 1]) || t[k - 1].Lower == "member") return true;
                continue;
            }
            // "Chairman of the Velno regional branch of the Chamber of …": lower-case words naming a unit of the body (a word
            // before a capitalised one or a link, never a function word, so a verb ends the chain).
            if (t[k].Kind == TokenKind.Word && !t[k].IsCap && !t[k].Is(LexFlag.FunctionWords) && k + 1 <= b &&
                (t[k + 1].IsCap || t[k + 1].Lower is "of" or "for" || t[k + 1].Kind == TokenKind.Word && !t[k + 1].Is(LexFlag.FunctionWords))) continue;
            // "Minister of Industry, Energy and Innovation of …": an office's portfolios listed with commas.
            if (t[k].IsPunct(',') && k + 1 <= b && t[k + 1].IsCap && t[k - 1].IsCap && t[k - 1].Kind == TokenKind.Word) continue;
            if (!(t[k].IsCap && t[k].Kind == TokenKind.Word || t[k].Lower is "the" or "and" or "&")) return false;
        }
        return false;
    }

    /// <summary>
    /// "the Deputy Mayor of Velno City of the Republic of Arlenia Pak Su-min": the "of" at b before a state's formal name
    /// follows the body of an office (a capitalised word before it), so the state is where that body lies and what follows
    /// its one-word name may be the holder's, as after an office's "to" or "in".
    /// </summary>
    internal static bool StateOfAnOfficesBody(List<Token> t, int b) =>
        b >= 2 && t[b].Lower == "of" && t[b - 1].IsCap && t[b - 1].Kind == TokenKind.Word && t[b - 1].Is(LexFlag.OrganizationHeads) && OfficeOfChain(t, b);

    /// <summary>
    /// "the Consulate General of Arlenia in Velno": a consulate general written in two words, with the country it represents
    /// after its "of" (the words alone, "the Consulate General", name no particular one).
    /// </summary>
    internal static bool ConsulateGeneral(List<Token> t, int h) =>
        h + 3 < t.Count && t[h].Text == "Consulate" && t[h + 1].Text == "General" && t[h + 2].Lower == "of" && t[h + 3].IsCap;

    /// <summary>
    /// "… of the Velno Prefectural Assembly TANAKA Hiro": releases from Japan, Korea, China and Hungary often write the
    /// surname first and in capitals; an all-capital word before the last word of a name, itself written in lower case after
    /// its capital, is that surname, not an acronym.
    /// </summary>
    internal static bool SurnameInCapitals(List<Token> t, int k, int e) =>
        k + 1 == e - 1 && e <= t.Count && t[k].IsAllCaps && t[k].Kind == TokenKind.Word && t[k].Text.Length >= 3 && !t[k].Is(LexFlag.OrganizationHeads | LexFlag.Countries) &&
        IsHolderWord(t[k + 1]) && t[k + 1].Text.Length >= 2;

    /// <summary>A capitalised word that can be part of a person's name: no head, portfolio, country, people's adjective or acronym.</summary>
    internal static bool IsHolderWord(Token w) =>
        Recognizer.IsNameWord(w) && !w.IsAllCaps && !w.IsPossessive &&
        !w.Is(LexFlag.OrganizationHeads | LexFlag.Portfolio | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.ProgrammeHeads | LexFlag.Demonyms | LexFlag.Countries |
              LexFlag.TitleFirst | LexFlag.TitleModifiers);

    /// <summary>
    /// "Universitas Bahari Tunku Arif Haji", "Universiti Tun Rahman": an institution named after a person carries the person's
    /// courtesy words (Haji, Tun, Datuk, Sultan…) inside its name, where a head that comes first in its language (Malay,
    /// Indonesian) is followed by the name. A courtesy word without a full stop goes on the name when it closes it (a lower-case
    /// word or punctuation follows) or when one or two more capitalised words follow and close it. The name's end, from e.
    /// </summary>
    internal static int CourtesyWordsInName(List<Token> t, int e)
    {
        for (var n = 0; n < 2 && e < t.Count && Recognizer.IsHonorific(t[e]) && t[e].IsCap && !t[e].Text.EndsWith('.') && !t[e].IsAllCaps; n++)
        {
            var next = e + 1;
            while (next < t.Count && next - e <= 2 && Recognizer.IsNameWord(t[next]) && !t[next].Is(LexFlag.OrganizationHeads)) next++;
            if (next < t.Count && t[next].IsCap && t[next].Kind == TokenKind.Word && !Recognizer.IsHonorific(t[next])) break;
            e = next;
        }
        return e;
    }

    /// <summary>
    /// "the Velno City and County Council": a body that serves a city and its county together names both levels, joined by
    /// "and", after the place (as Irish councils are named). The span just found for the place and its first level
    /// ("Velno City") is that body's beginning, not a body of its own, and is dropped. The start of the place, or s.
    /// </summary>
    internal static int JoinedLevelsStart(List<Token> t, List<OrgSpan> spans, int s, int h)
    {
        if (s < 3 || s >= h || t[s - 1].Lower != "and" || !t[s].IsCap || t[s].Lower is not ("county" or "city" or "town" or "borough" or "district") ||
            !t[s - 2].IsCap || t[s - 2].Lower is not ("city" or "town" or "borough" or "county") || t[s - 2].Lower == t[s].Lower) return s;
        var first = s - 2;
        while (first - 1 >= 0 && Recognizer.IsNameWord(t[first - 1]) && !t[first - 1].Is(LexFlag.OrganizationHeads) && s - first < 5) first--;
        if (first == s - 2) return s;
        if (spans.Count > 0 && spans[^1].Span.End > first)
        {
            if (spans[^1].Span.Start != first || spans[^1].Span.End != s - 1) return s;
            spans.RemoveAt(spans.Count - 1);
        }
        return first;
    }

    /// <summary>
    /// "the Faculty of Arts of the Universidad de la Costa Verde": a name that closes on "of [the]" and a capitalised head,
    /// followed by a Romance "of" (de, del, da, do, …), goes on through that "of": heads of Spanish, Portuguese, Italian and
    /// French bodies come first and take their name with it, so the unit's name cut there would end on its parent's bare
    /// head. The end of the Romance name, or e.
    /// </summary>
    private static int RomanceOfAfterClosingBody(List<Token> t, int s, int e)
    {
        if (e - s < 4 || e >= t.Count || !t[e - 1].IsCap || !t[e - 1].Is(LexFlag.OrganizationHeads) || t[e].Text is not ("de" or "del" or "da" or "do" or "dos" or "das" or "di" or "della" or "du" or "des")) return e;
        var of = t[e - 2].Lower == "the" ? e - 3 : e - 2;
        if (of <= s || t[of].Lower != "of") return e;
        var end = Recognizer.ForeignOfRun(t, e);
        // The Romance name is a place of a few words, closed by punctuation or a lower-case word.
        return end > e + 1 && end - e <= 6 && (end >= t.Count || !t[end].IsCap) ? end : e;
    }

    /// <summary>
    /// "the Universidad Autónoma "Mara Tobin" de Velno", "the Instituto Tecnológico "Ana Ruiz" de Tarsen": Spanish and
    /// Portuguese bodies named after a person give that name in quotation marks and then their place with its "of"; the
    /// place is the name's. The end of the place (one to four words, then punctuation or a lower-case word), or e.
    /// </summary>
    private static int QuotedNameThenRomanceOf(List<Token> t, int s, int e)
    {
        if (e - s < 4 || e + 1 >= t.Count || t[e - 1].Text is not ("\"" or "”") || t[e].Text is not ("de" or "del" or "da" or "do" or "dos" or "das")) return e;
        var h = t[s].Lower == "the" ? s + 1 : s;
        if (!Recognizer.IsForeignHead(t[h])) return e;
        var end = Recognizer.ForeignOfRun(t, e);
        return end > e + 1 && end - e <= 5 && (end >= t.Count || !t[end].IsCap) ? end : e;
    }

    /// <summary>
    /// "the Arlenian NGO Associação Amigos de Velno", "the NGO Fundación Tarsen": a nation's adjective and a capitalised word
    /// that says what kind of body it is (NGO, NPO, CSO), written before a name of another language whose head comes first,
    /// describe the body and are no part of its name. The start of the foreign head, or s.
    /// </summary>
    private static int DescriptionBeforeForeignName(List<Token> t, int s, int e)
    {
        var p = t[s].Lower == "the" ? s + 1 : s;
        if (p < e && (t[p].Is(LexFlag.Demonyms) || IsEnglishPeoplesAdjective(t[p].Lower)) && t[p].IsCap) p++;
        if (p >= e - 1 || t[p].Text is not ("NGO" or "NPO" or "CSO" or "INGO")) return s;
        return Recognizer.IsForeignHead(t[p + 1]) && t[p + 2 < e ? p + 2 : p + 1].IsCap ? p + 1 : s;
    }

    /// <summary>
    /// "the New Zealand Dairy Board", "the New Velmara Institute of Forestry" (were New Velmara a country): where the words just before a span and its
    /// first words together form a country's name, the country opens the body's name ("New" is a function word elsewhere,
    /// and stops the walk to the left). The country's first word, or s.
    /// </summary>
    private static int CountryNameStart(List<Token> t, int s, int e)
    {
        if (s < 1 || e - s < 2 || !t[s].IsCap || t[s].Kind != TokenKind.Word) return s;
        for (var k = 1; k <= 2 && s - k >= 0; k++)
        {
            var w = t[s - k];
            if (w.Kind != TokenKind.Word || !w.IsCap || w.IsAllCaps) return s;
            // The country's last words inside the span: one or two, never the head alone.
            for (var j = 1; j <= 2 && s + j < e; j++)
                if (Recognizer.IsCountry(Recognizer.Surface(t, s - k, s + j))) return s - k;
        }
        return s;
    }

    /// <summary>
    /// "the Arlenian Chamber of Commerce in Westmark", "the Velnese Cultural Centre in the Republic of Tarsenia": a body whose
    /// name opens with a nation's adjective and is followed by "in" and a country is that nation's body abroad, named with
    /// the country it sits in. The end of the country, or e.
    /// </summary>
    private static int NationAbroadEnd(List<Token> t, int s, int e)
    {
        var h = t[s].Lower == "the" ? s + 1 : s;
        if (e - h < 2 || e + 1 >= t.Count || t[e].Lower != "in") return e;
        // "the Museum of Arlenian Immigration in Westmark": the nation's adjective may come after the head's "of" too.
        var nation = -1;
        for (var k = h; k < e && nation < 0; k++)
            if (t[k].IsCap && (t[k].Is(LexFlag.Demonyms) || IsEnglishPeoplesAdjective(t[k].Lower)) && (k == h || t[k - 1].Lower == "of")) nation = k;
        if (nation < 0) return e;
        var end = CountryEnd(t, e + 1);
        // Only a country: "the Arlenian State Chancellery in Velno" is a region's own body at home, and its city says where it meets.
        return end > e + 1 && (end >= t.Count || !t[end].IsCap || t[end].Kind != TokenKind.Word) ? end : e;
    }

    /// <summary>
    /// "the Legislative Assembly of Tarsk Krai of the Federation of Westmark": a body whose "of" names its seat with the seat's
    /// level noun ("Krai", "Oblast", "Region", "Voivodeship") says where it is; a further "of" and a country or a state's
    /// formal name to the span's end say which country that seat lies in, which the name leaves out. The start of the
    /// country's "of", or e.
    /// </summary>
    private static int SeatLevelBeforeCountry(List<Token> t, int s, int e, string kind)
    {
        if (kind is not ("agency" or "legislature" or "office" or "other") || e - s < 6) return e;
        var h = t[s].Lower == "the" ? s + 1 : s;
        var of = -1;
        for (var j = h + 1; j < e - 3 && j - h <= 4; j++)
            if (t[j].Lower == "of") { of = j; break; }
        if (of < 0 || !t[of - 1].IsCap || !t[of - 1].Is(LexFlag.OrganizationHeads) || StateNouns.Contains(t[of - 1].Lower)) return e;
        var seat = of + 1 < e && t[of + 1].Lower == "the" ? of + 2 : of + 1;
        var m = seat;
        while (m < e && m - seat < 4 && t[m].IsCap && t[m].Kind == TokenKind.Word) m++;
        if (m - seat < 2 || m >= e - 1 || t[m].Lower != "of" || !LevelNouns.Contains(t[m - 1].Lower)) return e;
        return CountryEnd(t, m + 1) == e ? m : e;
    }

    /// <summary>
    /// "the Talsen Municipal People's Government of Arlenia", "the Province of Merrow of the Kingdom of Westmark": a local
    /// government body, named with its own place (on the left, or after its head's "of"), followed by "of" and a country or a
    /// state's formal name, ends before that "of": the country says where the body lies, as a city's "of" its country would.
    /// The start of the country's "of", or e.
    /// </summary>
    private static int CountryAfterLocalBody(List<Token> t, int s, int e, string kind)
    {
        if (kind is not ("region" or "agency" or "legislature") || e - s < 4) return e;
        var h = t[s].Lower == "the" ? s + 1 : s;
        for (var j = h + 2; j < e - 1; j++)
        {
            if (t[j].Lower != "of") continue;
            var head = t[j - 1];
            if (!head.IsCap || !head.Is(LexFlag.OrganizationHeads) || StateNouns.Contains(head.Lower))
            {
                // "Province of Merrow of the Kingdom …": a region's head first, its own place after its "of".
                if (!(kind == "region" && j - h is >= 3 and <= 5 && t[h].IsCap && Lexicon.OrganizationHeads.TryGetValue(t[h].Lower, out var first) && first == "region" && !StateNouns.Contains(t[h].Lower) &&
                      t[h + 1].Lower == "of" && Recognizer.OfRun(t, h + 2) == j)) return e;
            }
            else
            {
                // "Talsen Municipal People's Government": a place's name on the left and a word of a city's or a province's level
                // ("the Cocoa Board of Arlenia", "the Tourism Authority of Arlenia" are the country's own bodies).
                var named = false;
                var local = false;
                for (var k = h; k < j - 1; k++)
                {
                    named |= Recognizer.IsNameWord(t[k]) && !t[k].Is(LexFlag.OrganizationHeads | LexFlag.Demonyms | LexFlag.Portfolio) && !LocalWords.Contains(t[k].Lower);
                    local |= LocalLevelWords.Contains(t[k].Lower);
                }
                if (!named || !local) return e;
            }
            return CountryEnd(t, j + 1) == e ? j : e;
        }
        return e;
    }

    /// <summary>Words that say what level or kind a body is ("Municipal", "People's"), and name no place.</summary>
    private static readonly HashSet<string> LocalWords = new(StringComparer.Ordinal)
        { "free", "autonomous", "urban", "rural", "special", "administrative", "federal", "metropolitan", "capital", "greater", "independent", "self-governing",
          "national", "municipal", "provincial", "regional", "people's", "city", "county", "district", "state", "central", "local", "supreme", "high" };

    /// <summary>Words that put a body at the level of a city or a province.</summary>
    private static readonly HashSet<string> LocalLevelWords = new(StringComparer.Ordinal)
        { "municipal", "metropolitan", "city", "provincial", "prefectural", "county", "district", "town", "municipality", "province", "prefecture" };

    /// <summary>The end of a country named from k ("Arlenia", "the Kingdom of Westmark", "the Socialist Republic of Arlenia"), or -1.</summary>
    private static int CountryEnd(List<Token> t, int k)
    {
        if (k < t.Count && t[k].Lower == "the") k++;
        if (k >= t.Count || !t[k].IsCap) return -1;
        var run = Recognizer.OfRun(t, k);
        if (run == k) return -1;
        // "the Kingdom of Westmark": a state's formal noun, then its "of" and the country's name.
        if (StateNouns.Contains(t[run - 1].Lower) && run + 1 < t.Count && t[run].Lower == "of" && t[run + 1].IsCap)
        {
            var name = Recognizer.OfRun(t, run + 1);
            return name > run + 1 && name - run - 1 <= 3 ? name : -1;
        }
        // "the Swiss Confederation", "the Arlenian Republic": a people's adjective and a state's formal noun after "the".
        if (run - k is 2 or 3 && k > 0 && t[k - 1].Lower == "the" && StateNouns.Contains(t[run - 1].Lower) && t[run - 1].IsCap && t[k].IsCap &&
            (t[k].Is(LexFlag.Demonyms) || IsEnglishPeoplesAdjective(t[k].Lower))) return run;
        return Recognizer.IsCountry(Recognizer.Surface(t, k, run)) ? run : -1;
    }

    /// <summary>
    /// After a head-first body ending at e ("Head of/for Field"): "of [the] Capitalised words" that end before punctuation or
    /// a lower-case word other than a link, three words at most, not ending on another body's head (a region's excepted);
    /// the end of those words, or e.
    /// </summary>
    private static int SecondOfEnd(List<Token> t, int s, int e)
    {
        var h = s < t.Count && t[s].Lower == "the" ? s + 1 : s;
        // "National School of Architecture of Velno", "Velno Business School of Tarsen University of Applied Sciences": words
        // before the head (up to three, none a head) do not change where its "of" ends.
        for (var k = h; k < e - 2 && k - h < 3 && Recognizer.IsNameWord(t[k]) && !t[k].Is(LexFlag.OrganizationHeads) && !t[k].IsPossessive; k++)
            if (t[k + 1].IsCap && t[k + 1].Is(LexFlag.OrganizationHeads) && t[k + 2].Lower is "of" or "for") { h = k + 1; break; }
        // "the Conservation Office of the Culture Directorate of Velno": a body inside the name has the further "of" to itself.
        // "the General Directorate of Forest Enterprises of Arlenia": a field in the plural right after the head's "of" (no
        // "the") is what the body deals in, not a body; the further "of" is the head's.
        if (h > (t[s].Lower == "the" ? s + 1 : s))
            for (var k = h + 2; k < e; k++)
                if (t[k].IsCap && t[k].Is(LexFlag.OrganizationHeads) && !(k == e - 1 && t[h + 2].Lower != "the" && Recognizer.FieldPlural(t[k]))) return e;
        if (h + 2 > e || !t[h].IsCap || !t[h].Is(LexFlag.OrganizationHeads) || t[h + 1].Lower is not ("of" or "for") || !t[e - 1].IsCap) return e;
        // "Head of the Association of Growers of Tarsen Ivo Marek said": after an office's "of the", the place and the
        // holder's name are read whole here and the holder's name is cut off after (Recognizer.WithoutHolderAfterItsSeat).
        var holderMayFollow = s >= 3 && t[s - 1].Lower == "the" && t[s - 2].Lower == "of" && Recognizer.IsTitleWord(t[s - 3]);
        return OfTailEnd(t, e, 0, holderMayFollow);
    }

    /// <summary>"of [the] Capitalised words" from e, and one more such "of" after it; the end, or e when the words go on.</summary>
    private static int OfTailEnd(List<Token> t, int e, int depth, bool holderMayFollow = false)
    {
        if (e + 1 >= t.Count || t[e].Lower != "of") return e;
        var k = t[e + 1].Lower == "the" ? e + 2 : e + 1;
        if (k >= t.Count || !t[k].IsCap || t[k].Kind != TokenKind.Word || t[k].Is(LexFlag.FunctionWords) || Recognizer.IsTitleWord(t[k])) return e;
        var run = Recognizer.OfRun(t, k);
        if (run == k || run - k > 3 || t[run - 1].IsPossessive) return e;
        var regionHead = t[run - 1].Is(LexFlag.OrganizationHeads) && Lexicon.OrganizationHeads.TryGetValue(t[run - 1].Lower, out var kind) && kind == "region";
        if (t[run - 1].Is(LexFlag.OrganizationHeads) && !regionHead) return e;
        // "of Tarsen Ivo Marek": three capitalised words with no link and no region's head are a place and a person's name.
        if (run - k == 3 && !regionHead && t[k + 1].IsCap && t[k + 1].Kind == TokenKind.Word)
            return holderMayFollow && IsHolderWord(t[k + 1]) && IsHolderWord(t[k + 2]) && (run >= t.Count || !t[run].IsCap && t[run].Lower is not ("of" or "and" or "&")) ? run : e;
        // "Centre for Studies of Marine Ecology of the Northern Coast": a field of a field, then where.
        if (run < t.Count && t[run].Lower == "of") return depth == 0 && OfTailEnd(t, run, 1) is var further && further > run ? further : e;
        // "the Federation of Growers' Associations of Arlenia in Westmark": a body of one country's people in another names both.
        if (run + 1 < t.Count && t[run].Lower == "in" && Recognizer.IsCountry(Recognizer.Surface(t, k, run)) && CountryEnd(t, run + 1) is var abroad && abroad > run + 1 &&
            (abroad >= t.Count || !t[abroad].IsCap || t[abroad].Kind != TokenKind.Word) && Recognizer.Surface(t, k, run) != Recognizer.Surface(t, run + 1, abroad)) return abroad;
        // "… of the University of Arlen Press": words that go on belong to something else.
        // "… of the University of Arlen for field work": "for" and a lower-case word are the sentence's, not a further field.
        if (run < t.Count && (t[run].IsCap || t[run].Kind == TokenKind.Word && (t[run].Lower == "in" && !SentencesIn(t, run) || t[run].Lower is "de" || t[run].Lower == "for" && !SentencesFor(t, run) || t[run].IsParticle))) return e;
        return run;
    }

    /// <summary>
    /// Whether the "for" at k is the sentence's: a lower-case word other than an article follows ("for field work", "for
    /// training"); a name's own "for" is followed by capitalised words or "the" ("… for the Development of …").
    /// </summary>
    private static bool SentencesFor(List<Token> t, int k) =>
        k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && !t[k + 1].IsCap && t[k + 1].Lower is not ("the" or "a" or "an") && !t[k + 1].Is(LexFlag.FunctionWords);

    /// <summary>
    /// Whether the "in" at k is the sentence's: "in the management of …", "in training": "in", an optional article, and a
    /// lower-case word that is no function word (a name's own "in" is followed by a capitalised place: "… of Arlenia in
    /// Westmark"). Sixteenth round, second half.
    /// </summary>
    private static bool SentencesIn(List<Token> t, int k)
    {
        var n = k + 1 < t.Count && t[k + 1].Lower is "the" or "a" or "an" ? k + 2 : k + 1;
        return n < t.Count && t[n].Kind == TokenKind.Word && !t[n].IsCap && !t[n].Is(LexFlag.FunctionWords);
    }

    /// <summary>The fields a university is named after ("University of Applied Sciences", "… of Technology").</summary>
    private static readonly HashSet<string> FieldNouns = new(StringComparer.Ordinal)
        { "sciences", "science", "technology", "technologies", "arts", "economics", "medicine", "agriculture", "music", "engineering", "humanities", "pharmacy", "education" };

    /// <summary>
    /// A span that ends on a university's head after its name ("… of Velno University"), then "of" and one to three
    /// capitalised words that end on a field of study, then no capitalised word: the end of the field, or e.
    /// </summary>
    private static int UniversityFieldEnd(List<Token> t, int s, int e)
    {
        if (e - s < 3 || e + 2 >= t.Count || t[e].Lower != "of" || !t[e - 1].IsCap || t[e - 1].Lower is not ("university" or "academy" or "polytechnic") || !Recognizer.IsNameWord(t[e - 2]) ||
            t[e - 2].Is(LexFlag.OrganizationHeads)) return e;
        var run = Recognizer.OfRun(t, e + 1);
        if (run == e + 1 || run - e - 1 > 3 || !FieldNouns.Contains(t[run - 1].Lower) || run < t.Count && (t[run].IsCap || t[run].Lower is "of" or "and")) return e;
        for (var k = e + 1; k < run; k++) if (t[k].Is(LexFlag.OrganizationHeads)) return e;
        return run;
    }

    /// <summary>
    /// "the Regional Assembly (Sejmik) of the Tarsk Voivodeship": at e, a bracket with one to three capitalised words (the
    /// body's name in its language, not an acronym), then "of [the]" and a seat of one to four capitalised words closed by
    /// punctuation or a lower-case word. The closing bracket and the seat's end, or (e, e).
    /// </summary>
    private static (int Close, int End) BracketThenSeatEnd(List<Token> t, int e)
    {
        if (e + 5 >= t.Count || !t[e].IsPunct('(')) return (e, e);
        var j = e + 1;
        // An acronym there is often the body's alone, with the "of" the sentence's: only a name in the body's language.
        while (j < t.Count && j - e <= 3 && t[j].Kind == TokenKind.Word && t[j].IsCap && !t[j].IsAllCaps) j++;
        if (j == e + 1 || j + 2 >= t.Count || !t[j].IsPunct(')') || t[j + 1].Lower != "of") return (e, e);
        var p = t[j + 2].Lower == "the" ? j + 3 : j + 2;
        if (p >= t.Count || !t[p].IsCap || t[p].Kind != TokenKind.Word || t[p].Is(LexFlag.Months | LexFlag.FunctionWords)) return (e, e);
        var end = Recognizer.OfRun(t, p);
        if (end == p || end - p > 4 || end < t.Count && t[end].IsCap) return (e, e);
        // "the Research Service (ReSe) of the Arlen Assembly": after "of", a body the unit belongs to is a body of its own.
        for (var k = p; k < end; k++)
            if (t[k].Is(LexFlag.OrganizationHeads) && !(Lexicon.OrganizationHeads.TryGetValue(t[k].Lower, out var kind) && kind == "region")) return (e, e);
        return (j, end);
    }

    /// <summary>
    /// "Chairman of the Board of Velno Waterworks", "President of the Board of the Arlen Port Corporation": after an office's
    /// "of the", "Board of [the]" is the organ of the body named after it, and the body is what readers name. Not where the
    /// board is the body: a region's executive board ("Board of the Tarsk Voivodeship", the Polish and Czech executive), a
    /// board of a field ("Board of Investment", "Board of Trade"), or a board of its members ("Board of Directors of …",
    /// "Board of Governors"). The start of the body's name, or s.
    /// </summary>
    private static int BoardOfItsBody(List<Token> t, int s, int e)
    {
        if (s < 3 || e - s < 3 || t[s].Text != "Board" || t[s + 1].Lower != "of" || t[s - 1].Lower != "the" || t[s - 2].Lower != "of" || !OfficeOfChain(t, s - 2)) return s;
        var b = s + 2 < e && t[s + 2].Lower == "the" ? s + 3 : s + 2;
        if (b >= e || !t[b].IsCap || t[b].Kind != TokenKind.Word || t[b].Is(LexFlag.Portfolio | LexFlag.FunctionWords) || t[b].Lower is "directors" or "governors" or "trustees" or "management" or "supervisors") return s;
        // A region's board is its executive, a body of its own.
        if (t[e - 1].IsCap && t[e - 1].Is(LexFlag.OrganizationHeads) && Lexicon.OrganizationHeads.TryGetValue(t[e - 1].Lower, out var kind) && kind == "region") return s;
        return b;
    }

    /// <summary>Removes the spans that lie inside [from, to): words now read as the end of another name.</summary>
    private static void DropWithin(List<OrgSpan> spans, ref int i, int from, int to)
    {
        for (var j = spans.Count - 1; j >= 0; j--)
        {
            if (j == i || spans[j].Span.Start < from || spans[j].Span.End > to) continue;
            spans.RemoveAt(j);
            if (j < i) i--;
        }
    }

    /// <summary>
    /// "the Arlenian High Commission in Velno", "the Embassy of Arlenia in Tarsen City", "the Consulate General of Arlenia in
    /// the Velno Republic": an embassy, a high commission or a consulate exists only where it sits, and releases name it with
    /// its seat, a city as often as a country (unlike a nation's other bodies abroad, see <see cref="NationAbroadEnd"/>). The
    /// seat is one to four capitalised words after "in" (with a place's particles), closed by punctuation or a lower-case word.
    /// The end of the seat, or e.
    /// </summary>
    private static int MissionSeatEnd(List<Token> t, int s, int e)
    {
        if (e - s < 2 || e + 1 >= t.Count || t[e].Lower != "in") return e;
        var h = t[s].Lower == "the" ? s + 1 : s;
        // The mission's head: first with its "of" ("Embassy of …"), or last ("… High Commission").
        var headFirst = IsMissionHead(t, h) is var w && w > 0 && h + w < e && t[h + w].Lower == "of";
        var headLast = IsMissionHead(t, e - 1) == 1 || e - 2 >= h && IsMissionHead(t, e - 2) == 2;
        if (!headFirst && !headLast) return e;
        var at = t[e + 1].Lower == "the" ? e + 2 : e + 1;
        if (at >= t.Count || !t[at].IsCap || t[at].Kind != TokenKind.Word || Recognizer.IsTitleWord(t[at])) return e;
        var place = Recognizer.OfRun(t, at);
        if (place == at || place - at > 4 || t[place - 1].IsPossessive) return e;
        for (var k = at; k < place; k++) if (t[k].Text is "and" or "&") return e;
        return place >= t.Count || !(t[place].IsCap && t[place].Kind == TokenKind.Word) ? place : e;
    }

    /// <summary>
    /// "St Arlen's Primary School", "St. Mara's Hospital", "Saint Ivo's College": "St", "St." or "Saint" and one capitalised
    /// word in the possessive right before the span open it: a school, a hospital or a church named after a saint carries the
    /// saint's possessive inside its name, which stops the walk to the left as other possessives do. The start of "St", or s.
    /// </summary>
    internal static int SaintsPossessiveStart(List<Token> t, int s, int e)
    {
        if (s < 2 || e - s < 1 || t[s].Lower == "the" || !t[s - 1].IsPossessive || !t[s - 1].IsCap || t[s - 1].Kind != TokenKind.Word || t[s - 1].IsAllCaps) return s;
        return t[s - 2].Text is "St" or "St." or "Saint" or "Ste" or "Ste." ? s - 2 : s;
    }

    /// <summary>
    /// "Université de Velno 2 Mara Ben Tobin", "University of Velno 1 – Ivo Marek": where one city's university was split in
    /// several (as in Algeria and France), each is named with its number after the place and often with the person it is named
    /// after, with or without a dash. A number of one digit right after the span, an optional dash, then two to four words of
    /// a name closed by punctuation, a lower-case word or an office: the end of the name, or e.
    /// </summary>
    private static int NumberedUniversityEnd(List<Token> t, int s, int e)
    {
        if (e - s < 2 || e + 2 >= t.Count || t[e].Kind != TokenKind.Number || t[e].Text.Length != 1 || !(t[e - 1].IsCap || Recognizer.IsElidedName(t[e - 1]))) return e;
        var k = e + 1;
        if (t[k].Text is "–" or "-" or "—") k++;
        var n = k;
        while (n < t.Count && n - k < 5 && (Recognizer.IsNameWord(t[n]) && !t[n].Is(LexFlag.OrganizationHeads) || n > k && t[n].IsParticle)) n++;
        if (n - k is < 2 or > 4 || !t[n - 1].IsCap) return e;
        return n >= t.Count || !(t[n].IsCap && t[n].Kind == TokenKind.Word) || Recognizer.IsTitleWord(t[n]) || Recognizer.IsHonorific(t[n]) ? n : e;
    }

    /// <summary>The words of a diplomatic mission's head at k: 1 ("Embassy", "Consulate"), 2 ("High Commission", "Consulate General"), or 0.</summary>
    private static int IsMissionHead(List<Token> t, int k)
    {
        if (k < 0 || k >= t.Count || !t[k].IsCap) return 0;
        if (t[k].Lower is "high" or "consulate" && k + 1 < t.Count && t[k + 1].IsCap && (t[k].Lower == "high" ? t[k + 1].Lower == "commission" : t[k + 1].Lower == "general")) return 2;
        return t[k].Lower is "embassy" or "consulate" or "consulate-general" ? 1 : 0;
    }

    /// <summary>Removes the spans that start inside [s, e) and end inside (e, to]: pieces of the name now read whole.</summary>
    private static void DropCrossing(List<OrgSpan> spans, ref int i, int s, int e, int to)
    {
        for (var j = spans.Count - 1; j >= 0; j--)
        {
            if (j == i || spans[j].Span.Start <= s || spans[j].Span.Start >= e || spans[j].Span.End <= e || spans[j].Span.End > to) continue;
            spans.RemoveAt(j);
            if (j < i) i--;
        }
    }

    /// <summary>
    /// "the Rescue Services Commissioner" after "the Department of Fire and Rescue Services of Western Velno": a body read with
    /// its seat is also found by the last two and three words before the seat's "of", as it was before the seat was read.
    /// </summary>
    internal static void IndexSuffixesBeforeSeat(string[] words, OrgEntity o, Dictionary<string, (OrgEntity Org, int Count)> bySuffix)
    {
        var seat = Array.LastIndexOf(words, "of");
        // A head-first body with a field and a seat: "Head of Field … of Seat", the seat at most three words.
        if (seat < 3 || words.Length - seat - 1 is < 1 or > 3 || Array.IndexOf(words, "of") == seat) return;
        for (var n = 2; n <= 3 && n < seat; n++)
        {
            if (words[seat - n - 1] is "of" or "the") continue;
            var suffix = string.Join(' ', words[(seat - n)..seat]);
            bySuffix[suffix] = bySuffix.TryGetValue(suffix, out var seen) ? (seen.Org, seen.Count + 1) : (o, 1);
        }
    }

    /// <summary>The legal forms written in lower case, in languages that write the nouns of a name in lower case too.</summary>
    private static readonly HashSet<string> LowerCaseLegalForms = new(StringComparer.Ordinal) { "d.o.o.", "d.o.o", "s.r.o.", "s.r.o", "a.s.", "d.d.", "d.d" };

    /// <summary>
    /// "Zlatna luka Velno d.o.o.", "Pomorska banka Tarsen d.d.": before a legal form written in lower case, a capitalised
    /// word and a lower-case noun open the company's name (the noun is of the name's language, not of the sentence: an
    /// English word before it would be a verb or a preposition, which the function words and the sentence's shape rule out).
    /// The new start, or s.
    /// </summary>
    private static int LowerCaseNounBeforeLegalForm(List<Token> t, int s, int e, string name)
    {
        var space = name.LastIndexOf(' ');
        if (s < 2 || e - s > 8 || space < 0 || !LowerCaseLegalForms.Contains(name[(space + 1)..])) return s;
        var noun = t[s - 1];
        var first = t[s - 2];
        if (noun.Kind != TokenKind.Word || noun.IsCap || noun.Is(LexFlag.FunctionWords) || noun.IsParticle || noun.Text.Length < 3 || noun.Text.EndsWith("ed", StringComparison.Ordinal) || noun.Text.EndsWith("ing", StringComparison.Ordinal)) return s;
        // "the Arlenian manufacturer Velno a.s.": a people's adjective and an English noun describe the company.
        if (!Recognizer.IsNameWord(first) || first.Is(LexFlag.Demonyms | LexFlag.Countries) || IsEnglishPeoplesAdjective(first.Lower) || s - 3 >= 0 && t[s - 3].IsCap && t[s - 3].Kind == TokenKind.Word) return s;
        // At a sentence's start the capitalised word may be the sentence's own.
        return s - 3 < 0 ? s : s - 2;
    }

    /// <summary>"Arlenian", "Velnese", "Tarsenish": the English endings of a people's adjective the lexicon may not hold.</summary>
    private static bool IsEnglishPeoplesAdjective(string w) =>
        w.Length > 5 && (w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal));

    /// <summary>The end of a region named with its name on the left before a "for" inside the span ("X Region for …"), or e.</summary>
    private static int RegionWithoutField(List<Token> t, int s, int e)
    {
        for (var j = s + 2; j < e && j - s <= 5; j++)
        {
            if (t[j].Lower != "for") continue;
            var head = t[j - 1];
            if (!head.IsCap || !Lexicon.OrganizationHeads.TryGetValue(head.Lower, out var kind) || kind != "region" || head.Lower is "state" or "republic" or "kingdom") return e;
            // The name on the left: capitalised words, none of them a head.
            for (var k = s; k < j - 1; k++)
                if (!Recognizer.IsNameWord(t[k]) || t[k].Is(LexFlag.OrganizationHeads)) return e;
            return t[s].Lower == "the" ? e : j;
        }
        return e;
    }

    /// <summary>The Romance "of" inside a place's name ("Santa Cruz de X", "Rio de X", "São José dos X").</summary>
    private static readonly HashSet<string> PlaceOf = new(StringComparer.Ordinal) { "de", "del", "do", "da", "dos", "das" };

    /// <summary>
    /// "the Cartagena de Velno Tourism Corporation", "Rio de Tarsen State University": a body named after its place, whose
    /// first word follows a lower-case Romance "of" after one or two capitalised words (no head, not another body's end),
    /// after "the", a lower-case word or punctuation: the place's name opens the body's. The new start, or s.
    /// </summary>
    private static int RomancePlaceStart(List<Token> t, int s, int e)
    {
        // "the Velno es Tarsen City Council", "Wadi al Arlen Port": the particles of other languages (an Arabic article, a
        // Dutch or German "van"/"von") join a place's words as the Romance "of" does.
        if (s < 2 || e - s < 2 || !(PlaceOf.Contains(t[s - 1].Text) || t[s - 1].IsParticle) || !Recognizer.IsNameWord(t[s]) || t[s].Is(LexFlag.OrganizationHeads)) return s;
        var k = s - 1;
        while (k - 1 >= 0 && s - 1 - k < 2 && Recognizer.IsNameWord(t[k - 1]) && !t[k - 1].IsPossessive && !t[k - 1].IsAllCaps &&
               !t[k - 1].Is(LexFlag.OrganizationHeads | LexFlag.Demonyms | LexFlag.Portfolio)) k--;
        if (k == s - 1) return s;
        // The words before the place: "the", a lower-case word or punctuation (a capitalised word would make it longer still).
        return k == 0 || t[k - 1].Lower == "the" || !(t[k - 1].IsCap && t[k - 1].Kind == TokenKind.Word) ? k : s;
    }

    /// <summary>The titles of rulers and of honour that institutions are named after ("King X Hospital", "Sheikh X College").</summary>
    private static readonly HashSet<string> RoyalTitles = new(StringComparer.Ordinal)
        { "king", "queen", "prince", "princess", "sultan", "sheikh", "sheikha", "emir", "amir", "sri", "shri", "tun", "rajah", "raja", "maharaja", "maharani", "emperor", "empress" };

    /// <summary>
    /// "the King Tomas Memorial Hospital", "at Sultan Arlen Bin Velno University": a ruler's title right before the words of an
    /// institution's name (one to four name words, then the head), after a lower-case word, an article or the sentence's start
    /// (a courtesy title of a person would follow a capitalised office or a comma), opens the name.
    /// </summary>
    private static bool RoyalTitleBefore(List<Token> t, List<OrgSpan> spans, int s, int e, string kind)
    {
        if (s < 1 || e - s < 2 || e - s > 5 || kind is not ("university" or "other" or "institute" or "museum")) return false;
        var title = t[s - 1];
        if (!title.IsCap || title.Kind != TokenKind.Word || !RoyalTitles.Contains(title.Lower) || !t[e - 1].Is(LexFlag.OrganizationHeads)) return false;
        for (var k = s; k < e - 1; k++)
            if (!Recognizer.IsNameWord(t[k]) && !t[k].IsParticle) return false;
        if (s - 2 < 0) return true;
        var before = t[s - 2];
        // "…, King X Hospital and …": a comma after another body's name, in a list of bodies.
        return before.Kind == TokenKind.Word ? !before.IsCap : before.Text is "(" or "\"" or "“" or ":" || before.IsPunct(',') && EndsAt(spans, s - 2);
    }

    /// <summary>Whether a span ends at the token before <paramref name="end"/>. The spans of one sentence are few.</summary>
    private static bool EndsAt(List<OrgSpan> spans, int end)
    {
        foreach (var o in spans) if (o.Span.End == end) return true;
        return false;
    }

    /// <summary>Whether a span other than the i-th covers a token of [from, to). The spans of one sentence are few.</summary>
    private static bool EndsAnother(List<OrgSpan> spans, int i, int from, int to)
    {
        for (var j = 0; j < spans.Count; j++)
            if (j != i && spans[j].Span.Start < to && spans[j].Span.End > from) return true;
        return false;
    }

    /// <summary>
    /// "the Embassy of Arlenia in the Kingdom of Westmark": a span that ends on a state's formal noun after "the", with "of"
    /// and a capitalised name after it, ends after that name; the end of the name, or e.
    /// </summary>
    private static int StateNameEnd(List<Token> t, int s, int e)
    {
        if (e - s < 3 || e + 1 >= t.Count || !t[e - 1].IsCap || !StateNouns.Contains(t[e - 1].Lower) || t[e].Lower != "of" || !t[e + 1].IsCap) return e;
        // "the Kingdom", "the Czech Republic": the noun must be the state's, after "the" and its adjectives.
        var k = e - 2;
        while (k > s && k > e - 4 && t[k].IsCap && t[k].Kind == TokenKind.Word) k--;
        if (t[k].Lower != "the") return e;
        var run = Recognizer.OfRun(t, e + 1);
        // "… of Arlenia and Velno Province": a run that ends on a head names another body.
        if (run == e + 1 || run - (e + 1) > 3 || t[run - 1].Is(LexFlag.OrganizationHeads) || t[run - 1].IsPossessive) return e;
        return run;
    }

    /// <summary>
    /// "the Westmark Trade Office in Velno region": a representation named with its seat keeps the lower-case level noun the
    /// seat is written with, before a full stop, a comma or a lower-case word.
    /// </summary>
    private static bool SeatLevelNoun(List<Token> t, int s, int e)
    {
        if (e - s < 3 || e >= t.Count || t[e].IsCap || t[e].Kind != TokenKind.Word || !LevelNouns.Contains(t[e].Lower)) return false;
        if (e + 1 < t.Count && t[e + 1].Lower == "of") return false;
        // The seat: one to three capitalised words after "in", ending the span.
        var k = e - 1;
        while (k > s && e - k <= 3 && t[k].IsCap && t[k].Kind == TokenKind.Word && !t[k].Is(LexFlag.Demonyms)) k--;
        if (k == e - 1) return false;
        // "the Chamber of Growers of Velno region Ivo Marek": a head-first body's "of" place keeps its level noun too, even
        // before the name of the person who speaks for it; "in" keeps it only before punctuation or a lower-case word, as before.
        // "the Governor's Office of Tarsk aimag", "the Citizens' Khural of Tarsk aimag": the "of" of a head later in the name too.
        if (t[k].Lower == "of") return (HeadFirst(t, s) || k - 1 > s && t[k - 1].IsCap && !t[k - 1].IsPossessive && t[k - 1].Is(LexFlag.OrganizationHeads)) &&
                                       (e + 1 >= t.Count || !t[e + 1].IsCap || !t[e + 1].Is(LexFlag.OrganizationHeads));
        return t[k].Lower == "in" && (e + 1 >= t.Count || !t[e + 1].IsCap);
    }

    /// <summary>Whether the span opens (after "the") on a capitalised head word followed by "of" ("the Akimat of …").</summary>
    private static bool HeadFirst(List<Token> t, int s)
    {
        var h = t[s].Lower == "the" ? s + 1 : s;
        return h + 1 < t.Count && t[h].IsCap && t[h].Is(LexFlag.OrganizationHeads) && t[h + 1].Lower == "of";
    }
}
