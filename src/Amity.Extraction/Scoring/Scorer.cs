namespace Amity.Extraction;

/// <summary>
/// Scores predicted extractions against gold files exactly as <c>extraction-format.md</c> says:
/// per category precision, recall and F1, micro-averaged overall; one-to-one greedy best-first matching;
/// optional gold records neither reward nor cost anything.
/// </summary>
public static class Scorer
{
    /// <summary>The categories in report order.</summary>
    public static IReadOnlyList<string> CategoryNames { get; } =
        ["people", "organizations", "relationships", "engagements", "agreements", "invitations", "events"];

    /// <summary>Scores each (name, predicted, gold) triple and sums the counts.</summary>
    public static EvalReport Score(IEnumerable<(string name, Extraction predicted, Extraction gold)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var totals = CategoryNames.ToDictionary(c => c, c => new CategoryScore(c, 0, 0, 0));
        var attributes = new Dictionary<string, (int Correct, int Total)>();
        var perArticle = new List<ArticleScore>();
        foreach (var (name, predicted, gold) in articles)
        {
            var article = new ArticleScorer(predicted, gold, attributes);
            var scores = article.ScoreAll();
            foreach (var c in scores) totals[c.Category] = totals[c.Category].Add(c);
            var overall = scores.Aggregate(new CategoryScore("overall", 0, 0, 0), (sum, c) => sum.Add(c));
            perArticle.Add(new ArticleScore(name, scores, overall, article.Errors));
        }
        var attributeScores = attributes.OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AttributeScore(a.Key, a.Value.Correct, a.Value.Total)).ToList();
        return new EvalReport(CategoryNames.Select(c => totals[c]).ToList(), attributeScores, perArticle);
    }

    /// <summary>Scores one article.</summary>
    public static EvalReport Score(Extraction predicted, Extraction gold, string name = "article") =>
        Score([(name, predicted, gold)]);

    /// <summary>
    /// Matches records one-to-one, best first. <paramref name="score"/> returns a positive number for an
    /// acceptable pair (higher is better) and 0 otherwise. Ties prefer required gold records, then document order.
    /// </summary>
    internal static List<(int Predicted, int Gold)> Match<TP, TG>(
        IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold, Func<TP, TG, double> score, Func<TG, bool> optional)
    {
        var candidates = new List<(double Score, bool Optional, int G, int P)>();
        for (var p = 0; p < predicted.Count; p++)
            for (var g = 0; g < gold.Count; g++)
            {
                var s = score(predicted[p], gold[g]);
                if (s > 0) candidates.Add((s, optional(gold[g]), g, p));
            }
        candidates.Sort((a, b) =>
            b.Score.CompareTo(a.Score) is var c and not 0 ? c
            : a.Optional.CompareTo(b.Optional) is var o and not 0 ? o
            : a.G.CompareTo(b.G) is var gg and not 0 ? gg
            : a.P.CompareTo(b.P));
        var usedP = new bool[predicted.Count];
        var usedG = new bool[gold.Count];
        var pairs = new List<(int, int)>();
        foreach (var c in candidates)
        {
            if (usedP[c.P] || usedG[c.G]) continue;
            usedP[c.P] = usedG[c.G] = true;
            pairs.Add((c.P, c.G));
        }
        return pairs;
    }
}
