using System.Globalization;
using System.Text;

namespace Amity.Extraction;

/// <summary>Record counts of one category (or of all together) and the precision, recall and F1 they give.</summary>
/// <param name="Category">people, organizations, … or overall.</param>
/// <param name="TruePositives">Predictions matched to a required gold record.</param>
/// <param name="FalsePositives">Predictions matched to no gold record.</param>
/// <param name="FalseNegatives">Required gold records matched by no prediction.</param>
public sealed record CategoryScore(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);
    /// <summary>TP / (TP + FN); 1 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal CategoryScore Add(CategoryScore o) =>
        this with { TruePositives = TruePositives + o.TruePositives, FalsePositives = FalsePositives + o.FalsePositives, FalseNegatives = FalseNegatives + o.FalseNegatives };
}

/// <summary>How often an attribute that does not decide a match (a person's title, an engagement's kind…) is right over matched records.</summary>
/// <param name="Attribute">For example "person title".</param>
/// <param name="Correct">Matched records whose attribute equals the gold one.</param>
/// <param name="Total">Matched records whose gold record gives the attribute.</param>
public sealed record AttributeScore(string Attribute, int Correct, int Total)
{
    /// <summary>Correct / Total; 1 when there was nothing to compare.</summary>
    public double Accuracy => Total == 0 ? 1 : Correct / (double)Total;
}

/// <summary>The scores of one article, with a line for each record that was missed or wrongly predicted.</summary>
public sealed record ArticleScore(string Name, IReadOnlyList<CategoryScore> Categories, CategoryScore Overall, IReadOnlyList<string> Errors);

/// <summary>The result of scoring predictions against gold files (see <see cref="Scorer"/>).</summary>
public sealed class EvalReport
{
    internal EvalReport(IReadOnlyList<CategoryScore> categories, IReadOnlyList<AttributeScore> attributes, IReadOnlyList<ArticleScore> articles)
    {
        Categories = categories;
        Attributes = attributes;
        Articles = articles;
        Overall = categories.Aggregate(new CategoryScore("overall", 0, 0, 0), (sum, c) => sum.Add(c));
    }

    /// <summary>Per category, summed over all articles.</summary>
    public IReadOnlyList<CategoryScore> Categories { get; }
    /// <summary>Micro-average over all categories.</summary>
    public CategoryScore Overall { get; }
    /// <summary>Attribute accuracy over matched records.</summary>
    public IReadOnlyList<AttributeScore> Attributes { get; }
    /// <summary>Per article.</summary>
    public IReadOnlyList<ArticleScore> Articles { get; }

    /// <summary>The score of one category by name.</summary>
    public CategoryScore this[string category] => Categories.First(c => c.Category == category);

    /// <summary>
    /// A readable table: one line per article, per category P/R/F1, attribute accuracy, and as the
    /// last line exactly <c>overall F1 0.xxx</c>. With <paramref name="details"/>, each miss is listed too.
    /// </summary>
    public string Format(bool details = false)
    {
        var s = new StringBuilder();
        if (Articles.Count > 0)
        {
            var width = Math.Max(7, Articles.Max(a => a.Name.Length));
            s.AppendLine(Inv($"{"article".PadRight(width)}  {"TP",4} {"FP",4} {"FN",4}  {"F1",5}"));
            foreach (var a in Articles)
            {
                s.AppendLine(Inv($"{a.Name.PadRight(width)}  {a.Overall.TruePositives,4} {a.Overall.FalsePositives,4} {a.Overall.FalseNegatives,4}  {a.Overall.F1,5:0.000}"));
                if (details)
                    foreach (var e in a.Errors) s.AppendLine("    " + e);
            }
            s.AppendLine();
        }
        s.AppendLine(Inv($"{"category",-15} {"TP",4} {"FP",4} {"FN",4}  {"P",5}  {"R",5}  {"F1",5}"));
        foreach (var c in Categories.Append(Overall))
            s.AppendLine(Inv($"{c.Category,-15} {c.TruePositives,4} {c.FalsePositives,4} {c.FalseNegatives,4}  {c.Precision,5:0.000}  {c.Recall,5:0.000}  {c.F1,5:0.000}"));
        if (Attributes.Count > 0)
        {
            s.AppendLine();
            s.AppendLine(Inv($"{"attribute",-24} {"right",5} {"of",5}  {"acc",5}"));
            foreach (var a in Attributes)
                s.AppendLine(Inv($"{a.Attribute,-24} {a.Correct,5} {a.Total,5}  {a.Accuracy,5:0.000}"));
        }
        s.AppendLine();
        s.Append(Inv($"overall F1 {Overall.F1:0.000}"));
        return s.ToString();
    }

    private static string Inv(FormattableString f) => f.ToString(CultureInfo.InvariantCulture);
}
