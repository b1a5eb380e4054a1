using System.Text;
using System.Collections.Frozen;
using Amity.Extraction.Text;

namespace Amity.Extraction.Reading;

/// <summary>A span of tokens [Start, End).</summary>
internal readonly record struct Span(int Start, int End)
{
    public bool Contains(int i) => i >= Start && i < End;
}

internal readonly record struct OrgSpan(Span Span, string Name, string Kind, string? Acronym);

/// <summary>An office found in a sentence: tokens, the office as written, and the lower-case core word ("governor").</summary>
internal readonly record struct TitleMatch(Span Span, string Text, string Core, bool Capitalised);

/// <summary>Token-level recognisers shared by both passes. Stateless; every loop is bounded by the sentence.</summary>
internal static class Recognizer
{
    internal static FrozenSet<string> TitleWordSet => TitleWords;

    internal static FrozenSet<string> TitleFirstWordSet => TitleFirstWords;

    private static readonly FrozenSet<string> TitleWords = Lexicon.Titles
        .Select(t => t.Split('_')[^1])
        .Where(w => w is not ("parliament" or "general" or "member" or "executive" or "officer" or "head" or "staff" or "chief" or "principal" or "representative" or "manager" or "board"))
        .Concat(Lexicon.Titles.Where(t => !t.Contains('_')))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly int MaxTitleWords = Lexicon.Titles.Max(t => t.Split('_').Length);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Lexicon.Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitleWord(string lower) => TitleWords.Contains(lower);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordsBySpan = TitleWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsTitleWord(ReadOnlySpan<char> lower) => TitleWordsBySpan.Contains(lower);

    public static bool IsTitleWord(Token t) => t.Is(LexFlag.TitleWord);

    /// <summary>
    /// "H. Budi Santoso, S.E., M.Si.", "Dr. Ir. Rina Wati, S.T., M.T.": Indonesian and Malay names carry their degrees after
    /// a comma, one after another, and "S.E." (Sarjana Ekonomi) is also a company's legal form. Letters after a comma are a
    /// degree when another degree follows them after a comma, or when the run before them opens with an honorific of a
    /// person ("H.", "Hj.", "Dr.", "Ir.", "Drs.", "Prof.").
    /// </summary>
    private static bool IsDegreeAfterName(List<Token> t, int h)
    {
        if (!AcademicDegrees.Contains(t[h].Text)) return false;
        if (h + 2 < t.Count && t[h + 1].IsPunct(',') && AcademicDegrees.Contains(t[h + 2].Text)) return true;
        var k = h - 2;
        while (k - 1 >= 0 && h - k < 7 && (IsNameWord(t[k - 1]) || IsHonorific(t[k - 1]) || t[k - 1].Text is "H." or "Hj.")) k--;
        return k < h - 2 && (IsHonorific(t[k]) || t[k].Text is "H." or "Hj.");
    }

    /// <summary>Degrees written after a name in Indonesia and Malaysia (sarjana, magister, doktor) and abroad.</summary>
    private static readonly FrozenSet<string> AcademicDegrees = FrozenSet.Create(StringComparer.Ordinal,
        "S.E.", "S.H.", "S.T.", "S.Sos.", "S.Pd.", "S.Kom.", "S.IP.", "S.Ag.", "S.Psi.", "S.Ked.", "S.Si.", "S.P.", "S.S.",
        "S.Hut.", "S.Pi.", "S.Farm.", "S.Kep.", "S.Ak.", "M.Si.", "M.M.", "M.H.", "M.T.", "M.Pd.", "M.Kes.", "M.A.", "M.Sc.",
        "M.Eng.", "M.Hum.", "M.Ak.", "M.Kom.", "M.Ag.", "M.P.", "M.Sos.", "Ph.D.", "Lc.", "MBA", "M.B.A.");

    public static bool IsHonorific(Token t) => t.Kind == TokenKind.Word && t.Is(LexFlag.Honorifics);

    public static bool IsCountry(string name) => IsCountryFast(name) ?? IsCountrySlow(name);

    /// <summary>The full test: the normalised words of the name form a country.</summary>
    public static bool IsCountrySlow(string name)
    {
        var words = Names.Words(name);
        if (Lexicon.Countries.Contains(string.Join(' ', words))) return true;
        // "Republic of Ghana", "the Federal Republic of Nigeria", "Kingdom of Norway": a country's formal name.
        if (words.Count > 1 && words[0] == "the" && Lexicon.Countries.Contains(string.Join(' ', words.Skip(1)))) return true;
        var of = -1;
        for (var i = 0; i < words.Count; i++) if (words[i] == "of") { of = i; break; }
        if (of <= 0 || of == words.Count - 1 || !IsStateNoun(words[of - 1])) return false;
        return Lexicon.Countries.Contains(string.Join(' ', words.Skip(of + 1)));
    }

