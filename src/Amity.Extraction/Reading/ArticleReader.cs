using System.Text;
using System.Collections.Frozen;
using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

/// <summary>
/// Reads one article. Pass one finds people and organizations in every sentence; between the passes names are
/// merged ("Governor Kim" becomes "Dong Yeon Kim"); pass two reads engagements, agreements, invitations, events
/// and relationships with every name resolved. One instance per call: nothing is shared between threads.
/// </summary>
internal sealed partial class ArticleReader
{
    private readonly string _text;
    private readonly List<Sentence> _sentences;
    private readonly DateOnly? _published;
    private readonly string? _title;

    private readonly Dictionary<string, OrgEntity> _orgsByKey = new(StringComparer.Ordinal);
    private readonly List<OrgEntity> _orgs = [];
    /// <summary>Companies by the first word of their name, so that a short form finds them without a scan of every body.</summary>
    private readonly Dictionary<string, List<OrgEntity>> _companiesByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonEntity> _peopleByKey = new(StringComparer.Ordinal);
    private readonly List<PersonEntity> _people = [];
    private readonly Dictionary<PersonEntity, int> _lastSeen = [];
    private readonly Dictionary<string, List<PersonEntity>> _peopleByWord = new(StringComparer.Ordinal);
    private string? _datelinePlace;
    private int _datelineSentence = -1;

