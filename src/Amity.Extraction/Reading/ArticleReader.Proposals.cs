using System.Collections.Frozen;
using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

/// <summary>
/// Names proposed as bodies that are none (sixteenth round): titles of works in quotes, natural features, pairs of places
/// before the tie between them, a board with no body named, occasions known by a name of their own.
/// </summary>
internal sealed partial class ArticleReader
{
    /// <summary>
    /// "\"Arlen: City of Bells\", an exhibition of photography", "the council's \"Bringing Parliament to the People\"
    /// programme", "the photo exhibition \"Velno: Harbour of Lights\"": the title of a work, an exhibition or a programme is
    /// quoted, and its words (a city's epithet, a head word) read as a body. A name inside quotes is such a title when the
    /// quoted words hold a colon, when a lower-case noun of a work or an occasion stands just before the opening mark or just
    /// after the closing one, or when a description after a comma begins with one ("…", an exhibition …).
    /// </summary>
    private static bool IsInTitleOfAWork(List<Token> t, Span span)
    {
        var open = span.Start - 1;
        while (open >= 0 && span.Start - open <= 8 && !IsQuoteMark(t[open])) open--;
        if (open < 0 || !IsQuoteMark(t[open]) || span.Start - open > 8) return false;
        var close = span.End;
        while (close < t.Count && close - span.End <= 8 && !IsQuoteMark(t[close])) close++;
        if (close >= t.Count || !IsQuoteMark(t[close]) || close - span.End > 8) return false;
        // The opening mark must open: an odd number of marks before it would make it a closing one.
        var marks = 0;
        for (var k = 0; k < open; k++)
            if (IsQuoteMark(t[k])) marks++;
        if (marks % 2 == 1) return false;
        for (var k = open + 1; k < close; k++)
            if (t[k].IsPunct(':')) return true;
        if (open > 0 && IsWorkNoun(t[open - 1])) return true;
        if (close + 1 < t.Count && IsWorkNoun(t[close + 1])) return true;
        if (close + 2 < t.Count && t[close + 1].IsPunct(',') && t[close + 2].Lower is "a" or "an" or "the")
            for (var k = close + 3; k < t.Count && k - close <= 5 && t[k].Kind == TokenKind.Word && !t[k].IsCap; k++)
                if (IsWorkNoun(t[k])) return true;
        return false;
    }

    private static bool IsQuoteMark(Token w) => w.Kind == TokenKind.Punct && w.Text is "\"" or "“" or "”" or "«" or "»" or "„";

    private static bool IsWorkNoun(Token w) => w.Kind == TokenKind.Word && !w.IsCap && (WorkNouns.Contains(w.Lower) || w.Is(LexFlag.EventHeads));