    /// <summary>False for a plain ASCII name whose first word starts no country; null when the full test is needed.</summary>
    public static bool? IsCountryFast(string name)
    {
        // Most names are ASCII and start with a word that starts no country: decide those without allocating.
        if (Ascii.IsValid(name))
        {
            var s = 0;
            while (s < name.Length && !char.IsAsciiLetterOrDigit(name[s])) s++;
            var e = s;
            while (e < name.Length && char.IsAsciiLetterOrDigit(name[e])) e++;
            if (e == s) return false;
            if (e - s > 32) return false;
            Span<char> first = stackalloc char[e - s];
            name.AsSpan(s, e - s).ToLowerInvariant(first);
            if (!CountryFirstWords.Contains(first)) return false;
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryFirstWords =
        Lexicon.Countries.Select(c => c.Split(' ')[0])
            .Concat(["republic", "federal", "kingdom", "federation", "commonwealth", "principality", "sultanate", "emirate", "united", "people", "islamic", "democratic", "socialist", "plurinational", "bolivarian", "the"])
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised word that can be part of a name on the left of a head word.</summary>
    public static bool IsNameWord(Token t) =>
        t.Kind == TokenKind.Word && t.IsCap && !t.Is(LexFlag.FunctionWords) && !t.Is(LexFlag.Months) && !IsBasedIn(t) &&
        !t.Is(LexFlag.Weekdays) && !IsTitleWord(t) && !IsHonorific(t) &&
        (!t.IsPossessive || t.Is(LexFlag.CommonPossessives));

    /// <summary>Finds organizations anchored on a head word ("… Province", "University of …", "… Co., Ltd.").</summary>
    public static List<OrgSpan> FindOrganizations(List<Token> t)
    {
        var spans = new List<OrgSpan>();
        bool[]? mask = MaskNotComputed;
        for (var h = 0; h < t.Count; h++)
        {
            var tok = t[h];
            string? kind = null;
            // "Harbour Freight Park sp. z o.o.": the legal form of a Polish limited company ends a company's name.
            if (PolishLegalForm(t, h) is > 0 and var form)
            {
                var from = h;
                while (from - 1 >= 0 && IsNameWord(t[from - 1]) && h - from < 8) from--;
                if (from < h && !(spans.Count > 0 && spans[^1].Span.End == h + form))
                    spans.Add(new OrgSpan(new Span(from, h + form), Surface(t, from, h) + " sp. z o.o.", "company", null));
                continue;
            }
            // "Vestfjord Kabel A/S", "Baltic Build UAB": a legal form written as the law writes it ends a company's name.
            // "Aeronáutica Westal, S.A. de C.V.": a comma may stand before the legal form.
            var comma = h > 1 && t[h - 1].IsPunct(',') && IsNameWord(t[h - 2]) && t[h].Text.Contains('.') ? 1 : 0;
            // "the Mayor of Arlen, Mara Velo, S.E., and …": after a name in apposition, "S.E." is the Indonesian degree
            // (Sarjana Ekonomi), not the European company (written "SE").
            if (comma > 0 && (IsDegreeAfterName(t, h) || tok.Text == "S.E." && NameInAppositionBefore(t, h))) continue;
            if (h > 0 && tok.Kind == TokenKind.Word && tok.Text.Length <= 4 && (IsNameWord(t[h - 1 - comma]) || IsTradeAbbreviation(t, h - 1)) && !(spans.Count > 0 && spans[^1].Span.End >= h - comma) &&
                ExactLegalFormLength(t, h) is > 0 and var exact)
            {
                var from = h - 1 - comma;
                // "Electricidade de Arlen, E.P.": a particle between two words of the name.
                // "Općinska zadruga Arlen d.o.o.": a lower-case noun of the name's language between two of its capitalised words.
                while (from - 1 >= 0 && (IsNameWord(t[from - 1]) || IsTradeAbbreviation(t, from - 1) ||
                       (t[from - 1].IsParticle || t[from - 1].Kind == TokenKind.Word && !t[from - 1].IsCap && !t[from - 1].Is(LexFlag.FunctionWords) && from - 1 < h - 1 - comma && !Ascii.IsValid(t[from - 2 >= 0 ? from - 2 : 0].Text)) &&
                       from - 2 >= 0 && IsNameWord(t[from - 2]) ||
                       // Seventeenth round, second half: "Velno Energi & Vatten AB", "Marek & Tobin Ltd": an ampersand joins two
                       // words of a company's name before its legal form.
                       t[from - 1].Text == "&" && from - 2 >= 0 && IsNameWord(t[from - 2]) && from < h - comma) && h - from < 8) from--;
                var written = new StringBuilder(Surface(t, from, h - comma)).Append(comma > 0 ? ", " : " ");
                var legal = new StringBuilder();
                for (var j = h; j < h + exact; j++) legal.Append(t[j].Text);
                // "A/S." at the end of a sentence: the full stop is the sentence's.
                if (legal[^1] == '.' && !ExactLegalForms.Contains(legal.ToString())) legal.Length--;
                written.Append(legal);
                var end = h + exact;
                if (VariableCapital(t, end) > 0)
                {
                    written.Append(" de ").Append(t[end + 1].Text);
                    end += 2;
                }
                // "Arlen Port Administration S.A. Westport (APA)": the seat after the legal form, one word, then a mark.
                else if (SeatAfterLegalForm(t, end))
                {
                    written.Append(' ').Append(t[end].Text);
                    end++;
                }
                spans.Add(new OrgSpan(new Span(from, end), written.ToString(), "company", null));
                h = end - 1;
                continue;
            }
            // "AS Arlen Koks", "SIA Westmark Mezs", "UAB Baltic Build": a Baltic legal form written before the company's name.
            // "PT Arlen Jaya", "KUD Tani Arlen": the Indonesian limited company and village co-operative likewise.
            if (tok.Text is "AS" or "SIA" or "UAB" or "AAS" or "PT" or "KUD" && (h == 0 || !t[h - 1].IsCap || t[h - 1].Kind == TokenKind.Punct) && h + 1 < t.Count && IsNameWord(t[h + 1]) && !t[h + 1].IsAllCaps)
            {
                var company = PlaceRun(t, h + 1);
                if (company.End - company.Start <= 4 && (company.End >= t.Count || !t[company.End].IsCap) && !t[company.End - 1].IsPossessive)
                {
                    spans.Add(new OrgSpan(new Span(h, company.End), Surface(t, h, company.End), "company", null));
                    h = company.End - 1;
                    continue;
                }
            }
            // "the Port of Arlen": a port named with "of" is the body that runs it, not only its quays.
            if (tok.Lower == "port" && tok.IsCap && h + 2 < t.Count && t[h + 1].Lower == "of" && t[h + 2].IsCap && (h == 0 || !t[h - 1].IsCap) &&
                PortName(t, h) is var portEnd && portEnd > h)
            {
                spans.Add(new OrgSpan(new Span(h, portEnd), Surface(t, h, portEnd), "agency", null));
                h = portEnd - 1;
                continue;
            }
            // "Port Westhaven": a port named without "of", one word, is the body that runs it (or a town of that name: a
            // record either way).
            if (tok.Text == "Port" && (h == 0 || !t[h - 1].IsCap || t[h - 1].Kind == TokenKind.Punct) && h + 1 < t.Count && IsNameWord(t[h + 1]) && !t[h + 1].IsAllCaps &&
                !t[h + 1].IsPossessive && !t[h + 1].Is(LexFlag.OrganizationHeads | LexFlag.Facilities | LexFlag.EventHeads | LexFlag.Portfolio | LexFlag.Demonyms) &&
                (h + 2 >= t.Count || !t[h + 2].IsCap && !t[h + 2].IsParticle))
            {
                spans.Add(new OrgSpan(new Span(h, h + 2), Surface(t, h, h + 2), "agency", null));
                h++;
                continue;
            }
            // "Secretary of State for …", "Secretariat of State for …": a state that names no region.
            // "the Council of State of the Canton of X", "Minister of State": after a body's or an office's "of", "State" is part of it.
            if (tok.Lower == "state" && h > 0 && t[h - 1].Lower == "of" && (h + 1 < t.Count && t[h + 1].Lower == "for" || h >= 2 && t[h - 2].IsCap && (t[h - 2].Is(LexFlag.OrganizationHeads) || IsTitleWord(t[h - 2])))) continue;
            // "Arlen University's Vice-Rector": a body's possessive before its office.
            // "Arlen University's Faculty of Law": or before a unit of it, a body of its own.
            // "the Arlen Chamber's Mara Tobin said": or before a person of it, named in full.
            if (tok.IsPossessive && tok.IsCap && h > 0 && h + 1 < t.Count && (MatchTitle(t, h + 1) is { } office && office.Span.Start == h + 1 || IsUnitHead(t[h + 1]) ||
                NameRun(t, h + 1) is var member && member.End - member.Start >= 2 && member.End < t.Count && (t[member.End].Kind == TokenKind.Punct || !t[member.End].IsCap)) &&
                Lexicon.OrganizationHeads.TryGetValue(tok.Base.ToLowerInvariant(), out var owner) && owner != "company")
            {
                var from = h;
                while (from - 1 >= 0 && IsNameWord(t[from - 1]) && h - from < 6) from--;
                if (from < h && !(spans.Count > 0 && spans[^1].Span.End > from)) spans.Add(new OrgSpan(new Span(from, h + 1), Surface(t, from, h + 1), owner, null));
                continue;
            }
            // "Empresa de Energía X S.A.": a legal form inside the name just found ends that name; it starts no second company.
            if (spans.Count > 0 && spans[^1].Span.Contains(h) && LegalFormHeads.Contains(tok.Lower)) continue;
            // "Arlen universitet", "Westmarska županija": in some languages a body's head is written in lower case after its place.
            if (!tok.IsCap && h > 0 && t[h - 1].IsCap && tok.Kind == TokenKind.Word && IsNameWord(t[h - 1]) && !t[h - 1].IsPossessive && LowerCaseHeadsAfterName.TryGetValue(tok.Lower, out var lowerKind) &&
                !(spans.Count > 0 && spans[^1].Span.End >= h))
            {
                var from = h - 1;
                while (from - 1 >= 0 && IsNameWord(t[from - 1]) && h - from < 4) from--;
                spans.Add(new OrgSpan(new Span(from, h + 1), Surface(t, from, h + 1), lowerKind, null));
                continue;
            }
            if (!tok.IsCap || tok.IsPossessive || !(tok.Is(LexFlag.OrganizationHeads) && (Lexicon.OrganizationHeads.TryGetValue(tok.Lower, out kind) || Lexicon.CompoundHeadKind(tok.Lower) is { } compound && (kind = compound) is not null) || IsOrganizationPark(t, h, ref kind))) continue;
            // "Direction du Tourisme": the French head only before its "of" (in English "direction" is no body).
            if (tok.Lower == "direction" && !(h + 1 < t.Count && RomanceOf.Contains(t[h + 1].Text))) continue;
            // "the Arlen Chambers of Commerce": a body of chambers only with its "of", and not inside a longer name ("Federation
            // of … Chambers of …"); "Commission Chambers" are rooms.
            if (tok.Lower == "chambers" && !(h + 2 < t.Count && t[h + 1].Lower == "of" && t[h + 2].IsCap && (h < 2 || t[h - 2].Lower != "of"))) continue;
            // "Universidade Federal de X", "Université libre de X": a head of another language, its adjectives, then its own "of".
            // "Office Régional de …": with the head first, any head may take adjectives before its Romance "of".
            var foreignAdjectives = tok.Is(LexFlag.OrganizationHeads) && (ForeignHeads.Contains(tok.Lower) || kind != "region" && (h == 0 || !IsNameWord(t[h - 1])) && h + 2 < t.Count && RomanceOf.Contains(t[h + 2].Text)) ? AdjectivesBeforeLink(t, h + 1) : 0;
            var placeAfter = PlaceAfterHead(t, h, kind!);
            var consulateGeneral = OrgSpans.ConsulateGeneral(t, h);
            if (h + 1 < t.Count && t[h + 1].IsCap && !t[h + 1].IsPossessive && !HeadsBeforeName.Contains(tok.Lower) && !HeadsBeforeAdjectives.Contains(tok.Lower) && foreignAdjectives == 0 && !placeAfter && !consulateGeneral &&
                !((ForeignHeads.Contains(tok.Lower) && kind is "museum" or "arts" || tok.Text == "Region") && (h == 0 || !IsNameWord(t[h - 1]))))
            {
                // The head is only a modifier ("City Hall", "Province Trade Expo"): the name ends further on.
                var next = t[h + 1].Lower;
                var endsInEvent = RunEndsInEventHead(t, h + 1);
                // A word of the sentence or of a headline ("… Province Now …", "… University Prof. …") ends the name at the head.
                if (!(IsTitleWord(next) || Lexicon.TitleModifiers.Contains(next) && h + 2 < t.Count && IsTitleWord(t[h + 2]) || endsInEvent && kind == "region" ||
                      t[h + 1].Is(LexFlag.FunctionWords) && !t[h + 1].IsParticle && next is not ("new" or "first" or "second" or "third") || IsHonorific(t[h + 1]) && h + 2 < t.Count && t[h + 2].IsCap || HeadlineVerbs.Contains(next) ||
                      kind != "region" && (HolderNamedAfterBody(t, h) || AcronymAfterHead(t, h))))
                    continue;
            }
            var s = h;
            // "… Kereskedelmi és Iparkamara": the word for "and" of another language joins two words of the name.
            // "Arlen Kaili New Materials Co., Ltd.": "New" between words of a company's name is one of them.
            while (s - 1 >= 0 && h - s < 8 && (IsNameWord(t[s - 1]) || s - 2 >= 0 && (s < h && IsJoiningDash(t, s - 1) || ForeignAnd.Contains(t[s - 1].Text)) && IsNameWord(t[s - 2]) ||
                   kind == "company" && s < h && t[s - 1].Text == "New" && s - 2 >= 0 && IsNameWord(t[s - 2])))
                s -= IsNameWord(t[s - 1]) || t[s - 1].Text == "New" ? 1 : 2;
            // Seventeenth round: "the New Tarswick Community College": "New" opening a place's name of two words opens the body's,
            // after "the", a lower-case word or punctuation (a headline's "New" before a name is an adjective of the story).
            if (s < h && s - 1 >= 1 && t[s - 1].Text == "New" && (t[s - 2].Lower == "the" || t[s - 2].Kind == TokenKind.Word && !t[s - 2].IsCap || t[s - 2].Kind == TokenKind.Punct && t[s - 2].Text is "," or "(")) s--;
            // "Industrie- und Handelskammer": the first compound's shared end left out, marked by a hyphen before "und".
            if (s == h && s - 3 >= 0 && ForeignAnd.Contains(t[s - 1].Text) && t[s - 2].Text is "-" && IsNameWord(t[s - 3]) && t[s - 3].End == t[s - 2].Start) s -= 3;
            // "the Port of Arlen Authority": the port's own "of" inside the body's name.
            if (s < h && s - 2 >= 0 && t[s - 1].Lower == "of" && t[s - 2].Text == "Port") s -= 2;
            // A courtesy word can also be the first word of a country's name; then it opens the body's name.
            if (s - 1 >= 0 && s < h && IsHonorific(t[s - 1]) && IsCountrySlow(t[s - 1].Text + " " + t[s].Text)) s--;
            // A company's name may open with a word that is elsewhere a courtesy word, unless an office or a name comes before it.
            else if (s - 1 >= 0 && s < h && IsHonorific(t[s - 1]) && t[s - 1].IsCap && kind == "company" && (s - 2 < 0 || !t[s - 2].IsCap && !IsTitleWord(t[s - 2]))) s--;
            // "at Sultan Faisal Hospital", "visit Prince Amir University": a courtesy word inside the name of an institution,
            // after a lower-case word (a name with its courtesy word would follow a capitalised office or a comma).
            // Seventeenth round, second half: "the Director of Shri Arlen Velmani Institute of …": the person's name may have two words.
            else if (s - 2 >= 0 && (s == h - 1 || s == h - 2 && kind is "institute" or "university") && IsHonorific(t[s - 1]) && t[s - 1].IsCap && !t[s - 1].Text.EndsWith('.') && kind is "other" or "university" or "museum" or "institute" &&
                     t[s - 2].Kind == TokenKind.Word && !t[s - 2].IsCap) s--;
            // "Prince of Arlen University", "Queen of Velmar Hospital": an institution named after a royal title of a place.
            if (s < h && s - 2 >= 0 && t[s - 1].Lower == "of" && t[s - 2].IsCap && t[s - 2].Lower is "prince" or "princess" or "king" or "queen" && kind is "university" or "other" or "institute" or "museum" &&
                (s - 3 < 0 || !t[s - 3].IsCap || t[s - 3].Kind == TokenKind.Punct)) s -= 2;
            // "Westhill Estates (Pvt) Ltd", "Arlen Tea (Private) Limited": the private company's mark in brackets.
            if (s == h && h - 4 >= 0 && tok.Lower is "ltd" or "ltd." or "limited" && t[h - 1].IsPunct(')') && t[h - 2].Lower is "pvt" or "pvt." or "private" or "pte" or "pte." && t[h - 3].IsPunct('(') && IsNameWord(t[h - 4]))
            {
                s = h - 4;
                while (s - 1 >= 0 && IsNameWord(t[s - 1]) && h - s < 8) s--;
            }
            // "Citizens' Representative Khural", "Farmers' Union": a plural possessive opens the name, an office inside it.
            // "Arlen Aimag Citizens' Representative Khural": with the place before it.
            if (s - 1 >= 0 && IsPluralPossessive(t[s - 1]) || s - 2 >= 0 && IsTitleWord(t[s - 1]) && t[s - 1].IsCap && IsPluralPossessive(t[s - 2]))
            {
                s -= IsPluralPossessive(t[s - 1]) ? 1 : 2;
                while (s - 1 >= 0 && IsNameWord(t[s - 1]) && !t[s - 1].IsPossessive && h - s < 8) s--;
            }
            // "Deputy District Administrator": before an office, a modifier of that office is no part of the body.
            if (h + 1 < t.Count && IsTitleWord(t[h + 1])) while (s < h && t[s].Is(LexFlag.TitleModifiers)) s++;
            // "Investment and One-Stop … Office": two portfolio words joined by "and" open the name.
            if (s - 2 >= 0 && s < h && t[s - 1].Text is "and" or "&" && t[s - 2].IsCap && !t[s - 2].IsPossessive && !(spans.Count > 0 && spans[^1].Span.End == s - 1) &&
                (t[s - 2].Is(LexFlag.Portfolio) || s - 3 >= 0 && t[s - 3].Kind == TokenKind.Word && !t[s - 3].IsCap && OfficeAdjectives.Contains(t[s - 3].Lower)))
            {
                s -= 2;
                while (s - 1 >= 0 && IsNameWord(t[s - 1]) && h - s < 8) s--;
                // "Industries, Trade, Energy and Mining Department": a list of portfolios with commas before the "and".
                var beforeList = s;
                while (s - 2 >= 0 && t[s - 1].IsPunct(',') && IsPortfolioWord(t[s - 2]) && h - s < 10) s -= 2;
                // "the Arlen Agriculture, Trade and Tourism Promotion Center": the place the list of fields belongs to, before it.
                if (s < beforeList)
                    while (s - 1 >= 0 && IsNameWord(t[s - 1]) && !t[s - 1].IsPossessive && !t[s - 1].Is(LexFlag.Portfolio) && !IsTitleWord(t[s - 1]) && !IsHonorific(t[s - 1]) && h - s < 12) s--;
            }
            // "Velno City and County Council": two levels of one place joined by "and" are one body's level.
            else if (OrgSpans.JoinedLevelsStart(t, spans, s, h) is var levels && levels < s) s = levels;
            // "the Harbour Safety and Rescue Authority", "Arlen and Westmark Council": a whole name that opens with two
            // parts joined by "and" (after "the", or at the start), the first with no head word of its own.
            // "the Arlen City Archive and Museum": a museum's or an institute's head may stand alone after the "and".
            else if (s - 2 >= 0 && (s < h || kind is "museum" or "institute" or "arts") && t[s - 1].Text is "and" or "&" && IsNameWord(t[s - 2]) && !t[s - 2].Is(LexFlag.OrganizationHeads) && !(spans.Count > 0 && spans[^1].Span.End > s - 2))
            {
                // A head inside the first part ("Arlen County Referral and Teaching Hospital") is a modifier; only its last word must be none.
                var first = s - 2;
                while (first - 1 >= 0 && IsNameWord(t[first - 1]) && s - first < 6) first--;
                // "the Landkreis Arlen and Westmark District": a first part that opens with its own head is a body of its own.
                // "On the same day, Velno Maritime & Ocean University signed": an ampersand joins words of one name, whatever comes
                // before it (two bodies are listed with "and", not "&").
                if ((first == 0 || t[first - 1].Lower is "the" or "its" or "their" or "our" || t[first - 1].IsPunct(':') || t[s - 1].Text == "&") && !t[first].Is(LexFlag.OrganizationHeads))
                {
                    var amp = t[s - 1].Text == "&";
                    s = first;
                    // "the Culture, Lottery & Heritage Office": with an ampersand, the fields listed with commas before it are the name's too.
                    if (amp) s = CommaFieldsBefore(t, s);
                }
            }
            // "Marshal's Office", "Governor's Office": the office of an office-holder.
            // "the Arlen Aimag Governor's Office": with the place before it, it needs no "of".
            if (s == h && s - 1 >= 0 && t[s - 1].IsPossessive && t[s - 1].IsCap && (IsTitleWord(t[s - 1].Base.ToLowerInvariant()) || IsLocalOfficersPossessive(t, s - 1)) && kind is "agency" or "office" &&
                (h + 2 < t.Count && t[h + 1].Lower == "of" || s - 2 >= 0 && IsNameWord(t[s - 2])))
            {
                s--;
                while (s - 1 >= 0 && IsNameWord(t[s - 1]) && h - s < 6) s--;
            }
            // "the Council" alone is not a name; "Council of Europe" is.
            // "the Consulate General of Arlenia in Velno": "General" is the second word of the head.
            var e = consulateGeneral ? h + 2 : h + 1;
            OrgSpan? innerBody = null;
            // "X Province of Norway", "X City Executive Power of the Republic of Y": with its name on the left, a region's
            // (or a city's executive's) "of …" names the country it lies in.
            // "Arlen Region of Westmark": with its name on the left, a region's "of" and a place alone name the larger region
            // it lies in, a body of its own.
            if (kind == "region" && h - s >= 2 && e + 1 < t.Count && t[e].Lower == "of" && tok.Lower is not ("republic" or "kingdom" or "federation") && !IsDesignation(t, s) && !AllGeneric(t, s, h) &&
                LargerRegion(t, e + 1) is var larger && larger.End > larger.Start)
                innerBody = new OrgSpan(larger, Surface(t, larger.Start, larger.End), "region", null);
            // "Westbrook Seeds B.V. of Harrow": a legal form ends the company's name; its "of" names the town it is based in.
            else if (e + 1 < t.Count && t[e].Lower == "of" && s < h && LegalFormHeads.Contains(tok.Lower)) { }
            // "member of the Valorian Government for Economy and Research": after a named government, "for" is a member's portfolio.
            // "Senate Committee on Energy and Environment": a committee's "on" and its fields, when the committee is named with
            // the body it belongs to ("the Committee on …" alone is one of many).
            else if (e + 1 < t.Count && (t[e].Lower is "of" or "for" || t[e].Lower == "on" && s < h && tok.Lower is "committee" or "subcommittee" or "commission" && t[e + 1].IsCap && t[e + 1].Is(LexFlag.Portfolio)) && tok.Lower != "zone" && !(t[e].Lower == "for" && tok.Lower == "government" && s < h) && !((kind == "region" || tok.Lower == "power") && s < h && tok.Lower is not ("republic" or "kingdom" or "federation") && (NamesCountry(t, e + 1) || kind == "region" && LargerRegionWithHead(t, e + 1))))
            {
                var k = e + 1;
                if (k < t.Count && t[k].Lower == "the") k++;
                var runEnd = OfRun(t, k);
                if (runEnd > k && !t[k].Is(LexFlag.Months))
                {
                    // "… of the Autonomous Region of X", "Institute for Study of the Lakes": a second "of" inside the name.
                    // "Federation of … Chambers of Commerce", "Branch of the … Chamber of Commerce": a body inside the name has its own "of".
                    // "… of the Akimat of Arlen Region": a body inside the name with the region it governs.
                    // "Agency for the Promotion of Investment and Exports": an action's own "of".
                    // "… Center of the University of Arlen", "Faculty of Sciences of Université X": a unit named with the body it belongs to.
                    // "Faculty of Management and Economics of Energy and Mining": a unit's field of a field.
                    while (runEnd + 2 < t.Count && t[runEnd].Lower == "of" && (IsRegionHead(t[runEnd - 1]) || t[runEnd + 1].Lower == "the" ||
                           IsUnitHead(tok) && t[runEnd + 1].IsCap && t[runEnd + 1].Is(LexFlag.Portfolio) && !t[runEnd - 1].Is(LexFlag.OrganizationHeads) ||
                           runEnd - 1 == k && IsHeadOrPlural(t[k]) && t[runEnd + 1].IsCap && !t[runEnd + 1].Is(LexFlag.FunctionWords) ||
                           t[runEnd + 1].IsCap && (ForeignHeads.Contains(t[runEnd + 1].Lower) || HeadsBeforeName.Contains(t[runEnd + 1].Lower)) ||
                           t[runEnd + 1].IsCap && t[runEnd - 1].Lower is var action && (action.EndsWith("tion", StringComparison.Ordinal) || action.EndsWith("ment", StringComparison.Ordinal)) ||
                           IsHeadOrPlural(t[runEnd - 1]) && t[runEnd + 1].IsCap && (t[runEnd + 1].Is(LexFlag.Portfolio) || OfRun(t, runEnd + 1) is var governed && governed > runEnd + 2 && IsRegionHead(t[governed - 1]))))
                    {
                        var inner = runEnd + 1 + (t[runEnd + 1].Lower == "the" ? 1 : 0);
                        var innerEnd = inner < t.Count && t[inner].IsCap ? OfRun(t, inner) : inner;
                        if (innerEnd == inner) break;
                        runEnd = innerEnd;
                        // "Faculty of Medicine of the University of Arlen": the university, a body of its own, keeps its own "of".
                        if (inner > runEnd - 1 || !t[runEnd - 1].Is(LexFlag.OrganizationHeads) || runEnd + 1 >= t.Count || t[runEnd].Lower != "of" || !t[runEnd + 1].IsCap ||
                            t[runEnd + 1].Is(LexFlag.FunctionWords) || NamesCountry(t, runEnd + 1) && !UniversityNamedAfterCountry(t, runEnd - 1) || OfRun(t, runEnd + 1) is var bodyEnd && bodyEnd == runEnd + 1) continue;
                        if (Lexicon.OrganizationHeads.TryGetValue(t[runEnd - 1].Lower, out var innerKind))
                            innerBody = new OrgSpan(new Span(inner, bodyEnd), Surface(t, inner, bodyEnd), innerKind, null);
                        runEnd = bodyEnd;
                        break;
                    }
                    e = runEnd;
                    // "the Ambassador of Westmark to the Republic of Arlenia Tomas Vellner", "the Ambassador of the Kingdom of Westmark
                    // Ana Ruiz Soto": after an office's "to", "in" or "of", a state's formal name with capitalised words after its "of"
                    // is the state (a known country, else one word before two) and its holder's name.
                    if (e - k is >= 3 and <= 6 && IsStateNoun(tok.Lower) && StateThenHolder(t, s, k, e) && StateNameEnd(t, k, e) is var stateEnd && stateEnd > k) e = stateEnd;
                    // "Foreign Affairs Office of the Arlen Provincial People's Government": a named body after "of the" is a body
                    // of its own too.
                    // "Committee for International Cooperation of the Arlen Regional Assembly": also after a later "of the".
                    var ownerAt = k;
                    for (var j = e - 3; j > k; j--)
                        if (t[j].Lower == "the" && t[j - 1].Lower == "of") { ownerAt = j + 1; break; }
                    if (innerBody is null && t[ownerAt - 1].Lower == "the" && e - ownerAt >= 3 && t[e - 1].Is(LexFlag.OrganizationHeads) && !t[ownerAt].Is(LexFlag.OrganizationHeads) &&
                        Lexicon.OrganizationHeads.TryGetValue(t[e - 1].Lower, out var ownerKind) && ownerKind is "agency" or "legislature" && t[e - 1].Lower is "government" or "assembly" or "congress" or "parliament" or "legislature")
                        innerBody = new OrgSpan(new Span(ownerAt, e), Surface(t, ownerAt, e), ownerKind, null);
                    // "Secretariat of State for Economic Development": the portfolio after "of State for".
                    if (t[e - 1].Lower == "state" && e + 1 < t.Count && t[e].Lower == "for" && t[e + 1].IsCap && OfRun(t, e + 1) is var portfolio && portfolio > e + 1) e = portfolio;
                    // "Faculty of Plant Breeding, Forestry and Fisheries of Arlen": a unit's fields are listed like a ministry's.
                    if (tok.Lower is "department" or "ministry" or "bureau" or "commission" or "committee" or "office" or "chamber" or "institute" or "academy" or "university" or "college" or "school" or "faculty" or "directorate" or "secretariat")
                    {
                        var listEnd = ListContinuation(t, e);
                        // "Chamber of Commerce, Industry and Agriculture of Arlen": the place after the list.
                        // "Ministry of Culture and Sports of Arlen": after a portfolio too.
                        // "Chamber of Commerce of Velno-Arta", "Department of Commerce of Arlen Province Mara Tobin": the seat, which
                        // ends at a region's head before a holder's name.
                        if ((listEnd > e || tok.Lower is "ministry" or "department" or "chamber" && t[e - 1].Is(LexFlag.Portfolio) && t[e - 1].IsCap) &&
                            listEnd + 1 < t.Count && t[listEnd].Lower == "of" && SeatRun(t, listEnd + 1) is var seat && seat.End > seat.Start && seat.End - seat.Start <= 3 &&
                            (seat.End >= t.Count || !t[seat.End].IsCap || IsRegionHead(t[seat.End - 1]))) listEnd = seat.End;
                        e = listEnd;
                    }
                }
            }
            // "Cégep de Lac-Brûlé", "Ministère des Relations internationales": a head in another language, then its own "of".
            if (e == h + 1 && foreignAdjectives > 0 && ForeignOfRun(t, e + foreignAdjectives) is var adjectiveRun && adjectiveRun > e + foreignAdjectives) e = adjectiveRun;
            // "Office de la Pêche …": an English-looking head followed by a Romance "of" is a head of that language.
            if (e == h + 1 && (ForeignHeads.Contains(tok.Lower) || s == h && kind != "region" && e < t.Count && RomanceOf.Contains(t[e].Text))) e = ForeignOfRun(t, e);
            // "Consejería de Turismo, Cultura, Montes y Deporte": a list of the body's fields, closed by "and".
            if (e > h + 1 && (ForeignHeads.Contains(tok.Lower) || foreignAdjectives > 0) && t[e - 1].IsCap) e = ForeignList(t, e);
            // "Faculty of Medicine Universitas X": a head that comes before its name opens a body of its own; the words before it
            // are another's.
            if (s < h && HeadsBeforeName.Contains(tok.Lower) && e == h + 1 && e < t.Count && t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords)) s = h;
            // "Universiti X", "Région X": heads of some languages come first and take the name with no link word.
            if (e == h + 1 && s == h && HeadsBeforeName.Contains(tok.Lower) && e < t.Count && t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].Is(LexFlag.OrganizationHeads))
                e = OrgSpans.CourtesyWordsInName(t, PlaceRun(t, e).End);
            // "Museu Afro-Arlenense", "Teatro Mara Tobin", "Ballet Tradicional Arlen": a museum or a company of the arts in a
            // language that puts the name after the head.
            // "Region Arlenia": the Nordic regions put their head first too.
            else if (e == h + 1 && s == h && (ForeignHeads.Contains(tok.Lower) && kind is "museum" or "arts" || tok.Text == "Region" && !t[e].Is(LexFlag.Countries) && !t[e].IsAllCaps) && e < t.Count && t[e].IsCap && t[e].Kind == TokenKind.Word &&
                     !t[e].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords) && !IsHonorific(t[e]) && PlaceRun(t, e) is var named && named.End - named.Start <= 3 && !t[named.End - 1].IsPossessive)
                e = named.End;
            // "Arlen University Westport", "Wirtschaftskammer Arlen": a place of one word after the head, where the name ends.
            else if (e == h + 1 && placeAfter)
            {
                e = h + 2;
                // "Partnerschaftsverband Arlen/Westmark e.V.": two places joined by a slash, and the registered association's mark.
                if (e + 1 < t.Count && IsJoiningDash(t, e)) e += 2;
                if (e < t.Count && t[e].Text.StartsWith('e') && ExactLegalFormLength(t, e) is > 0 and var registered) e += registered;
            }
            // "Pomorska Izba Gospodarcza", "Szpital Wojewódzki X": in some languages adjectives and a genitive
            // follow the head, whether or not a word comes before it.
            else if (e == h + 1 && HeadsBeforeAdjectives.Contains(tok.Lower) && e < t.Count && t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords))
                e = PlaceRun(t, e).End;
            // "… Office in X", "Consulate-General … in X": a representation is named with the place it sits in.
            if (tok.Lower is "office" or "consulate" or "embassy" or "consulate-general" && e + 1 < t.Count && t[e].Lower == "in" && t[e + 1].IsCap && s < h && e == h + 1)
            {
                var place = PlaceRun(t, e + 1);
                // "… Office in San Pedro del Mar City": four words where the last is a city's or a region's head.
                if (place.End > place.Start && (place.End - place.Start <= 3 || place.End - place.Start == 4 && IsRegionHead(t[place.End - 1]))) e = place.End;
            }
            // "the Embassy of X in the Y Republic": an embassy of a country is named with the country it sits in.
            else if (tok.Lower is "embassy" or "consulate" or "consulate-general" && s == h && e > h + 2 && e + 1 < t.Count && t[e].Lower == "in")
            {
                var at = e + 1 < t.Count && t[e + 1].Lower == "the" ? e + 2 : e + 1;
                var place = at < t.Count && t[at].IsCap ? OfRun(t, at) : at;
                if (place > at && place - at <= 3 && (place >= t.Count || !t[place].IsCap)) e = place;
            }
            // "Office of the Chief Minister of Arlen": the office of an office-holder with the place they hold it for.
            // "Office of the Plenipotentiary Representative of the President of X in Y": an office named by one or two words before
            // it, and the offices and places it answers to.
            if (tok.Lower is "office" or "cabinet" or "secretariat" && h + 3 < t.Count && t[h + 1].Lower == "of" && t[h + 2].Lower == "the" &&
                HolderAt(t, h + 3) is { } holder)
            {
                var held = holder.Span.End;
                if (OfficeChainEnd(t, held) is var chain && chain > held + 1 && (chain >= t.Count || !t[chain].IsCap))
                    e = chain;
                // "Office of the Chief": a run cut inside the office names nothing.
                else if (e < held) continue;
            }
            // "Office of the District Chairperson": an office-holder named by the level of their office.
            else if (s == h && tok.Lower is "office" or "cabinet" or "secretariat" && h + 3 < e && e < t.Count && t[h + 1].Lower == "of" && t[h + 2].Lower == "the" &&
                     MatchTitle(t, e) is { } cut && cut.Span.Start == e && (cut.Span.End >= t.Count || !t[cut.Span.End].IsCap && t[cut.Span.End].Lower != "of"))
                e = cut.Span.End;
            // "Arlen State Opera and Ballet": two arts joined by "and" are one company's name.
            // "Arlen State Opera and Ballet Theatre": and the house they share after them.
            if (kind == "arts" && e == h + 1 && e + 1 < t.Count && t[e].Lower is "and" or "&" && t[e + 1].IsCap && Lexicon.OrganizationHeads.TryGetValue(t[e + 1].Lower, out var joinedKind) && joinedKind == "arts")
            {
                if (e + 2 >= t.Count || !t[e + 2].IsCap) e += 2;
                else if (t[e + 2].Lower is "theatre" or "theater" or "house" && (e + 3 >= t.Count || !t[e + 3].IsCap)) e += 3;
            }
            // "Arlen University & Research": one more word joined by an ampersand belongs to the name.
            if (e == h + 1 && s < h && e + 2 < t.Count && t[e].Text == "&" && t[e + 1].IsCap && t[e + 1].Kind == TokenKind.Word && !t[e + 1].Is(LexFlag.OrganizationHeads) &&
                !t[e + 2].IsCap) e += 2;
            // "St Arlen's Primary School", "St Mara's Hospital": a saint's possessive inside the name.
            if (OrgSpans.SaintsPossessiveStart(t, s, e) is var saint && saint < s) s = saint;
            if (s == h && e == h + 1) continue;
            while (e < t.Count && (t[e].Is(LexFlag.OrganizationHeads) && Lexicon.OrganizationHeads.TryGetValue(t[e].Lower, out var k2) && k2 == "company" || t[e].IsPunct(',') && e + 1 < t.Count && t[e + 1].Is(LexFlag.OrganizationHeads) && Lexicon.OrganizationHeads.TryGetValue(t[e + 1].Lower, out var k3) && k3 == "company"))
                e++;
            if (e > h + 1 && VariableCapital(t, e) is > 0 and var suffix) e += suffix;
            // "Societatea Națională … S.A. Westport (SN …)": after a legal form that ends the name, the seat.
            else if (e > s + 1 && (LegalFormHeads.Contains(t[e - 1].Lower) || ExactLegalFormLookup.Contains(t[e - 1].Text)) && SeatAfterLegalForm(t, e)) e++;
            // "… Park sp. z o.o.": the Polish limited company's legal form after the name.
            var legalForm = PolishLegalForm(t, e);
            string? acronym = null;
            if (e + 2 < t.Count && t[e].IsPunct('(') && t[e + 1].IsAllCaps && t[e + 1].Text.Length <= 8 && t[e + 2].IsPunct(')'))
                acronym = t[e + 1].Text;
            // "Technische Universität Westport (TU Westport)", "Chamber of Commerce of Arlen (CCA Arlen)": an acronym with a place.
            else if (e + 3 < t.Count && t[e].IsPunct('(') && t[e + 1].IsAllCaps && t[e + 1].Text.Length <= 8 && t[e + 2].IsCap && t[e + 2].Kind == TokenKind.Word && !t[e + 2].IsAllCaps && t[e + 3].IsPunct(')'))
                acronym = t[e + 1].Text + " " + t[e + 2].Text;
            if (IsNoBody(t, s, h, spans, ref mask)) continue;
            // "Ing. Rodrigo Baeza Cámara": after a courtesy word with its full stop, a head word is a person's surname.
            if (s > 0 && s < h && e == h + 1 && IsCourtesyBeforeName(t[s - 1]) && kind != "company") continue;
            // "the Congress Centre of …", "the Council Chamber": a hall named after what meets in it is a venue.
            // "the Westport Convention Centre": with the place before it too.
            if (s <= h - 1 && (tok.Lower is "centre" or "center" && (s == h - 1 && t[s].Is(LexFlag.EventHeads) || t[h - 1].Lower is "convention" or "exhibition" or "conference" or "congress" or "expo" or "events") ||
                               tok.Lower == "chamber" && t[s].Lower is "council" or "assembly" or "senate" or "debating")) continue;
            // "the council's Twinning Fund": a fund is money a body holds, unless it is named as an institution with its acronym.
            if (tok.Lower == "fund" && acronym is null && e == h + 1) continue;
            // "Arlen is a Creative City of Crafts.": after "a", a name that ends the phrase is a title the place holds.
            if (IsDesignation(t, s) && (e >= t.Count || t[e].Kind == TokenKind.Punct)) continue;
            // "Westport, the region's "Harbour City"": a place's nickname in quotation marks names no body.
            if (kind == "region" && s > 0 && t[s - 1].Text is "\"" or "“" && e < t.Count && t[e].Text is "\"" or "”") continue;
            var name = legalForm > 0 ? Surface(t, s, e) + " sp. z o.o." : Surface(t, s, e);
            // "Faculty of Economics "Dr. Ivo Horvat"": a body named after a person gives the name in quotation marks after its own.
            if (legalForm == 0 && QuotedNameEnd(t, e) is var quoted && quoted > e)
            {
                name += " \"" + Surface(t, e + 1, quoted - 1) + "\"";
                e = quoted;
            }
            e += legalForm;
            // "the Arlen Tourism Authority (ATA) Westport Office": a branch named after the body and its acronym is the branch.
            if (acronym is not null && legalForm == 0 && BranchAfterAcronym(t, e + 3) is var branchEnd && branchEnd > e + 3)
            {
                spans.Add(new OrgSpan(new Span(s, branchEnd), name + " " + Surface(t, e + 3, branchEnd), "office", null));
                h = branchEnd - 1;
                continue;
            }
            // "Arlen State University (ASU) College of Dentistry": a unit named after its university and the university's acronym;
            // the university is a body of its own too.
            if (acronym is not null && legalForm == 0 && kind == "university" && s < h && e + 5 < t.Count && t[e + 3].IsCap && IsUnitHead(t[e + 3]) && t[e + 4].Lower == "of" && t[e + 5].IsCap &&
                OfRun(t, e + 5) is var unitEnd && unitEnd > e + 5)
            {
                spans.Add(new OrgSpan(new Span(s, e), name, kind!, acronym));
                spans.Add(new OrgSpan(new Span(e + 3, unitEnd), name + " " + Surface(t, e + 3, unitEnd), "university", null));
                h = unitEnd - 1;
                continue;
            }
            if (kind != "region" && InsideEarlierName(t, spans, s, h, e)) continue;
            // "Faculty of Medicine, AU,": a unit named with its university's acronym after a comma.
            if (IsUnitHead(tok) && s == h && e + 2 < t.Count && t[e].IsPunct(',') && t[e + 1].IsAllCaps && t[e + 1].Kind == TokenKind.Word && t[e + 1].Text.Length is >= 2 and <= 6 &&
                t[e + 2].Kind == TokenKind.Punct)
            {
                name += ", " + t[e + 1].Text;
                e += 2;
            }
            // "the Arlen Municipality and Planning Department": a unit named by its portfolio alone, joined by "and" to the
            // body just named, is one body with it.
            if (legalForm == 0 && acronym is null && s < h && e == h + 1 && s >= 2 && t[s - 1].Lower == "and" && spans.Count > 0 &&
                spans[^1].Span.End == s - 1 && spans[^1].Kind != "company" && spans[^1].Acronym is null && PortfolioOnly(t, s, h))
            {
                var joined = spans[^1];
                spans[^1] = new OrgSpan(new Span(joined.Span.Start, e), joined.Name + " and " + name, RefineKind(t, s, h, e, kind!), null);
                continue;
            }
            spans.Add(new OrgSpan(new Span(s, e), name, legalForm > 0 ? "company" : RefineKind(t, s, h, e, kind!), acronym));
            if (innerBody is { } body) spans.Add(body);
            // "the Arlen Region Khokimiyat": the region named inside its executive's name is a body too.
            else if (LocalExecutives.Contains(tok.Lower) && h - s >= 2 && IsRegionHead(t[h - 1]) && e == h + 1)
                spans.Add(new OrgSpan(new Span(s, h), Surface(t, s, h), "region", null));
        }
        OrgSpans.Widen(t, spans);
        NamedAfterAPerson(t, spans);
        WithAcronymAfterHead(t, spans);
        UniversityOfAUnit(t, spans);
        WithoutHolderAfterItsSeat(t, spans);
        QuotedNameAfterGenericWords(t, spans);
        QuotedNameBeforeLegalForm(t, spans);
        WithoutAdjectiveOfItsPlace(t, spans);
        MergeBracketedNames(t, spans);
        return spans;
    }

    /// <summary>
    /// "the Western Arlenian Department of Jobs and Tourism": the adjective of a place (after a point of the compass) before a
    /// head that takes its "of" says whose department it is; the body's name is "Department of Jobs and Tourism". Only a
    /// government's units: the adjective is part of a university's name ("Arlenian University of Life Sciences").
    /// </summary>
    private static void WithoutAdjectiveOfItsPlace(List<Token> t, List<OrgSpan> spans)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (span, name, kind, acronym) = spans[n];
            var h = span.Start;
            if (h < span.End && DirectionWords.Contains(t[h].Lower) && t[h].IsCap) h++;
            if (kind == "region" || h + 2 >= span.End || !t[h].Is(LexFlag.Demonyms) || !t[h].IsCap || !IsGovernmentHead(t[h + 1]) || t[h + 2].Lower != "of") continue;
            var adjective = Surface(t, span.Start, h + 1);
            if (name.Length <= adjective.Length + 1 || !name.StartsWith(adjective + " ", StringComparison.Ordinal)) continue;
            spans[n] = new OrgSpan(new Span(h + 1, span.End), name[(adjective.Length + 1)..], kind, acronym);
        }
    }

    /// <summary>Words [s, h) are all capitalised portfolio words ("Planning", "Urban Planning"): a unit named by what it does.</summary>
    private static bool PortfolioOnly(List<Token> t, int s, int h)
    {
        for (var k = s; k < h; k++)
            if (!t[k].IsCap || !t[k].Is(LexFlag.Portfolio)) return false;
        return true;
    }

    /// <summary>
    /// "the Regional Development Agency VELRA will advise …": an acronym of capitals right after a body's head, with no
    /// brackets, then no capitalised word, is part of the body's name and its short name.
    /// </summary>
    private static bool AcronymAfterHead(List<Token> t, int h)
    {
        if (h + 1 >= t.Count || !t[h].Is(LexFlag.OrganizationHeads) || Lexicon.IsRegionHead(t[h].Lower)) return false;
        var a = t[h + 1];
        if (a.Kind != TokenKind.Word || !a.IsAllCaps || a.Text.Length is < 3 or > 8 || NotAcronyms.Contains(a.Lower)) return false;
        foreach (var c in a.Text) if (!char.IsLetter(c)) return false;
        return h + 2 >= t.Count || t[h + 2].Kind == TokenKind.Punct && t[h + 2].Text is not ("(" or "-" or "–") || !t[h + 2].IsCap;
    }

    /// <summary>Words of capitals that are no body's short name.</summary>
    private static readonly FrozenSet<string> NotAcronyms = FrozenSet.Create(StringComparer.Ordinal,
        "ceo", "cfo", "coo", "cto", "mou", "moa", "loi", "ngo", "ngos", "phd", "usd", "eur", "gdp", "sme", "smes", "ict", "vip", "ltd", "inc", "llc", "plc", "jsc");

    private static void WithAcronymAfterHead(List<Token> t, List<OrgSpan> spans)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (span, name, kind, acronym) = spans[n];
            if (kind == "region" || acronym is not null || !AcronymAfterHead(t, span.End - 1) || !name.EndsWith(t[span.End - 1].Text, StringComparison.Ordinal)) continue;
            var a = t[span.End].Text;
            var overlaps = false;
            foreach (var o in spans) overlaps |= o.Span.Start == span.End;
            if (!overlaps) spans[n] = new OrgSpan(new Span(span.Start, span.End + 1), name + " " + a, kind, a);
        }
    }

    /// <summary>
    /// "Faculty of Law and Economics of Velmar-Tolna University": a unit named with its university, which is a body of its
    /// own too (docs/ingestion.md, decision b). A university after "of the" is found where the name is read.
    /// </summary>
    private static void UniversityOfAUnit(List<Token> t, List<OrgSpan> spans)
    {
        var count = spans.Count;
        for (var n = 0; n < count; n++)
        {
            var span = spans[n].Span;
            if (spans[n].Kind != "university" || !IsUnitHead(t[span.Start]) || span.End - span.Start < 5 || t[span.End - 1].Lower != "university") continue;
            var of = span.End - 2;
            while (of > span.Start + 2 && IsNameWord(t[of]) && !t[of].Is(LexFlag.OrganizationHeads)) of--;
            if (t[of].Lower != "of" || of == span.End - 2 || of <= span.Start + 2) continue;
            var university = new Span(of + 1, span.End);
            var known = false;
            foreach (var o in spans) known |= o.Span == university;
            if (!known) spans.Add(new OrgSpan(university, Surface(t, university.Start, university.End), "university", null));
        }
    }

    /// <summary>
    /// "the head of the Department of Trade of Arlen Velma Ostrova, …": after an office's "of the", a body that ends in "of" and
    /// one place word, then two or three words of a name with no comma, ends at its place; the name is its holder's.
    /// </summary>
    private static void WithoutHolderAfterItsSeat(List<Token> t, List<OrgSpan> spans)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (span, name, kind, acronym) = spans[n];
            // Seventeenth round: "the Rector of Tarsk State University of Velno Ion Velescu": the body without "the" too, and
            // after an office's longer chain ("Head of the Office of …").
            var b = span.Start - (span.Start >= 1 && t[span.Start - 1].Lower == "the" ? 2 : 1);
            if (kind == "region" || b < 1 || t[b].Lower != "of" || !OrgSpans.OfficeOfChain(t, b)) continue;
            if (span.End < t.Count && t[span.End].IsCap) continue;
            for (var words = 2; words <= 3; words++)
            {
                var holder = span.End - words;
                if (holder - 2 <= span.Start || t[holder - 2].Lower != "of" || !IsNameWord(t[holder - 1]) || t[holder - 1].Is(LexFlag.OrganizationHeads)) continue;
                var all = true;
                for (var k = holder; k < span.End && all; k++)
                    all = IsNameWord(t[k]) && !t[k].IsAllCaps && !t[k].IsPossessive &&
                          !t[k].Is(LexFlag.OrganizationHeads | LexFlag.Portfolio | LexFlag.Demonyms | LexFlag.Countries | LexFlag.Facilities | LexFlag.EventHeads);
                var surface = Surface(t, holder, span.End);
                if (!all || !name.EndsWith(" " + surface, StringComparison.Ordinal)) continue;
                // A short name read with the holder's name (a quoted person's name left off) loses it too.
                if (acronym is not null && acronym.EndsWith(" " + surface, StringComparison.Ordinal)) acronym = acronym[..^(surface.Length + 1)];
                spans[n] = new OrgSpan(new Span(span.Start, holder), name[..^(surface.Length + 1)], kind, acronym);
                break;
            }
        }
    }

    /// <summary>
    /// "the Free Economic Zone "Arlen"", "the Joint Stock Company «Velmar»": a name of generic words only (a head, adjectives,
    /// what kind of body) is completed by the proper name in quotes after it.
    /// </summary>
    private static void QuotedNameAfterGenericWords(List<Token> t, List<OrgSpan> spans)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (span, name, kind, acronym) = spans[n];
            var q = span.End;
            if (kind == "region" || q + 2 >= t.Count || t[q].Kind != TokenKind.Punct || t[q].Text is not ("\"" or "“" or "«") || !t[q + 1].IsCap) continue;
            var close = q + 1;
            while (close < t.Count && close - q <= 3 && t[close].Kind == TokenKind.Word && t[close].IsCap) close++;
            if (close >= t.Count || close == q + 1 || t[close].Kind != TokenKind.Punct || t[close].Text is not ("\"" or "”" or "»")) continue;
            var generic = true;
            for (var k = span.Start; k < span.End && generic; k++)
                generic = t[k].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords) || GenericRegionWords.Contains(t[k].Lower) || GenericBodyWords.Contains(t[k].Lower) ||
                          t[k].Lower.Length > 4 && (t[k].Lower.EndsWith("ic", StringComparison.Ordinal) || t[k].Lower.EndsWith("al", StringComparison.Ordinal));
            if (!generic) continue;
            spans[n] = new OrgSpan(new Span(span.Start, close + 1), name + " " + t[q].Text + Surface(t, q + 1, close) + t[close].Text, kind, acronym);
        }
    }

    /// <summary>
    /// "\"Velno Tekstil\" LLC", "\"Arlen Cotton\" JSC of Tarrow": in the countries that once used Russian legal forms (and in
    /// translations from them) a company's name is quoted and its legal form follows the closing mark. The quotation mark
    /// keeps the name's words and the form apart, so the form alone ("LLC of Tarrow") was read as the name.
    /// </summary>
    private static void QuotedNameBeforeLegalForm(List<Token> t, List<OrgSpan> spans)
    {
        for (var q = 0; q + 3 < t.Count; q++)
        {
            if (t[q].Kind != TokenKind.Punct || t[q].Text is not ("\"" or "“" or "«") || !t[q + 1].IsCap) continue;
            var close = q + 1;
            while (close < t.Count && close - q <= 6 && (t[close].Kind == TokenKind.Word && (t[close].IsCap || t[close].IsParticle) || IsJoiningDash(t, close))) close++;
            if (close + 1 >= t.Count || t[close].Kind != TokenKind.Punct || t[close].Text is not ("\"" or "”" or "»") || !t[close - 1].IsCap) continue;
            // "JSC \"Velnotrub\"", "the Technopark \"Morava\"": a legal form or a head word alone before the quoted name.
            if (q > 0 && t[q - 1].IsCap && t[q - 1].End + 1 == t[q].Start && !CoveredBy(spans, q - 1) &&
                (ExactLegalFormLength(t, q - 1) == 1 || Lexicon.OrganizationHeads.ContainsKey(t[q - 1].Lower)))
            {
                var kind = LegalFormHeads.Contains(t[q - 1].Lower) || ExactLegalFormLength(t, q - 1) == 1 ? "company" : Lexicon.OrganizationHeads[t[q - 1].Lower];
                for (var n = spans.Count - 1; n >= 0; n--)
                    if (spans[n].Span.Start < close + 1 && spans[n].Span.End > q) spans.RemoveAt(n);
                var at0 = 0;
                while (at0 < spans.Count && spans[at0].Span.Start < q) at0++;
                spans.Insert(at0, new OrgSpan(new Span(q - 1, close + 1), t[q - 1].Text + " " + t[q].Text + Surface(t, q + 1, close) + t[close].Text, kind, null));
                q = close;
                continue;
            }
            var form = close + 1;
            var length = LegalFormHeads.Contains(t[form].Lower) && t[form].Text.Length > 1 && char.IsUpper(t[form].Text[0]) ? 1 : ExactLegalFormLength(t, form);
            if (length == 0) continue;
            var end = form + length;
            var name = Surface(t, q + 1, close) + " " + Surface(t, form, end);
            // The form, or the form with its seat ("LLC of Tarrow"), read as a name of its own, gives way to the whole.
            for (var n = spans.Count - 1; n >= 0; n--)
                if (spans[n].Span.Start < end && spans[n].Span.End > q) spans.RemoveAt(n);
            var at = 0;
            while (at < spans.Count && spans[at].Span.Start < q) at++;
            spans.Insert(at, new OrgSpan(new Span(q, end), name, "company", null));
            q = end - 1;
        }
    }

    private static bool CoveredBy(List<OrgSpan> spans, int k)
    {
        foreach (var o in spans)
            if (o.Span.Contains(k)) return true;
        return false;
    }

    /// <summary>Words that say what kind of body or area a name is, and no more.</summary>
    private static readonly FrozenSet<string> GenericBodyWords = FrozenSet.Create(StringComparer.Ordinal, "zone", "joint", "stock", "limited", "liability", "state", "public", "open");

    private static bool IsGovernmentHead(Token w) => Lexicon.OrganizationHeads.TryGetValue(w.Lower, out var kind) && kind == "agency";

    /// <summary>
    /// "the Arlen State Conservatory named after Dina Velova": a body named in honour of a person carries the person's name
    /// in its own (a usage of the former Soviet states), and is still that body when named without it.
    /// </summary>
    private static void NamedAfterAPerson(List<Token> t, List<OrgSpan> spans)
    {
        for (var n = 0; n < spans.Count; n++)
        {
            var (span, name, kind, acronym) = spans[n];
            var k = span.End;
            if (kind == "region" || k + 2 >= t.Count || t[k].Lower != "named" || t[k + 1].Lower != "after" || !t[k + 2].IsCap) continue;
            var honoured = NameRun(t, k + 2);
            if (honoured.End == honoured.Start || honoured.End - honoured.Start > 4) continue;
            // Seventeenth round: "named after K. Velmirov Mara Tobin": a name given with its initials ends at the family
            // name after them (the usage writes the honoured person so); the words after it are the holder's.
            if (InitialsThenFamilyName(t, honoured) is var honouredEnd && honouredEnd < honoured.End) honoured = new Span(honoured.Start, honouredEnd);
            // The name without the honour is the same body's other name (kept where an acronym would be, if none is).
            spans[n] = new OrgSpan(new Span(span.Start, honoured.End), name + " named after " + Surface(t, honoured.Start, honoured.End), kind, acronym ?? name);
        }
    }

    /// <summary>"K. Velmirov …", "A. S. Velmirov …": one or more initials and the family name after them; its end, or the run's.</summary>
    private static int InitialsThenFamilyName(List<Token> t, Span run)
    {
        var k = run.Start;
        while (k < run.End && IsInitial(t[k])) k++;
        return k > run.Start && k < run.End - 1 ? k + 1 : run.End;
    }

    /// <summary>"K.", "K": a single capital letter, with or without its full stop.</summary>
    private static bool IsInitial(Token w) => w.Kind == TokenKind.Word && w.Text.Length <= 2 && char.IsUpper(w.Text[0]) && (w.Text.Length == 1 || w.Text[1] == '.');

    /// <summary>
    /// "Arlen Havn Selskap S.A. (the Port of Arlen Authority)", "Westmark Hydro Ltd (WH Ltd)": a body named in brackets
    /// right after another is the same body under its translated or short name, not a second one.
    /// </summary>
    private static void MergeBracketedNames(List<Token> t, List<OrgSpan> spans)
    {
        for (var i = spans.Count - 1; i >= 1; i--)
        {
            var (outer, inner) = (spans[i - 1], spans[i]);
            var open = outer.Span.End;
            if (open >= t.Count || !t[open].IsPunct('(') || outer.Acronym is not null) continue;
            var first = open + 1 < t.Count && t[open + 1].Lower == "the" ? open + 2 : open + 1;
            // "Arlen County (Arlenska županija – Regione Arlenese)": the last of the names in brackets, after a dash.
            if (inner.Span.Start > first && inner.Span.Start - first <= 5 && t[inner.Span.Start - 1].Text is "–" or "-" or "/" && OnlyWordsAndDashes(t, first, inner.Span.Start)) first = inner.Span.Start;
            // "Arlen Tourism Board (Regionálna agentúra rozvoja Arlenský kraj)": a name found at the end of the words in brackets
            // is part of the body's other name, not a body of its own.
            if (inner.Span.Start > first && inner.Span.Start - first <= 6 && inner.Span.End < t.Count && t[inner.Span.End].IsPunct(')') && OnlyWords(t, first, inner.Span.Start))
            {
                spans[i - 1] = outer with { Span = new Span(outer.Span.Start, inner.Span.End + 1), Acronym = Surface(t, first, inner.Span.End) };
                spans.RemoveAt(i);
                continue;
            }
            // "Arlen County (Arlenska županija – Regione Arlenese)": two names in brackets, each found, joined by a dash.
            if (inner.Span.Start == first && i + 1 < spans.Count && inner.Span.End + 1 < t.Count && t[inner.Span.End].Text is "–" or "-" or "/" &&
                spans[i + 1].Span.Start == inner.Span.End + 1 && spans[i + 1].Span.End < t.Count && t[spans[i + 1].Span.End].IsPunct(')'))
            {
                spans[i - 1] = outer with { Span = new Span(outer.Span.Start, spans[i + 1].Span.End + 1), Acronym = spans[i + 1].Name };
                spans.RemoveRange(i, 2);
                continue;
            }
            // "People's Council of Arlen (Conseil Populaire d'Arlen, CPA)": the other name, then the acronym, in brackets.
            var close = inner.Span.End;
            if (close + 2 < t.Count && t[close].IsPunct(',') && t[close + 1].IsAllCaps && t[close + 1].Kind == TokenKind.Word && t[close + 2].IsPunct(')')) close += 2;
            if (inner.Span.Start != first || close >= t.Count || !t[close].IsPunct(')')) continue;
            spans[i - 1] = outer with { Span = new Span(outer.Span.Start, close + 1), Acronym = inner.Name };
            spans.RemoveAt(i);
        }
    }

    private static bool OnlyWords(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (t[k].Kind != TokenKind.Word) return false;
        return true;
    }

    private static bool OnlyWordsAndDashes(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (t[k].Kind != TokenKind.Word && t[k].Text is not ("–" or "-" or "/")) return false;
        return true;
    }

    private static readonly bool[] MaskNotComputed = [];

    private static bool IsDesignation(List<Token> t, int s) => s > 0 && t[s - 1].Lower is "a" or "an";

    /// <summary>"Free State", "Autonomous Province": words before a head that only say what kind of region it is.</summary>
    private static bool AllGeneric(List<Token> t, int s, int h)
    {
        for (var k = s; k < h; k++)
            if (!GenericRegionWords.Contains(t[k].Lower)) return false;
        return true;
    }

    /// <summary>
    /// "the Chair of the Arlen Regional Assembly Jon Berg Halvorsen": after "office of the" and a body, the words that follow
    /// the head with no comma are the holder's name (two to four words of a name, then no capitalised word), not the body's.
    /// A region's head is left out: it is often a modifier of a longer name ("Arlen City Executive Power").
    /// </summary>
    private static bool HolderNamedAfterBody(List<Token> t, int h)
    {
        var k = h + 1;
        // "… Council Park Min-seo.": a surname that is also a word of the lists, before a hyphenated given name.
        if (k + 1 < t.Count && t[k].Is(LexFlag.Facilities) && t[k].IsCap && !t[k].IsAllCaps && IsHyphenatedGivenName(t[k + 1])) k++;
        // "… Assembly TANAKA Hiro": the surname first and in capitals.
        else if (OrgSpans.SurnameInCapitals(t, k, k + 2)) k++;
        while (k < t.Count && k - h <= 4 && IsNameWord(t[k]) && !t[k].IsAllCaps && !t[k].IsPossessive &&
               !t[k].Is(LexFlag.OrganizationHeads | LexFlag.Portfolio | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.ProgrammeHeads | LexFlag.Demonyms | LexFlag.Countries)) k++;
        // "… Velma Ostrova and the Dean of …", "… and Director …": an "and" before "the" or an office starts the next person,
        // not more of the name.
        // "… Hospital D.Tsetseg signed …": a Mongolian name is one word with the father's initial glued before it.
        if (k - h - 1 is < 2 or > 4 && !(k == h + 2 && IsInitialledName(t[h + 1].Text)) || k < t.Count && (t[k].IsCap || t[k].Lower is "of" or "&" || t[k].Lower == "and" && !(k + 1 < t.Count && (t[k + 1].Lower == "the" || IsTitleWord(t[k + 1]) && t[k + 1].IsCap)) || t[k].IsParticle)) return false;
        for (var j = h - 1; j >= 2 && h - j <= 8; j--)
        {
            // "the director of the Arlen Export Center Velma Ostrova": a lower-case office too, after "the" (a definite one).
            if (t[j].Lower == "the") return t[j - 1].Lower == "of" && IsTitleWord(t[j - 2]) && (t[j - 2].IsCap || j >= 3 && t[j - 3].Lower is "the" or "its" or "their");
            // "the Rector of Arlen State University Velma Ostrova": the body without "the".
            if (t[j].Lower == "of" && j < h - 1) return IsTitleWord(t[j - 1]) && t[j - 1].IsCap;
            if (!t[j].IsCap || t[j].Kind != TokenKind.Word) return false;
        }
        return false;
    }

    /// <summary>"D.Tsetseg", "Ts.Bold": one or two letters and a full stop glued to a capitalised name of three letters or more.</summary>
    internal static bool IsInitialledName(string w)
    {
        var dot = w.IndexOf('.');
        if (dot is < 1 or > 2 || w.Length - dot - 1 < 3 || !char.IsUpper(w[0]) || !char.IsUpper(w[dot + 1])) return false;
        for (var i = 1; i < w.Length; i++)
            if (i != dot && !char.IsLetter(w[i]) || i > dot + 1 && char.IsUpper(w[i])) return false;
        return dot == 1 || char.IsLower(w[1]);
    }

    /// <summary>"Min-seo", "Hyun-sook": a capitalised word, a hyphen, then a lower-case part (an East Asian given name).</summary>
    private static bool IsHyphenatedGivenName(Token w)
    {
        var dash = w.Text.IndexOf('-');
        return w.Kind == TokenKind.Word && w.IsCap && dash > 0 && dash + 1 < w.Text.Length && char.IsLower(w.Text[dash + 1]) && w.Text.IndexOf('-', dash + 1) < 0;
    }

    /// <summary>"… S.A. Westport (…)": one capitalised word at k after a legal form, then a punctuation mark: the company's seat.</summary>
    private static bool SeatAfterLegalForm(List<Token> t, int k) =>
        k + 1 < t.Count && IsNameWord(t[k]) && !t[k].IsAllCaps && !t[k].IsPossessive && !t[k].Is(LexFlag.OrganizationHeads | LexFlag.Portfolio | LexFlag.Demonyms) &&
        t[k + 1].Kind == TokenKind.Punct && t[k + 1].Text is "(" or "," or ")" or "." or ";";

    /// <summary>"of X", "of the X" at k, X capitalised.</summary>
    private static bool OfAName(List<Token> t, int k) =>
        k + 1 < t.Count && t[k].Lower == "of" && (t[k + 1].IsCap || k + 2 < t.Count && t[k + 1].Lower == "the" && t[k + 2].IsCap);

    private static readonly FrozenSet<string> MechanismWords = FrozenSet.Create(StringComparer.Ordinal,
        "joint", "steering", "working", "mixed", "bilateral", "coordinating", "coordination", "organising", "organizing", "advisory", "technical",
        "standing", "intergovernmental", "interregional", "monitoring", "follow-up", "task", "implementation", "evaluation", "selection", "expert");

    private static readonly FrozenSet<string> DirectionWords = FrozenSet.Create(StringComparer.Ordinal,
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "north-east", "north-west", "south-east",
        "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western");

    private static readonly FrozenSet<string> GenericRegionWords = FrozenSet.Create(StringComparer.Ordinal,
        "free", "autonomous", "urban", "rural", "special", "administrative", "federal", "metropolitan", "capital", "greater", "independent", "self-governing", "national", "municipal", "provincial", "regional");

    /// <summary>"Prof.", "Dr", "Mr": a courtesy word that only stands before a person's name ("University of Arlen Prof. …").</summary>
    private static bool IsCourtesyBeforeName(Token w) => IsHonorific(w) && (w.Text.EndsWith('.') || w.Lower is "dr" or "prof" or "mr" or "mrs" or "ms" or "professor");

    /// <summary>The executive of a region or city, named after it ("Arlen Region Khokimiyat", "Akimat of Arlen Region").</summary>
    private static readonly FrozenSet<string> LocalExecutives = FrozenSet.Create(StringComparer.Ordinal, "akimat", "khokimiyat", "hokimiyat", "alcaldía", "alcaldia");

    /// <summary>Verbs of headlines written in title case ("… of Arlen Sign Memorandum …"): they end a name.</summary>
    private static readonly FrozenSet<string> HeadlineVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "sign", "signs", "agree", "agrees", "launch", "launches", "meet", "meets", "hold", "holds", "visit", "visits", "strengthen", "strengthens",
        "deepen", "deepens", "renew", "renews", "celebrate", "celebrates", "discuss", "discusses", "boost", "boosts", "expand", "expands",
        "explore", "explores", "seal", "seals", "forge", "forges", "welcome", "welcomes", "host", "hosts", "eye", "eyes", "join", "joins", "mark", "marks",
        "receive", "receives", "open", "opens", "become", "becomes", "pledge", "pledges", "step", "steps", "set", "sets", "commit", "commits");

    /// <summary>
    /// "the Mayor of Arlen, Mara Velo Santoso, S.E., and …": a name in apposition (up to six name words, a haji's "H." among
    /// them) runs back from the comma before h to another comma, so the letters at h are a degree after it.
    /// </summary>
    private static bool NameInAppositionBefore(List<Token> t, int h)
    {
        var k = h - 2;
        while (k >= 0 && h - 2 - k < 6 && t[k].Kind == TokenKind.Word && (IsNameWord(t[k]) || t[k].Text is "H." or "Hj.")) k--;
        return k >= 0 && k < h - 2 && t[k].IsPunct(',');
    }

    /// <summary>The Mexican "S.A. de C.V.": the variable-capital suffix at k belongs to the legal form; its length, or 0.</summary>
    private static int VariableCapital(List<Token> t, int k) =>
        k + 1 < t.Count && t[k].Text == "de" && t[k + 1].Text is "C.V." or "C.V" or "R.L." or "R.L" && t[k - 1].Text.Contains('.') ? 2 : 0;

    /// <summary>Heads that are legal forms of companies.</summary>
    private static readonly FrozenSet<string> LegalFormHeads = FrozenSet.Create(StringComparer.Ordinal,
        "co", "co.", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "gmbh", "ag", "plc", "llc", "llp", "jsc", "pjsc", "ojsc", "sarl", "s.a.", "s.p.a.", "kft",
        "kft.", "zrt", "zrt.", "k.k.", "bhd", "berhad", "pty", "pvt", "limited", "oy", "oyj", "ab", "bv", "b.v.", "nv", "n.v.", "srl", "s.r.l.", "ltda", "ltda.", "sas");

    /// <summary>After a region's "of": a place of one to three words with no head word, then no other capitalised word, and no country.</summary>
    private static Span LargerRegion(List<Token> t, int k)
    {
        if (k < t.Count && t[k].Lower == "the") return new Span(k, k);
        var place = PlaceRun(t, k);
        if (place.End == place.Start || place.End - place.Start > 3 || place.End < t.Count && (t[place.End].IsCap || t[place.End].Is(LexFlag.OrganizationHeads))) return new Span(k, k);
        for (var j = place.Start; j < place.End; j++)
            if (t[j].Is(LexFlag.OrganizationHeads | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.Demonyms | LexFlag.Countries) || t[j].IsPossessive) return new Span(k, k);
        return IsCountrySlow(Surface(t, place.Start, place.End)) ? new Span(k, k) : place;
    }

    /// <summary>
    /// "X Governorate of the Y Region …", "X Province of the Y Autonomous Region": after a region named with its name on the left,
    /// "of the" and a region with its own head name the larger region it lies in, not more of its name.
    /// </summary>
    private static bool LargerRegionWithHead(List<Token> t, int k)
    {
        if (k + 2 >= t.Count || t[k].Lower != "the" || !t[k + 1].IsCap || t[k + 1].Is(LexFlag.OrganizationHeads)) return false;
        var e = k + 1;
        while (e < t.Count && e - k <= 4 && t[e].IsCap && t[e].Kind == TokenKind.Word && !t[e].IsPossessive) e++;
        return e > k + 2 && IsRegionHead(t[e - 1]) && t[e - 1].Lower is not ("city" or "municipality" or "republic" or "state");
    }

    /// <summary>A capitalised head word, or its plural ("Chambers").</summary>
    private static bool IsHeadOrPlural(Token w)
    {
        if (!w.IsCap) return false;
        if (w.Is(LexFlag.OrganizationHeads)) return true;
        var lower = w.Lower;
        return lower.Length > 3 && lower[^1] == 's' && Lexicon.OrganizationHeads.ContainsKey(lower[..^1]);
    }

    /// <summary>"San." and "Tic." (industry and trade) and the "ve" between them inside a Turkish company's name.</summary>
    private static bool IsTradeAbbreviation(List<Token> t, int k) =>
        t[k].Text is "San." or "Tic." or "Ltd." or "Şti." or "Sdn." or "Sdn" || t[k].Text == "ve" && k > 0 && t[k - 1].Text == "San.";

    /// <summary>A dash or a slash written without spaces between two capitalised words ("Arlen–Westmark", "Arlen/Arlenberg").</summary>
    internal static bool IsJoiningDash(List<Token> t, int k) =>
        t[k].Text is "–" or "-" or "/" && k > 0 && k + 1 < t.Count && t[k].Start == t[k - 1].End && t[k + 1].Start == t[k].End && t[k - 1].IsCap && t[k + 1].IsCap;

    /// <summary>The end of "Port of X" at h (X a place of at most three words, no head word after it), or h.</summary>
    private static int PortName(List<Token> t, int h)
    {
        var place = PlaceRun(t, h + 2);
        if (place.End == place.Start || place.End - place.Start > 3) return h;
        if (place.End < t.Count && (t[place.End].Is(LexFlag.OrganizationHeads) || t[place.End].IsCap)) return h;
        for (var k = place.Start; k < place.End; k++) if (t[k].Is(LexFlag.OrganizationHeads | LexFlag.EventHeads)) return h;
        return place.End;
    }

    /// <summary>From k: a place of one to three words and then "Office" or "Branch" ending the run; its end, or k.</summary>
    private static int BranchAfterAcronym(List<Token> t, int k)
    {
        var place = PlaceRun(t, k);
        if (place.End - place.Start is < 2 or > 4) return k;
        var last = t[place.End - 1];
        if (last.Lower is not ("office" or "branch" or "council" or "chapter" or "bureau") || place.End < t.Count && t[place.End].IsCap) return k;
        return place.End;
    }

    /// <summary>
    /// "University of Arlen Westport College", "Office of the Chief Minister and Council of Ministers": a head that ends a
    /// longer name found just before, or a body inside it after "and", is part of that name, no body of its own. A body
    /// named after "of the" inside a name ("… Center of the University of Arlen") is one.
    /// </summary>
    private static bool InsideEarlierName(List<Token> t, List<OrgSpan> spans, int s, int h, int e)
    {
        for (var i = spans.Count - 1; i >= 0 && i >= spans.Count - 2; i--)
        {
            var outer = spans[i].Span;
            if (outer.Start >= s || e > outer.End) continue;
            if (h == outer.End - 1 || s > 0 && t[s - 1].Lower is "and" or "&") return true;
            // Seventeenth round, second half: "the Federation of Industries of the State of Arlen", "the Union of Cooperatives of
            // Velno": a field in the plural right after the outer name's "of" is what the outer body gathers, not a body's head.
            if (s == h && s > outer.Start && t[s - 1].Lower == "of" && FieldPlural(t[h])) return true;
        }
        return false;
    }

    /// <summary>From k: a quotation mark, a courtesy word or capitalised words (at most five), the closing mark; the end, or k.</summary>
    private static int QuotedNameEnd(List<Token> t, int k)
    {
        if (k + 2 >= t.Count || t[k].Text is not ("\"" or "“") || t[k].Start != t[k - 1].End + 1) return k;
        var j = k + 1;
        while (j < t.Count && j - k <= 6 && t[j].Kind == TokenKind.Word && (t[j].IsCap || t[j].IsParticle)) j++;
        return j > k + 2 && j < t.Count && t[j].Text is "\"" or "”" && t[j - 1].IsCap ? j + 1 : k;
    }

    /// <summary>An office at k, or after one or two capitalised words that describe it ("Plenipotentiary Representative").</summary>
    private static TitleMatch? HolderAt(List<Token> t, int k)
    {
        for (var j = k; j < t.Count && j - k <= 2; j++)
        {
            if (MatchTitle(t, j) is { } m && m.Span.Start == j) return j == k ? m : m with { Span = new Span(k, m.Span.End) };
            if (!t[j].IsCap || t[j].Kind != TokenKind.Word || t[j].Is(LexFlag.FunctionWords | LexFlag.OrganizationHeads)) return null;
        }
        return null;
    }

    /// <summary>
    /// After an office-holder: up to four "of (the) X" (an office or a place) and one "in X" with a place of at most three
    /// words; the end, or p when none follows.
    /// </summary>
    private static int OfficeChainEnd(List<Token> t, int p)
    {
        for (var n = 0; n < 4 && p + 1 < t.Count && t[p].Lower == "of"; n++)
        {
            var q = t[p + 1].Lower == "the" ? p + 2 : p + 1;
            if (q >= t.Count || !t[q].IsCap) break;
            if (MatchTitle(t, q) is { } office && office.Span.Start == q) { p = office.Span.End; continue; }
            var r = OfRun(t, q);
            if (r == q || r - q > 4) break;
            p = r;
        }
        if (p + 1 < t.Count && t[p].Lower == "in" && t[p + 1].IsCap && PlaceRun(t, p + 1) is var place && place.End - place.Start is >= 1 and <= 3) p = place.End;
        // "Office of the President and Cabinet", "… Chief Minister and Council of Ministers": a body that shares the office.
        else if (p + 1 < t.Count && t[p].Lower == "and" && t[p + 1].IsCap && OfRun(t, p + 1) is var body && body > p + 1 && IsHeadOrPlural(t[body - 1]))
        {
            p = body;
            if (p + 1 < t.Count && t[p].Lower == "of" && OfRun(t, p + 1) is var of && of > p + 1 && of - p <= 3) p = of;
        }
        return p;
    }

    /// <summary>"Faculty", "Department": a unit a body's possessive may name ("Arlen University's Faculty of Law").</summary>
    private static bool IsUnitHead(Token w) => w.IsCap && w.Lower is "faculty" or "department" or "school" or "institute" or "college" or "centre" or "center" or "laboratory";

    /// <summary>"Industries", "Commerce": a capitalised portfolio word, or its plural.</summary>
    private static bool IsPortfolioWord(Token w)
    {
        if (!w.IsCap || w.Kind != TokenKind.Word) return false;
        if (w.Is(LexFlag.Portfolio)) return true;
        var lower = w.Lower;
        return lower.Length > 4 && (lower.EndsWith("ies", StringComparison.Ordinal) && Lexicon.Portfolio.Contains(lower[..^3] + "y") ||
                                    lower[^1] == 's' && Lexicon.Portfolio.Contains(lower[..^1]));
    }

    /// <summary>
    /// "Arlen University Westport", "Arlen Science Park Westport", "Wirtschaftskammer Arlen": a university, an institute or a
    /// park named before the place it is in, or a German compound head before its land: one capitalised word that is no
    /// common word of a sentence, then the name ends.
    /// </summary>
    private static bool PlaceAfterHead(List<Token> t, int h, string kind)
    {
        if (h + 1 >= t.Count) return false;
        var head = t[h].Lower;
        var german = Lexicon.CompoundHeadKind(head) is not null || GermanHeadsFirst.Contains(head);
        if (!german && !(h > 0 && IsNameWord(t[h - 1]) && (kind is "university" or "institute" && head is "university" or "college" or "institute" or "polytechnic" || head == "park" ||
            // Seventeenth round, second half: "Teaching Hospital Velno", "District Headquarters Hospital Tarsk", "Regional
            // Hospital Arlen": hospitals of South Asia and the Nordic countries are named by their kind, then the town they serve.
            head is "hospital"))) return false;
        var n = t[h + 1];
        if (n.Kind != TokenKind.Word || !n.IsCap || n.IsPossessive || n.IsAllCaps && !german ||
            n.Is(LexFlag.OrganizationHeads | LexFlag.EventHeads | LexFlag.Facilities | LexFlag.FunctionWords | LexFlag.Months | LexFlag.Weekdays | LexFlag.Demonyms |
                 LexFlag.Portfolio | LexFlag.Countries | LexFlag.TitleModifiers | LexFlag.ProgrammeHeads) ||
            IsTitleWord(n) || IsHonorific(n) || HeadlineVerbs.Contains(n.Lower) || GroupNouns.Contains(n.Lower)) return false;
        if (h + 2 >= t.Count) return true;
        var after = t[h + 2];
        return after.Kind == TokenKind.Punct || after.Kind == TokenKind.Word && !after.IsCap && !after.IsParticle;
    }

    /// <summary>German heads that come before the place they serve ("Landkreis Arlen", "Sparkasse Arlen").</summary>
    private static readonly FrozenSet<string> GermanHeadsFirst = FrozenSet.Create(StringComparer.Ordinal,
        "universität", "hochschule", "fachhochschule", "landkreis", "kreistag", "kreisverwaltung", "sparkasse", "bezirk", "stadtwerke", "landesregierung", "landratsamt", "bezirksamt",
        // Not German, but with the same order: the head, then the place it serves.
        "parishad", "samiti", "nigam", "gemeente", "provincie", "waterschap", "wetterskip", "ülikool");

    /// <summary>Heads written in lower case after the name of the place they serve ("Arlen universitet", "Westmarska županija").</summary>
    private static readonly FrozenDictionary<string, string> LowerCaseHeadsAfterName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["universitet"] = "university", ["universitetet"] = "university", ["högskola"] = "university", ["høgskole"] = "university", ["høgskule"] = "university",
        ["sykehus"] = "other", ["sjukhus"] = "other", ["sygehus"] = "other", ["županija"] = "region", ["zupanija"] = "region", ["kraj"] = "region",
        ["maakunta"] = "region", ["kaupunki"] = "region", ["yliopisto"] = "university",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns for the people of a body, which follow its name without being part of it ("Arlen University Delegation").</summary>
    private static readonly FrozenSet<string> GroupNouns = FrozenSet.Create(StringComparer.Ordinal,
        "delegation", "team", "press", "staff", "alumni", "students", "researchers", "experts", "members", "partners", "scientists", "graduates",
        "professors", "faculty", "campus", "research", "library", "hospital", "clinic", "student", "delegates");

    /// <summary>"Harbour-based": where a body is based describes it; it is no part of its name.</summary>
    public static bool IsBasedIn(Token w) => w.Lower.Length > 6 && w.Lower[^6] == '-' && w.Lower.EndsWith("-based", StringComparison.Ordinal);

    private static bool IsRegionHead(Token w) =>
        w.IsCap && w.Is(LexFlag.OrganizationHeads) && Lexicon.OrganizationHeads.TryGetValue(w.Lower, out var kind) && kind == "region";

    /// <summary>
    /// A head word that makes no body here: inside a programme's name, a congress held by many ("World … Congress",
    /// "International … Congress"), a unit that speaks for a body ("Press Office of …"), or a body's branch after it
    /// ("the X Authority, Y Office").
    /// </summary>
    private static bool IsNoBody(List<Token> t, int s, int h, List<OrgSpan> spans, ref bool[]? mask)
    {
        var head = t[h].Lower;
        // "the State Government": words that only say what kind of government it is name none ("the City Council" is still
        // the council of the city the story is about).
        var generic = true;
        for (var k = s; k < h && generic; k++) generic = t[k].Is(LexFlag.OrganizationHeads) || t[k].Is(LexFlag.TitleModifiers) || t[k].Lower is "provincial" or "prefectural" or "municipal" or "regional" or "national" or "federal" or "local";
        if (generic && s < h && head == "government" && !(h + 1 < t.Count && t[h + 1].Lower == "of")) return true;
        if (head == "congress" && t[s].Lower is "world" or "international" or "global" or "annual" or "national" or "european" or "asian" or "african" or "arab" or "nordic" or
            "baltic" or "mediterranean" or "eurasian" or "pan-african" or "pan-american" or "latin") return true;
        // "the Management Board of X", "the Executive Board of X": a body's own organ is no body of its own.
        if (head == "board" && h == s + 1 && t[s].Lower is "management" or "executive" or "supervisory" or "governing" && OfAName(t, h + 1)) return true;
        // "the Joint Working Group", "the Steering Committee": the partnership's own mechanism, named by what it does and by
        // no proper word, is no body of its own.
        if (s < h && head is "committee" or "commission" or "group" or "secretariat" or "council" or "board" or "force" && !OfAName(t, h + 1))
        {
            var mechanism = true;
            for (var k = s; k < h && mechanism; k++) mechanism = MechanismWords.Contains(t[k].Lower);
            if (mechanism) return true;
        }
        // "Pro-Rector for the Northern Division", "Minister for the Northern Region": after an office's "for the", a direction
        // and a head name the part of the country the office answers for, not a body.
        if (s >= 3 && t[s - 1].Lower == "the" && t[s - 2].Lower == "for" && IsTitleWord(t[s - 3]) && t[s - 3].IsCap && !(h + 1 < t.Count && t[h + 1].Lower == "of"))
        {
            var directions = s < h;
            for (var k = s; k < h && directions; k++) directions = DirectionWords.Contains(t[k].Lower);
            if (directions) return true;
        }
        // "Press Office", "the Arlen PR Office": a unit that speaks for a body ("Information Office" only alone: a public
        // information office serves the public too).
        if (head is "office" or "service" or "unit" or "bureau" or "division" && h > s && SpokesUnits.Contains(t[h - 1].Lower) && (h == s + 1 || t[h - 1].Lower != "information")) return true;
        if (head == "office" && s >= 1 && t[s - 1].IsPunct(',') && spans.Count > 0 && spans[^1].Span.End == s - 1) return true;
        // "the Arlen Chamber of Commerce (ACC) – Westport Branch": the branch of the body just named, set off by a dash or a comma.
        if (head == "branch" && h + 1 < t.Count && t[h + 1].Lower != "of" && s >= 1 && t[s - 1].Text is "–" or "—" or "-" or ",") return true;
        if (ReferenceEquals(mask, MaskNotComputed)) mask = ProgrammeMask(t);
        if (mask is not null)
            for (var k = s; k <= h; k++)
                if (mask[k]) return true;
        return false;
    }

    /// <summary>The number of tokens of "sp. z o.o." at k (however its full stops were split off), or 0.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int PolishLegalForm(List<Token> t, int k) => k < t.Count && t[k].Lower is "sp." or "sp" ? PolishLegalFormAt(t, k) : 0;

    private static int PolishLegalFormAt(List<Token> t, int k)
    {
        var j = k;
        if (j < t.Count && t[j].Lower == "sp.") j++;
        else if (j + 1 < t.Count && t[j].Lower == "sp" && t[j + 1].IsPunct('.')) j += 2;
        else return 0;
        if (j >= t.Count || t[j].Text != "z") return 0;
        j++;
        Span<char> form = stackalloc char[4];
        var n = 0;
        var from = j;
        while (j < t.Count && j - from < 4 && n + t[j].Lower.Length <= 4 && (j == from || t[j].Start == t[j - 1].End))
        {
            t[j].Lower.AsSpan().CopyTo(form[n..]);
            n += t[j].Lower.Length;
            j++;
            if (form[..n] is "o.o.") return j - k;
        }
        return 0;
    }

    private static bool IsPluralPossessive(Token w) =>
        w.Kind == TokenKind.Word && w.IsCap && w.IsPossessive && (w.Text.EndsWith("s'", StringComparison.Ordinal) || w.Text.EndsWith("s’", StringComparison.Ordinal) ||
        IsIrregularPluralPossessive(w.Text));

    /// <summary>
    /// "Fishermen's Association", "Cattlemen's Association", "Children's Fund": a plural that does not end in s takes "'s", as
    /// "men", "women", "children" and "people" and every compound of "men" do; such a possessive names the members of a
    /// body just as "Farmers'" does.
    /// </summary>
    private static bool IsIrregularPluralPossessive(string text)
    {
        var stem = text.Length > 2 && text[^2] is '\'' or '’' && text[^1] == 's' ? text.AsSpan(0, text.Length - 2) : default;
        // A compound of "men" has seven letters at least ("Fishermen", "Cattlemen"): shorter words ending in "men" are places
        // ("Yemen's", "Bremen's") or given names ("Carmen's").
        return stem.Length >= 3 && (stem is "Men" or "Women" || stem.Length >= 7 && stem.EndsWith("men", StringComparison.Ordinal) ||
            stem.EndsWith("Children", StringComparison.Ordinal) || stem.EndsWith("People", StringComparison.Ordinal));
    }

    /// <summary>
    /// "the City Veterinarian's Office", "the Provincial Engineer's Office", "the Municipal Assessor's Office": local
    /// governments (the Philippine ones above all) name each department after the officer who heads it, a noun of an
    /// occupation (-ist, -ian, -er, -or, -ant, -ary) after the level of government. True for such a possessive at k.
    /// </summary>
    private static bool IsLocalOfficersPossessive(List<Token> t, int k)
    {
        if (k < 1 || t[k - 1].Text is not ("City" or "Municipal" or "Provincial" or "Regional" or "District" or "County" or "Town")) return false;
        var b = t[k].Base;
        return b.Length > 4 && (b.EndsWith("ist", StringComparison.Ordinal) || b.EndsWith("ian", StringComparison.Ordinal) || b.EndsWith("er", StringComparison.Ordinal) ||
            b.EndsWith("or", StringComparison.Ordinal) || b.EndsWith("ant", StringComparison.Ordinal) || b.EndsWith("ary", StringComparison.Ordinal));
    }

    /// <summary>Head words in other languages whose "of" is their own particle ("de", "des", "del", "di", "do").</summary>
    /// <summary>Whether a word is a body's head of another language, written first in its name ("Associação", "Universidad").</summary>
    internal static bool IsForeignHead(Token w) => w.IsCap && ForeignHeads.Contains(w.Lower);

    private static readonly FrozenSet<string> ForeignHeads = FrozenSet.Create(StringComparer.Ordinal,
        "cégep", "cegep", "ministère", "ministerio", "ministero", "universidad", "université", "universidade", "università",
        "instituto", "institut", "museo", "musée", "provincia", "région", "regione", "departamento", "département", "generalitat",
        "xunta", "junta", "diputación", "ayuntamiento", "municipalidad", "prefeitura", "comune", "gobernación", "intendencia",
        "parlamento", "asamblea", "assembleia", "assemblée", "consiglio", "consejo", "conseil", "conselho", "politecnico",
        "politécnico", "escuela", "école", "scuola", "escola", "museu", "pinacoteca", "galleria", "galería", "teatro", "théâtre",
        "orquesta", "orchestre", "dirección", "direção", "direcção", "direzione", "cabildo", "biblioteca", "bibliothèque", "gobierno", "governo", "gouvernement", "secretaría", "secretaria", "ministério", "consejería",
        "conselleria", "agence", "agencia", "agência", "autoridad", "autorité", "comisión", "commissione", "comissão",
        "fundación", "fundação", "fondazione", "fondation", "asociación", "associação", "associazione", "cámara", "câmara",
        "camera", "centro", "centre", "empresa", "panlalawigan", "panlungsod", "federação", "federación", "federazione", "fédération", "associació", "universitat", "agenția", "agentia", "kamer",
        "hochschule", "kammer", "agenzia", "universitatea", "ballet", "empresas", "alcaldía", "alcaldia", "administración", "administração",
        "chambre", "compania", "compañía", "companhia", "compagnie", "azienda", "consorzio", "consorcio", "communauté", "ajuntament", "istituto",
        "entreprise", "société", "patronato", "direction",
        "sociedad", "sociedade", "società",
        "ministerium", "landesamt",
        "colegio", "colégio", "liceo", "lycée", "collège", "régie", "servicio", "serviço", "servizio",
        // Stock exchanges, councils, public bodies, orchestras, choirs, bands and theatres of the Romance languages; civil protection.
        "bolsa", "borsa", "bourse", "consello", "consell", "ente", "filharmonía", "filarmónica", "filharmônica", "filarmonica",
        "orquestra", "coro", "teatre", "theatro", "opéra", "ópera", "protezione", "protección", "proteção", "protecção");

    /// <summary>Legal forms of companies, as written (case matters: "AS" is one, "as" is not), that are no head word elsewhere.</summary>
    private static readonly FrozenSet<string> ExactLegalForms = FrozenSet.Create(StringComparer.Ordinal,
        "AS", "ASA", "A/S", "ApS", "UAB", "AB", "MMC", "A.Ş.", "A.Ş", "S.A.C.", "S.A.C", "S.A.R.L.", "S.A.R.L", "SARL", "SRL", "S.R.L.", "OÜ", "SIA", "d.o.o.",
        "S.A.S.", "S.L.", "SL", "s.r.o.", "a.s.", "d.o.o.", "Lda", "Lda.", "Tbk", "KG", "S.p.A.", "S.r.l.", "Oyj", "Oy",
        "ASC", "QSC", "SAOG", "SAOC", "eGen", "eG", "plc", "PLC", "SpA", "S.A.", "SA", "inc.", "ltée", "Ltée", "E.P.", "EP", "E.P.E.", "S.E.", "e.V.", "e.V", "d.d.");

    /// <summary>The number of tokens of a legal form written without spaces at k ("A/S", "S.A.C.", "s.r.o."), or 0.</summary>
    private static int ExactLegalFormLength(List<Token> t, int k)
    {
        Span<char> form = stackalloc char[10];
        var n = 0;
        var found = 0;
        for (var j = k; j < t.Count && j - k < 8 && (j == k || t[j].Start == t[j - 1].End) && n + t[j].Text.Length <= form.Length; j++)
        {
            t[j].Text.AsSpan().CopyTo(form[n..]);
            n += t[j].Text.Length;
            if (ExactLegalFormLookup.Contains(form[..n]) || n > 2 && form[n - 1] == '.' && ExactLegalFormLookup.Contains(form[..(n - 1)])) found = j - k + 1;
        }
        return found;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactLegalFormLookup = ExactLegalForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>One or two adjectives after a head of another language and before its own "of" ("Federal de", "libre de"), or 0.</summary>
    internal static int AdjectivesBeforeLink(List<Token> t, int k)
    {
        for (var n = 1; n <= 2 && k + n + 1 < t.Count; n++)
        {
            var w = t[k + n - 1];
            if (w.Kind != TokenKind.Word || w.Is(LexFlag.FunctionWords) || RomanceLinks.Contains(w.Text)) return 0;
            if (RomanceLinks.Contains(t[k + n].Text) && (t[k + n + 1].IsCap || RomanceLinks.Contains(t[k + n + 1].Text))) return n;
            // "Entreprise Ferroviaire d'Arlen": the link elided into the place's name.
            if (IsElidedName(t[k + n])) return n;
        }
        return 0;
    }

    /// <summary>Heads that come before the name with no link word ("Universiti X", "Région X", "Kabupaten X").</summary>
    private static readonly FrozenSet<string> HeadsBeforeName = FrozenSet.Create(StringComparer.Ordinal,
        "universiti", "universitas", "région", "regione", "provinsi", "kabupaten", "prefeitura", "provincia", "université", "universidad",
        "universidade", "università", "universitat", "landtag", "kreistag", "fondazione", "fundación", "fundação", "fondation", "stiftung",
        "perifereia", "periferia", "dimos", "colegio", "colégio", "liceo", "lycée", "collège",
        // "Klapa X" (a Croatian singing group), "Theatro X", "Orquestra X", "Banda X", "Coro X": ensembles named after their head.
        "klapa", "theatro", "teatre", "orquestra", "coro", "orkes", "orkestra",
        // "Hermandad de X", "Cooperativa X", "Accademia X": the brotherhoods, unions, co-operatives and academies of
        // Spanish, Portuguese and Italian put their head first, as their universities do.
        "hermandad", "cofradía", "agrupación", "sindicato", "cooperativa", "accademia");

    /// <summary>Heads of languages that put adjectives and genitives after them ("Izba Gospodarcza", "Szpital Wojewódzki").</summary>
    private static readonly FrozenSet<string> HeadsBeforeAdjectives = FrozenSet.Create(StringComparer.Ordinal,
        "izba", "szpital", "uniwersytet", "politechnika", "komora", "universitatea", "univerzita", "sveučilište", "agenția", "agentia",
        "bibliotheca", "biblioteca", "politecnico", "politécnico", "consiliul", "primăria", "primaria", "dinas", "badan", "kementerian", "majlis", "kerajaan", "perbadanan",
        // Indonesian and Malay heads, which put their modifiers after them; Italian "Protezione Civile" and the like.
        "sanggar", "yayasan", "lembaga", "dewan", "majelis", "pemerintah", "kantor", "balai", "pusat", "persatuan", "perkumpulan",
        "himpunan", "ikatan", "asosiasi", "koperasi", "politeknik", "sekolah", "akademi", "jabatan", "suruhanjaya", "perusahaan",
        "protezione", "protección", "proteção", "protecção", "ente");

    /// <summary>The word for "and" in other languages, inside a body's name ("Kereskedelmi és Iparkamara").</summary>
    private static readonly FrozenSet<string> ForeignAnd = FrozenSet.Create(StringComparer.Ordinal, "és", "und", "og", "och", "ve", "și", "ja", "en", "i");

    /// <summary>Capitalised words that end the name of a programme ("Student Envoy Programme"): no body or person inside it.</summary>
    internal static readonly FrozenSet<string> ProgrammeHeads = FrozenSet.Create(StringComparer.Ordinal,
        "program", "programme", "project", "initiative", "scheme", "scholarship", "fellowship", "campaign", "strategy", "certification");

    /// <summary>
    /// The tokens of programme names in a sentence ("the Student Envoy Programme"), or null when there are none: an office
    /// or a head word inside such a name names no person and no body.
    /// </summary>
    public static bool[]? ProgrammeMask(List<Token> t)
    {
        bool[]? mask = null;
        for (var i = 1; i < t.Count; i++)
        {
            if (!t[i].Is(LexFlag.ProgrammeHeads) || !t[i].IsCap || t[i].Kind != TokenKind.Word) continue;
            var s = i;
            while (s - 1 >= 0 && t[s - 1].Kind == TokenKind.Word && t[s - 1].IsCap && !t[s - 1].Is(LexFlag.FunctionWords) && !t[s - 1].IsPossessive && i - s < 6) s--;
            if (s == i) continue;
            mask ??= new bool[t.Count];
            for (var k = s; k <= i; k++) mask[k] = true;
        }
        return mask;
    }

    /// <summary>Words that, before "Office" or "Service", make a unit that speaks for a body, not a body of its own ("Press Office").</summary>
    private static readonly FrozenSet<string> SpokesUnits = FrozenSet.Create(StringComparer.Ordinal, "press", "media", "communications", "communication", "information", "pr");

    // "para o Desenvolvimento": the Portuguese articles "o", "os" link like "el", "los".
    private static readonly FrozenSet<string> RomanceLinks = FrozenSet.Create(StringComparer.Ordinal,
        "de", "des", "du", "del", "della", "delle", "di", "da", "do", "dos", "das", "et", "y", "e", "la", "le", "les", "l'", "d'", "ng",
        "a", "al", "el", "o", "os", "para", "per", "pour", "für", "van", "voor", "con", "com", "avec", "en", "nel", "nella", "nei", "negli", "dei", "degli", "dello",
        "à", "às", "ao", "aos", "au", "aux", "alla", "alle", "allo", "las", "los", "il", "gli");

    /// <summary>The Romance words for "of" that follow a head ("Office de la …", "Chambre des …").</summary>
    private static readonly FrozenSet<string> RomanceOf = FrozenSet.Create(StringComparer.Ordinal, "de", "des", "du", "del", "della", "delle", "di", "do", "da", "dos", "das");

    /// <summary>Conjunctions of other languages that close a list inside a name.</summary>
    private static readonly FrozenSet<string> ListAnd = FrozenSet.Create(StringComparer.Ordinal, "y", "e", "et", "și", "si", "i", "und", "and", "&", "ve", "és", "en", "og");

    /// <summary>"d'Industrie", "l'Énergie": an elided article or "of" before a capitalised word.</summary>
    /// <summary>Endings of Romance adjectives written in lower case after a noun ("étrangères", "nacional", "económico").</summary>
    private static bool IsRomanceAdjective(string w)
    {
        if (w.Length < 5) return false;
        foreach (var ending in (ReadOnlySpan<string>)["ères", "aires", "ales", "ique", "iques", "ienne", "iennes", "aise", "aises", "ano", "ana", "anos", "anas", "ico", "ica", "icos", "icas",
                     "ivo", "iva", "ivos", "ivas", "ário", "ária", "ario", "aria", "ense", "ensi", "ese", "esi", "ale", "ali", "nal", "ral", "aux", "eiro", "eira"])
            if (w.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    internal static bool IsElidedName(Token w)
    {
        var x = w.Text;
        var q = x.IndexOfAny(['\'', '’']);
        return q is 1 or 4 && q + 1 < x.Length && char.IsUpper(x[q + 1]) && char.IsLower(x[0]);
    }

    /// <summary>
    /// After a name of another language ending at e: ", Cultura, Montes y Deporte" — items with commas, the last one
    /// after a conjunction; the end of the list, or e when none closes.
    /// </summary>
    private static int ForeignList(List<Token> t, int e)
    {
        var k = e;
        for (var n = 0; n < 6 && k + 1 < t.Count && t[k].IsPunct(',') && (t[k + 1].IsCap || IsElidedName(t[k + 1])) && t[k + 1].Kind == TokenKind.Word && !IsTitleWord(t[k + 1]); n++)
        {
            var i = k + 1;
            var last = i;
            var closed = false;
            for (; i < t.Count && i - k < 10; i++)
            {
                var w = t[i];
                if (w.Kind != TokenKind.Word) break;
                if (w.IsCap || IsElidedName(w)) { last = i + 1; continue; }
                var link = RomanceLinks.Contains(w.Text) || ListAnd.Contains(w.Text);
                if (!link || i + 1 >= t.Count || !(t[i + 1].IsCap || RomanceLinks.Contains(t[i + 1].Text))) break;
                closed |= ListAnd.Contains(w.Text);
            }
            if (last == k + 1) break;
            k = last;
            if (closed) return k;
        }
        return e;
    }

    /// <summary>After a head in another language: "de la Culture", "des Relations internationales et de la Francophonie".
    /// Lower-case words join only between a capitalised word and a particle; the name ends on its last capitalised word.</summary>
    internal static int ForeignOfRun(List<Token> t, int k)
    {
        if (k >= t.Count || !RomanceLinks.Contains(t[k].Text) && !IsElidedName(t[k])) return k;
        var last = k;
        // A name of another language may be long ("pour le Développement et la Réhabilitation de la Médina de X" is eleven
        // words): the look-ahead holds sixteen, still bounded.
        for (var i = k; i < t.Count && i - k < 16; i++)
        {
            var w = t[i];
            if (w.Kind != TokenKind.Word) break;
            if (w.IsCap || IsElidedName(w)) { last = i + 1; continue; }
            if (RomanceLinks.Contains(w.Text)) continue;
            if (i > k && t[i - 1].IsCap && i + 1 < t.Count && RomanceLinks.Contains(t[i + 1].Text)) continue;
            // "Camera di commercio di Arlen": a lower-case noun between two links.
            if (i > k && RomanceLinks.Contains(t[i - 1].Text) && i + 2 < t.Count && RomanceOf.Contains(t[i + 1].Text) && t[i + 2].IsCap) continue;
            // "Ministère de l'Europe et des Affaires étrangères": a lower-case adjective after the last noun ends the name.
            if (i > k && t[i - 1].IsCap && IsRomanceAdjective(w.Lower) && (i + 1 >= t.Count || t[i + 1].Kind == TokenKind.Punct || !t[i + 1].IsCap && !RomanceLinks.Contains(t[i + 1].Text)))
                last = i + 1;
            break;
        }
        return last;
    }

    /// <summary>"Science and Technology Park", "Business Park": a park that is a body, not a place to walk.</summary>
    private static bool IsOrganizationPark(List<Token> t, int h, ref string? kind)
    {
        if (h == 0) return false;
        // "… Research Station", "… Experimental Station": a station that does research is an institute, not a stop.
        if (t[h].Lower == "station" && t[h - 1].Lower is "research" or "experiment" or "experimental" or "breeding" or "field")
        {
            kind = "institute";
            return true;
        }
        // "X City Executive Power": the executive authority of a city or district.
        if (t[h].Lower == "power" && t[h].IsCap && t[h - 1].Lower == "executive" && t[h - 1].IsCap)
        {
            kind = "agency";
            return true;
        }
        // "… Special Economic Zone", "… Free Zone": a zone with its own administration.
        if (t[h].Lower == "zone" && t[h].IsCap && t[h - 1].IsCap && t[h - 1].Lower is "economic" or "free" or "industrial" or "processing" or "trade" or "enterprise" or "development")
        {
            kind = "agency";
            return true;
        }
        if (t[h].Lower != "park" || t[h - 1].Lower is not ("technology" or "science" or "business" or "industrial" or "research" or "innovation" or "software" or "technological" or "techno" or "biotechnology" or "biotech")) return false;
        kind = "other";
        return true;
    }

    internal static bool RunEndsInEventHead(List<Token> t, int from)
    {
        var i = from;
        while (i < t.Count && i - from < 8 && (t[i].IsCap || t[i].Lower is "and" or "of" or "&")) i++;
        return i > from && t[i - 1].Is(LexFlag.EventHeads) && t[i - 1].IsCap;
    }

    /// <summary>The end of a capitalised run after "of": "of Labour", "of Science and Technology", "of the Arts".</summary>
    public static int OfRun(List<Token> t, int k)
    {
        var e = k;
        while (e < t.Count && e - k < 8)
        {
            var w = t[e];
            if (w.IsCap && w.Kind == TokenKind.Word && !w.Is(LexFlag.Months) && !w.Is(LexFlag.Weekdays) && !IsTitleWord(w) && !(w.Is(LexFlag.FunctionWords) && e == k) && !(e > k && HeadlineVerbs.Contains(w.Lower)) && !IsCourtesyBeforeName(w)) { e++; if (w.IsPossessive && !PossessiveOfficeAt(t, e - 1) && !(w.Is(LexFlag.CommonPossessives) && e < t.Count && t[e].IsCap)) break; continue; }
            // "of the Marshal's Office of …": an office-holder's office inside the name.
            if (PossessiveOfficeAt(t, e)) { e++; continue; }
            if ((w.IsParticle || w.Text is "and" or "&") && e > k && e + 1 < t.Count && t[e + 1].IsCap && !IsTitleWord(t[e + 1]) && !(w.Text is "and" or "&" && (StartsAnotherBody(t, e + 1) || OfficeAfterAnd(t, e + 1)))) { e++; continue; }
            break;
        }
        return e;
    }

    /// <summary>
    /// "… of Mining Ivo Marek and Vice President Mara Tobin", "… and Deputy Director …": after "and", an office's modifier
    /// before an office opens the next person's office, not more of a name.
    /// </summary>
    private static bool OfficeAfterAnd(List<Token> t, int k) =>
        k + 1 < t.Count && t[k].Is(LexFlag.TitleModifiers) && t[k].IsCap && IsTitleWord(t[k + 1]);

    /// <summary>A country from token k: "Norway", "the Republic of Austria", "Ghana".</summary>
    private static bool NamesCountry(List<Token> t, int k)
    {
        if (k < t.Count && t[k].Lower == "the") k++;
        // "the Socialist Republic of …", "the Democratic Socialist Republic of …": the adjectives of a state's formal name.
        var adjectives = 0;
        while (k + 1 < t.Count && adjectives < 3 && t[k].IsCap && t[k].Lower is "socialist" or "democratic" or "islamic" or "arab" or "plurinational" or "bolivarian" or "hashemite" or "cooperative" or "co-operative" or "independent" or "oriental")
        {
            k++;
            adjectives++;
        }
        if (k >= t.Count) return false;
        if (t[k].Lower is "republic" or "kingdom" or "federation" or "federal" or "people's" or "united" or "commonwealth" or "sultanate" or "principality" or "emirate") return true;
        if (adjectives > 0) return false;
        var e = OfRun(t, k);
        return e > k && IsCountrySlow(Surface(t, k, e));
    }

    /// <summary>"Marshal's" before "Office": the possessive of an office-holder naming their office.</summary>
    private static bool PossessiveOfficeAt(List<Token> t, int k) =>
        k + 1 < t.Count && t[k].IsPossessive && t[k].IsCap && IsTitleWord(t[k].Base.ToLowerInvariant()) && t[k + 1].IsCap && t[k + 1].Lower is "office" or "department" or "cabinet";

    /// <summary>"… of Arvena and Tolu State": after "and", a capitalised run ending in a head word is another body.</summary>
    private static bool StartsAnotherBody(List<Token> t, int k)
    {
        var e = k;
        while (e < t.Count && e - k < 6 && t[e].IsCap && t[e].Kind == TokenKind.Word) e++;
        // "Department of Trade and Industries", "Ministry of Agriculture and Cooperatives": one field in the plural after "and"
        // closes a list of a body's fields, though the plural is a company's or a co-operative's head elsewhere.
        if (e == k + 1 && !t[k].IsAllCaps && FieldPlural(t[k])) return false;
        // "… of Commerce and HTCA": an acronym alone after "and" is another body too.
        if (e == k + 1 && t[k].IsAllCaps && t[k].Text.Length >= 2 && (e >= t.Count || !t[e].IsCap)) return true;
        // "… College of Dentistry and ABC Tech": an acronym and one word, the short name of another body.
        if (e == k + 2 && t[k].IsAllCaps && t[k].Text.Length >= 2 && !t[k + 1].IsAllCaps) return true;
        // "Faculty of Economics and Business Administration of …": a field of study, no body.
        if (e == k + 2 && t[k + 1].Lower == "administration" && t[k].Lower is "business" or "public") return false;
        // "… of Arlen City and Waterschap Velden": a head that comes before its place opens another body.
        if (e >= k + 2 && (GermanHeadsFirst.Contains(t[k].Lower) || HeadsBeforeName.Contains(t[k].Lower))) return true;
        return e > k && t[e - 1].Is(LexFlag.OrganizationHeads) && !t[e - 1].IsPossessive;
    }

    /// <summary>
    /// "Faculty of Law of the University of Arlenia": a university (or academy) named after its country is a body of its own
    /// inside a unit's name, as one named after a city is; a country after other heads ("the Embassy of the Republic of …")
    /// is where the body belongs.
    /// </summary>
    private static bool UniversityNamedAfterCountry(List<Token> t, int head) =>
        t[head].IsCap && t[head].Lower is "university" or "universidad" or "universidade" or "université" or "università" or "academy" && head >= 1 && t[head - 1].Lower == "the";

    /// <summary>
    /// "Culture, Lottery &amp; Heritage Office": one-word fields, each followed by a comma, before the first field of a name joined by an
    /// ampersand (at most three, none a head, the first after a lower-case word, "the" or the sentence's start). The new start,
    /// or s.
    /// </summary>
    private static int CommaFieldsBefore(List<Token> t, int s)
    {
        var k = s;
        while (k - 2 >= 0 && s - k < 6 && t[k - 1].IsPunct(',') && IsNameWord(t[k - 2]) && !t[k - 2].IsAllCaps && !t[k - 2].Is(LexFlag.OrganizationHeads) && !t[k - 2].IsPossessive) k -= 2;
        if (k == s) return s;
        return k == 0 || t[k - 1].Kind == TokenKind.Word && !t[k - 1].IsCap ? k : s;
    }

    /// <summary>A field named in the plural that is a body's head elsewhere: "Industries", "Cooperatives", "Enterprises".</summary>
    internal static bool FieldPlural(Token w) =>
        w.IsCap && w.Lower is "industries" or "cooperatives" or "co-operatives" or "enterprises" or "fisheries" or "communications";

    /// <summary>"Department of Labour, Invalids and Social Affairs": a list inside a name.</summary>
    private static bool AnyHead(List<Token> t, int from, int to)
    {
        for (var k = from; k < to; k++) if (t[k].IsCap && t[k].Is(LexFlag.OrganizationHeads)) return true;
        return false;
    }

    private static bool AnyPortfolio(List<Token> t, int from, int to)
    {
        for (var q = from; q < to; q++) if (t[q].IsCap && t[q].Is(LexFlag.Portfolio)) return true;
        return false;
    }

    private static int ListContinuation(List<Token> t, int e)
    {
        var k = e;
        var sawComma = false;
        while (k + 1 < t.Count && t[k].IsPunct(',') && t[k + 1].IsCap && !IsTitleWord(t[k + 1]))
        {
            var r = OfRun(t, k + 1);
            if (r == k + 1) break;
            sawComma = true;
            var and = -1;
            for (var q = k + 1; q < r; q++) if (t[q].Text is "and" or "&") and = q;
            // "the Ministry of Health, Ivo Marek and Lena Holt": two words on each side of the "and", with no portfolio word
            // among them, are two people's names.
            if (and > 0 && and - (k + 1) == 2 && r - (and + 1) == 2 && !AnyPortfolio(t, k + 1, r)) return e;
            k = r;
            // "… and Cooperatives Mr. Ivo Marek": a courtesy word before the holder's name closes the list as a lower-case word does.
            if (and > 0) return sawComma && (k >= t.Count || !t[k].IsCap || IsHonorific(t[k])) ? k : e;
            // "Department of Coasts, Rivers, and Energy": the serial comma before the last field.
            // A head word in the list makes it a list of bodies ("University of X, Y University, and Z University").
            if (k + 2 < t.Count && t[k].IsPunct(',') && t[k + 1].Text is "and" or "&" && t[k + 2].IsCap && !IsTitleWord(t[k + 2]) && OfRun(t, k + 2) is var last && last > k + 2 &&
                (last >= t.Count || !t[last].IsCap) && !AnyHead(t, e, last)) return last;
        }
        return e;
    }

    private static string RefineKind(List<Token> t, int s, int h, int e, string kind)
    {
        var head = t[h].Lower;
        var before = h > s ? t[h - 1].Lower : "";
        if (head is "office" or "center" or "centre")
        {
            if (Lexicon.OfficeWords.Contains(before)) return "office";
            if (before is "research") return "institute";
            return head == "office" ? "agency" : "other";
        }
        if (head == "chamber" && e > h + 1 && t[h + 2 < e ? h + 2 : h].Lower is "deputies" or "representatives") return "legislature";
        if (head == "school" && before is "high" or "middle" or "primary" or "elementary") return "other";
        return kind;
    }

    /// <summary>Matches an office at token i: modifiers, the office, and a portfolio ("for International Relations").</summary>
    public static TitleMatch? MatchTitle(List<Token> t, int i) =>
        // "Plaza Mayor", "Calle Mayor": an office's word after a venue's word is part of the venue's name ("House" is also a
        // legislature's chamber: "House Speaker", "House Majority Leader").
        CanStartTitle(t[i]) && !(i > 0 && t[i - 1].IsCap && t[i - 1].Is(LexFlag.Facilities) && t[i - 1].Lower != "house") ? MatchTitleAt(t, i) : null;

    /// <summary>Most words start no office; this test is kept small so that callers can inline it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool CanStartTitle(Token w) => w.Is(LexFlag.TitleFirst | LexFlag.TitleModifiers) || w.Kind == TokenKind.Word && w.Lower is "vice-" or "co-";

    private static TitleMatch? MatchTitleAt(List<Token> t, int i)
    {
        // Try the office at i first ("Chief Executive"), then after one or more modifiers ("Vice Governor"). A word that is
        // both an office and a modifier ("Principal", "Executive") is the modifier when a longer office follows it
        // ("Principal Deputy Speaker", not the Principal "Deputy").
        var j = i;
        TitleMatch? first = null;
        for (var attempt = 0; attempt < 4 && j < t.Count; attempt++, j++)
        {
            if (attempt > 0 && !(t[j - 1].Is(LexFlag.TitleModifiers) || t[j - 1].Lower is "vice-" or "co-")) return first;
            if (TitleAt(t, i, j) is not { } found) continue;
            if (first is { } shorter) return found.Span.End > shorter.Span.End ? found : shorter;
            if (attempt > 0 || !t[i].Is(LexFlag.TitleModifiers) || !t[i].IsCap || found.Span.End != i + 1) return found;
            first = found;
        }
        return first;
    }

    private static readonly FrozenSet<string> TitleFirstWords = Lexicon.Titles.Select(t => t.Split('_')[0]).ToFrozenSet(StringComparer.Ordinal);

    private static TitleMatch? TitleAt(List<Token> t, int i, int j)
    {
        // Most words start no office: a set look-up spares building candidate phrases.
        if (!t[j].Is(LexFlag.TitleFirst)) return null;
        Span<char> buffer = stackalloc char[128];
        // A phrase can only be an office as far as its later words occur after the first word of some office.
        var longest = 1;
        while (longest < MaxTitleWords && j + longest < t.Count && t[j + longest].Is(LexFlag.TitleInner)) longest++;
        for (var len = longest; len >= 1; len--)
        {
            // The candidate phrase "w1_w2_…" is built in a buffer; a string is made only for an office found.
            var n = 0;
            for (var k = j; k < j + len && n >= 0; k++)
            {
                var w = t[k].Lower;
                if (n + w.Length + 1 > buffer.Length) n = -1;
                else
                {
                    if (k > j) buffer[n++] = '_';
                    w.AsSpan().CopyTo(buffer[n..]);
                    n += w.Length;
                }
            }
            if (n < 0 || !TitleLookup.Contains(buffer[..n])) continue;
            var key = buffer[..n].ToString();
            var end = j + len;
            // The modifier "state" belongs to the office only at the start of a phrase ("State Minister").
            var start = i;
            if (start < j && t[start].Lower == "state" && start > 0 && IsNameWord(t[start - 1])) start++;
            while (start < j && !t[start].IsCap && t[j].IsCap) start++;
            // "Rector General", "Procurator General": "General" after an office is part of it, not a name.
            if (end < t.Count && t[end].Text == "General" && t[j].IsCap) end++;
            if (end + 1 < t.Count && t[end].Lower is "for" or "of" && t[end + 1].IsCap && t[end + 1].Is(LexFlag.Portfolio))
            {
                var k = end + 1;
                while (k < t.Count && k - end < 7 && (t[k].IsCap && t[k].Is(LexFlag.Portfolio) || t[k].Text is "and" or "&" && k + 1 < t.Count && t[k + 1].IsCap)) k++;
                if (t[k - 1].Text is "and" or "&") k--;
                // "Director of Labour Affairs" is an office; "Director of the … Institute" is an organization.
                if (t[end].Lower == "for" || k >= t.Count || !t[k].IsCap || t[k].IsPossessive) end = k;
            }
            var core = t[j + len - 1].Lower;
            if (key.Contains('_')) core = key.Replace('_', ' ');
            var text = Surface(t, start, end);
            return new TitleMatch(new Span(start, end), text, core, t[j].IsCap);
        }
        return null;
    }

    /// <summary>A military rank before a name, capitalised ("Rear Admiral", "Colonel").</summary>
    public static bool IsRank(Token w) => w.IsCap && w.Kind == TokenKind.Word && Lexicon.MilitaryRanks.Contains(w.Lower);

    /// <summary>Courtesy words and ranks from p on, with one in brackets ("Barr. (Mrs.) Ngozi …"); the index of the first word after them.</summary>
    public static int SkipHonorifics(List<Token> t, int p)
    {
        var first = p;
        while (p < t.Count)
        {
            // "Rear Admiral Name …": a rank before the name.
            if (IsRank(t[p]) && p + 1 < t.Count && t[p + 1].IsCap)
            {
                p++;
                continue;
            }
            // "drs. Jan-Willem …": a lower-case courtesy word counts only with its full stop, or after another one ("Prof. dr …").
            // "Prof. dr. ir. …", "Prof. univ. dr. ing. …": a chain of them, each with its full stop.
            // "… of Arlen University professor Mara Tobin": "professor" and "doctor" written lower case, before a full name.
            if (IsHonorific(t[p]) && (t[p].IsCap || t[p].Text.EndsWith('.') && p + 1 < t.Count && (t[p + 1].IsCap || IsHonorific(t[p + 1]) && t[p + 1].Text.EndsWith('.')) ||
                p > first && p + 1 < t.Count && t[p + 1].IsCap ||
                t[p].Lower is "professor" or "doctor" && p + 2 < t.Count && t[p + 1].IsCap && t[p + 2].IsCap && !IsTitleWord(t[p + 1])))
            {
                p++;
                // "Mag.a", "Prof.ª", "Dott.ssa": the feminine ending written after the full stop.
                if (p < t.Count && t[p].Text is "a" or "ª" or "ssa" && t[p].Start == t[p - 1].End) p++;
            }
            else if (p + 2 < t.Count && t[p].IsPunct('(') && IsHonorific(t[p + 1]) && t[p + 2].IsPunct(')')) p += 3;
            // "Dr. H. Yusuf …": after another courtesy word, "H." is the Indonesian and Malay "Haji", not an initial, when two
            // name words follow it.
            else if (p > first && t[p].Text == "H." && p + 2 < t.Count && t[p + 1].IsCap && t[p + 2].IsCap && !t[p + 1].Text.EndsWith('.') && !t[p + 2].Text.EndsWith('.')) p++;
            // "H. Mara Velo Santoso": first, "H." is the haji's too when three name words follow it (an English initial comes
            // before a given name and a surname).
            else if (t[p].Text is "H." or "Hj." && p + 3 < t.Count && IsNameWord(t[p + 1]) && IsNameWord(t[p + 2]) && IsNameWord(t[p + 3]) &&
                     !t[p + 1].Text.EndsWith('.') && !t[p + 2].Text.EndsWith('.') && !t[p + 3].Text.EndsWith('.')) p++;
            // "Dr. C. Name Name", "Dra. C. …": the Cuban degree "Doctor en Ciencias" is written so; "C." after the doctor's
            // courtesy word and before two name words is part of it, not an initial.
            else if (p > first && t[p].Text == "C." && t[p - 1].Lower is "dr." or "dr" or "dra." or "dra" && p + 2 < t.Count && t[p + 1].IsCap && t[p + 2].IsCap &&
                     !t[p + 1].Text.EndsWith('.') && !t[p + 2].Text.EndsWith('.')) p++;
            // "Dipl.-Ing.": two courtesy words joined by a hyphen.
            else if (p > first && p + 1 < t.Count && t[p].Text is "-" && t[p].Start == t[p - 1].End && IsHonorific(t[p + 1]) && t[p + 1].IsCap) p++;
            // "Tan Sri Name": the Malaysian honour; "Tan" alone is a Chinese surname ("Tan Wei, Deputy Director"), no courtesy word.
            else if (t[p].Text == "Tan" && p + 2 < t.Count && t[p + 1].Text == "Sri" && t[p + 2].IsCap) p += 2;
            else break;
        }
        return p;
    }

    /// <summary>"del Prado", "dos Reis Moura" after an office: particles, then a name.</summary>
    public static Span? ParticleSurname(List<Token> t, int p)
    {
        var q = p;
        while (q < t.Count && q - p < 3 && t[q].IsParticle) q++;
        if (q == p || q >= t.Count || !t[q].IsCap) return null;
        var rest = NameRun(t, q);
        return rest.End > rest.Start ? new Span(p, rest.End) : null;
    }

    /// <summary>"al-Hassani", "el-Amin": a surname with a lower-case article joined by a hyphen.</summary>
    private static bool IsArticledSurname(Token w)
    {
        var x = w.Text;
        var dash = x.IndexOf('-');
        return w.Kind == TokenKind.Word && dash is >= 1 and <= 3 && dash + 1 < x.Length && char.IsUpper(x[dash + 1]) && char.IsLower(x[0]);
    }

    /// <summary>A one-word country ("Arlenia" as a given name) before one more word of a name and then no capitalised word.</summary>
    private static bool CountryAsGivenName(List<Token> t, int e) =>
        t[e].Kind == TokenKind.Word && t[e].IsCap && !t[e].IsAllCaps && t[e].Is(LexFlag.Countries) && e + 1 < t.Count && t[e + 1].Kind == TokenKind.Word &&
        OrgSpans.IsHolderWord(t[e + 1]) && !t[e + 1].Is(LexFlag.FunctionWords | LexFlag.Facilities) && (e + 2 >= t.Count || !(t[e + 2].IsCap && t[e + 2].Kind == TokenKind.Word));

    /// <summary>A personal name from token p: at most five capitalised words, with particles between them.</summary>
    public static Span NameRun(List<Token> t, int p)
    {
        var e = p;
        var particles = 0;
        while (e < t.Count && e - p - particles < 6)
        {
            var w = t[e];
            // "Mawar Chief Executive Officer …": an office of several words ends the name before it.
            if (e > p && w.IsCap && w.Is(LexFlag.TitleFirst) && MatchTitleAt(t, e) is { } office && office.Span.Start == e && office.Span.End - e >= 2) break;
            // "Governor Tobin Receives Arlen Delegation": a headline's verb, in its "-s" form and title case, ends the name ("Marks"
            // is also a surname).
            if (e > p && w.IsCap && w.Lower.Length > 4 && w.Lower[^1] == 's' && w.Lower != "marks" && HeadlineVerbs.Contains(w.Lower) && e + 1 < t.Count && t[e + 1].IsCap) break;
            // "Maarten Jan van Oost": inside a name, before a particle too.
            var monthAsName = w.Is(LexFlag.Months) && e + 1 < t.Count && (t[e + 1].IsCap && t[e + 1].Kind == TokenKind.Word && !t[e + 1].Is(LexFlag.Months) ||
                e > p && t[e + 1].IsParticle && e + 2 < t.Count && t[e + 2].IsCap);
            if (w.Kind == TokenKind.Word && w.IsCap && !w.Is(LexFlag.FunctionWords) && (!w.Is(LexFlag.Months) || monthAsName) &&
                !w.Is(LexFlag.Weekdays) && !IsTitleWord(w) && (!w.Is(LexFlag.OrganizationHeads) || IsHeadAsSurname(t, e, p)) &&
                !(w.Is(LexFlag.EventHeads) && e > p) && !w.Is(LexFlag.Demonyms) && !IsHonorific(w) && !w.Is(LexFlag.Countries))
            {
                e++;
                if (w.IsPossessive) break;
                continue;
            }
            if (e > p && IsArticledSurname(w)) { e++; continue; }
            // "Councilmember Jordan Vell,": a country's one-word name is also a given name; it opens a name of two words.
            if (e == p && CountryAsGivenName(t, e)) { e++; continue; }
            // "Omar bin Said …": after a particle, a capitalised word is a name even where it is elsewhere a common word.
            if (e > p && w.IsCap && w.Kind == TokenKind.Word && t[e - 1].IsParticle && w.Is(LexFlag.FunctionWords) && e + 1 < t.Count && t[e + 1].IsCap && t[e + 1].Kind == TokenKind.Word) { e++; continue; }
            // "Gita Kumari Rana": a courtesy word between given names and a surname is a given name.
            if (e > p && IsHonorific(w) && w.IsCap && !w.Text.EndsWith('.') && e + 1 < t.Count && t[e + 1].IsCap && t[e + 1].Kind == TokenKind.Word &&
                !IsHonorific(t[e + 1]) && !IsTitleWord(t[e + 1]) && !t[e + 1].Is(LexFlag.FunctionWords | LexFlag.OrganizationHeads | LexFlag.Countries)) { e++; continue; }
            // "Le Thi Thu An,": the Vietnamese given name "An" ends a name of three words or more (the article would not be
            // capitalised there).
            if (e - p >= 3 && w.Text == "An" && (e + 1 >= t.Count || t[e + 1].Kind == TokenKind.Punct)) { e++; break; }
            // "Emre Can Yıldız": a given name that is also an English modal, inside a name.
            if (e > p && w.IsCap && w.Lower is "can" or "will" or "may" && e + 1 < t.Count && t[e + 1].IsCap && t[e + 1].Kind == TokenKind.Word && !IsTitleWord(t[e + 1])) { e++; continue; }
            // A nickname in quotes between given name and surname: Ines "Tita" Ordaz.
            if (e > p && e + 3 < t.Count && w.Text is "\"" or "“" && t[e + 1].IsCap && t[e + 2].Text is "\"" or "”" && (t[e + 3].IsCap || t[e + 3].IsParticle) && t[e + 3].Kind == TokenKind.Word) { particles += 3; e += 3; continue; }
            if (e > p && w.IsParticle)
            {
                // One or more particles before a capitalised word: "Prado de la Vega", "van den Akker".
                var q = e;
                while (q < t.Count && q - e < 3 && t[q].IsParticle) q++;
                if (q < t.Count && t[q].IsCap && !IsTitleWord(t[q]) && t[q].Kind == TokenKind.Word) { particles += q - e; e = q; continue; }
                // "Bakyt Nurlan uulu", "Elnur Kamal oglu": a patronymic word after the father's name ends the name.
                if (e - p >= 2 && w.Lower is "uulu" or "kyzy" or "ogly" or "oglu" or "oğlu" or "qizi" or "kizi" or "uly" or "qyzy") { particles++; e++; }
            }
            break;
        }
        // "A. B. Name IAS": a service's acronym after a full name is no part of it.
        if (e - p >= 3 && t[e - 1].IsAllCaps && t[e - 1].Text.Length is >= 2 and <= 4 && !t[e - 2].IsAllCaps && !t[e - 1].Text.Contains('.')) e--;
        return e - p - particles > 5 ? new Span(p, p) : new Span(p, e);
    }

    /// <summary>A body's seat after its "of": a place run, cut after a region's head ("Arlen Province") when a name follows it.</summary>
    private static Span SeatRun(List<Token> t, int p)
    {
        var run = PlaceRun(t, p);
        for (var k = p + 1; k < run.End - 1 && k - p < 3; k++)
            if (IsRegionHead(t[k])) return new Span(p, k + 1);
        return run;
    }

    /// <summary>
    /// "Arlanuly", "Velmirovich", "Velmirovna": a patronymic of the Slavic and Turkic forms. It stands after the given name,
    /// so the name starts one word before it.
    /// </summary>
    public static bool IsPatronymic(Token w)
    {
        var x = w.Lower;
        return w.IsCap && x.Length >= 6 && (x.EndsWith("ovich", StringComparison.Ordinal) || x.EndsWith("evich", StringComparison.Ordinal) ||
            x.EndsWith("ovna", StringComparison.Ordinal) || x.EndsWith("evna", StringComparison.Ordinal) || x.EndsWith("ovych", StringComparison.Ordinal) ||
            x.EndsWith("ivna", StringComparison.Ordinal) || x.EndsWith("uly", StringComparison.Ordinal) || x.EndsWith("qyzy", StringComparison.Ordinal) ||
            x.EndsWith("kyzy", StringComparison.Ordinal));
    }

    /// <summary>
    /// Where a holder's name starts inside a run of capitalised words that begins with a place and ends with the name
    /// ("Arlen Mara Tobin", "Velstad SATO Emi", "Arlen Erbol Arlanuly Tasbolov"): before a patronymic's given name, at a
    /// family name written in capitals before a given name that is not, else two words from the end. -1 when the run is too
    /// short to hold both.
    /// </summary>
    public static int HolderStart(List<Token> t, Span run)
    {
        if (run.End - run.Start < 3) return -1;
        for (var k = run.Start + 2; k < run.End; k++)
            if (IsPatronymic(t[k])) return k - 1;
        for (var k = run.Start + 1; k + 1 < run.End; k++)
            if (t[k].IsAllCaps && t[k].Text.Length >= 3 && !t[k - 1].IsAllCaps && !t[k + 1].IsAllCaps) return k;
        return run.End - 2;
    }

    /// <summary>First words of places named in two words or more ("New …", "San …", "Hong …", "Kuala …", "Port …").</summary>
    private static readonly FrozenSet<string> PlaceOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "new", "san", "santa", "santo", "são", "saint", "st", "st.", "sainte", "hong", "kuala", "abu", "port", "puerto", "porto", "buenos", "rio",
        "los", "las", "el", "la", "le", "les", "sri", "ho", "da", "nizhny", "rostov", "tel", "addis", "dar", "cape", "north", "south", "east",
        "west", "upper", "lower", "greater", "mexico", "panama", "guatemala", "kota", "phnom", "bandar", "ulan", "fort", "mount", "lake",
        "santiago", "ciudad", "villa", "bad", "frankfurt", "halle", "golden", "costa", "salt", "baton", "des", "grand");

    /// <summary>
    /// "Consul General of Xland in Arlen Mara Tobin said", "Trade Commissioner to Xland Mara Tobin,": the seat of an office
    /// after "in" or "to" at <paramref name="q"/>, glued to its holder's name with no comma. Only after an office (a title
    /// word within the capitalised words and "of" before <paramref name="q"/>), and only where the name ends there.
    /// </summary>
    public static (Span Seat, Span Name)? SeatThenHolder(List<Token> t, int q)
    {
        if (q + 3 >= t.Count || t[q].Lower is not ("in" or "to") || !OfficeBefore(t, q)) return null;
        var k = q + 1 + (t[q + 1].Lower == "the" ? 1 : 0);
        // "Ambassador of Xland to the Republic of Westmark Mara Tobin": a state's formal name, its noun and "of" before its name.
        var formal = k + 3 < t.Count && t[k].IsCap && IsStateNoun(t[k].Lower) && t[k + 1].Lower == "of" ? k : -1;
        if (formal >= 0) k += 2;
        var run = PlaceRun(t, k);
        if (run.End - run.Start is < 3 or > 6 || !EndsName(t, run.End) || t[run.End - 1].IsPossessive) return null;
        // "Ambassador to Xland Mara Luz Tobin Prado": a country opens the run, the rest is the holder's name, of any length.
        var country = CountryAt(t, run);
        if (formal >= 0)
        {
            if (country <= run.Start || NameRun(t, country) is var held && held.End != run.End || country + 2 > run.End) return null;
            return (new Span(formal, country), new Span(country, run.End));
        }
        var split = country > run.Start ? country : HolderStart(t, run);
        // "Consul General of Xland in Velno Mara Luz Tobin attended": with no country, a seat of one word (a city) before a name
        // of three words, unless its first word is one that opens places of two words ("New", "San", "Hong", "Port"…).
        if (country == run.Start && run.End - run.Start >= 4 && !PlaceOpeners.Contains(t[run.Start].Lower) && NameRun(t, run.Start + 1) is var longer &&
            longer.End == run.End && longer.End - longer.Start <= 4 && !t[run.Start + 1].IsParticle)
            split = run.Start + 1;
        // "in Velno Mairéad Ní Bhriain", "Arlen Mara Van Holt": a family name opening on a short word (a particle, or a
        // capitalised word of three letters at most, not an acronym) has its given name before it.
        if (country == run.Start && split - 1 > run.Start && (t[split].IsParticle || t[split].Text.Length <= 3 && !t[split].IsAllCaps)) split--;
        if (split <= run.Start) return null;
        var name = NameRun(t, split);
        if (name.End != run.End || name.End - name.Start < 2) return null;
        // "to the Festa de Sant Arlo", "to the Expo Arlen Agro": an occasion's or a body's name, not a seat and a holder. A
        // particle counts only in the seat; in the holder's name it is part of a family name.
        for (var h = run.Start; h < run.End; h++) if (t[h].Is(LexFlag.OrganizationHeads | LexFlag.EventHeads) || h < split && t[h].IsParticle) return null;
        return (new Span(run.Start, split), name);
    }

    /// <summary>The noun of a state's formal name, before its "of" ("Republic of …", "Kingdom of …"), in lower case.</summary>
    private static bool IsStateNoun(string lower) =>
        lower is "republic" or "kingdom" or "federation" or "commonwealth" or "principality" or "sultanate" or "emirate";

    /// <summary>
    /// Whether the capitalised words [k, e) after a state's "of" may be its name and a holder's name: no head, link or acronym
    /// among them, a name ending at e, and the state after an office's "to", "in" or "of" ("Ambassador … to the").
    /// </summary>
    private static bool StateThenHolder(List<Token> t, int s, int k, int e)
    {
        for (var j = k; j < e; j++) if (!t[j].IsCap || t[j].Kind != TokenKind.Word || t[j].IsAllCaps || t[j].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords)) return false;
        if (!EndsName(t, e) || t[e - 1].IsPossessive) return false;
        var b = s - 1;
        if (b >= 0 && t[b].Lower == "the") b--;
        return b >= 1 && t[b].Lower is "to" or "in" && OfficeBefore(t, b) || OrgSpans.StateOfAnOfficesBody(t, b) ||
               b >= 1 && t[b].Lower == "of" && (IsTitleWord(t[b - 1]) || b >= 2 && t[b - 1].Text == "General" && IsTitleWord(t[b - 2]));
    }

    /// <summary>
    /// "Ambassador of the Kingdom of Westmark Ana Ruiz Soto": after the office's link at <paramref name="q"/> ("of", "to", "in"),
    /// a state's formal name ("[the] Republic of …", "People's Republic of …") whose words go on into its holder's name: the
    /// holder's name, or null.
    /// </summary>
    public static Span? HolderAfterStateName(List<Token> t, int q)
    {
        if (q + 4 >= t.Count || t[q].Lower is not ("of" or "to" or "in")) return null;
        var k = q + 1 + (t[q + 1].Lower == "the" ? 1 : 0);
        if (k < t.Count && t[k].IsPossessive && t[k].Kind == TokenKind.Word) k++;
        if (k + 2 >= t.Count || !t[k].IsCap || !IsStateNoun(t[k].Lower) || t[k + 1].Lower != "of") return null;
        var run = PlaceRun(t, k + 2);
        if (run.End - run.Start is < 3 or > 6) return null;
        for (var j = run.Start; j < run.End; j++) if (t[j].IsAllCaps || t[j].Is(LexFlag.OrganizationHeads | LexFlag.FunctionWords)) return null;
        if (!EndsName(t, run.End) || t[run.End - 1].IsPossessive) return null;
        var end = StateNameEnd(t, run.Start, run.End);
        if (end == run.Start || run.End - end is < 2 or > 4) return null;
        var name = NameRun(t, end);
        return name.End == run.End ? name : null;
    }

    /// <summary>
    /// Where the state's own name ends in [k, e): after a known country (<see cref="CountryAt"/>) that leaves two to four
    /// words, else (three words) after the first; else k.
    /// </summary>
    private static int StateNameEnd(List<Token> t, int k, int e)
    {
        if (CountryAt(t, new Span(k, e)) is var c && c > k && e - c <= 4) return c;
        return e - k == 3 ? k + 1 : k;
    }

    /// <summary>Where a country of one to three words that opens <paramref name="run"/> ends, leaving two name words at least; else the run's start.</summary>
    private static int CountryAt(List<Token> t, Span run)
    {
        for (var e = Math.Min(run.Start + 3, run.End - 2); e > run.Start; e--)
            if (IsCountry(Surface(t, run.Start, e))) return e;
        return run.Start;
    }

    /// <summary>
    /// An office word just before <paramref name="q"/>, or before an "of" and the capitalised words of its body there
    /// ("Consul General of the Xland in"); a name between ("Minister Tobin to …") is no office's.
    /// </summary>
    private static bool OfficeBefore(List<Token> t, int q)
    {
        if (q >= 1 && IsTitleWord(t[q - 1])) return true;
        // "Consul General in Velno": "General" after an office word is part of the office.
        if (q >= 2 && t[q - 1].Text == "General" && IsTitleWord(t[q - 2])) return true;
        for (var k = q - 1; k >= 1 && q - k <= 8; k--)
        {
            if (t[k].Lower is "of" or "for")
            {
                if (IsTitleWord(t[k - 1]) || t[k - 1].Text == "General" && k >= 2 && IsTitleWord(t[k - 2])) return true;
                // "Ambassador of the Kingdom of Westmark to": a state's formal name inside the office's body has its own "of".
                if (t[k - 1].IsCap && IsStateNoun(t[k - 1].Lower)) continue;
                return false;
            }
            if (!(t[k].IsCap && t[k].Kind == TokenKind.Word || t[k].Lower is "the" or "and" or "&")) return false;
        }
        return false;
    }

    /// <summary>"Rodrigo Baeza Cámara,": a head of another language that ends a name, with no link word or name after it, is a surname.</summary>
    private static bool IsHeadAsSurname(List<Token> t, int e, int p) =>
        e - p >= 2 && ForeignHeads.Contains(t[e].Lower) && (e + 1 >= t.Count || t[e + 1].Kind == TokenKind.Punct && t[e + 1].Text is not "(" || !t[e + 1].IsCap && !RomanceLinks.Contains(t[e + 1].Text));

    /// <summary>"provincial", "county": a word that says what level of government a body belongs to, and names none.</summary>
    public static bool IsOfficeAdjective(string lower) => OfficeAdjectives.Contains(lower);

    /// <summary>Lower-case words that may stand inside an office's description ("Head of the provincial … Office").</summary>
    private static readonly FrozenSet<string> OfficeAdjectives = FrozenSet.Create(StringComparer.Ordinal,
        "provincial", "prefectural", "municipal", "regional", "national", "state", "federal", "county", "city", "local", "metropolitan", "district");

    /// <summary>
    /// The name in apposition after an office and its body: "…, Director-General of the X Commission (NWC), Vesna Ilić
    /// Borrego;". The words between are the office's own (capitalised words, of / for / in / the / and, an acronym in
    /// brackets, a list with commas); the name is the first run of two or more name words after a comma that ends there.
    /// Returns the name and the comma before it, or an empty span and -1.
    /// </summary>
    public static (Span Name, int Comma) NameAfterOffice(List<Token> t, int from)
    {
        for (var q = from; q < t.Count && q - from < 24; q++)
        {
            var w = t[q];
            if (w.IsPunct(','))
            {
                var r = q + 1;
                if (r + 1 < t.Count && t[r].Lower == "the" && IsHonorific(t[r + 1])) r++;
                var honorific = false;
                var afterHonorifics = SkipHonorifics(t, r);
                honorific = afterHonorifics > r;
                r = afterHonorifics;
                var name = r < t.Count ? NameRun(t, r) : new Span(r, r);
                var length = name.End - name.Start;
                if ((length >= 2 || honorific && length == 1) && EndsName(t, name.End) && !t[name.End - 1].IsPossessive && !IsPortfolioRun(t, name))
                    return (name, q);
                // A comma before a lower-case word ends the office: a clause goes on.
                if (r >= t.Count || !t[r].IsCap) break;
                continue;
            }
            // "Mayor of Arlen Mara Tobin and the Mayor of Velstad, Jon Berg": a second office after "and" has its own holder.
            if (q > from && w.IsCap && IsTitleWord(w) && (t[q - 1].Lower == "and" || t[q - 1].Lower == "the" && q - 2 >= from && t[q - 2].Lower == "and")) break;
            // "Director of the Office Régional de Mise en Culture …": the links of a body's name in another language.
            // "the deputy governor for tourism of X, Name": a portfolio in lower case is the office's own.
            // "the Governor of the province of X, Name": a level of government in lower case before its seat's name.
            if (w.Kind == TokenKind.Word && (w.IsCap || w.Lower is "of" or "for" or "the" or "and" or "in" or "to" || w.Lower is "its" or "their" && q > from || w.IsParticle || RomanceLinks.Contains(w.Text) || IsElidedName(w) || OfficeAdjectives.Contains(w.Lower) ||
                w.Is(LexFlag.Portfolio) || LevelNouns.Contains(w.Lower) && q + 1 < t.Count && t[q + 1].Lower == "of" ||
                // "the Governor of Arlen province, Name": a level of government in lower case after its seat's name, closed by the comma.
                q > from && LevelNouns.Contains(w.Lower) && !w.IsCap && t[q - 1].IsCap && t[q - 1].Kind == TokenKind.Word && q + 1 < t.Count && t[q + 1].IsPunct(',') ||
                // "the director of the Arlen regional office of the …, Name": a body's head in lower case inside the description.
                q > from && w.Is(LexFlag.OrganizationHeads) && OfficeAdjectives.Contains(t[q - 1].Lower) ||
                // "the head of the department, Name": a body in lower case, the one the story is about, closed by the comma.
                q > from && w.Is(LexFlag.OrganizationHeads) && !w.IsCap && t[q - 1].Lower == "the" && q + 1 < t.Count && t[q + 1].IsPunct(','))) continue;
            if (w.Text is "(" or ")" or "&" or "-" or "–") continue;
            break;
        }
        return (new Span(from, from), -1);
    }

    /// <summary>
    /// "the rector of the institute Mara Tobin": public institutions the story is about, named in lower case before their head's
    /// name (not companies, which are written "the company X" with their own name after).
    /// </summary>
    private static readonly FrozenSet<string> InstitutionNouns = FrozenSet.Create(StringComparer.Ordinal,
        "institute", "university", "academy", "college", "school", "hospital", "museum", "theatre", "theater", "council", "committee", "chamber",
        "assembly", "agency", "department", "administration", "ministry", "velayat", "welayat", "viloyat", "hakimlik", "khokimiyat", "akimat");

    /// <summary>
    /// "the Chairman of the People's Committee of the province Le Van Duc": the office's words end at "of the" and a level
    /// of government in lower case (the region of the story, named elsewhere), and the holder's name follows with no comma.
    /// </summary>
    public static Span? NameAfterLevelNoun(List<Token> t, int from)
    {
        for (var q = from; q + 3 < t.Count && q - from < 16; q++)
        {
            var w = t[q];
            // "Secretary-General of the provincial government Li Wen": a level's adjective and a body's head in lower case.
            var level = q + 2;
            if (q + 4 < t.Count && t[q + 2].Kind == TokenKind.Word && OfficeAdjectives.Contains(t[q + 2].Lower) && t[q + 3].Kind == TokenKind.Word && !t[q + 3].IsCap &&
                t[q + 3].Is(LexFlag.OrganizationHeads)) level = q + 3;
            if (w.Lower == "of" && t[q + 1].Lower == "the" && t[level].Kind == TokenKind.Word && !t[level].IsCap &&
                (LevelNouns.Contains(t[level].Lower) || InstitutionNouns.Contains(t[level].Lower) || level > q + 2) && t[level + 1].IsCap)
            {
                var name = NameRun(t, level + 1);
                return name.End - name.Start is >= 2 and <= 4 && EndsName(t, name.End) && !t[name.End - 1].IsPossessive && !IsPortfolioRun(t, name) ? name : null;
            }
            // "the mayor of Arlen city Mara Tobin", "the director of the Arlen centre Mara Tobin": a place, then a level of
            // government or a body's head in lower case, then the holder.
            if (q > from && w.Kind == TokenKind.Word && !w.IsCap && (LevelNouns.Contains(w.Lower) || w.Is(LexFlag.OrganizationHeads)) && t[q - 1].IsCap &&
                t[q - 1].Kind == TokenKind.Word && t[q + 1].IsCap)
            {
                var name = NameRun(t, q + 1);
                return name.End - name.Start is >= 2 and <= 4 && EndsName(t, name.End) && !t[name.End - 1].IsPossessive && !IsPortfolioRun(t, name) ? name : null;
            }
            if (w.Kind == TokenKind.Word && (w.IsCap || w.Lower is "of" or "for" or "the" or "and") || w.Text is "(" or ")") continue;
            return null;
        }
        return null;
    }

    /// <summary>Lower-case nouns of a level of government that stand before "of" and a seat's name ("the province of X").</summary>
    internal static readonly FrozenSet<string> LevelNouns = FrozenSet.Create(StringComparer.Ordinal,
        "province", "region", "city", "state", "county", "municipality", "district", "department", "prefecture", "oblast", "governorate", "town", "canton",
        // The lower-case levels of other countries' local government ("the Mayor of the commune of X", "the akim of the oblast …").
        "commune", "village", "regency", "borough", "parish", "township", "emirate", "voivodeship", "krai", "aimag", "okrug", "wilaya", "island");

    /// <summary>
    /// A name ends at a punctuation mark, a lower-case word, the end, or a post-nominal such as "MP"; at "and" only before an
    /// office, or before another person's name of two or three words that ends the phrase ("… Name Name and Mara Tobin.").
    /// </summary>
    private static bool EndsName(List<Token> t, int e) =>
        e >= t.Count || t[e].Kind == TokenKind.Punct && t[e].Text is not ("(" or "-") || !t[e].IsCap && !(t[e].Lower is "and" or "&" && e + 1 < t.Count && t[e + 1].IsCap && !OpensOffice(t, e + 1) && !NextNameEnds(t, e)) ||
        t[e].IsAllCaps && IsTitleWord(t[e]);

    private static bool NextNameEnds(List<Token> t, int and)
    {
        if (t[and].Lower != "and") return false;
        var next = NameRun(t, and + 1);
        if (next.End - next.Start is < 2 or > 3 || next.End < t.Count && (t[next.End].IsCap || t[next.End].Text is "(" or "-")) return false;
        for (var k = next.Start; k < next.End; k++) if (t[k].Is(LexFlag.OrganizationHeads | LexFlag.Countries | LexFlag.Portfolio)) return false;
        return true;
    }

    /// <summary>
    /// "… Mara Tobin and Council Speaker …", "… and Vice Mayor …", "… and Arlen City Council Speaker …": after "and", an office
    /// or a body's head word within four capitalised words starts the next person, not more of a name.
    /// </summary>
    private static bool OpensOffice(List<Token> t, int k)
    {
        for (var j = k; j < t.Count && j - k < 4 && t[j].IsCap && t[j].Kind == TokenKind.Word; j++)
            if (t[j].Is(LexFlag.TitleWord | LexFlag.TitleFirst | LexFlag.TitleModifiers | LexFlag.OrganizationHeads) && !t[j].IsAllCaps) return true;
        return false;
    }

    /// <summary>"Investment Promotion": words of a portfolio, not a person.</summary>
    internal static bool IsPortfolioRun(List<Token> t, Span s)
    {
        for (var k = s.Start; k < s.End; k++) if (!t[k].Is(LexFlag.Portfolio)) return false;
        return true;
    }

    /// <summary>A place name: capitalised words with particles ("San Rafael de la Cordillera").</summary>
    public static Span PlaceRun(List<Token> t, int p)
    {
        var e = p;
        while (e < t.Count && e - p < 6)
        {
            var w = t[e];
            if (w.Kind == TokenKind.Word && w.IsCap && !w.Is(LexFlag.FunctionWords) && !w.Is(LexFlag.Months) && !w.Is(LexFlag.Weekdays) && !IsTitleWord(w) && !IsHonorific(w))
            {
                e++;
                if (w.IsPossessive) break;
                continue;
            }
            // "Côte d'Ivoire", "Val d'Aosta": a French or Italian elided particle glued to the next word goes on with the place.
            if (e > p && w.Kind == TokenKind.Word && IsElidedName(w)) { e++; continue; }
            if (e > p && w.IsParticle)
            {
                // One or more particles before a capitalised word: "San Rafael de la Cordillera", "Bergen op Zoom".
                var q = e;
                while (q < t.Count && q - e < 3 && t[q].IsParticle) q++;
                if (q < t.Count && t[q].IsCap) { e = q; continue; }
            }
            break;
        }
        return new Span(p, e);
    }

    /// <summary>The text of tokens [s, e), a final possessive reduced to its base, a leading article dropped.</summary>
    public static string Surface(List<Token> t, int s, int e)
    {
        Span<char> buffer = stackalloc char[256];
        var n = SurfaceTo(buffer, t, s, e);
        if (n >= 0) return n == 0 ? "" : buffer[..n].ToString();
        var big = new char[SurfaceLength(t, s, e)];
        return new string(big, 0, SurfaceTo(big, t, s, e));
    }

    /// <summary>Writes <see cref="Surface"/> into <paramref name="dest"/>; returns its length, or -1 when it does not fit.</summary>
    public static int SurfaceTo(Span<char> dest, List<Token> t, int s, int e)
    {
        while (s < e && t[s].Lower is "the") s++;
        var n = 0;
        for (var k = s; k < e; k++)
        {
            var w = k == e - 1 && t[k].IsPossessive && !t[k].Is(LexFlag.CommonPossessives) ? BaseSpan(t[k]) : t[k].Text.AsSpan();
            // "Industrie- und Handelskammer": a hyphen written against the word before it keeps the space the text has after it.
            var space = k > s && !(t[k].Kind == TokenKind.Punct && t[k].Text is "," or ")" or ".") &&
                        !(t[k - 1].Kind == TokenKind.Punct && (t[k - 1].Text is "(" || t[k - 1].Text is "-" && !(k >= 2 && t[k - 2].End == t[k - 1].Start && t[k].Start > t[k - 1].End))) &&
                        !((t[k].Text is "–" or "/" or "-" || t[k - 1].Text is "–" or "/") && t[k].Start == t[k - 1].End) &&
                        // "\"Mara Tobin\" Technical University": quotation marks stay against the words they enclose.
                        !((IsGluedQuote(t[k]) || IsGluedQuote(t[k - 1])) && t[k].Start == t[k - 1].End);
            if (n + w.Length + (space ? 1 : 0) > dest.Length) return -1;
            if (space) dest[n++] = ' ';
            w.CopyTo(dest[n..]);
            n += w.Length;
        }
        return n;
    }

    private static bool IsGluedQuote(Token w) => w.Kind == TokenKind.Punct && w.Text is "\"" or "“" or "”" or "„" or "«" or "»";

    private static int SurfaceLength(List<Token> t, int s, int e) => e <= s ? 0 : t[e - 1].End - t[s].Start + (e - s);

    private static ReadOnlySpan<char> BaseSpan(Token t) => t.Lower.EndsWith('s') ? t.Text.AsSpan(0, t.Text.Length - 2) : t.Text.AsSpan(0, t.Text.Length - 1);

    /// <summary>Title case for an all-capitals dateline word ("BOLOGNA" → "Bologna").</summary>
    public static string TitleCase(string s) =>
        string.Join(' ', s.Split(' ').Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
}
