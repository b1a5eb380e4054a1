using System.Collections.Frozen;
using Amity.Extraction.Reading;

namespace Amity.Extraction.Text;

/// <summary>The word lists of <see cref="Lexicon"/> a lower-case word belongs to; a token looks them all up at once.</summary>
[Flags]
internal enum LexFlag
{
    None = 0,
    TitleModifiers = 1 << 0,
    Portfolio = 1 << 1,
    Honorifics = 1 << 2,
    NameParticles = 1 << 3,
    OrganizationHeads = 1 << 4,
    Facilities = 1 << 5,
    EventHeads = 1 << 6,
    WeakEventHeads = 1 << 7,
    Months = 1 << 8,
    Weekdays = 1 << 9,
    NumberWords = 1 << 10,
    Countries = 1 << 11,
    Demonyms = 1 << 12,
    FunctionWords = 1 << 13,
    CommonPossessives = 1 << 14,
    Irrealis = 1 << 15,
    FutureMarkers = 1 << 16,
    PastMarkers = 1 << 17,
    TitleWord = 1 << 18,
    TitleFirst = 1 << 19,
    OfficeWords = 1 << 20,
    AgreementNouns = 1 << 21,
    SignVerbs = 1 << 22,
    Determiners = 1 << 23,
    TriggerWords = 1 << 24,
    /// <summary>A word that some office has after its first word ("general" in "secretary_general").</summary>
    TitleInner = 1 << 25,
    /// <summary>A word that names a kind of tie between bodies ("sister", "friendship", "parliamentary").</summary>
    RelationWords = 1 << 26,
    /// <summary>A word of a tie of cooperation or of its beginning ("partnership", "launched").</summary>
    CooperationWords = 1 << 27,
    /// <summary>A word that ends a programme's name ("Programme", "Initiative").</summary>
    ProgrammeHeads = 1 << 28,
}

internal static class LexIndex
{
    private static readonly FrozenDictionary<string, LexFlag> Map = Build();

    /// <summary>The lists <paramref name="lower"/> belongs to (exact, ordinal membership as in each list).</summary>
    public static LexFlag Of(string lower) =>
        Map.TryGetValue(lower, out var f) ? f : Lexicon.CompoundHeadKind(lower) is not null ? LexFlag.OrganizationHeads : LexFlag.None;

    private static FrozenDictionary<string, LexFlag> Build()
    {
        var map = new Dictionary<string, LexFlag>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, LexFlag flag)
        {
            foreach (var w in words) map[w] = map.GetValueOrDefault(w) | flag;
        }
        Add(Lexicon.TitleModifiers, LexFlag.TitleModifiers);
        Add(Lexicon.Portfolio, LexFlag.Portfolio);
        Add(Lexicon.Honorifics, LexFlag.Honorifics);
        Add(Lexicon.NameParticles, LexFlag.NameParticles);
        Add(Lexicon.OrganizationHeads.Keys, LexFlag.OrganizationHeads);
        Add(Lexicon.Facilities, LexFlag.Facilities);
        Add(Lexicon.EventHeads.Keys, LexFlag.EventHeads);
        Add(Lexicon.WeakEventHeads, LexFlag.WeakEventHeads);
        Add(Lexicon.Months.Keys, LexFlag.Months);
        Add(Lexicon.Weekdays.Keys, LexFlag.Weekdays);
        Add(Lexicon.NumberWords.Keys, LexFlag.NumberWords);
        Add(Lexicon.Countries, LexFlag.Countries);
        Add(Lexicon.Demonyms, LexFlag.Demonyms);
        Add(Lexicon.FunctionWords, LexFlag.FunctionWords);
        Add(Lexicon.CommonPossessives, LexFlag.CommonPossessives);
        Add(Lexicon.Irrealis, LexFlag.Irrealis);
        Add(Lexicon.FutureMarkers, LexFlag.FutureMarkers);
        Add(Lexicon.PastMarkers, LexFlag.PastMarkers);
        Add(Recognizer.TitleWordSet, LexFlag.TitleWord);
        Add(Recognizer.TitleFirstWordSet, LexFlag.TitleFirst);
        Add(Lexicon.OfficeWords, LexFlag.OfficeWords);
        Add(ArticleReader.AgreementNouns, LexFlag.AgreementNouns);
        Add(ArticleReader.SignVerbs, LexFlag.SignVerbs);
        Add(ArticleReader.Determiners, LexFlag.Determiners);
        Add(ArticleReader.TriggerWords, LexFlag.TriggerWords);
        Add(Lexicon.Titles.SelectMany(t => t.Split('_').Skip(1)), LexFlag.TitleInner);
        Add(ArticleReader.RelationWords, LexFlag.RelationWords);
        Add(ArticleReader.CooperationWords, LexFlag.CooperationWords);
        Add(Recognizer.ProgrammeHeads, LexFlag.ProgrammeHeads);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