    /// <summary>Lower-case nouns of works and campaigns that carry a title (occasions are the event heads).</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> WorkNouns = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "programme", "program", "project", "campaign", "initiative", "film", "documentary", "book", "album", "song", "series",
        "slogan", "motto", "theme", "photo", "photographs", "exhibitions", "award", "prize", "play", "musical", "opera", "ballet",
        "publication", "catalogue", "brochure", "video", "app", "platform", "contest", "plan", "strategy");

    /// <summary>
    /// "from Lake Morava", "the Dunel River", "the Kalem Mountains": a lake, a river, a mountain, a valley or a sea is a place of
    /// nature, never a body of the story (gold lists one at most as optional). Bays, capes, falls, hills and islands are left:
    /// they name towns and regions ("Velno Bay", "Arlen Coast", "Tarsen Islands").
    /// </summary>
    private static bool IsNaturalFeature(string name)
    {
        var sp = name.IndexOf(' ');
        if (sp <= 0) return false;
        var first = name.AsSpan(0, sp);
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        if (!(first is "Lake" or "Mount" or "Mt." or "Mt" or "Gulf" or "Lac" or "Lago" or "Danau" || FeatureLastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last))) return false;
        foreach (var w in name.Split(' '))
            if (Lexicon.OrganizationHeads.ContainsKey(w.ToLowerInvariant())) return false;
        return true;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> FeatureLastWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "Lake", "River", "Creek", "Mountains", "Mountain", "Valley", "Desert", "Lagoon", "Glacier", "Canyon", "Strait", "Sea", "Ocean",
        "Gorge", "Volcano", "Waterfall", "Wetlands", "Delta");

    /// <summary>
    /// "the Chamber's Board of Directors", "its Executive Board": a board that governs a body, named without that body, is no
    /// body of its own (the board of a named body is that body, see <see cref="BodyOfItsOrgan"/>).
    /// </summary>
    private static bool IsBoardWithoutItsBody(string name) => name is "Board of Directors" or "Board of Trustees" or "Board of Governors" or
        "Executive Board" or "Management Board" or "Supervisory Board" or "Governing Board" or "Administrative Board" or "Board of Management" or
        "Board of Supervisors";

    /// <summary>
    /// "to contribute to Arlen-Velno friendship", "in South-South cooperation": two places (or one point of the compass twice)
    /// joined by a dash before a lower-case noun of a tie qualify that tie; they are no place of their own.
    /// </summary>
    private static bool IsPairBeforeItsTie(List<Token> t, Span run)
    {
        if (run.End >= t.Count || t[run.End].Kind != TokenKind.Word || t[run.End].IsCap || !TieNouns.Contains(t[run.End].Lower)) return false;
        for (var k = run.Start; k < run.End; k++)
            if (t[k].Text is "-" or "–" or "—" || t[k].Kind == TokenKind.Word && t[k].Text.AsSpan(1).IndexOfAny('-', '–') > 0) return true;
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> TieNouns = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "friendship", "cooperation", "co-operation", "relations", "relationship", "ties", "partnership", "exchanges", "exchange",
        "dialogue", "collaboration", "twinning", "trade", "talks", "links", "solidarity", "summit", "alliance", "corridor", "friendly",
        "bilateral", "economic", "cultural", "business", "youth", "people-to-people", "agreement", "agreements", "cooperative");

    /// <summary>
    /// "for the Velnomas (Epiphany) celebrations", "the Velnodagen (midsummer) festival": a capitalised word just before an
    /// occasion's noun names that occasion; elsewhere in the article ("Invitation to Velnomas") it is no place. It counts only
    /// with the word's meaning in brackets between: "the Arlen festival", "the Arlen celebrations" are as often a town's.
    /// Gathered once per article, in one pass over the text.
    /// </summary>
    private HashSet<string> OccasionNames()
    {
        if (_occasionNames is { } known) return known;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var noun in OccasionNouns)
        {
            for (var at = _text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
            {
                var end = at + noun.Length;
                if (at == 0 || _text[at - 1] != ' ' || end < _text.Length && char.IsLetter(_text[end])) continue;
                var e = at - 1;
                // "(Epiphany) ": a gloss in brackets between the name and the noun.
                var glossed = e > 0 && _text[e - 1] == ')';
                // Without a gloss, "the Arlen celebrations", "the Arlen festival" are as often a town's: a place stays a place.
                if (!glossed) continue;
                if (glossed)
                {
                    var open = _text.LastIndexOf('(', e - 1, Math.Min(e, 40));
                    if (open <= 1 || _text[open - 1] != ' ') continue;
                    e = open - 1;
                }
                var s = e;
                while (s > 0 && char.IsLetter(_text[s - 1])) s--;
                if (s == e || !char.IsUpper(_text[s]) || s > 0 && _text[s - 1] is '-' or '\'') continue;
                names.Add(_text[s..e]);
            }
        }
        return _occasionNames = names;
    }

    private HashSet<string>? _occasionNames;

    private static readonly string[] OccasionNouns = ["celebrations", "celebration", "festival", "festivities", "feast", "carnival", "pilgrimage"];

    /// <summary>
    /// "the General Manager of the Velmor Rural Support Programme (VRSP)", "with the support of the County Assemblies Forum
    /// (CAF)", "organised by the Arlen Youth Initiative (AYI)": a programme, a forum or a mission that has an office holder,
    /// lends support or organises is a body (an occasion does none of these), though its head is an occasion's or a
    /// programme's word. True when the name at start follows such words.
    /// </summary>
    private static bool IsHeldOrActing(List<Token> t, int start)
    {
        var k = start - 1;
        if (k >= 0 && t[k].Lower == "the") k--;
        if (k < 1) return false;
        if (t[k].Lower == "of")
            return Recognizer.IsTitleWord(t[k - 1]) || t[k - 1].Lower is "support" or "members" or "member" or "secretariat" or "help" or "assistance" or "initiative";
        return t[k].Lower == "by" && t[k - 1].Lower is "supported" or "organised" or "organized" or "funded" or "financed" or "sponsored" or "run" or "operated" or "managed" or "implemented";
    }

    /// <summary>
    /// "the Velno Ghana Link, the charity that …", "Arlen Hall, a concert theatre founded in 1901": after a name and a comma, a
    /// description that ends in a noun of a body (a charity, a school, a hospital, a theatre, a farm …) before a link word says
    /// the name is that body. The kind the noun gives, or null.
    /// </summary>
    private static string? ApposedBodyKind(List<Token> t, int h) => ApposedBodies.TryGetValue(t[h].Lower, out var kind) ? kind : null;

    private static readonly System.Collections.Frozen.FrozenDictionary<string, string> ApposedBodies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["charity"] = "other", ["organisation"] = "other", ["organization"] = "other", ["ngo"] = "other", ["trust"] = "other",
        ["school"] = "university", ["college"] = "university", ["university"] = "university", ["academy"] = "university",
        ["hospital"] = "other", ["clinic"] = "other", ["library"] = "other", ["centre"] = "other", ["center"] = "other",
        ["theatre"] = "arts", ["theater"] = "arts", ["orchestra"] = "arts", ["choir"] = "arts", ["ensemble"] = "arts", ["troupe"] = "arts",
        ["gallery"] = "museum", ["farm"] = "company", ["factory"] = "company", ["brewery"] = "company", ["winery"] = "company",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "Cooperation in Aquaculture and Fruit Growing", "Partnership in Tourism": a heading capitalises every noun, and a
    /// single word after "in" that ends as an abstract noun does (-tion, -sion, -ment, -ture, -ism, -ship, -ics, -ogy) is a field,
    /// not a place. No town's name of one word ends so in the sets' languages (town names of one word end otherwise).
    /// </summary>
    private static bool IsCommonNounShape(string lower) =>
        lower.Length > 6 && (lower.EndsWith("tion", StringComparison.Ordinal) || lower.EndsWith("sion", StringComparison.Ordinal) ||
        lower.EndsWith("ment", StringComparison.Ordinal) || lower.EndsWith("ture", StringComparison.Ordinal) || lower.EndsWith("ism", StringComparison.Ordinal) ||
        lower.EndsWith("ship", StringComparison.Ordinal) || lower.EndsWith("ics", StringComparison.Ordinal) || lower.EndsWith("ogy", StringComparison.Ordinal));

    /// <summary>
    /// "the Historic Centre of Arlen", "the historic Kalem District", "the Old Town of Velno": a town's historic quarter is a
    /// place to be shown round, not a body of the story nor a region of its own.
    /// </summary>
    private static bool IsQuarterOfATown(List<Token> t, Span span)
    {
        var s = span.Start;
        if (span.End - s < 2) return false;
        if (t[s].Text is "Historic" or "Historical" or "Old") return t[s + 1].Lower is "centre" or "center" or "quarter" or "town" or "city" or "district";
        return s > 0 && t[s - 1].Text is "historic" or "old" && t[span.End - 1].Lower is "district" or "quarter" or "centre" or "center";
    }

    /// <summary>
    /// "Velno Day", "Arlenia Day", "Velno City Days": a day (or days) named after a city, a nation or a cause is an occasion, not
    /// a body, whatever words come before it (a city's own day is the commonest: every twinning release invites to one). A
    /// name of two to four words ending on "Day" or "Days" with no head word among the others.
    /// </summary>
    private static bool IsNamedDay(string name)
    {
        var sp = name.LastIndexOf(' ');
        if (sp <= 0 || name.AsSpan(sp + 1) is not ("Day" or "Days")) return false;
        var words = name.Split(' ');
        if (words.Length > 4) return false;
        for (var k = 0; k < words.Length - 1; k++)
            if (Lexicon.OrganizationHeads.TryGetValue(words[k].ToLowerInvariant(), out var kind) && kind != "region") return false;
        return true;
    }

    /// <summary>
    /// "the Velno University Faculty of Agriculture", "the Arid Research Center of Korlin University", "the Institute of Physics
    /// of the University of Tarsen": a faculty, a college, a school, a department, an institute or a centre named with the
    /// university it belongs to names that university too, and readers list both (the university is the party a rector
    /// signs for). A university's hospital is left alone: readers list it alone.
    /// </summary>
    private void RegisterUniversityOfItsUnit(string name, int si)
    {
        if (name.IndexOf(' ') < 0) return;
        var words = name.Split(' ');
        var u = 1;
        while (u < words.Length && !IsUniversityWord(words[u])) u++;
        if (u >= words.Length) return;
        int from, to;
        // "Velno University Faculty of Agriculture": the unit after its university.
        if (u + 2 < words.Length && UnitHeads.Contains(words[u + 1]) && words[u + 2] is "of" or "for")
            (from, to) = (0, u + 1);
        else
        {
            // "Faculty of Physics of the University of Tarsen": the unit, then "of" or "at" and its university.
            var k = u - 1;
            while (k > 0 && words[k] is not ("of" or "at")) k--;
            if (k <= 0) return;
            var unit = false;
            for (var j = 0; j < k; j++) unit |= UnitHeads.Contains(words[j]);
            if (!unit) return;
            from = words[k + 1] == "the" ? k + 2 : k + 1;
            to = words.Length;
        }
        if (to - from < 2 || from >= words.Length || !char.IsUpper(words[from][0])) return;
        var whole = string.Join(' ', words, from, to - from);
        if (FindOrg(whole) is null) RegisterOrg(whole, "university", si);
    }

    private static bool IsUniversityWord(string w) =>
        w != "Universiade" && (w.StartsWith("Universi", StringComparison.Ordinal) || w.StartsWith("Univerzi", StringComparison.Ordinal) || w.StartsWith("Uniwersy", StringComparison.Ordinal));

    private static readonly System.Collections.Frozen.FrozenSet<string> UnitHeads = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "Faculty", "College", "School", "Department", "Institute", "Centre", "Center", "Laboratory", "Campus", "Faculté", "Facultad", "Faculdade", "Fakultas");

    /// <summary>
    /// "Member of the Standing Committee of the Provincial Party Committee": in the releases of Vietnam, China and Laos a
    /// leader's rank in the party is named by the party committee's standing committee, an organ of that committee, which is
    /// no body of the story of its own (readers list the party committee, if anything). The party committee, or null. A
    /// people's congress's standing committee is left alone: it is that congress's legislature.
    /// </summary>
    private static string? PartyCommitteeOfItsStandingCommittee(string name)
    {
        const string organ = "Standing Committee of ";
        if (!name.StartsWith(organ, StringComparison.Ordinal) || !name.EndsWith("Party Committee", StringComparison.Ordinal)) return null;
        var party = name[organ.Length..];
        if (party.StartsWith("the ", StringComparison.Ordinal)) party = party[4..];
        return party.Length > "Party Committee".Length && char.IsUpper(party[0]) ? party : null;
    }

    /// <summary>
    /// "the Arlen-Velno Sister City Week", "Arlen–Velno Friendship": two places joined by a dash before the words of a tie name
    /// that tie (or an occasion of it), not a body; "the Arlen-Velno Sister City Committee" keeps its head and stays a body.
    /// </summary>
    private static bool IsTieNamedByItsPair(string name)
    {
        var sp = name.IndexOf(' ');
        if (sp <= 0) return false;
        var dash = name.AsSpan(0, sp).IndexOfAny('-', '–');
        if (dash <= 0 || dash + 1 >= sp || !char.IsUpper(name[0]) || !char.IsUpper(name[dash + 1])) return false;
        var rest = name[(sp + 1)..].Split(' ');
        var tie = false;
        foreach (var w in rest)
        {
            var lower = w.ToLowerInvariant();
            if (lower is "sister" or "friendship" or "twinning" or "partnership" or "friendly" or "twin") { tie = true; continue; }
            if (!Lexicon.IsRegionHead(lower.TrimEnd('s')) && lower != "cities") return false;
        }
        return tie;
    }

    /// <summary>
    /// "lessons in Velnish, a creole of the fishing villages", "taught in Tarsi, the language of the hill peoples": a
    /// description after a comma that ends in a noun of a language says the name before the comma is a language, not a place.
    /// Capitalised words of a people or a place may stand in the description ("Portuguese-based").
    /// </summary>
    private static bool LanguageInApposition(List<Token> t, int comma)
    {
        if (comma + 2 >= t.Count || !t[comma].IsPunct(',') || t[comma + 1].Lower is not ("the" or "a" or "an")) return false;
        for (var k = comma + 2; k < t.Count && k - comma <= 7; k++)
        {
            var w = t[k];
            if (w.Kind != TokenKind.Word) return false;
            if (!w.IsCap && w.Lower is "language" or "creole" or "dialect" or "tongue" or "patois" or "pidgin" or "languages" or "dialects") return true;
            if (w.Is(LexFlag.FunctionWords)) return false;
        }
        return false;
    }

    /// <summary>
    /// "the House of Representatives of Arlen", "the House of Councillors of Velno": a chamber of a legislature is named "House
    /// of" its members, and "House" is otherwise a building's word, so the recognizer proposes none. The chamber with the
    /// place it sits for is a legislature.
    /// </summary>
    private void FindHousesOfALegislature(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 4 < t.Count; i++)
        {
            if (t[i].Text != "House" || t[i + 1].Lower != "of" || !ChamberMembers.Contains(t[i + 2].Text) || t[i + 3].Lower != "of" || AnySpanContains(orgSpans, i)) continue;
            var p = t[i + 4].Lower == "the" ? i + 5 : i + 4;
            if (p >= t.Count || !t[p].IsCap) continue;
            var place = Recognizer.PlaceRun(t, p);
            if (place.End == place.Start || place.End - place.Start > 4) continue;
            if (RegisterOrg(Recognizer.Surface(t, i, place.End), "legislature", si) is { } house) orgSpans.Add((new Span(i, place.End), house));
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ChamberMembers = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "Representatives", "Councillors", "Councilors", "Delegates", "Deputies", "Assembly", "Commons", "Lords", "Burgesses", "Keys", "Peoples", "Nationalities");

    /// <summary>
    /// "the Arlen Oil &amp; Gas Congress", "the Velnian Economic Congress": a congress named after a field (a word of a
    /// portfolio before it, or two fields joined by "&amp;") is a gathering, not a legislature ("National Congress", "People's
    /// Congress", "Congress of Deputies" name no field).
    /// </summary>
    private static bool IsCongressOfAField(string name)
    {
        if (!name.EndsWith(" Congress", StringComparison.Ordinal)) return false;
        var words = name.Split(' ');
        if (words.Length < 2) return false;
        if (Array.IndexOf(words, "&") >= 0) return true;
        var field = words[^2].ToLowerInvariant();
        return Lexicon.Portfolio.Contains(field) && field is not ("local" or "regional" or "public" or "social" or "home" or "and" or "of" or "the" or "human" or "global");
    }

    /// <summary>
    /// "the Arlen City Mayor", "a member of the Arlen City Council", "Arlen City Council's staff": British, Irish, Ukrainian and
    /// American releases put "City" between a town's name and its council or its officers, and a region read off such a name
    /// came out as "Arlen City". Where the text never writes "Arlen City" on its own (every time a capitalised word follows)
    /// and writes "Arlen" on its own elsewhere, the city is "Arlen". Cities whose name holds "City" ("Velno City" said alone,
    /// "in Velno City") keep it. The bare name, or null.
    /// </summary>
    private string? CityWordOnlyInLongerNames(string name)
    {
        const string city = " City";
        if (!name.EndsWith(city, StringComparison.Ordinal) || name.Length <= city.Length + 1) return null;
        // Each mention of "X City" asks again: the answer is kept, so the text is read once per name.
        if (_bareCities.TryGetValue(name, out var known)) return known;
        var bare = name[..^city.Length];
        if (bare.EndsWith(" City", StringComparison.Ordinal) || !char.IsUpper(bare[0])) return _bareCities[name] = null;
        return _bareCities[name] = BareCityIfAlone(bare);
    }

    private readonly Dictionary<string, string?> _bareCities = new(StringComparer.Ordinal);

    /// <summary>The name before "City" when the text writes it alone and writes "… City" only before a capitalised word; else null.</summary>
    private string? BareCityIfAlone(string bare)
    {
        const string city = " City";
        var alone = false;
        for (var at = _text.IndexOf(bare, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(bare, at + bare.Length, StringComparison.Ordinal))
        {
            var end = at + bare.Length;
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetterOrDigit(_text[end])) continue;
            if (string.CompareOrdinal(_text, end, city, 0, city.Length) == 0 && (end + city.Length >= _text.Length || !char.IsLetter(_text[end + city.Length])))
            {
                // "Arlen City Council": a capitalised word after "City" makes it part of a longer name; anything else says the
                // city is called "Arlen City".
                var next = end + city.Length;
                if (next + 1 >= _text.Length || _text[next] != ' ' || !char.IsUpper(_text[next + 1])) return null;
                continue;
            }
            alone = true;
        }
        return alone ? bare : null;
    }

    /// <summary>
    /// "the meeting at the city office in Arlenbagh", "its headquarters in Tarsi Kot", "the biogas plant at Velnopur": a
    /// locality named only as the seat of an office, a plant, a campus or a station (and at most once more, in an address
    /// before its town: "Arlenbagh, Arlen") is a part of the story's town (a quarter, a suburb, an industrial estate), not a
    /// party: readers leave it out or list it as optional. A town that is a party of the story is named in other ways too
    /// ("the office in Arlen" beside "Arlen signed …", "the ARLEN dateline"). True for such a name.
    /// </summary>
    private bool IsOnlyTheSeatOfAFacility(string name)
    {
        if (name.Length < 3 || name.AsSpan().Count(' ') > 2) return false;
        // "the plant at Velnopur and the Arlen Water Board": a name joined to a body is read as a body; with a head word it is one.
        foreach (var w in name.Split(' '))
            if (Lexicon.OrganizationHeads.ContainsKey(w.ToLowerInvariant())) return false;
        var seat = false;
        var count = 0;
        for (var at = _text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = _text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetterOrDigit(_text[end])) continue;
            if (++count > 2) return false;
            if (AfterAFacilityNoun(at)) seat = true;
            // "Arlenbagh, Arlen": an address gives the locality before its town.
            else if (!(end + 2 < _text.Length && _text[end] == ',' && _text[end + 1] == ' ' && char.IsUpper(_text[end + 2]))) return false;
        }
        return seat;
    }

    /// <summary>True when the text before <paramref name="at"/> reads "&lt;facility noun&gt; in " or "&lt;facility noun&gt; at ".</summary>
    private bool AfterAFacilityNoun(int at)
    {
        if (at < 6 || _text[at - 1] != ' ' || !(_text[at - 3] == 'i' && _text[at - 2] == 'n' || _text[at - 3] == 'a' && _text[at - 2] == 't') || _text[at - 4] != ' ') return false;
        var e = at - 4;
        var s = e;
        while (s > 0 && char.IsLetter(_text[s - 1])) s--;
        return s < e && FacilityNouns.Contains(_text[s..e]);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> FacilityNouns = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "office", "offices", "headquarters", "plant", "factory", "campus", "premises", "site", "facility", "facilities", "station", "terminal",
        "depot", "warehouse", "farm", "mill", "laboratory", "clinic", "hospital", "residence", "works", "centre", "center");
    // Not "mine" or "base": "a friend of mine in X", "a base in X" name a town as often as a facility's seat. "works" stays
    // ("the steel works in X"), though "she works in X" names a town once in a while.

    /// <summary>
    /// "its General Secretary Tomas Reyna", "Director General Arlen Port Authority": the second word of a title ("Secretary
    /// General", "Director General", "Consul General") or a modifier before one ("General Secretary", "Deputy", "Acting") left
    /// alone when the title is cut from its holder or from the body after it is never a body's name.
    /// </summary>
    private static bool IsLoneTitleModifier(string name) => name is "General" or "Deputy" or "Acting" or "Vice" or "Chief" or "Senior" or "Interim" or "Honorary";

    /// <summary>
    /// "the Arlen Union's Islands and Mediterranean Region", "the Baltic Sea Region", "the Asia-Pacific Region": a part
    /// of the world named by its sea, its ocean or its mountains is a region of an international body's map, not a body of the
    /// story (readers list none). A name of a world area's word (and "Sea") before "Region", "Area", "Basin" or "Rim".
    /// </summary>
    private static bool IsPartOfTheWorld(string name)
    {
        var sp = name.LastIndexOf(' ');
        if (sp <= 0 || name[(sp + 1)..] is not ("Region" or "Area" or "Basin" or "Rim")) return false;
        var area = name[..sp];
        // "North" and "Black" name a part of the world only with their sea: "North Region" is a province of several countries.
        if (area.EndsWith(" Sea", StringComparison.Ordinal)) return area[..^4] is "North" or "Black" || WorldAreas.Contains(area[..^4]);
        return WorldAreas.Contains(area);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> WorldAreas = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "Mediterranean", "Euro-Mediterranean", "Baltic", "Caribbean", "Pacific", "Asia-Pacific", "Asia Pacific", "Indo-Pacific", "Atlantic",
        "Euro-Atlantic", "Arctic", "Antarctic", "Adriatic", "Aegean", "Caspian", "Nordic", "Balkan", "Alpine", "Andean",
        "Danube", "Carpathian", "Sahel", "Amazon", "Indian Ocean", "Barents", "Ionian", "Adriatic-Ionian");
    /// <summary>
    /// "Tarrow is the national City of Culture this year", "European Capital of Culture", "Creative City of Gastronomy": a title
    /// a town holds for a year ("City" or "Capital" of a field of a portfolio) is an occasion or an honour, not a place: no
    /// town is named after culture, sport or design.
    /// </summary>
    private static bool IsTitleOfACity(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0) return false;
        var head = name[(name.LastIndexOf(' ', of - 1) + 1)..of];
        if (head is not ("City" or "Capital" or "Town")) return false;
        var rest = name[(of + 4)..].Split(' ');
        foreach (var w in rest)
            if (!(w is "and" or "the" || Lexicon.Portfolio.Contains(w.ToLowerInvariant()) || w is "Gastronomy" or "Design" or "Literature" or "Music" or "Film" or "Crafts" or "Books" or "Sport" or "Sports" or "Volunteering" or "Peace"))
                return false;
        return rest.Length > 0;
    }

    /// <summary>
    /// "Vice-President delegated to International Relations and Culture", "the councillor for Economic Development": a
    /// portfolio written with capitals is a field of an office, not a body; a name of two words or more made only of
    /// portfolio words and links has no head and no place of its own.
    /// </summary>
    private static bool IsOnlyAPortfolio(string name)
    {
        if (name.IndexOf(' ') < 0) return false;
        foreach (var w in name.Split(' '))
            if (!(w is "&" || Lexicon.Portfolio.Contains(w.ToLowerInvariant()))) return false;
        return true;
    }
}
