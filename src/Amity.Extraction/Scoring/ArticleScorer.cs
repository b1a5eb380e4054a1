namespace Amity.Extraction;

/// <summary>Scores one article; names are compared through the gold people's and organizations' aliases.</summary>
internal sealed class ArticleScorer(Extraction predicted, Extraction gold, Dictionary<string, (int Correct, int Total)> attributes)
{
    private readonly Dictionary<string, HashSet<int>> _entitiesByKey = IndexGoldEntities(gold);

    public List<string> Errors { get; } = [];

    public List<CategoryScore> ScoreAll() =>
    [
        Category("people", predicted.People, gold.People, p => p.Optional, NameScore<ExtractedPerson>(p => p.Name, g => g.Name, g => g.Aliases),
            (p, g) =>
            {
                Attribute("person title", g.Title, g.Title is null || Names.Same(p.Title, g.Title));
                Attribute("person organization", g.Organization, SameEntity(p.Organization, g.Organization));
            },
            p => p.Name),
        Category("organizations", predicted.Organizations, gold.Organizations, o => o.Optional, NameScore<ExtractedOrganization>(p => p.Name, g => g.Name, g => g.Aliases),
            (p, g) => Attribute("organization kind", g.Kind, string.Equals(p.Kind, g.Kind, StringComparison.OrdinalIgnoreCase)),
            o => o.Name),
        Category("relationships", predicted.Relationships, gold.Relationships, r => r.Optional,
            (p, g) => SameSet(p.Parties, g.Parties) && PartialDate.Agrees(p.Since, g.Since) ? 1 + Bonus(p.Kind == g.Kind) : 0,
            (p, g) => Attribute("relationship kind", g.Kind, p.Kind == g.Kind),
            r => $"{r.Kind} {string.Join(" + ", r.Parties)} since {r.Since}"),
        Category("engagements", predicted.Engagements, gold.Engagements, e => e.Optional,
            (p, g) => PartialDate.Agrees(p.Date, g.Date) && Covered(p.Participants, g.Participants) is var share and >= 0.5
                ? share + Bonus(p.Kind == g.Kind) + Bonus(SameEntity(p.Location, g.Location)) / 2 + Bonus(p.Date == g.Date) / 2 : 0,
            (p, g) =>
            {
                Attribute("engagement kind", g.Kind, p.Kind == g.Kind);
                Attribute("engagement location", g.Location, SameEntity(p.Location, g.Location));
                Attribute("engagement host", g.Host, SameEntity(p.Host, g.Host));
            },
            e => $"{e.Kind} {e.Date} [{string.Join(", ", e.Participants)}]"),
        Category("agreements", predicted.Agreements, gold.Agreements, a => a.Optional,
            (p, g) =>
            {
                if (!PartialDate.Agrees(p.Date, g.Date)) return 0;
                var share = g.Signatories.Count > 0 ? Covered(p.Signatories, g.Signatories) : Covered(p.Parties, g.Parties);
                return share >= 0.5 ? share + Names.SharedContent(p.Title, g.Title) / 10 + Bonus(p.Date == g.Date) / 2 : 0;
            },
            (p, g) =>
            {
                Attribute("agreement areas", g.Areas.Count > 0 ? "" : null,
                    p.Areas.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(g.Areas));
                Attribute("agreement parties", g.Parties.Count > 0 ? "" : null, SameSet(p.Parties, g.Parties));
            },
            a => $"{a.Title} {a.Date} [{string.Join(", ", a.Signatories)}]"),
        Category("invitations", predicted.Invitations, gold.Invitations, i => i.Optional,
            (p, g) => SameEntity(p.To, g.To) && Names.SharedContent(p.Event, g.Event) is var share and >= 0.5
                ? share + Bonus(SameEntity(p.From, g.From)) : 0,
            (p, g) => Attribute("invitation from", g.From, SameEntity(p.From, g.From)),
            i => $"{i.From} -> {i.To}: {i.Event} ({i.Date})"),
        Category("events", predicted.Events, gold.Events, e => e.Optional,
            (p, g) =>
            {
                var share = Names.SharedContent(p.Name, g.Name);
                var kind = string.Equals(p.Kind, g.Kind, StringComparison.OrdinalIgnoreCase);
                var ok = g.Date is null or "" ? share >= 0.5 : PartialDate.Agrees(p.Date, g.Date) && (kind || share >= 1 / 3.0);
                return ok ? 0.5 + share + Bonus(kind) + Bonus(p.Date == g.Date) / 2 : 0;
            },
            (p, g) =>
            {
                Attribute("event kind", g.Kind, string.Equals(p.Kind, g.Kind, StringComparison.OrdinalIgnoreCase));
                Attribute("event location", g.Location, SameEntity(p.Location, g.Location));
            },
            e => $"{e.Kind} {e.Date} {e.Name}"),
    ];

