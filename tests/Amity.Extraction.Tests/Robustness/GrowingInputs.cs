using System.Text;

namespace Amity.Extraction.Tests.Robustness;

/// <summary>
/// Generated inputs that grow sixteenfold, each built to provoke one kind of super-linear cost: many distinct names
/// (lookups and comparisons between entities), runs of capitals, hyphens, dots and initials (backtracking in name and
/// sentence readers), one long line (sentence splitting), HTML tags (cleaning).
/// </summary>
internal static class GrowingInputs
{
    public const string Paragraph =
        "On April 24, Riverton Province Governor Anna Berg met with Lubska Provincial Party Secretary Wei Tan at the Harbour Hall. " +
        "The two leaders signed an agreement on trade, tourism and youth exchanges, and Party Secretary Tan invited Governor Berg to the Lubska Trade Expo in June. " +
        "Jonas van der Meer, Director of the Riverton Institute of Technology, and Grace Achieng, President of the Lubska University, also attended the meeting.\n";

    /// <summary>A generator and the sizes of its small and large input (the large one sixteen times the small).</summary>
    public sealed record Input(Func<int, string> Make, int Small, int Large);

    public static readonly IReadOnlyDictionary<string, Input> All = new Dictionary<string, Input>
    {
        ["repeated paragraphs"] = new(n => Repeat(Paragraph, n), 8, 128),
        ["distinct names"] = new(DistinctNames, 200, 3200),
        ["capital letters"] = new(n => new string('A', n), 12_500, 200_000),
        ["capitalised words"] = new(n => Repeat("Governor Mayor University Province Of The Ab Cd ", n), 300, 4800),
        ["hyphens"] = new(n => new string('-', n), 12_500, 200_000),
        ["dots and initials"] = new(n => Repeat("A. B. c.d.e. Dr. ", n), 1000, 16_000),
        ["one long line"] = new(n => string.Concat(Enumerable.Repeat("the governor met the mayor in the city hall and ", n)), 1_300, 21_000),
        ["html tags"] = new(n => Repeat("<p><b>Mayor</b> <i>Jan Kowalski</i> met &amp; talked</p>", n), 300, 4800),
    };

    public static TheoryData<string> Names => new(All.Keys);

    public static string Repeat(string s, int times) => new StringBuilder("Title\nCreated 2024-04-24\n").Insert(24, s, times).ToString();

    /// <summary>Every sentence names new people and places, so the article's tables of names grow with it.</summary>
    public static string DistinctNames(int n) =>
        "Title\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"Governor Anna{i} Berg{i} of Province{i} Province met Mayor Jan{i} Kow{i} of Lubska{i}. "));
}