    public ArticleReader(string cleanText, DateOnly? published)
    {
        _text = cleanText;
        var (title, bodyStart, foundDate) = ReadHeader(cleanText);
        _title = title;
        _published = published ?? foundDate;
        _sentences = SentenceSplitter.Split(cleanText, bodyStart, cleanText.Length);
        _spareNames = null;
        _namesBySpan = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Extraction Read()
    {
        // Both passes read the same tokens and head-word organizations; keep them unless the text is huge.
        if (_text.Length <= CacheLimit)
        {
            _tokenCache = new List<Token>?[_sentences.Count];
            _orgCache = new List<OrgSpan>?[_sentences.Count];
        }
        for (var i = 0; i < _sentences.Count; i++)
        {
            var t = Tokens(i);
            var found = Recognizer.FindOrganizations(t);
            if (_tokenCache is not null) { _tokenCache[i] = t; _orgCache![i] = found; }
            FindEntities(i, t, found);
        }
        ConsolidateOrganizations();
        ConsolidatePeople();
        ReadRelations();
        var extraction = Build();
        ReleaseNames();
        return extraction;
    }

    /// <summary>Texts up to this many characters keep their tokens between the passes (memory stays proportional).</summary>
    private const int CacheLimit = 1 << 20;

    private List<Token>?[]? _tokenCache;
    private List<OrgSpan>?[]? _orgCache;

    private List<Token> Tokens(int sentence) => Tokenizer.Tokenize(_text, _sentences[sentence].Start, _sentences[sentence].End);

    /// <summary>The tokens and head-word organizations of a sentence in pass two; the cache entry is released.</summary>
    private (List<Token> Tokens, List<OrgSpan> Orgs) TokensAndOrgs(int sentence)
    {
        if (_tokenCache?[sentence] is { } t)
        {
            var orgs = _orgCache![sentence]!;
            _tokenCache[sentence] = null;
            _orgCache[sentence] = null;
            return (t, orgs);
        }
        t = Tokens(sentence);
        return (t, Recognizer.FindOrganizations(t));
    }

    // ---------------------------------------------------------------- header

    /// <summary>The title is the first non-empty line; a short line after it with a date is the publication line.</summary>
    private static (string? Title, int BodyStart, DateOnly? Published) ReadHeader(string text)
    {
        var pos = 0;
        string? title = null;
        DateOnly? published = null;
        var bodyStart = 0;
        var lines = 0;
        var longLines = 0;
        while (pos < text.Length && lines < 8)
        {
            var end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(pos, Math.Min(end - pos, 2000)).Trim();
            if (line.Length > 0)
            {
                lines++;
                if (title is null)
                {
                    title = line.Length > 500 ? line[..500].ToString() : line.ToString();
                    bodyStart = end;
                    // A single huge line is all body; keep it as body too.
                    if (end - pos > 2000) { bodyStart = pos; break; }
                }
                // After a long subtitle only a short line ("Created 2026-05-02 Hit 12") is taken as the publication line.
                // A short first paragraph that opens with its dateline ("Velno, 3 May 2026 – The Governor met …") dates the
                // release and stays body: what follows the dash is the story's first sentence.
                else if (published is null && line.Length <= 120 && DatelineDash(line) is var dash and > 0 && line.Length - dash > 30 &&
                         DatelineDate(text, pos, end) is { } lead)
                {
                    published = lead;
                    break;
                }
                else if (published is null && line.Length <= (longLines == 0 ? 120 : 60) && FindHeaderDate(text, pos, end) is { } d)
                {
                    published = d;
                    bodyStart = end;
                    break;
                }
                else if (line.Length > 120)
                {
                    // The first paragraph's dateline ("Lakeport, 3 May 2026 – ...", "Lakeport, 3/5/2026 - ...") dates a release
                    // that has no publication line; the paragraph stays body.
                    if (published is null && DatelineDate(text, pos, end) is { } dated) { published = dated; break; }
                    // A long subtitle may stand between the title and the publication line; a second long line is body.
                    if (longLines++ > 0) break;
                }
            }
            pos = end + 1;
        }
        return (title, Math.Min(bodyStart, text.Length), published);
    }

    /// <summary>Where a dateline's dash ("–", "—" or " - ") stands within the first 80 characters of a line, or -1.</summary>
    private static int DatelineDash(ReadOnlySpan<char> line)
    {
        var head = line[..Math.Min(line.Length, 80)];
        var dash = head.IndexOfAny("–—");
        return dash >= 0 ? dash : head.IndexOf(" - ", StringComparison.Ordinal);
    }

    /// <summary>The full date in a paragraph's opening before its first dash (else its first bracket), within its first 80 characters.</summary>
    private static DateOnly? DatelineDate(string text, int start, int end)
    {
        var limit = Math.Min(end, start + 80);
        // "VELNO (Arlen News Agency), 12 March 2026 – …": the agency's bracket before the date; the dash ends the dateline.
        if (DatelineDash(text.AsSpan(start, limit - start)) is var dash and > 0 && FindHeaderDate(text, start, start + dash) is { } beforeDash) return beforeDash;
        var stop = text.AsSpan(start, limit - start).IndexOfAny("–—(");
        if (stop < 0) stop = text.AsSpan(start, limit - start).IndexOf(" - ", StringComparison.Ordinal);
        return stop > 0 ? FindHeaderDate(text, start, start + stop) : null;
    }

    private static DateOnly? FindHeaderDate(string text, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        foreach (var m in DateFinder.Find(tokens, 0, tokens.Count, new DateContext(null, false, false, null)))
            if (m.Date.IsFullDate) return m.Date.FirstDay;
        return NumericDate(text.AsSpan(start, end - start)) ?? ForeignMonthDate(tokens);
    }

    /// <summary>Month names of other languages, read only on the publication line ("Gepubliceerd op: 15 oktober 2026").</summary>
    private static readonly FrozenDictionary<string, int> ForeignMonths = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["januar"] = 1, ["janvier"] = 1, ["enero"] = 1, ["janeiro"] = 1, ["gennaio"] = 1, ["stycznia"] = 1, ["ledna"] = 1, ["január"] = 1,
        ["februari"] = 2, ["februar"] = 2, ["février"] = 2, ["febrero"] = 2, ["fevereiro"] = 2, ["febbraio"] = 2, ["lutego"] = 2, ["února"] = 2, ["február"] = 2,
        ["maart"] = 3, ["mars"] = 3, ["märz"] = 3, ["marzo"] = 3, ["março"] = 3, ["marca"] = 3, ["března"] = 3, ["március"] = 3,
        ["avril"] = 4, ["abril"] = 4, ["aprile"] = 4, ["kwietnia"] = 4, ["dubna"] = 4, ["április"] = 4,
        ["mei"] = 5, ["mai"] = 5, ["mayo"] = 5, ["maio"] = 5, ["maggio"] = 5, ["maja"] = 5, ["května"] = 5, ["május"] = 5,
        ["juni"] = 6, ["juin"] = 6, ["junio"] = 6, ["junho"] = 6, ["giugno"] = 6, ["czerwca"] = 6, ["června"] = 6, ["június"] = 6,
        ["juli"] = 7, ["juillet"] = 7, ["julio"] = 7, ["julho"] = 7, ["luglio"] = 7, ["lipca"] = 7, ["července"] = 7, ["július"] = 7,
        ["augustus"] = 8, ["août"] = 8, ["agosto"] = 8, ["sierpnia"] = 8, ["srpna"] = 8, ["augusztus"] = 8,
        ["septembre"] = 9, ["septiembre"] = 9, ["setiembre"] = 9, ["setembro"] = 9, ["settembre"] = 9, ["września"] = 9, ["září"] = 9, ["szeptember"] = 9,
        ["oktober"] = 10, ["octobre"] = 10, ["octubre"] = 10, ["outubro"] = 10, ["ottobre"] = 10, ["października"] = 10, ["října"] = 10, ["október"] = 10,
        ["novembre"] = 11, ["noviembre"] = 11, ["novembro"] = 11, ["listopada"] = 11, ["listopadu"] = 11,
        ["dezember"] = 12, ["décembre"] = 12, ["diciembre"] = 12, ["dezembro"] = 12, ["dicembre"] = 12, ["grudnia"] = 12, ["prosince"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"15 oktober 2026", "15. října 2026", "octubre 15, 2026": a day, a month of another language and a year.</summary>
    private static DateOnly? ForeignMonthDate(List<Token> t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!ForeignMonths.TryGetValue(t[i].Lower, out var month)) continue;
            int? day = null, year = null;
            for (var k = Math.Max(0, i - 3); k < Math.Min(t.Count, i + 4); k++)
            {
                if (t[k].Kind != TokenKind.Number || !int.TryParse(t[k].Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) continue;
                if (n is >= 1900 and <= 2100) year ??= n;
                else if (n is >= 1 and <= 31) day ??= n;
            }
            if (day is { } d && year is { } y && d <= DateTime.DaysInMonth(y, month)) return new DateOnly(y, month, d);
        }
        return null;
    }

    /// <summary>
    /// A numeric date as publication lines write it: 2025.11.18, 2025. 11. 18., 2025/03/05, 12/05/2025 or 12.05.2025. With the year last,
    /// the day comes first (as most of the world writes it) unless the first number cannot be a month's day but the second can.
    /// </summary>
    internal static DateOnly? NumericDate(ReadOnlySpan<char> line)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i]) || (i > 0 && char.IsAsciiDigit(line[i - 1]))) continue;
            var pos = i;
            var count = 0;
            char separator = '\0';
            while (count < 3)
            {
                var value = 0;
                var width = 0;
                while (pos < line.Length && char.IsAsciiDigit(line[pos]) && width < 5) { value = value * 10 + (line[pos] - '0'); pos++; width++; }
                if (width == 0) break;
                parts[count] = value;
                widths[count] = width;
                count++;
                if (count == 3 || pos >= line.Length || line[pos] is not ('-' or '.' or '/')) break;
                if (separator != '\0' && line[pos] != separator) break;
                separator = line[pos];
                pos++;
                // "2026. 09. 24.": Hungarian and Korean write a space after each full stop.
                if (separator == '.' && pos + 1 < line.Length && line[pos] == ' ' && char.IsAsciiDigit(line[pos + 1])) pos++;
            }
            if (count != 3 || (pos < line.Length && char.IsAsciiDigit(line[pos]))) continue;
            int year, month, day;
            if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) (year, month, day) = (parts[0], parts[1], parts[2]);
            else if (widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2)
                (year, month, day) = parts[0] <= 12 && parts[1] > 12 ? (parts[2], parts[0], parts[1]) : (parts[2], parts[1], parts[0]);
            else continue;
            if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
                return new DateOnly(year, month, day);
        }
        return null;
    }

    // ---------------------------------------------------------------- registries

    /// <summary>Normalised words and key of every name looked up in this article, computed once per distinct string.</summary>
    private readonly Dictionary<string, (IReadOnlyList<string> Words, string Key)> _names = _spareNames ?? new(128, StringComparer.Ordinal);

    /// <summary>
    /// The last article's <see cref="_names"/>, emptied: an article looks up a few hundred names, and a table of that size
    /// made anew for each article was a twentieth of what it allocated. Taken by the next reader on the thread.
    /// </summary>
    [ThreadStatic] private static Dictionary<string, (IReadOnlyList<string> Words, string Key)>? _spareNames;

    private void ReleaseNames()
    {
        if (_names.Count > 4096) return;
        _names.Clear();
        _spareNames = _names;
    }

    private Dictionary<string, (IReadOnlyList<string> Words, string Key)>.AlternateLookup<ReadOnlySpan<char>> _namesBySpan;

    private (IReadOnlyList<string> Words, string Key) NameInfo(string? name)
    {
        if (string.IsNullOrEmpty(name)) return ([], "");
        if (_names.TryGetValue(name, out var info)) return info;
        var words = Names.Words(name);
        info = (words, Names.KeyOfWords(words));
        // Bounded: a hostile text with millions of distinct names falls back to computing them.
        if (_names.Count < 200_000) _names[name] = info;
        return info;
    }

    private readonly Dictionary<string, bool> _isCountry = new(StringComparer.Ordinal);

    /// <summary><see cref="Recognizer.IsCountry"/>, remembered per name for this article.</summary>
    private bool IsCountry(string name)
    {
        if (Recognizer.IsCountryFast(name) is { } fast) return fast;
        if (_isCountry.TryGetValue(name, out var known)) return known;
        known = Recognizer.IsCountrySlow(name);
        if (_isCountry.Count < 100_000) _isCountry[name] = known;
        return known;
    }

    private IReadOnlyList<string> WordsOf(string? name) => NameInfo(name).Words;

    private string Key(string? name) => NameInfo(name).Key;

    private bool SameName(string? a, string? b)
    {
        var ka = Key(a);
        return ka.Length > 0 && ka == Key(b);
    }

    /// <summary><see cref="FindOrg"/> of the surface of tokens [s, e), without making a string for a name seen before.</summary>
    private OrgEntity? FindOrgAt(List<Token> t, int s, int e)
    {
        Span<char> buffer = stackalloc char[256];
        var n = Recognizer.SurfaceTo(buffer, t, s, e);
        if (n >= 0 && _namesBySpan.TryGetValue(buffer[..n], out var info))
            return info.Key.Length > 0 && _orgsByKey.TryGetValue(info.Key, out var o) ? o.Canon : null;
        return FindOrg(Recognizer.Surface(t, s, e));
    }

    private OrgEntity? FindOrg(string name)
    {
        var key = Key(name);
        return key.Length > 0 && _orgsByKey.TryGetValue(key, out var o) ? o.Canon : null;
    }

    private OrgEntity? RegisterOrg(string name, string kind, int sentence)
    {
        name = name.Trim();
        // "the Board of Directors of the X Chamber", "the Executive Board of X": an organ of a body is that body.
        if (BodyOfItsOrgan(name) is { } whole) return RegisterOrg(whole, "other", sentence);
        if (PartyCommitteeOfItsStandingCommittee(name) is { } party) return RegisterOrg(party, "other", sentence);
        if (name.Length < 2 || WordsOf(name).Count == 0 || IsCountry(name)) return null;
        if (kind is "region" or "agency" && WithoutItsCountry(name) is { } withinCountry) name = withinCountry;
        if (kind == "region" && CityWordOnlyInLongerNames(name) is { } bareCity) name = bareCity;
        if (WordsOf(name).All(w => Lexicon.Demonyms.Contains(w) || Lexicon.FunctionWords.Contains(w))) return null;
        if (IsRegionOfADirection(name) || IsNoName(name) || IsKindOfTie(name)) return null;
        if (IsDocumentFurniture(name) || IsLoneStyleOrAdjective(name)) return null;
        if (IsLoneTitleModifier(name) || IsPartOfTheWorld(name) || IsTitleOfACity(name) || IsOnlyAPortfolio(name)) return null;
        if (IsNaturalFeature(name) || IsBoardWithoutItsBody(name)) return null;
        if (IsNamedDay(name) || IsTieNamedByItsPair(name) || IsCongressOfAField(name)) return null;
        if ((FindOrg(name) ?? CompanyWithoutLegalForm(name) ?? (kind == "region" ? SpelledAlike(Key(name)) : null)) is { } existing)
        {
            existing.Mentions++;
            return existing;
        }
        if (kind is "region" or "other" && IsOnlyTheSeatOfAFacility(name)) return null;
        var org = new OrgEntity(name, kind, sentence) { Mentions = 1 };
        _orgs.Add(org);
        if (kind == "company")
        {
            var first = name.IndexOf(' ') is var sp and > 0 ? name[..sp] : name;
            if (!_companiesByFirstWord.TryGetValue(first, out var list)) _companiesByFirstWord[first] = list = [];
            list.Add(org);
        }
        _orgsByKey[Key(name)] = org;
        if (kind == "region")
        {
            NoteRegionWord(Key(name), org);
            AddRegionAliases(org);
        }
        return org;
    }

    /// <summary>
    /// "Canton of Arlen of the Swiss Confederation", "the hakimlik of Velso velayat of Turkmenistan", "Tarsk region of the
    /// Republic of Valoria": a region (or its government) named with the country it lies in, as formal texts of many countries
    /// name it once, is the region under its own name; the country is where it is, not part of the name. Only for a name whose
    /// head is a region's ("Canton of …", "… region"), so that "Chamber of Commerce of the Republic of Valoria" keeps its
    /// country (there the country is the body's seat).
    /// </summary>
    private string? WithoutItsCountry(string name)
    {
        var of = name.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0) return null;
        var country = name[(of + 4)..];
        if (country.StartsWith("the ", StringComparison.Ordinal)) country = country[4..];
        if (!IsCountry(country) && !IsFormalNameOfCountry(country)) return null;
        var rest = name[..of];
        var words = rest.Split(' ');
        // "Government of the Republic of Valoria": a state's noun before the country makes the country the owner's name.
        if (words.Length < 2 || words.Length > 6 || Array.Exists(words, w => w is "Republic" or "Kingdom" or "Federation" or "Confederation" or "State" or "Emirate" or "Sultanate" or "Principality" or "Commonwealth")) return null;
        // "Canton of Arlen", "Velso velayat", "Hakimlik of Velso velayat": a region's head first or last.
        return Lexicon.IsRegionHead(words[0]) && words[1] is "of" || Lexicon.IsRegionHead(words[^1]) && !Lexicon.IsRegionHead(words[0]) ? rest : null;
    }

    /// <summary>"Swiss Confederation", "Hellenic Republic", "Valorian Republic": a people's adjective and a state's noun.</summary>
    private static bool IsFormalNameOfCountry(string name)
    {
        var space = name.IndexOf(' ');
        if (space <= 0 || name.IndexOf(' ', space + 1) >= 0) return false;
        var (adjective, noun) = (name[..space].ToLowerInvariant(), name[(space + 1)..].ToLowerInvariant());
        return noun is "confederation" or "republic" or "federation" or "kingdom" && (Lexicon.Demonyms.Contains(adjective) || adjective == "hellenic");
    }

    /// <summary>
    /// "Board of Directors of X", "Executive Board of X", "Management Board of the X", "Regional Executive Board of X": a board
    /// that governs a body is no body of the story of its own (its members act for the body); the body it governs, or null.
    /// Boards that are bodies ("Tourism Board", "Board of Investment") are not of this form.
    /// </summary>
    private static string? BodyOfItsOrgan(string name)
    {
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of < 0 || !name.Contains("Board", StringComparison.Ordinal)) return null;
        var organ = name.AsSpan(0, of);
        var rest = name[(of + 4)..];
        if (organ is "Board" && rest.StartsWith("Directors of ", StringComparison.Ordinal) || organ is "Board" && rest.StartsWith("Trustees of ", StringComparison.Ordinal) ||
            organ is "Board" && rest.StartsWith("Governors of ", StringComparison.Ordinal))
            rest = rest[(rest.IndexOf(" of ", StringComparison.Ordinal) + 4)..];
        // "the Board of the Arlen Region": the board of a body named with its head after "the".
        else if (organ is "Board" && rest.StartsWith("the ", StringComparison.Ordinal) && rest.LastIndexOf(' ') is var sp && sp > 4 &&
                 Lexicon.OrganizationHeads.ContainsKey(rest[(sp + 1)..].ToLowerInvariant())) { }
        else if (!(organ is "Executive Board" or "Management Board" or "Supervisory Board" or "Governing Board" or "Regional Executive Board" or "Administrative Board"))
            return null;
        if (rest.StartsWith("the ", StringComparison.Ordinal)) rest = rest[4..];
        return rest.Length > 1 && char.IsUpper(rest[0]) ? rest : null;
    }

    /// <summary>
    /// One-word region names by their first three letters, in the order seen: two names spelled alike share those letters
    /// (<see cref="SpelledAlike"/>), so each is compared with its own group only, not with every region of the article.
    /// </summary>
    private readonly Dictionary<string, List<(string Key, OrgEntity Org)>> _regionWords = new(StringComparer.Ordinal);

    private void NoteRegionWord(string key, OrgEntity org)
    {
        if (key.Length < MinExonymLength || key.IndexOf(' ') >= 0 || IsGovernmentName(org.Name)) return;
        if (!_regionWords.TryGetValue(key[..3], out var group)) _regionWords[key[..3]] = group = [];
        group.Add((key, org));
    }

    private bool IsGovernmentName(string name)
    {
        foreach (var w in WordsOf(name))
            if (GovernmentWords.Contains(w)) return true;
        return false;
    }

    /// <summary>Words of a government's or an assembly's name, in several languages.</summary>
    private static readonly FrozenSet<string> GovernmentWords = FrozenSet.Create(StringComparer.Ordinal,
        "government", "junta", "xunta", "generalitat", "gobierno", "gouvernement", "governo", "regierung", "ayuntamiento", "diputación",
        "diputacion", "municipalidad", "prefeitura", "comune", "gobernación", "gobernacion", "intendencia", "council", "conseil", "consiglio",
        "giunta", "consejo", "administration", "office", "assembly", "parliament", "cabildo");

    private const int MinExonymLength = 7;

    private const int MaxSpelledAlikeCandidates = 16;

    private const int MaxRegionWordCandidates = 128;

    /// <summary>
    /// "Westmarkia" beside "Regione Westmarchia": a region's name in English and in its own language are spelled alike (one
    /// word each, the same first three letters, two letters apart at most), and name one region, not two. A government's
    /// name ("Junta de X") gives no such other name: the region beside it is a body of its own (docs/ingestion.md, decision a).
    /// </summary>
    private static bool WithinTwoEdits(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 24 || b.Length > 24 || !a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3))) return false;
        // Levenshtein distance over the rest, by rows; a row whose smallest value passes two ends the search.
        Span<int> prev = stackalloc int[b.Length + 1], cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, cur[j]);
            }
            if (best > 2) return false;
            cur.CopyTo(prev);
        }
        return prev[b.Length] <= 2;
    }

    /// <summary>"Westfjordurbær" beside "Westfjordur": a place's name with a local word for "town" joined to its end.</summary>
    private static bool LocalCompound(string shorter, string longer) =>
        shorter.Length >= 6 && longer.Length > shorter.Length && longer.Length - shorter.Length <= 5 &&
        longer.AsSpan().StartsWith(shorter.AsSpan(0, shorter.Length - 1)) &&
        (longer.EndsWith("bær", StringComparison.Ordinal) || longer.EndsWith("baer", StringComparison.Ordinal) || longer.EndsWith("by", StringComparison.Ordinal) ||
         longer.EndsWith("stad", StringComparison.Ordinal) || longer.EndsWith("kommune", StringComparison.Ordinal) || longer.EndsWith("kommun", StringComparison.Ordinal));

    private OrgEntity? SpelledAlike(string key)
    {
        if (key.Length < MinExonymLength || key.IndexOf(' ') >= 0 || !_regionWords.TryGetValue(key[..3], out var group)) return null;
        // An article names a handful of regions; a text with thousands of one-word places sharing three letters (generated
        // or hostile input) compares each with the first few only, so that reading stays linear in the text.
        for (var i = 0; i < group.Count && i < MaxSpelledAlikeCandidates; i++)
        {
            var (other, org) = group[i];
            if (org.Canon.IsRegion && other != key && (WithinTwoEdits(key, other) || LocalCompound(key, other) || LocalCompound(other, key))) return org.Canon;
        }
        return null;
    }

    /// <summary>A day of the week or a month alone ("Tuesday"), or initials of one letter each ("B.E.", "A.D."): no body's name.</summary>
    private static bool IsNoName(string name)
    {
        if (name.Length > 9 || name.Contains(' ')) return false;
        var lower = name.ToLowerInvariant();
        if (Lexicon.Weekdays.ContainsKey(lower) || Lexicon.Months.ContainsKey(lower)) return true;
        if (name.Length > 6 || !name.Contains('.')) return false;
        foreach (var part in name.Split('.', StringSplitOptions.RemoveEmptyEntries))
            if (part.Length > 1) return false;
        return true;
    }


    /// <summary>
    /// "PRESS RELEASE", "Media Statement", "QUICK FACTS", "Media contacts", "Notes to Editors", "For Immediate Release": the
    /// labels of a release's own parts (its kind, its sections, whom to call) are written in capitals or title case on a
    /// line of their own in the releases of every country, and read as a name; a name made only of the genre's words is
    /// no body. A body's head ("Press Office", "Media Centre", "News Agency") is not among them, so such bodies stay.
    /// </summary>
    private bool IsDocumentFurniture(string name)
    {
        if (name.Length > 40) return false;
        var any = false;
        foreach (var w in WordsOf(name))
        {
            if (!DocumentFurnitureWords.Contains(w)) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "Her Worship the Mayor", "His Excellency", "Ambassador Extraordinary and Plenipotentiary", "the Central …", "the
    /// Mediterranean": a style of address, a word of a diplomat's rank or an adjective of a part of the world, standing alone,
    /// is what is left of a title or a longer name, never a body of its own.
    /// </summary>
    private static bool IsLoneStyleOrAdjective(string name) =>
        name.Length <= 15 && !name.Contains(' ') && LoneNonBodies.Contains(name.ToLowerInvariant());

    private static readonly System.Collections.Frozen.FrozenSet<string> LoneNonBodies = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "worship", "excellency", "excellencies", "honour", "honor", "highness", "majesty", "lordship", "ladyship", "eminence",
        "holiness", "plenipotentiary", "extraordinary", "central", "mediterranean", "northern", "southern", "eastern", "western");

    /// <summary>Words of a press release's labels: its kind, its sections and its contact lines.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DocumentFurnitureWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "press", "media", "news", "release", "releases", "statement", "statements", "communiqué", "communique", "bulletin",
        "advisory", "alert", "note", "notes", "notice", "backgrounder", "background", "quick", "fact", "facts", "sheet", "key",
        "highlights", "contact", "contacts", "enquiries", "inquiries", "editor", "editors", "editorial", "for", "to", "immediate",
        "embargoed", "embargo", "until", "information", "info", "readout", "summary", "related", "links", "additional",
        "resources", "ends", "end", "issued", "by", "official", "joint", "announcement", "update", "more", "further", "the", "and");

    /// <summary>"the Region of the North": a region named by a direction is a description of one named elsewhere, no name.</summary>
    private static bool IsRegionOfADirection(string name)
    {
        // Most names are not of four words: count the spaces before splitting.
        if (name.AsSpan().Count(' ') != 3) return false;
        var words = name.Split(' ');
        return words.Length == 4 && words[1] == "of" && words[2] == "the" && words[3] is "North" or "South" or "East" or "West" or "Centre" or "Center" &&
               Lexicon.IsRegionHead(words[0]);
    }

    /// <summary>"Westport Free Zone" after "Westport Free Zone Company": a company named once more without its last word.</summary>
    private OrgEntity? CompanyWithoutLegalForm(string name)
    {
        var sp = name.IndexOf(' ');
        if (sp <= 0 || !_companiesByFirstWord.TryGetValue(name[..sp], out var companies)) return null;
        foreach (var c in companies)
        {
            if (c.MergedInto is not null || c.Name.Length <= name.Length + 1 || !c.Name.StartsWith(name, StringComparison.Ordinal) || c.Name[name.Length] != ' ') continue;
            var rest = c.Name[(name.Length + 1)..];
            if (!rest.Contains(' ') && Lexicon.OrganizationHeads.TryGetValue(rest.ToLowerInvariant(), out var kind) && kind == "company") return c.Canon;
        }
        return null;
    }

    /// <summary>Each region name's other names' keys, computed once: consolidation points every key again at the end.</summary>
    private readonly Dictionary<string, string[]> _regionAliasKeys = new(StringComparer.Ordinal);

    /// <summary>"Gyeonggi Province" is also "Gyeonggi"; "Free State of X" is "X"; "San Rafael de la Y" is "San Rafael".</summary>
    private void AddRegionAliases(OrgEntity org)
    {
        if (!_regionAliasKeys.TryGetValue(org.Name, out var keys))
        {
            var list = new List<string>(2);
            foreach (var alias in RegionAliases(org.Name))
                if (Key(alias) is { Length: > 0 } k) list.Add(k);
            _regionAliasKeys[org.Name] = keys = list.ToArray();
        }
        foreach (var key in keys)
        {
            if (!_orgsByKey.ContainsKey(key) && SpelledAlike(key) is { } alike && alike != org && !IsGovernmentName(org.Name))
            {
                // "Westmarkia" seen before "Regione Westmarchia": the English name is this region's.
                if (alike.Name.IndexOf(' ') < 0)
                {
                    alike.MergedInto = org;
                    org.Mentions += alike.Mentions;
                }
                continue;
            }
            if (_orgsByKey.TryGetValue(key, out var other))
            {
                other = other.Canon;
                if (other != org && other.IsRegion && Key(other.Name) == key)
                {
                    // The short form was seen first ("from Cheongju" before "Cheongju City").
                    other.MergedInto = org;
                    org.Mentions += other.Mentions;
                }
                // "Arlen City" and "City of Arlen": one place under the same head word, written before or after its name;
                // "Provincie Arlen" and "Province of Arlen": or the head in two languages, spelled alike.
                else if (other != org && other.IsRegion && org.IsRegion && RegionHeadOf(org.Name) is { } head && RegionHeadOf(other.Name) is { } otherHead &&
                         (head == otherHead || head.Length >= 6 && otherHead.Length >= 6 && head.AsSpan(0, 5).SequenceEqual(otherHead.AsSpan(0, 5)) ||
                          IsGenericFirstLevel(head) && IsFirstLevel(otherHead) || IsGenericFirstLevel(otherHead) && IsFirstLevel(head)) &&
                         org.Name.Contains(' ') && other.Name.Contains(' ') && Key(org.Name) != Key(other.Name))
                {
                    // "the Valorian State of Arlen" seen before "the State of Arlen": the people's adjective describes, the
                    // region's name is the one without it.
                    if (StartsWithDemonym(other.Name) && !StartsWithDemonym(org.Name))
                    {
                        other.MergedInto = org;
                        org.Mentions += other.Mentions;
                        _orgsByKey[Key(other.Name)] = org;
                        continue;
                    }
                    org.MergedInto = other;
                    other.Mentions += org.Mentions;
                    return;
                }
                continue;
            }
            _orgsByKey[key] = org;
            NoteRegionWord(key, org);
        }
    }

    /// <summary>
    /// "State" and "Region" are what English calls any country's first division: "Arlen Region" or "Arlen State" beside
    /// "Arlen Voivodeship", "Arlen Oblast" or "Arlen Special Self-Governing Province" is that one region under its English
    /// word. A city's or a county's head never is ("Arlen City" beside "Arlen Province" are two places).
    /// </summary>
    private static bool IsGenericFirstLevel(string head) => head is "state" or "region";

    private static bool IsFirstLevel(string head) =>
        head is "province" or "voivodeship" or "oblast" or "krai" or "prefecture" or "governorate" or "aimag" or "state" or "region" or "emirate" or "wilaya";

    private static bool StartsWithDemonym(string name) => name.IndexOf(' ') is var space and > 0 && IsPeoplesAdjective(name[..space]);

    /// <summary>"Austrian", "Valorian", "Quessese": a people's adjective, known or of its shape ("-ian", "-ean", "-ese", "-ish").</summary>
    private static bool IsPeoplesAdjective(string word)
    {
        var lower = word.ToLowerInvariant();
        return Lexicon.Demonyms.Contains(lower) || lower.Length > 5 && char.IsUpper(word[0]) &&
               (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ean", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal));
    }

    /// <summary>
    /// The region's head word of "X City" or "City of X", in lower case; null for other names. "Valorian State of X" and
    /// "Autonomous District of X" have the head of "State of X" and "District of X": a people's adjective, or a word of the
    /// place's formal status, before the head qualifies one region and names no other.
    /// </summary>
    private static string? RegionHeadOf(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return null;
        if (words.Length >= 4 && words[2] is "of" or "de" or "di" or "du" or "del" or "do" or "da" && Lexicon.IsRegionHead(words[1]) &&
            (IsPeoplesAdjective(words[0]) || words[0] is "Autonomous" or "Free" or "Special" or "Federal" or "Capital"))
            return words[1].ToLowerInvariant();
        var last = words[^1].ToLowerInvariant();
        if (Lexicon.IsRegionHead(last)) return last;
        var first = words[0].ToLowerInvariant();
        return (words.Length >= 3 && words[1] is "of" or "de" or "di" or "du" or "del" or "do" or "da" || words.Length == 2 && char.IsUpper(words[1][0])) &&
               Lexicon.IsRegionHead(first) ? first : null;
    }

    private static IEnumerable<string> RegionAliases(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) yield break;
        if (Lexicon.IsRegionHead(words[^1]))
        {
            yield return string.Join(' ', words, 0, words.Length - 1);
            // "Velna Metropolitan Municipality" is also "Velna".
            var n = words.Length - 1;
            // "Klaipa City Municipality" is also "Klaipa", "Arlen Capital Region" and "Arlen-Capital Region" are "Arlen".
            while (n > 1 && words[n - 1] is "Metropolitan" or "Municipal" or "Special" or "Autonomous" or "Urban" or "Rural" or "Administrative" or "City" or "Capital" or "Self-Governing") n--;
            if (n < words.Length - 1) yield return string.Join(' ', words, 0, n);
            if (n == words.Length - 1 && words[n - 1].EndsWith("-Capital", StringComparison.Ordinal) && words[n - 1].Length > 8)
                yield return string.Join(' ', words[..(n - 1)].Append(words[n - 1][..^8]));
            // "South Valorian Region" is also "South Valoria".
            if (n == words.Length - 1 && words[n - 1].Length > 4 && words[n - 1].EndsWith("ian", StringComparison.Ordinal))
                yield return string.Join(' ', words[..(n - 1)].Append(words[n - 1][..^1]));
        }
        // "Regione Westmarchia", "Region Arlen": a head that comes first with no link word, then the name alone.
        else if (words.Length == 2 && char.IsUpper(words[1][0]) && Lexicon.IsRegionHead(words[0]))
            yield return words[1];
        // "Province of X", "Província de X", "Regione del X": X.
        var link = Array.FindIndex(words, w => w is "of" or "de" or "da" or "do" or "del" or "di" or "du");
        if (link > 0 && link < words.Length - 1 && Lexicon.IsRegionHead(words[link - 1]))
            yield return string.Join(' ', words, link + 1, words.Length - link - 1);
        var of = Array.FindIndex(words, w => w == "of");
        var particle = Array.FindIndex(words, w => Lexicon.NameParticles.Contains(w));
        if (particle > 0 && of < 0) yield return string.Join(' ', words, 0, particle);
    }

    private PersonEntity RegisterPerson(string name, int sentence)
    {
        name = WithoutNickname(name);
        var key = Key(name);
        if (_peopleByKey.TryGetValue(key, out var p)) return p.Canon;
        p = new PersonEntity(name, sentence, WordsOf(name));
        _people.Add(p);
        _peopleByKey[key] = p;
        foreach (var w in p.Words)
        {
            if (!_peopleByWord.TryGetValue(w, out var list)) _peopleByWord[w] = list = [];
            list.Add(p);
        }
        return p;
    }

    /// <summary>The person a name refers to: the same words, or the only person whose name contains them.</summary>
    private PersonEntity? ResolvePerson(string name, string? titleCore = null)
    {
        name = WithoutNickname(name);
        var words = WordsOf(name);
        if (words.Count == 0) return null;
        if (_peopleByKey.TryGetValue(Key(name), out var exact)) return exact.Canon;
        PersonEntity? found = null;
        var count = 0;
        // Only people sharing the first word can contain all words: the index keeps this linear in the article.
        if (!_peopleByWord.TryGetValue(words[0], out var candidates)) return null;
        foreach (var p in candidates)
        {
            if (p.MergedInto is not null || p.Words.Count <= words.Count) continue;
            if (!words.All(p.Words.Contains)) continue;
            if (titleCore is not null && p.Title is { } t && !t.Contains(titleCore, StringComparison.OrdinalIgnoreCase)) continue;
            if (found == p.Canon) continue;
            found = p.Canon;
            count++;
            if (count > 1) break;
        }
        return count == 1 ? found : null;
    }

    // ---------------------------------------------------------------- pass one

    private void FindEntities(int si, List<Token> t, List<OrgSpan> found)
    {
        // "Photo: Arlen Provincial Press Office": whoever took or gave the picture is no actor of the story.
        if (IsCreditLine(t)) return;
        // "WHAT THE AGREEMENT COVERS", "ARLEN CHAMBER SIGNS ACCORD": a heading in capitals, where every word looks like an
        // acronym or a name, says again what the text says in full.
        if (IsShoutedLine(t)) return;
        var orgSpans = new List<(Span Span, OrgEntity Org)>();
        foreach (var o in found)
            if (!IsMinistersPortfolio(t, o) && !IsInTitleOfAWork(t, o.Span) && !IsQuarterOfATown(t, o.Span) && RegisterOrg(CityOfAnEvent(t, o), o.Kind, si) is { } org)
            {
                orgSpans.Add((o.Span, org));
                RegisterUniversityOfItsUnit(org.Name, si);
                if (o.Acronym is { } a && !org.Acronyms.Contains(a))
                {
                    org.Acronyms.Add(a);
                    // "TU Westport" in the headline, "Technische Universität Westport (TU Westport)" in the text: one body.
                    if (!_orgsByKey.TryAdd(Key(a), org) && _orgsByKey[Key(a)].Canon is var earlier && earlier != org && !earlier.IsRegion && Key(earlier.Name) == Key(a))
                    {
                        earlier.MergedInto = org;
                        org.Mentions += earlier.Mentions;
                        _orgsByKey[Key(a)] = org;
                    }
                }
            }

        FindHousesOfALegislature(si, t, orgSpans);
        if (si == 0 || _sentences[si].Paragraph == 0) FindDateline(si, t);
        ShortNamesInBrackets(t, orgSpans);

        // "X, Spain": X is a place.
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (!t[i + 1].IsPunct(',') || !t[i].IsCap) continue;
            var country = CountryAt(t, i + 2);
            if (country == 0) continue;
            var s = i;
            while (s - 1 >= 0 && (t[s - 1].IsCap || t[s - 1].IsParticle && s - 2 >= 0 && t[s - 2].IsCap) && !Recognizer.IsTitleWord(t[s - 1]) && !Recognizer.IsHonorific(t[s - 1]) && !t[s - 1].Is(LexFlag.FunctionWords) && i - s < 6) s--;
            if (AnySpanContains(orgSpans, s) || AnySpanContains(orgSpans, i)) continue;
            var name = Recognizer.Surface(t, s, i + 1);
            if (Recognizer.MatchTitle(t, s) is null && !IsLikelyPerson(t, s, i + 1) && RegisterOrg(name, "region", si) is { } org)
                orgSpans.Add((new Span(s, i + 1), org));
        }

        FindRegionsWithLowerCaseLevel(si, t, orgSpans);
        FindGovernorsOfficesInLowerCase(si, t, orgSpans);

        // Places after in / to / from / visited.
        for (var i = 0; i + 1 < t.Count; i++)
        {
            // "twinned with X", "relations with X": the partner of a tie is a place.
            var tiePartner = t[i].Lower == "with" && i > 0 && t[i - 1].Lower is "twinned" or "relations" or "ties" or "partnership" or "relationship";
            if (t[i].Lower is not ("in" or "to" or "from" or "visited" or "visit" or "visiting" or "visits") && !tiePartner) continue;
            // "the most visited World Heritage sites": "visited" as an adjective.
            if (t[i].Lower == "visited" && i > 0 && t[i - 1].Lower is "most" or "least" or "widely" or "frequently" or "much") continue;
            // "according to Name Name", "thanks to Name Name": a source or a cause, a person far more often than a place.
            if (t[i].Lower == "to" && i > 0 && t[i - 1].Lower is "according" or "thanks" or "owing" or "due") continue;
            var p = i + 1;
            // "Consul General of Xland in Arlen Mara Tobin said": the office's seat is the place, the words after it its holder.
            if (Recognizer.SeatThenHolder(t, i) is { } glued)
            {
                if (!AnySpanContains(orgSpans, glued.Seat.Start) && RegisterOrg(Recognizer.Surface(t, glued.Seat.Start, glued.Seat.End), "region", si) is { } seat)
                    orgSpans.Add((glued.Seat, seat));
                continue;
            }
            if (!t[p].IsCap || AnySpanContains(orgSpans, p)) continue;
            var run = Recognizer.PlaceRun(t, p);
            if (run.End == run.Start || run.End - run.Start > 4) continue;
            if (run.End < t.Count && (t[run.End].IsCap || t[run.End].Is(LexFlag.OrganizationHeads) || IsYear(t[run.End]))) continue;
            // "a school in Arctic and rural tourism": joined to an adjective, a capitalised word is an adjective too.
            if (run.End - run.Start == 1 && run.End + 1 < t.Count && t[run.End].Lower is "and" or "or" && t[run.End + 1].Kind == TokenKind.Word &&
                !t[run.End + 1].IsCap && IsAdjectiveShape(t[run.End + 1].Lower)) continue;
            var first = t[p];
            if (first.Is(LexFlag.Demonyms) || t[run.End - 1].Is(LexFlag.EventHeads) || t[run.End - 1].Is(LexFlag.Facilities)) continue;
            // "invited him to Harbourfest", "to Velno Dagen, the town's big summer festival": an occasion, not a place.
            if (run.End - run.Start == 1 && IsFestName(first) || EventInApposition(t, run.End) || LanguageInApposition(t, run.End)) continue;
            // "to Arlen-Velno friendship", "for the Velnomas (Epiphany) celebrations": a tie's qualifier, an occasion.
            if (IsPairBeforeItsTie(t, run) || run.End - run.Start == 1 && (OccasionNames().Contains(first.Text) || IsCommonNounShape(first.Lower))) continue;
            if (run.End - run.Start == 1 && (IsAdjectiveBeforeNoun(t, run.Start) || IsAdjectiveInIne(t, run.Start) || first.Is(LexFlag.Portfolio) || IsHyphenatedAdjective(first))) continue;
            if (IsLikelyPerson(t, run.Start, run.End)) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (FindOrg(name) is { } known) { orgSpans.Add((run, known)); continue; }
            if (IsKnownPersonName(name)) continue;
            if (RegisterOrg(name, "region", si) is { } org)
            {
                // A tie's partner ("twinned with X") is no place in passing, however seldom named.
                if (org.Mentions == 1 && !tiePartner) org.ReadAfterPreposition = true;
                orgSpans.Add((run, org));
            }
        }

        // "the Velna Export agency", "the KDV Harrow state development corporation": a name before a lower-case head word.
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (t[i].Lower != "the" || !t[i + 1].IsCap || AnySpanContains(orgSpans, i + 1)) continue;
            var run = Recognizer.PlaceRun(t, i + 1);
            if (run.End == run.Start || run.End - run.Start > 4 || IsLikelyPerson(t, run.Start, run.End)) continue;
            // "the State's agency": an agency of the state, not one named "State".
            if (t[run.End - 1].IsPossessive) continue;
            var h = run.End;
            while (h < t.Count && h - run.End < 3 && t[h].Kind == TokenKind.Word && !t[h].IsCap && !t[h].Is(LexFlag.FunctionWords) && !LowerCaseBodies.ContainsKey(t[h].Lower) &&
                   !LowerCaseBodiesOfLongerNames.ContainsKey(t[h].Lower)) h++;
            if (h >= t.Count || t[h].IsCap) continue;
            // "the Velstad Robotics Quarter innovation cluster", "the Ostra Vela Hearth youth movement": a name of two words or more.
            if (!LowerCaseBodies.TryGetValue(t[h].Lower, out var kind) && !(run.End - run.Start >= 2 && LowerCaseBodiesOfLongerNames.TryGetValue(t[h].Lower, out kind))) continue;
            // "the Valorian dairy cooperative": an adjective of a place, not the cooperative's name.
            if (run.End - run.Start == 1 && h > run.End && IsAdjectiveBeforeNoun(t, run.Start)) continue;
            // "the Arlen cooperative (Koperativa Abahinzi ba Arlen)": the body's own name in brackets, in its language, is its name.
            if (LocalNameInBrackets(t, h + 1) is var local && local.End > local.Start)
            {
                if (RegisterOrg(Recognizer.Surface(t, local.Start, local.End), kind, si) is { } named) orgSpans.Add((new Span(run.Start, local.End + 1), named));
                continue;
            }
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (t[run.Start].Is(LexFlag.Demonyms) || Recognizer.IsBasedIn(t[run.Start]) || IsCountry(name) || IsKnownPersonName(name) || FindOrg(name) is not null || WordsOf(name).Any(w => Lexicon.Demonyms.Contains(w))) continue;
            if (RegisterOrg(name, kind, si) is { } org) orgSpans.Add((run, org));
        }

        FindRegionsBesideRegions(si, t, orgSpans);
        FindPairsOfPlaces(si, t, orgSpans);
        FindBodiesInApposition(si, t, orgSpans);
        FindBodiesAfterTheirDescription(si, t, orgSpans);
        FindBodiesListedAfterTheirDescription(si, t, orgSpans);
        FindBodiesNamedAfterTheirKind(si, t, orgSpans);
        FindBodiesByContext(si, t, orgSpans);
        FindBodiesByAcronym(si, t, orgSpans);
        FindAcronymsWithTheirPlace(si, t, orgSpans);
        FindPromotionAgencies(si, t, orgSpans);
        FindTieOwners(si, t, orgSpans);
        FindPeople(si, t, orgSpans, register: true);
    }

    /// <summary>
    /// "citizens of Arlen aimag", "the ties between Velso velayat and Tarrow", "a delegation of Arlen region": the English of the
    /// former Soviet states, of Mongolia and of Algeria writes a first-level region's name with its level in lower case after it,
    /// and readers keep the level in the name ("Arlen region"). One or two capitalised words, then such a level noun, outside
    /// every body already found, are that region. Not after "the" or an adjective of a people ("the Baltic region", "the Asia
    /// region", "Korean province"): those describe a part of the world rather than name a region. Provinces, districts and
    /// counties are left alone: their readers list the place by its name alone, or not at all.
    /// </summary>
    private void FindRegionsWithLowerCaseLevel(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var k = 1; k < t.Count; k++)
        {
            if (t[k].Kind != TokenKind.Word || t[k].IsCap || !LowerCaseFirstLevels.Contains(t[k].Lower) || !Recognizer.IsNameWord(t[k - 1]) || t[k - 1].IsAllCaps) continue;
            // "Tarsk region of the Arlen Republic" stays "Tarsk region"; "Arlen region Governor" is a title's, left to the people.
            if (k + 1 < t.Count && t[k + 1].IsCap && t[k + 1].Kind == TokenKind.Word) continue;
            // "the farms of Arlen region suburbs": before a noun the level describes it (the city's outskirts); the name ends
            // at punctuation, a link word or a verb.
            if (k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && !t[k + 1].Is(LexFlag.FunctionWords) && !t[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal)) continue;
            var s = k - 1;
            if (s >= 1 && Recognizer.IsNameWord(t[s - 1]) && !t[s - 1].IsAllCaps && !t[s - 1].Is(LexFlag.FunctionWords)) s--;
            if (s >= 1 && (t[s - 1].Lower == "the" || t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word || t[s - 1].IsPossessive)) continue;
            var adjective = false;
            for (var q = s; q < k; q++)
                if (t[q].IsPossessive || t[q].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.OrganizationHeads | LexFlag.TitleModifiers | LexFlag.Portfolio) || Recognizer.IsTitleWord(t[q]) ||
                    IsAdjectiveShape(t[q].Lower) || t[q].Lower.EndsWith("ian", StringComparison.Ordinal) || t[q].Lower.EndsWith("ese", StringComparison.Ordinal))
                    adjective = true;
            if (adjective || AnySpanContains(orgSpans, s) || AnySpanContains(orgSpans, k) || IsLikelyPerson(t, s, k)) continue;
            var name = Recognizer.Surface(t, s, k + 1);
            if (IsCountry(Recognizer.Surface(t, s, k)) || IsKnownPersonName(Recognizer.Surface(t, s, k))) continue;
            if (RegisterOrg(name, "region", si) is { } org) orgSpans.Add((new Span(s, k + 1), org));
        }
    }

    /// <summary>
    /// "talks at the akimat of Arlen region", "the hakimlik of Velso velayat", "the Arlen regional khokimiyat": the English of
    /// Kazakhstan, Uzbekistan and Turkmenistan writes the governor's office of a region (akimat, khokimiyat, hokimiyat,
    /// hakimlik) in lower case, with "of" and the region or after the region's name and "regional". It is a body of its own
    /// beside the region (docs/ingestion.md, decision a), named as the text writes it.
    /// </summary>
    private void FindGovernorsOfficesInLowerCase(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var k = 1; k < t.Count; k++)
        {
            if (t[k].Kind != TokenKind.Word || t[k].IsCap || t[k].Lower is not ("akimat" or "khokimiyat" or "hokimiyat" or "hakimlik") || AnySpanContains(orgSpans, k)) continue;
            Span? span = null;
            // "the akimat of Arlen region": the region found just before.
            if (k + 2 < t.Count && t[k + 1].Lower == "of")
                foreach (var (regionSpan, region) in orgSpans)
                    if (regionSpan.Start == k + 2 && region.Canon.IsRegion) span = new Span(k, regionSpan.End);
            // "the Arlen regional khokimiyat": one or two capitalised words, then "regional".
            if (span is null && k >= 2 && t[k - 1].Lower == "regional" && Recognizer.IsNameWord(t[k - 2]) && !t[k - 2].Is(LexFlag.Demonyms | LexFlag.Countries))
                span = new Span(k - 3 >= 0 && Recognizer.IsNameWord(t[k - 3]) && !t[k - 3].Is(LexFlag.FunctionWords) ? k - 3 : k - 2, k + 1);
            if (span is not { } found || AnySpanContains(orgSpans, found.Start) && found.Start != k) continue;
            if (RegisterOrg(Recognizer.Surface(t, found.Start, found.End), "agency", si) is { } office) orgSpans.Add((found, office));
        }
    }

    /// <summary>The first-level nouns written in lower case after a region's name in the English of Central Asia, Russia and Mongolia.</summary>
    private static readonly FrozenSet<string> LowerCaseFirstLevels = FrozenSet.Create(StringComparer.Ordinal,
        "region", "oblast", "krai", "okrug", "aimag", "velayat", "viloyat", "welayat", "oblys");

    /// <summary>
    /// "the Arlen City Festival", "the Arlen City Day celebrations": "City" inside an occasion's name is the occasion's word;
    /// the place is the city under its own name ("Arlen").
    /// </summary>
    private static string CityOfAnEvent(List<Token> t, OrgSpan o)
    {
        if (o.Kind != "region" || o.Span.End - o.Span.Start < 2 || o.Span.End >= t.Count || t[o.Span.End - 1].Text is not ("City" or "Town") ||
            !Recognizer.RunEndsInEventHead(t, o.Span.End)) return o.Name;
        return o.Name.EndsWith(" City", StringComparison.Ordinal) || o.Name.EndsWith(" Town", StringComparison.Ordinal) ? o.Name[..^5] : o.Name;
    }

    /// <summary>
    /// "the Provincial Government of Arlen (Pemprov Arlen)", "the Arlen Chamber of Commerce (Kadin Arlen)": two or three
    /// capitalised words in brackets right after a body, with no head word, are its short name in the local language (as an
    /// acronym would be), not a body of their own; later mentions of them are that body.
    /// </summary>
    private void ShortNamesInBrackets(List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        foreach (var (span, org) in orgSpans)
        {
            var open = span.End;
            if (open + 3 >= t.Count || !t[open].IsPunct('(') || org.IsRegion) continue;
            var close = open + 1;
            while (close < t.Count && close - open <= 4 && t[close].Kind == TokenKind.Word && t[close].IsCap && !t[close].Is(LexFlag.OrganizationHeads | LexFlag.Countries | LexFlag.Months)) close++;
            if (close - open - 1 is < 2 or > 3 || close >= t.Count || !t[close].IsPunct(')')) continue;
            var alias = Recognizer.Surface(t, open + 1, close);
            if (IsCountry(alias) || _orgsByKey.ContainsKey(Key(alias)) || IsKnownPersonName(alias) || org.Acronyms.Contains(alias)) continue;
            org.Canon.Acronyms.Add(alias);
            _orgsByKey[Key(alias)] = org.Canon;
        }
    }

    /// <summary>
    /// Bodies named without a head word, found by what is said of them: "with the support of X", "organised by X",
    /// "in cooperation with X", "funded by X"; and an acronym that opens a sentence and does something ("ABCD will train …").
    /// </summary>
    private void FindBodiesByContext(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var k = t[i + 1].Lower is "of" or "by" or "with" ? BodyAfterCue(t, i) : -1;
            if (k < 0 && i == 0) k = AcronymSubject(t);
            if (k < 0) continue;
            if (k < t.Count && t[k].Lower == "the") k++;
            if (k >= t.Count || !t[k].IsCap || AnySpanContains(orgSpans, k)) continue;
            var run = Recognizer.PlaceRun(t, k);
            if (run.End == run.Start || run.End - run.Start > 4 || IsLikelyPerson(t, run.Start, run.End)) continue;
            // "in cooperation with the Faculty of Marine Studies of the University of Arlen": the name goes on through its
            // "of" (three times at most: a unit, the body it belongs to and that body's place); a word cut before it would be no body at all.
            run = new Span(run.Start, OfTail(t, run.End));
            // A name that ends before another capitalised word or a head word is part of something longer.
            if (run.End < t.Count && (t[run.End].IsCap || t[run.End].Is(LexFlag.OrganizationHeads))) continue;
            // "X (the Y Office)": a body named in brackets after it is the same body under its translated name.
            if (run.End + 1 < t.Count && t[run.End].IsPunct('(') && (AnySpanContains(orgSpans, run.End + 1) || run.End + 2 < t.Count && t[run.End + 1].Lower == "the" && AnySpanContains(orgSpans, run.End + 2))) continue;
            var words = false;
            for (var w = run.Start; w < run.End; w++) words |= t[w].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.EventHeads | LexFlag.Facilities);
            if (words) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (IsCountry(name) || IsKnownPersonName(name) || FindOrg(name) is not null) continue;
            if (RegisterOrg(name, "other", si) is { } org) orgSpans.Add((run, org));
        }
    }

    /// <summary>
    /// "Arlen Invest, the region's investment promotion agency, …": a name with no head word, described after a comma by a
    /// lower-case head ("agency", "company", "bank"), is a body of that kind.
    /// </summary>
    private void FindBodiesInApposition(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var c = 1; c + 2 < t.Count; c++)
        {
            if (!t[c].IsPunct(',') || t[c + 1].Lower is not ("the" or "a" or "an" or "its") || !t[c - 1].IsCap || AnySpanContains(orgSpans, c - 1)) continue;
            // The description: lower-case words (a possessive such as "the region's" among them) up to the head word.
            var h = c + 2;
            while (h < t.Count && h - c < 9 && t[h].Kind == TokenKind.Word && !LowerCaseBodies.ContainsKey(t[h].Lower) && !ApposedCompanies.Contains(t[h].Lower) && !ApposedBodies.ContainsKey(t[h].Lower) && (!t[h].IsCap || t[h].IsPossessive) && t[h].Lower is not ("or" or "of" or "for" or "in" or "with" or "who" or "which")) h++;
            if (h >= t.Count || t[h].IsCap) continue;
            // "X, a fuel cell maker based in Arlen": a company described by what it makes, then where it is.
            var maker = ApposedCompanies.Contains(t[h].Lower);
            string kind;
            if (maker)
            {
                if (h + 1 >= t.Count || t[h + 1].Lower is not ("based" or "headquartered" or "founded" or "from" or "in" or "that" or "which" or "with")) continue;
                kind = "company";
            }
            else if (LowerCaseBodies.TryGetValue(t[h].Lower, out var bodyKind)) kind = bodyKind;
            else if (ApposedBodyKind(t, h) is { } apposed) kind = apposed;
            else continue;
            // The head ends the description: a punctuation mark or a link word follows, not another noun.
            if (h + 1 < t.Count && t[h + 1].Kind == TokenKind.Word && t[h + 1].Lower is not ("for" or "of" or "that" or "which" or "in" or "and" or "will" or "has" or "is" or "was" or "based" or "headquartered" or "founded" or "from" or "with")) continue;
            var s = c - 1;
            // "Arlen/Arlenberg Promotion": a name written in two languages joined by a slash.
            while (s - 1 >= 0 && c - s < 4 && (t[s - 1].Kind == TokenKind.Word && t[s - 1].IsCap && !t[s - 1].Is(LexFlag.FunctionWords) && !Recognizer.IsTitleWord(t[s - 1]) && !Recognizer.IsHonorific(t[s - 1]) ||
                   s - 2 >= 0 && Recognizer.IsJoiningDash(t, s - 1))) s -= t[s - 1].Kind == TokenKind.Word ? 1 : 2;
            // Only a whole name: the run opens the sentence or follows a lower-case word or a punctuation mark.
            if (s > 0 && t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word) continue;
            if (AnySpanContains(orgSpans, s) || IsLikelyPerson(t, s, c)) continue;
            var skip = false;
            for (var k = s; k < c; k++) skip |= t[k].Is(LexFlag.Demonyms | LexFlag.Months | LexFlag.Weekdays) || t[k].IsPossessive;
            if (skip) continue;
            var name = Recognizer.Surface(t, s, c);
            if (IsCountry(name) || IsKnownPersonName(name) || WordsOf(name).Count > 4) continue;
            if (FindOrg(name) is { } known)
            {
                // A name first read as a place ("to Arlen Invest") is the body the description says it is.
                if (known.IsRegion && Key(known.Name) == Key(name)) known.Kind = kind;
                orgSpans.Add((new Span(s, c), known));
                continue;
            }
            if (RegisterOrg(name, kind, si) is { } org) orgSpans.Add((new Span(s, c), org));
        }
    }

    /// <summary>
    /// "Westmark and Arlen Province sign …", "Arlen Province and Westmark": one capitalised word joined by "and" to a region
    /// already found (a country's possessive may stand before it) is a region too.
    /// </summary>
    private void FindRegionsBesideRegions(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 1; i + 1 < t.Count; i++)
        {
            if (t[i].Text != "and") continue;
            // The word on the left, the region on the right.
            var right = i + 1 + (t[i + 1].IsPossessive && t[i + 1].Is(LexFlag.Countries) ? 1 : 0);
            if ((i < 2 || !(t[i - 2].IsCap && t[i - 2].Kind == TokenKind.Word)) && RegionSpanAt(orgSpans, right, start: true))
                TakeRegionWord(si, t, orgSpans, i - 1);
            // "… will meet Arlen Dairy and the Westmark Chamber of Commerce": one or two capitalised words joined by "and" to
            // "the" and a body already found are a body too.
            else if (i + 2 < t.Count && t[i + 1].Lower == "the" && BodySpanAt(orgSpans, i + 2) && i >= 1 && Recognizer.IsNameWord(t[i - 1]) && !AnySpanContains(orgSpans, i - 1))
            {
                var s = i - 1;
                if (s >= 1 && Recognizer.IsNameWord(t[s - 1]) && !AnySpanContains(orgSpans, s - 1)) s--;
                // "of the Kuvar and the …": after "the", a single capitalised word may be an office of another language.
                if (s >= 1 && (t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word || t[s - 1].Lower == "the")) continue;
                TakeBodyWords(si, t, orgSpans, s, i);
            }
            // The region on the left, the word on the right.
            else if (RegionSpanAt(orgSpans, i, start: false) && (i + 2 >= t.Count || !t[i + 2].IsCap || t[i + 2].Kind != TokenKind.Word))
                TakeRegionWord(si, t, orgSpans, i + 1);
        }
    }

    /// <summary>
    /// "the friendship between Arlen and Velno", "Arlen and Velno signed …", "Arlen and Velno are sister cities": two single
    /// words joined by "and", after "between" or before a verb, of which one is a region already found, are the two sides of a
    /// tie, so the other word is a region too. (Beside a region of two words or more, <see cref="FindRegionsBesideRegions"/>
    /// needs no such context.)
    /// </summary>
    private void FindPairsOfPlaces(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 1; i + 1 < t.Count; i++)
        {
            if (t[i].Text != "and") continue;
            var between = i >= 2 && t[i - 2].Lower == "between" || i >= 3 && t[i - 3].Lower == "between" && t[i - 2].Lower == "the";
            var verb = i + 2 < t.Count && PairVerbs.Contains(t[i + 2].Lower);
            if (!between && !verb) continue;
            // Each side one word: a capitalised word before or after the pair makes it part of longer names.
            if (i >= 2 && t[i - 2].IsCap && t[i - 2].Kind == TokenKind.Word || i + 2 < t.Count && t[i + 2].IsCap && t[i + 2].Kind == TokenKind.Word) continue;
            var leftKnown = IsRegionWord(orgSpans, t, i - 1);
            var rightKnown = IsRegionWord(orgSpans, t, i + 1);
            if (leftKnown == rightKnown) continue;
            var k = leftKnown ? i + 1 : i - 1;
            // "Rio Grande do Sul and …": a word after a particle ends a longer name.
            if (k >= 1 && (t[k - 1].Is(LexFlag.NameParticles) || t[k - 1].Lower == "of")) continue;
            // "Region Arlen … Velno and Arlen signed": a word of a region's name already found is that region.
            if (RegionWithWord(t[k].Text) is { } whole)
            {
                orgSpans.Add((new Span(k, k + 1), whole));
                continue;
            }
            TakeRegionWord(si, t, orgSpans, k);
        }
    }

    private bool IsRegionWord(List<(Span Span, OrgEntity Org)> spans, List<Token> t, int k)
    {
        foreach (var (span, org) in spans)
            if (span.Contains(k)) return span.Start == k && span.End == k + 1 && org.Canon.IsRegion;
        return t[k].IsCap && t[k].Kind == TokenKind.Word && FindOrg(t[k].Text) is { IsRegion: true };
    }

    private OrgEntity? RegionWithWord(string word)
    {
        // An article names a few dozen bodies; a text with thousands of them (generated or hostile input) is searched among
        // the first ones only, so that reading stays linear in the text.
        for (var i = 0; i < _orgs.Count && i < MaxRegionWordCandidates; i++)
        {
            var o = _orgs[i];
            if (o.MergedInto is not null) continue;
            // "Region Arlen" read as a body of another kind: the region's head word and the word.
            if (!o.IsRegion)
            {
                var space = o.Name.IndexOf(' ');
                if (space < 0 || o.Name.IndexOf(' ', space + 1) >= 0) continue;
                var (first, second) = (o.Name[..space], o.Name[(space + 1)..]);
                if (!(first == word && Lexicon.IsRegionHead(second) || second == word && Lexicon.IsRegionHead(first))) continue;
                return o;
            }
            var at = o.Name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || o.Name[at - 1] == ' ') && (at + word.Length == o.Name.Length || o.Name[at + word.Length] == ' ')) return o;
        }
        return null;
    }

    /// <summary>Verbs after "X and Y" that make the pair the two sides of a tie or an agreement.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PairVerbs = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "are", "were", "have", "had", "signed", "became", "become", "share", "shared", "agreed", "established", "began", "concluded", "renewed");

    private static bool BodySpanAt(List<(Span Span, OrgEntity Org)> spans, int k)
    {
        foreach (var (span, org) in spans)
            if (span.Start == k && !org.Canon.IsRegion && span.End - span.Start >= 2) return true;
        return false;
    }

    private void TakeBodyWords(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, int s, int e)
    {
        for (var k = s; k < e; k++)
            if (t[k].IsPossessive || t[k].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.Portfolio | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.ProgrammeHeads | LexFlag.TitleModifiers))
                return;
        if (IsLikelyPerson(t, s, e)) return;
        var name = Recognizer.Surface(t, s, e);
        if (IsCountry(name) || IsKnownPersonName(name) || IsAdjectiveShape(t[e - 1].Lower)) return;
        if ((FindOrg(name) ?? RegisterOrg(name, "other", si)) is { } org) orgSpans.Add((new Span(s, e), org));
    }

    private static bool RegionSpanAt(List<(Span Span, OrgEntity Org)> spans, int k, bool start)
    {
        foreach (var (span, org) in spans)
            if ((start ? span.Start == k : span.End == k) && org.Canon.IsRegion && span.End - span.Start >= 2) return true;
        return false;
    }

    private void TakeRegionWord(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, int k)
    {
        var w = t[k];
        if (!Recognizer.IsNameWord(w) || w.IsAllCaps || w.IsPossessive || AnySpanContains(orgSpans, k) || IsLikelyPerson(t, k, k + 1) ||
            w.Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.Portfolio | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.OrganizationHeads | LexFlag.ProgrammeHeads | LexFlag.TitleModifiers)) return;
        var name = w.Text;
        if (IsCountry(name) || IsKnownPersonName(name) || IsAdjectiveShape(w.Lower)) return;
        if ((FindOrg(name) ?? RegisterOrg(name, "region", si)) is { } org) orgSpans.Add((new Span(k, k + 1), org));
    }

    /// <summary>
    /// "(Koperativa Abahinzi ba Arlen)" at <paramref name="open"/>: a name of two to eight words in brackets, capitalised but
    /// for short link words inside it; the span of its words, or an empty span.
    /// </summary>
    private static Span LocalNameInBrackets(List<Token> t, int open)
    {
        if (open + 3 >= t.Count || !t[open].IsPunct('(') || !t[open + 1].IsCap || t[open + 1].IsAllCaps) return default;
        var k = open + 1;
        while (k < t.Count && k - open <= 8 && t[k].Kind == TokenKind.Word && (t[k].IsCap || t[k].Text.Length <= 3 && k + 1 < t.Count && t[k + 1].IsCap)) k++;
        return k < t.Count && t[k].IsPunct(')') && k - open - 1 >= 2 && !Recognizer.IsTitleWord(t[open + 1]) ? new Span(open + 1, k) : default;
    }

    /// <summary>
    /// "the regional development agency Arlen NL", "the rowing club Westport Eights": after "the", a description in lower case
    /// that ends in a body's noun, then a name with no head word of its own, the body it describes.
    /// </summary>
    private void FindBodiesAfterTheirDescription(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (t[i].Lower != "the" || t[i + 1].IsCap) continue;
            var h = i + 1;
            while (h < t.Count && h - i <= 4 && t[h].Kind == TokenKind.Word && !t[h].IsCap && !t[h].Is(LexFlag.FunctionWords) && !DescribedBodies.ContainsKey(t[h].Lower)) h++;
            if (h + 1 >= t.Count || t[h].IsCap || t[h].IsPossessive || !DescribedBodies.TryGetValue(t[h].Lower, out var kind) || !t[h + 1].IsCap || AnySpanContains(orgSpans, h + 1)) continue;
            var run = Recognizer.PlaceRun(t, h + 1);
            // "the agency Arlen Trade & Invest": a word joined by an ampersand is more of the name.
            if (run.End > run.Start && run.End + 1 < t.Count && t[run.End].Text == "&" && Recognizer.IsNameWord(t[run.End + 1])) run = new Span(run.Start, run.End + 2);
            if (run.End == run.Start || run.End - run.Start > 5 || t[run.End - 1].IsPossessive || IsLikelyPerson(t, run.Start, run.End)) continue;
            // A name that goes on (another capitalised word, a head word, "of") is something longer, read elsewhere.
            if (run.End < t.Count && (t[run.End].IsCap || t[run.End].Is(LexFlag.OrganizationHeads) || t[run.End].Lower == "of")) continue;
            var skip = false;
            for (var k = run.Start; k < run.End; k++) skip |= t[k].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.ProgrammeHeads | LexFlag.OrganizationHeads);
            if (skip) continue;
            var name = Recognizer.Surface(t, run.Start, run.End);
            if (IsCountry(name) || IsKnownPersonName(name)) continue;
            if (FindOrg(name) is { } known)
            {
                // A name first read as a place ("to Arlen NL") is the body the description says it is.
                if (known.IsRegion && Key(known.Name) == Key(name)) known.Kind = kind;
                orgSpans.Add((run, known));
                continue;
            }
            if (RegisterOrg(name, kind, si) is { } org) orgSpans.Add((run, org));
        }
    }

    /// <summary>
    /// "executives of the companies Arlen Fisk AS and Velbris Technology", "heads of the companies "Orta Makina" and "Kervan
    /// Yapı"": after "the" and a plural noun of bodies ("companies", "firms", "clubs"), the names it lists, quoted or not and
    /// joined by commas and "and", are bodies of that kind. A name the recognizer already read (by its legal form) is
    /// passed over and the list goes on after it.
    /// </summary>
    private void FindBodiesListedAfterTheirDescription(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 2 < t.Count; i++)
        {
            if (t[i].Lower != "the" || t[i + 1].IsCap) continue;
            var h = i + 1;
            while (h < t.Count && h - i <= 4 && t[h].Kind == TokenKind.Word && !t[h].IsCap && !t[h].Is(LexFlag.FunctionWords) && !ListedBodies.ContainsKey(t[h].Lower)) h++;
            if (h + 1 >= t.Count || t[h].IsCap || !ListedBodies.TryGetValue(t[h].Lower, out var kind)) continue;
            var k = h + 1;
            for (var n = 0; n < 6 && k < t.Count; n++)
            {
                var quoted = IsOpeningQuote(t[k]);
                var s = quoted ? k + 1 : k;
                if (s >= t.Count || !t[s].IsCap || t[s].Kind != TokenKind.Word) break;
                var known = SpanStartingAt(orgSpans, s);
                Span run;
                if (known.End > known.Start) run = known;
                else if (quoted)
                {
                    // A quoted name runs to its closing quote: every word in it is the company's, in whatever language.
                    var e = s;
                    while (e < t.Count && e - s < 6 && t[e].Kind == TokenKind.Word) e++;
                    if (e == s || e >= t.Count || !IsClosingQuote(t[e])) break;
                    run = new Span(s, e);
                }
                else
                {
                    run = Recognizer.PlaceRun(t, s);
                    // A name that goes on (another capitalised word, a head word, "of") is something longer, read elsewhere.
                    if (run.End == run.Start || run.End - run.Start > 5 || run.End < t.Count && (t[run.End].IsCap || t[run.End].Is(LexFlag.OrganizationHeads) || t[run.End].Lower == "of")) break;
                }
                if (known.End == known.Start && !TakeListedBody(si, t, orgSpans, run, kind)) break;
                k = run.End + (quoted ? 1 : 0);
                // The list goes on after a comma, an "and" or both.
                var joined = false;
                if (k < t.Count && t[k].IsPunct(',')) { k++; joined = true; }
                if (k < t.Count && t[k].Text == "and") { k++; joined = true; }
                if (!joined) break;
            }
        }
    }

    /// <summary>
    /// "the B-boy crew 'Harbour Rockers'", "the folk ensemble Marin", "the water utility enterprise "Velnovodokanal"", "the
    /// start-up "Kervan Yapı"": a lower-case noun of one body, singular, with the body's name after it. The name of a company
    /// or an association must stand in quotes (so "the company Board" is not read); an ensemble's name of up to three
    /// capitalised words may stand bare, ended by a word in lower case or a mark.
    /// </summary>
    private void FindBodiesNamedAfterTheirKind(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var h = 1; h + 1 < t.Count; h++)
        {
            if (t[h].IsCap || t[h].Kind != TokenKind.Word || !BodiesNamedAfterTheirKind.TryGetValue(t[h].Lower, out var kind)) continue;
            // A noun after a word ("the", "folk", "B-boy"), not at the head of a sentence or a list.
            if (t[h - 1].Kind != TokenKind.Word) continue;
            var quoted = IsOpeningQuote(t[h + 1]) || t[h + 1].Kind == TokenKind.Punct && t[h + 1].Text is "'" or "‘";
            var s = quoted ? h + 2 : h + 1;
            if (s >= t.Count || !t[s].IsCap || t[s].Kind != TokenKind.Word || AnySpanContains(orgSpans, s)) continue;
            var e = s;
            if (quoted)
            {
                while (e < t.Count && e - s < 6 && t[e].Kind == TokenKind.Word && !t[e].Text.EndsWith('\'')) e++;
                // "'Harbour Rockers'": a single closing quote after an s is read as the possessive's and stays on the word.
                if (e < t.Count && e - s < 6 && t[e].Kind == TokenKind.Word && t[e].Text.EndsWith('\'') && t[h + 1].Text == "'")
                {
                    var name = Recognizer.Surface(t, s, e + 1).TrimEnd('\'');
                    if (!IsKnownPersonName(name) && (FindOrg(name) ?? RegisterOrg(name, kind, si)) is { } org) orgSpans.Add((new Span(s, e + 1), org));
                    continue;
                }
                if (e == s || e >= t.Count || !(IsClosingQuote(t[e]) || t[e].Text is "'" or "’")) continue;
            }
            else
            {
                if (kind != "arts") continue;
                while (e < t.Count && e - s < 4 && t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].Is(LexFlag.FunctionWords)) e++;
                if (e - s > 3 || e < t.Count && (t[e].Lower == "of" || t[e].Is(LexFlag.OrganizationHeads) || t[e].IsParticle)) continue;
            }
            TakeListedBody(si, t, orgSpans, new Span(s, e), kind);
        }
    }

    /// <summary>Singular lower-case nouns of one body that name it after them, and the kind they give (frozen: every lower-case word is looked up).</summary>
    private static readonly FrozenDictionary<string, string> BodiesNamedAfterTheirKind = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ensemble"] = "arts", ["choir"] = "arts", ["troupe"] = "arts", ["band"] = "arts", ["crew"] = "arts", ["orchestra"] = "arts",
        ["quartet"] = "arts", ["chorus"] = "arts", ["company"] = "company", ["enterprise"] = "company", ["firm"] = "company",
        ["start-up"] = "company", ["startup"] = "company", ["manufacturer"] = "company", ["producer"] = "company", ["cooperative"] = "other",
        ["association"] = "other", ["foundation"] = "other", ["club"] = "other", ["utility"] = "company",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private bool TakeListedBody(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans, Span run, string kind)
    {
        if (t[run.End - 1].IsPossessive || IsLikelyPerson(t, run.Start, run.End)) return false;
        for (var k = run.Start; k < run.End; k++)
            if (t[k].Is(LexFlag.Demonyms | LexFlag.Countries | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.ProgrammeHeads | LexFlag.Months | LexFlag.Weekdays)) return false;
        var name = Recognizer.Surface(t, run.Start, run.End);
        if (IsCountry(name) || IsKnownPersonName(name)) return false;
        if (FindOrg(name) is { } found)
        {
            orgSpans.Add((run, found));
            return true;
        }
        if (RegisterOrg(name, kind, si) is not { } org) return false;
        orgSpans.Add((run, org));
        return true;
    }

    private static Span SpanStartingAt(List<(Span Span, OrgEntity Org)> spans, int k)
    {
        foreach (var (span, _) in spans)
            if (span.Start == k) return span;
        return default;
    }

    private static bool IsOpeningQuote(Token w) => w.Kind == TokenKind.Punct && w.Text is "\"" or "“" or "«" or "„";

    private static bool IsClosingQuote(Token w) => w.Kind == TokenKind.Punct && w.Text is "\"" or "”" or "»" or "“";

    /// <summary>Plural nouns of bodies that list the names after them ("the companies A and B"), and the kind they give.</summary>
    private static readonly Dictionary<string, string> ListedBodies = new(StringComparer.Ordinal)
    {
        ["companies"] = "company", ["firms"] = "company", ["manufacturers"] = "company", ["producers"] = "company", ["makers"] = "company",
        ["exporters"] = "company", ["operators"] = "company", ["enterprises"] = "company", ["start-ups"] = "company", ["startups"] = "company",
        ["cooperatives"] = "other", ["co-operatives"] = "other", ["clubs"] = "other",
    };

    /// <summary>"Harbourfest", "Oktoberfest": one word ending in "fest" names a festival.</summary>
    private static bool IsFestName(Token w) => w.Kind == TokenKind.Word && w.Lower.Length >= 7 && w.Lower.EndsWith("fest", StringComparison.Ordinal);

    /// <summary>
    /// ", Arlen's big summer festival", ", the largest cultural fair of the north": a description after a comma, in lower-case
    /// words, that ends in an occasion's noun says the name before the comma is that occasion.
    /// </summary>
    private static bool EventInApposition(List<Token> t, int comma)
    {
        if (comma + 2 >= t.Count || !t[comma].IsPunct(',')) return false;
        var k = comma + 1;
        if (!(t[k].Lower is "the" or "a" or "an" or "its" or "their" || t[k].IsPossessive && t[k].Kind == TokenKind.Word)) return false;
        for (k++; k < t.Count && k - comma <= 8; k++)
        {
            var w = t[k];
            if (w.Kind != TokenKind.Word || w.IsCap) return false;
            if (w.Is(LexFlag.EventHeads) && !Lexicon.WeakEventHeads.Contains(w.Lower)) return true;
            if (w.Is(LexFlag.FunctionWords) && w.Lower is not ("most" or "very")) return false;
        }
        return false;
    }

    /// <summary>"to Harbourfest 2027": a name followed by a year is an edition of an event, not a place or a body.</summary>
    private static bool IsYear(Token w) => w.Kind == TokenKind.Number && w.Text.Length == 4 && w.Text[0] is '1' or '2';

    /// <summary>The end of up to three "of (the) X" after a name ending at e; e when none follows.</summary>
    private static int OfTail(List<Token> t, int e)
    {
        for (var n = 0; n < 3 && e + 1 < t.Count && t[e].Lower == "of"; n++)
        {
            var k = e + 1 < t.Count && t[e + 1].Lower == "the" ? e + 2 : e + 1;
            var end = k < t.Count && t[k].IsCap ? Recognizer.OfRun(t, k) : k;
            if (end == k) break;
            e = end;
        }
        return e;
    }

    /// <summary>
    /// "Westmark Trade International (WTI)", "Manufactures Arlenaises des Arts (MAA)": capitalised words with no head word,
    /// followed by an acronym in brackets made of their initials, name a body.
    /// </summary>
    private void FindBodiesByAcronym(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 2; i + 2 < t.Count; i++)
        {
            if (!t[i].IsPunct('(') || !t[i + 2].IsPunct(')') || !t[i + 1].IsAllCaps || t[i + 1].Kind != TokenKind.Word) continue;
            var acronym = t[i + 1].Text;
            if (acronym.Length is < 2 or > 8 || NonBodyAcronyms.Contains(t[i + 1].Lower) || AnySpanContains(orgSpans, i - 1) ||
                !t[i - 1].IsCap && !(t[i - 1].Kind == TokenKind.Word && char.ToUpperInvariant(t[i - 1].Text[0]) == acronym[^1])) continue;
            var start = AcronymStart(t, i, acronym);
            if (start < 0 || i - start < 2 || start > 0 && t[start - 1].IsCap && t[start - 1].Kind == TokenKind.Word && !t[start - 1].Is(LexFlag.FunctionWords)) continue;
            var skip = false;
            var held = IsHeldOrActing(t, start);
            for (var k = start; k < i && !skip; k++)
                skip = t[k].Is(LexFlag.Months | LexFlag.Weekdays | LexFlag.Countries) || !held && t[k].Is(LexFlag.EventHeads | LexFlag.ProgrammeHeads) ||
                       Recognizer.IsTitleWord(t[k]) || DocumentWords.Contains(t[k].Lower) || Recognizer.MatchTitle(t, k) is not null;
            if (skip || IsLikelyPerson(t, start, i)) continue;
            var name = Recognizer.Surface(t, start, i);
            if (IsCountry(name) || IsKnownPersonName(name) || FindOrg(name) is not null) continue;
            if (RegisterOrg(name, "other", si) is { } org)
            {
                // "Société des Eaux" read by its head before the whole name was seen: a part of this name, first seen here.
                foreach (var (inner, innerOrg) in orgSpans)
                    if (inner.Start >= start && inner.End <= i && innerOrg != org && innerOrg.MergedInto is null && !innerOrg.IsRegion && innerOrg.Mentions <= 1 && innerOrg.FirstSentence == si)
                        innerOrg.MergedInto = org;
                orgSpans.Add((new Span(start, i), org));
                if (!org.Acronyms.Contains(acronym)) { org.Acronyms.Add(acronym); _orgsByKey.TryAdd(Key(acronym), org); }
            }
        }
    }

    /// <summary>
    /// "TECK Westmark", "FH Arlen", "HET-NW Arlen-Westmark": a body's acronym before the place it serves, where the name then
    /// ends. The place must look like one: a region already named, a word with letters outside English, a hyphen, or a
    /// second acronym of four letters or more.
    /// </summary>
    private void FindAcronymsWithTheirPlace(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            var a = t[i];
            if (a.Kind != TokenKind.Word || !a.IsAllCaps || a.Text.Length is < 2 or > 8 || !IsAcronymShape(a.Text) || NonBodyAcronyms.Contains(a.Lower) ||
                Recognizer.IsTitleWord(a) || a.Is(LexFlag.Countries) || IsCountry(a.Text)) continue;
            if (i > 0 && t[i - 1].Kind == TokenKind.Word && t[i - 1].IsCap && !t[i - 1].Is(LexFlag.FunctionWords)) continue;
            var p = t[i + 1];
            if (p.Kind != TokenKind.Word || !p.IsCap || p.IsPossessive || AnySpanContains(orgSpans, i) || AnySpanContains(orgSpans, i + 1) ||
                p.Is(LexFlag.OrganizationHeads | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.FunctionWords | LexFlag.Months | LexFlag.Weekdays |
                     LexFlag.Demonyms | LexFlag.Portfolio | LexFlag.Countries | LexFlag.ProgrammeHeads | LexFlag.TitleModifiers) ||
                Recognizer.IsTitleWord(p) || Recognizer.IsHonorific(p)) continue;
            if (i + 2 < t.Count && (t[i + 2].Kind == TokenKind.Word && (t[i + 2].IsCap || t[i + 2].IsParticle) || t[i + 2].Text is "-" or "–")) continue;
            var placeLike = p.IsAllCaps ? p.Text.Length >= 4 && IsAcronymShape(p.Text) && !NonBodyAcronyms.Contains(p.Lower)
                : !Ascii.IsValid(p.Text) || p.Text.IndexOf('-') > 0 || FindOrg(p.Text) is { IsRegion: true };
            if (!placeLike) continue;
            var name = Recognizer.Surface(t, i, i + 2);
            if (IsKnownPersonName(name) || FindOrg(name) is not null) continue;
            // "… Chamber of Arlen (CCA Arlen)": in brackets right after a body, its other name.
            // "(ABC Arlen)" alone after a sentence: a photo's credit, another name of a body named elsewhere.
            if (i > 0 && t[i - 1].IsPunct('(') && (i < 2 || AnySpanContains(orgSpans, i - 2) || t[i - 2].Text is "." or "!" or "?")) continue;
            if (RegisterOrg(name, "other", si) is { } org) orgSpans.Add((new Span(i, i + 2), org));
        }
    }

    /// <summary>Capital letters, with at most one hyphen between them ("ABC-DE").</summary>
    private static bool IsAcronymShape(string w)
    {
        var dashes = 0;
        for (var k = 0; k < w.Length; k++)
        {
            if (w[k] == '-' && k > 0 && k < w.Length - 1) dashes++;
            else if (!char.IsUpper(w[k])) return false;
        }
        return dashes <= 1;
    }

    /// <summary>"Innovation Westmark", "Visit Arlen": a word of promotion before a country or a known region names its agency.</summary>
    private void FindPromotionAgencies(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i < t.Count; i++)
        {
            // "VisitArlen", "InvestWestmark": the word of promotion glued to a country or a known region, in one word.
            if (GluedPromotion(t[i]) is { } glued && (IsCountry(glued) || FindOrg(glued) is { IsRegion: true }))
            {
                // Found first by what is said of it ("officials of X"), with no kind: the word says it is an agency.
                if (FindOrg(t[i].Text) is { } known)
                {
                    if (known.Kind is "other" or "region" && Key(known.Name) == Key(t[i].Text)) known.Kind = "agency";
                }
                else if (!AnySpanContains(orgSpans, i) && RegisterOrg(t[i].Text, "agency", si) is { } brand) orgSpans.Add((new Span(i, i + 1), brand));
                continue;
            }
            // Not at a sentence's start, where "Visit" or "Invest" may be a verb.
            if (i == 0 || i + 1 >= t.Count || !t[i].IsCap || !PromotionWords.Contains(t[i].Lower) || t[i - 1].Kind == TokenKind.Punct && t[i - 1].Text is "." or "\"" or "“" || AnySpanContains(orgSpans, i)) continue;
            var place = Recognizer.PlaceRun(t, i + 1);
            // "a Visit Arlen campaign": before a lower-case noun the words describe something else.
            if (place.End == place.Start || place.End - place.Start > 2 || place.End < t.Count && (t[place.End].Is(LexFlag.OrganizationHeads) ||
                t[place.End].Kind == TokenKind.Word && !t[place.End].IsCap && !t[place.End].Is(LexFlag.FunctionWords))) continue;
            var where = Recognizer.Surface(t, place.Start, place.End);
            if (!IsCountry(where) && FindOrg(where) is not { IsRegion: true }) continue;
            if (RegisterOrg(Recognizer.Surface(t, i, place.End), "agency", si) is { } org) orgSpans.Add((new Span(i, place.End), org));
        }
    }

    /// <summary>The place in "VisitArlen" (a word of promotion, then a capital letter), or null.</summary>
    private static string? GluedPromotion(Token w)
    {
        if (w.Kind != TokenKind.Word || !w.IsCap || w.Text.Length < 8) return null;
        foreach (var word in (ReadOnlySpan<string>)["Visit", "Invest", "Travel", "Study", "Export"])
            if (w.Text.StartsWith(word, StringComparison.Ordinal) && char.IsUpper(w.Text[word.Length]) && w.Text.Length - word.Length >= 3)
                return w.Text[word.Length..];
        return null;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> PromotionWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "invest", "visit", "travel", "innovation", "business", "tourism", "enterprise", "export", "trade", "destination");

    /// <summary>"Arlen's sister-state relationship with …": the place whose tie it is, named with a possessive, is a region.</summary>
    private void FindTieOwners(int si, List<Token> t, List<(Span Span, OrgEntity Org)> orgSpans)
    {
        for (var i = 0; i + 1 < t.Count; i++)
        {
            if (!t[i].IsPossessive || !t[i].IsCap || t[i].Kind != TokenKind.Word || AnySpanContains(orgSpans, i) || t[i].Is(LexFlag.Demonyms | LexFlag.Countries)) continue;
            var next = t[i + 1].Lower;
            if (!(next.StartsWith("sister-", StringComparison.Ordinal) || next.StartsWith("twin", StringComparison.Ordinal) || next is "friendship" or "partnership")) continue;
            var s = i;
            while (s - 1 >= 0 && i - s < 3 && t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word && !t[s - 1].Is(LexFlag.FunctionWords) && !Recognizer.IsTitleWord(t[s - 1])) s--;
            if (s > 0 && t[s - 1].IsCap && t[s - 1].Kind == TokenKind.Word && !t[s - 1].Is(LexFlag.FunctionWords)) continue;
            var name = Recognizer.Surface(t, s, i + 1);
            if (IsCountry(name) || IsKnownPersonName(name) || FindOrg(name) is not null || IsLikelyPerson(t, s, i + 1)) continue;
            if (RegisterOrg(name, "region", si) is { } org) orgSpans.Add((new Span(s, i + 1), org));
        }
    }

    /// <summary>Words of documents and their parts: "Memorandum of Understanding (MOU)" names no body.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DocumentWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "memorandum", "letter", "agreement", "declaration", "plan", "protocol", "treaty", "charter", "understanding", "intent", "contract", "convention", "act", "law");

    /// <summary>
    /// Matches the acronym's letters, from its end, to the initials of the words before the bracket at <paramref name="open"/>
    /// (each part of a hyphenated word counts; a lower-case link word counts only where its letter is needed). Returns the
    /// first word of the name, or -1.
    /// </summary>
    private static int AcronymStart(List<Token> t, int open, string acronym)
    {
        var j = acronym.Length - 1;
        var k = open - 1;
        var start = -1;
        var lowerCase = false;
        var skipped = false;
        while (k >= 0 && j >= 0 && open - k <= 10)
        {
            var w = t[k];
            // "Arlen Trade & Invest (ATAI)": an ampersand stands for "and" and may give its letter.
            if (w.Text == "&")
            {
                if (char.ToUpperInvariant(acronym[j]) == 'A' && k > 0 && t[k - 1].IsCap) j--;
                k--;
                continue;
            }
            if (w.Kind != TokenKind.Word) return -1;
            if (w.IsCap)
            {
                // The initials of "Arlen-Westmark" are "AW"; match them as a block, or the first letter alone.
                var text = w.Text;
                var n = 1;
                for (var c = 1; c < text.Length; c++) if (text[c - 1] == '-' && char.IsUpper(text[c])) n++;
                var matched = false;
                if (n > 1 && j - n + 1 >= 0)
                {
                    matched = true;
                    var q = j;
                    for (var c = text.Length - 1; c >= 0 && matched; c--)
                        if ((c == 0 || text[c - 1] == '-') && char.IsUpper(text[c])) matched = char.ToUpperInvariant(acronym[q--]) == text[c];
                    if (matched) j -= n;
                }
                if (!matched)
                {
                    if (char.ToUpperInvariant(acronym[j]) != char.ToUpperInvariant(text[0])) return -1;
                    j--;
                }
                start = k;
            }
            else if (w.Lower is "of" or "and" or "for" or "the" or "&" || w.IsParticle || ForeignLinks.Contains(w.Lower))
            {
                if (char.ToUpperInvariant(acronym[j]) == char.ToUpperInvariant(w.Text[0]) && k > 0 && t[k - 1].IsCap) j--;
            }
            // "Agence velmoraise de promotion (AVP)", "Université libre de X (ULX)", "Velmorské inovační centrum (VIC)":
            // languages that write the words of a name after the first in lower case; a lower-case word gives its initial.
            else if (char.ToUpperInvariant(acronym[j]) == char.ToUpperInvariant(w.Text[0]) && char.IsLetter(w.Text[0])) { j--; lowerCase = true; }
            // "Société des Eaux à gestion Publique de X (SEPX)": one lower-case word after a link of another language gives none.
            else if (!skipped && k > 0 && ForeignLinks.Contains(t[k - 1].Lower)) { skipped = true; lowerCase = true; }
            else return -1;
            k--;
        }
        if (j >= 0 || start < 0) return -1;
        // A name with lower-case words is one of another language: its first word a head word, a letter outside English, or a
        // link of another language inside it.
        if (lowerCase && !t[start].Is(LexFlag.OrganizationHeads))
        {
            var foreign = false;
            for (var q = start; q < open && !foreign; q++) foreign = !Ascii.IsValid(t[q].Text) || ForeignLinks.Contains(t[q].Lower);
            if (!foreign) return -1;
        }
        return start;
    }

    /// <summary>Links inside names of other languages ("à", "et", "und", "i").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ForeignLinks = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "à", "au", "aux", "et", "en", "des", "du", "i", "und", "og", "och", "für", "pour", "para", "per", "dla", "za", "na", "ve");

    /// <summary>The token after a phrase that introduces a body ("with the support of", "organised by"), or -1; every cue ends in "of", "by" or "with", which the caller tests first.</summary>
    private static int BodyAfterCue(List<Token> t, int i)
    {
        var w = t[i].Lower;
        if (w == "support" && i + 1 < t.Count && t[i + 1].Lower == "of" && i > 0 && t[i - 1].Lower is "the" or "with") return i + 2;
        // "supported by X", "run by X": what a body does for a project, or how a facility is run.
        if (w is "organised" or "organized" or "funded" or "sponsored" or "financed" or "co-organised" or "co-organized" or "supported" or "operated" or "managed" or "owned" &&
            t[i + 1].Lower == "by") return i + 2;
        // "representatives of X", "officials of X": people speak for a body (or a place, already known as one).
        if (w is "representatives" or "officials" && t[i + 1].Lower == "of") return i + 2;
        if (w is "cooperation" or "collaboration" or "co-operation" or "partnership" && t[i + 1].Lower == "with" && i > 0 && t[i - 1].Lower == "in") return i + 2;
        // "a tournament organised with X": the body an occasion is organised with.
        if (w is "organised" or "organized" or "co-organised" or "co-organized" && t[i + 1].Lower == "with") return i + 2;
        return -1;
    }

    /// <summary>
    /// "ABCD will deliver training …", "ABCD has opened …": a sentence that opens with an acronym of three or more capitals
    /// and a verb; the acronym (with the capitalised words after it) names a body. Returns its first token, or -1.
    /// </summary>
    private static int AcronymSubject(List<Token> t)
    {
        var k = t[0].Kind == TokenKind.Punct ? 1 : 0;
        if (k >= t.Count || !t[k].IsAllCaps || t[k].Text.Length < 3 || t[k].Kind != TokenKind.Word || NonBodyAcronyms.Contains(t[k].Lower)) return -1;
        foreach (var c in t[k].Text) if (!char.IsLetter(c)) return -1;
        var e = k + 1;
        while (e < t.Count && e - k < 4 && t[e].IsCap && t[e].Kind == TokenKind.Word) e++;
        return e < t.Count && t[e].Lower is "will" or "shall" or "has" or "have" or "is" or "was" or "signed" or "provides" or "offers" or "delivers" ? k : -1;
    }

    /// <summary>
    /// A credit line: "Photo:", "Photo credit:", "Photos by:" or "Credit:", then names only (no lower-case word but a function
    /// word or a particle). A caption that says what the picture shows ("Photo: the two governors after the signing") is no
    /// credit line: its people are the story's. A "Source:" line is not one either: it names the office that issued the story.
    /// </summary>
    /// <summary>A line of three words or more, every one of them in capitals.</summary>
    private static bool IsShoutedLine(List<Token> t)
    {
        var words = 0;
        foreach (var w in t)
        {
            if (w.Kind != TokenKind.Word) continue;
            if (!w.IsAllCaps) return false;
            words++;
        }
        // "WHO TRAVELLED", "KEY FACTS": a heading of two words is a heading too, though one of them may look like an acronym.
        return words >= 2;
    }

    /// <summary>
    /// "the Minister of Productive Development, Name", "Vice-Minister of State Administration Name": what follows a minister's
    /// title and its "of" (no "the" between) is the minister's portfolio, not a body, though it may end in a head word
    /// ("Administration", "Industries"). A place there ("Minister of Arlen Province") is left to the place rules.
    /// </summary>
    private static bool IsMinistersPortfolio(List<Token> t, OrgSpan o)
    {
        var s = o.Span.Start;
        if (s < 2 || o.Kind == "region" || t[s - 1].Lower is not ("of" or "for")) return false;
        var title = t[s - 2].Lower;
        return title is "minister" or "vice-minister" or "viceminister" or "ministers" || title == "state" && s >= 4 && t[s - 3].Lower == "of" && t[s - 4].Lower == "minister";
    }

    private static bool IsCreditLine(List<Token> t)
    {
        if (t.Count < 3 || t[0].Lower is not ("photo" or "photos" or "foto" or "fotos" or "credit" or "credits" or "image" or "picture" or "pictures")) return false;
        var k = 1;
        if (t[k].Lower is "credit" or "credits" or "by") k++;
        if (k >= t.Count || !t[k].IsPunct(':')) return false;
        for (k++; k < t.Count; k++)
            if (t[k].Kind == TokenKind.Word && !t[k].IsCap && !t[k].Is(LexFlag.FunctionWords) && !t[k].IsParticle) return false;
        return true;
    }

    /// <summary>Acronyms of things that are no bodies.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NonBodyAcronyms = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "mou", "moa", "loi", "ceo", "cfo", "gdp", "ict", "sme", "smes", "covid", "ngo", "ngos", "fta", "oda", "sdg", "sdgs", "phd", "usd", "eur",
        "lng", "icts", "stem", "vip", "vips", "faq", "pdf", "tv", "ai", "it", "ev", "evs", "r&d");

    /// <summary>Lower-case head words after a name that make it a body ("the X agency"); region words are left out, as "the X region" is a place.</summary>
    private static readonly Dictionary<string, string> LowerCaseBodies = new(StringComparer.Ordinal)
    {
        ["agency"] = "agency", ["corporation"] = "company", ["company"] = "company", ["association"] = "other", ["foundation"] = "other",
        ["institute"] = "institute", ["consortium"] = "company", ["cooperative"] = "other", ["federation"] = "other", ["bank"] = "company",
        ["museum"] = "museum",
    };

    /// <summary>Nouns of a company described by what it does, after a name and a comma ("X, a cable maker based in …").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ApposedCompanies = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "maker", "manufacturer", "producer", "firm", "developer", "start-up", "startup", "exporter", "supplier");

    /// <summary>
    /// Lower-case head words after a name of two words or more that make it a body ("the Arlen Tech Park innovation cluster",
    /// "the Velden Polder Board water authority"); after one word they more often describe a body of a place ("the Arlen port
    /// authority", "the Arlen rowing club").
    /// </summary>
    private static readonly Dictionary<string, string> LowerCaseBodiesOfLongerNames = new(StringComparer.Ordinal)
    {
        ["authority"] = "agency", ["cluster"] = "other", ["movement"] = "other", ["network"] = "other",
    };

    /// <summary>Lower-case nouns of bodies that a description before a name ends in ("the airline X", "the football club X").</summary>
    private static readonly Dictionary<string, string> DescribedBodies = new(LowerCaseBodies, StringComparer.Ordinal)
    {
        ["co-operative"] = "other", ["club"] = "other", ["operator"] = "company", ["carrier"] = "company", ["airline"] = "company", ["firm"] = "company", ["producer"] = "company",
        ["manufacturer"] = "company", ["broadcaster"] = "company", ["cluster"] = "other", ["network"] = "other", ["union"] = "other", ["society"] = "other",
    };

    /// <summary>"in Valorian companies": a capitalised adjective of a place before a lower-case noun is no place.</summary>
    private static bool IsAdjectiveBeforeNoun(List<Token> t, int k)
    {
        var w = t[k].Lower;
        // "Arlenian students", "Westmarkan students", "Celtic and Arlenic languages": "-an" and "-ic" too, but not before a
        // head word ("Isfahan province" is a place).
        var strong = w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal);
        if (!strong && !(w.Length > 4 && (w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal)))) return false;
        // Two adjectives joined by "and" before one noun.
        if (k + 3 < t.Count && t[k + 1].Lower == "and" && t[k + 2].IsCap && t[k + 2].Kind == TokenKind.Word) k += 2;
        return k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && !t[k + 1].IsCap && !t[k + 1].Is(LexFlag.FunctionWords) && !t[k + 1].Is(LexFlag.NameParticles) &&
               (strong || !t[k + 1].Is(LexFlag.OrganizationHeads | LexFlag.Facilities | LexFlag.EventHeads));
    }

    /// <summary>"rural", "maritime", "northern": a lower-case word shaped like an adjective (not "signed", "come").</summary>
    private static bool IsAdjectiveShape(string w) =>
        w.Length > 4 && (w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) ||
                         w.EndsWith("ous", StringComparison.Ordinal) || w.EndsWith("ary", StringComparison.Ordinal) || w.EndsWith("ern", StringComparison.Ordinal) ||
                         w.EndsWith("ime", StringComparison.Ordinal) || w.EndsWith("ine", StringComparison.Ordinal));

    /// <summary>"Alpine", "Andine": a capitalised adjective in "-ine" before a lower-case noun ("in Andine valleys") is no place.</summary>
    private static bool IsAdjectiveInIne(List<Token> t, int k) =>
        t[k].Lower.Length > 5 && t[k].Lower.EndsWith("ine", StringComparison.Ordinal) && k + 1 < t.Count && t[k + 1].Kind == TokenKind.Word && !t[k + 1].IsCap &&
        !t[k + 1].Is(LexFlag.FunctionWords | LexFlag.NameParticles | LexFlag.OrganizationHeads | LexFlag.Facilities | LexFlag.EventHeads);

    /// <summary>"French-language": a compound whose last part is lower case describes, it names no place.</summary>
    private static bool IsHyphenatedAdjective(Token w)
    {
        var dash = w.Text.LastIndexOf('-');
        return dash > 0 && dash + 1 < w.Text.Length && char.IsLower(w.Text[dash + 1]);
    }

    private static bool AnySpanContains(List<(Span Span, OrgEntity Org)> spans, int k)
    {
        foreach (var o in spans) if (o.Span.Contains(k)) return true;
        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Countries =
        Lexicon.Countries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int CountryAt(List<Token> t, int i)
    {
        if (!t[i].IsCap) return 0;
        Span<char> buffer = stackalloc char[128];
        for (var len = Math.Min(4, t.Count - i); len >= 1; len--)
        {
            // "w1 w2 …" built in a buffer; a phrase longer than it is no country.
            var n = 0;
            for (var k = i; k < i + len && n >= 0; k++)
            {
                var w = t[k].Lower;
                if (n + w.Length + 1 > buffer.Length) n = -1;
                else
                {
                    if (k > i) buffer[n++] = ' ';
                    w.AsSpan().CopyTo(buffer[n..]);
                    n += w.Length;
                }
            }
            if (n >= 0 && Countries.Contains(buffer[..n])) return len;
        }
        return 0;
    }

    private bool IsKnownPersonName(string name) => _peopleByKey.ContainsKey(Key(name));

    /// <summary>A capitalised run that a title or a courtesy word introduces, or that a ", Title" follows, is a person.</summary>
    private static bool IsLikelyPerson(List<Token> t, int s, int e)
    {
        if (s > 0 && (Recognizer.IsHonorific(t[s - 1]) || Recognizer.IsTitleWord(t[s - 1]))) return true;
        if (e + 1 < t.Count && t[e].IsPunct(',') && Recognizer.MatchTitle(t, e + 1) is { } m && m.Capitalised) return e - s >= 2;
        return false;
    }

    private void FindDateline(int si, List<Token> t)
    {
        if (_datelinePlace is not null || t.Count < 3) return;
        var e = 0;
        while (e < t.Count && e < 4 && t[e].IsAllCaps && t[e].Text.Length >= 2 && t[e].Text.All(char.IsLetter)) e++;
        if (e == 0 || e >= t.Count) return;
        if (!(t[e].Text is "," or "—" or "–" or "-" or ":")) return;
        // Turkish capitals write i as İ ("KESTİRKALE"), which the invariant lower case leaves as it is.
        var name = Recognizer.TitleCase(string.Join(' ', t.Take(e).Select(x => x.Text)).Replace('İ', 'I'));
        if (IsCountry(name)) return;
        _datelinePlace = name;
        _datelineSentence = si;
        RegisterOrg(name, "region", si);
    }
}