    private static double Bonus(bool yes) => yes ? 0.1 : 0;

    private CategoryScore Category<T>(string name, IReadOnlyList<T> predictedRecords, IReadOnlyList<T> goldRecords,
        Func<T, bool?> optional, Func<T, T, double> score, Action<T, T> compareAttributes, Func<T, string> describe)
    {
        var pairs = Scorer.Match(predictedRecords, goldRecords, score, g => optional(g) == true);
        var matchedP = new bool[predictedRecords.Count];
        var matchedG = new bool[goldRecords.Count];
        var tp = 0;
        foreach (var (p, g) in pairs)
        {
            matchedP[p] = matchedG[g] = true;
            if (optional(goldRecords[g]) != true) tp++;
            compareAttributes(predictedRecords[p], goldRecords[g]);
        }
        var fp = 0;
        for (var p = 0; p < predictedRecords.Count; p++)
            if (!matchedP[p]) { fp++; Errors.Add($"FP {name}: {describe(predictedRecords[p])}"); }
        var fn = 0;
        for (var g = 0; g < goldRecords.Count; g++)
            if (!matchedG[g] && optional(goldRecords[g]) != true) { fn++; Errors.Add($"FN {name}: {describe(goldRecords[g])}"); }
        return new CategoryScore(name, tp, fp, fn);
    }

    private void Attribute(string name, string? goldValue, bool correct)
    {
        if (goldValue is null) return;
        attributes.TryGetValue(name, out var counts);
        attributes[name] = (counts.Correct + (correct ? 1 : 0), counts.Total + 1);
    }

    private static Func<T, T, double> NameScore<T>(Func<T, string> name, Func<T, string> goldName, Func<T, IReadOnlyList<string>?> aliases) =>
        (p, g) => Names.Same(name(p), goldName(g)) ? 1 : (aliases(g) ?? []).Any(a => Names.Same(name(p), a)) ? 0.9 : 0;

    /// <summary>True when the names are the same, directly or as names of one gold person or organization.</summary>
    private bool SameEntity(string? predictedName, string? goldName)
    {
        if (string.IsNullOrWhiteSpace(predictedName) || string.IsNullOrWhiteSpace(goldName)) return false;
        var pk = Names.Key(predictedName);
        var gk = Names.Key(goldName);
        if (pk.Length == 0) return false;
        if (pk == gk) return true;
        return _entitiesByKey.TryGetValue(pk, out var a) && _entitiesByKey.TryGetValue(gk, out var b) && a.Overlaps(b);
    }

    /// <summary>The share of gold names found among the predicted ones, one-to-one.</summary>
    private double Covered(IReadOnlyList<string> predictedNames, IReadOnlyList<string> goldNames)
    {
        if (goldNames.Count == 0) return 1;
        var used = new bool[predictedNames.Count];
        var found = 0;
        foreach (var g in goldNames)
            for (var i = 0; i < predictedNames.Count; i++)
                if (!used[i] && SameEntity(predictedNames[i], g)) { used[i] = true; found++; break; }
        return found / (double)goldNames.Count;
    }

    private bool SameSet(IReadOnlyList<string> predictedNames, IReadOnlyList<string> goldNames)
    {
        var p = predictedNames.Distinct(StringComparer.Ordinal).ToList();
        var g = goldNames.Distinct(StringComparer.Ordinal).ToList();
        return p.Count == g.Count && Covered(p, g) >= 1;
    }

    private static Dictionary<string, HashSet<int>> IndexGoldEntities(Extraction gold)
    {
        var index = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var id = 0;
        void Add(string name, IReadOnlyList<string>? aliases)
        {
            foreach (var n in (aliases ?? []).Prepend(name))
            {
                var key = Names.Key(n);
                if (key.Length == 0) continue;
                if (!index.TryGetValue(key, out var set)) index[key] = set = [];
                set.Add(id);
            }
            id++;
        }
        foreach (var p in gold.People) Add(p.Name, p.Aliases);
        foreach (var o in gold.Organizations) Add(o.Name, o.Aliases);
        return index;
    }
}
