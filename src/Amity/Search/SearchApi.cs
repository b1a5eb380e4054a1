using System.ComponentModel;
using Amity.Api;
using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Search;

/// <summary>One record found by full-text search. For a commitment, <see cref="ParentId"/> is its agreement.</summary>
public sealed record SearchHit(string Type, int Id, int? ParentId, string Title, string? Snippet);

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Results);

/// <summary>
/// Full-text search over organizations, people, agreements, commitments and articles, in which Korean, Chinese and
/// Japanese text is found by any substring: SQLite keeps an FTS5 trigram index filled by triggers; PostgreSQL uses
/// pg_trgm indexes under ILIKE. Both are created by the migrations.
/// </summary>
public static class SearchApi
{
    public const int MaxResults = 100;
    public static readonly string[] Types = ["organization", "person", "agreement", "commitment", "article"];

    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/search").WithTags("Search");
        group.MapGet("/", Search).WithSummary("Find organizations, people, agreements, commitments and articles by any part of their text, in any script.");
        return group;
    }

    public static async Task<Results<Ok<SearchResults>, ValidationProblem>> Search(
        [Description("The text to find; any substring, in any script.")] string? q,
        [Description("Only this type: organization, person, agreement, commitment or article.")] string? type,
        [Description("How many results, 1 to 100; 20 by default.")] int? limit,
        AmityDb db, CancellationToken ct)
    {
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(q)) errors.Add("q", "is required: give the text to find");
        else if (q.Length > 200) errors.Add("q", "is longer than 200 characters");
        if (type is not null && !Types.Contains(type)) errors.Add("type", $"must be one of {string.Join(", ", Types)}");
        if (limit is < 1 or > MaxResults) errors.Add("limit", $"must be between 1 and {MaxResults}");
        if (q is not null && q.Trim().Length is > 0 and < ShortText && type is "agreement" or "commitment" or "article")
            errors.Add("q", $"of fewer than {ShortText} characters finds people and organizations by name only: give at least {ShortText} characters to search {type}s");
        if (errors.Any) return Problems.Invalid(errors);
        return TypedResults.Ok(new SearchResults(q!.Trim(), await FindAsync(db, q.Trim(), type, limit ?? 20, ct)));
    }

    /// <summary>
    /// Text shorter than this (a two-syllable Korean name, a two-character Chinese one) is looked for in the names of people
    /// and organizations only: neither trigram index can answer it, and reading every article's text for it took seconds at N=5.
    /// </summary>
    public const int ShortText = 3;

    public static Task<List<SearchHit>> FindAsync(AmityDb db, string text, string? type, int limit, CancellationToken ct) =>
        text.Length < ShortText ? FindByNameAsync(db, text, type, limit, ct)
        : db.Provider == DatabaseProvider.Sqlite ? FindSqliteAsync(db, text, type, limit, ct) : FindPostgresAsync(db, text, type, limit, ct);

    /// <summary>A LIKE pattern for "holds this text", its wildcards escaped with a backslash.</summary>
    private static string ContainsPattern(string text) => "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>People and organizations whose name, native name or alias holds the text; organizations first, each newest first.</summary>
    private static async Task<List<SearchHit>> FindByNameAsync(AmityDb db, string text, string? type, int limit, CancellationToken ct)
    {
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        // Every name is read when nothing matches, so the test per name counts. Text whose letters have no case (Hangul, Han,
        // kana) is looked for as a plain substring (instr, strpos), which finds exactly what LIKE and ILIKE find for it at a
        // fraction of their cost per row (ILIKE lower-cases every name first); other text keeps the case-blind LIKE and ILIKE.
        var caseless = text.All(c => char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);
        var argument = caseless ? text : ContainsPattern(text);
        string Holds(string value) => (caseless, sqlite) switch
        {
            (true, true) => $"instr({value}, {{0}}) > 0",
            (true, false) => $"strpos({value}, {{0}}) > 0",
            (false, true) => $"{value} LIKE {{0}} ESCAPE '\\'",
            (false, false) => $"{value} ILIKE {{0}}",
        };
        string Matches(string column) => Holds($"\"{column}\"");
        // Aliases are a JSON array on SQLite (whose text escapes other scripts, hence json_each) and a text array on
        // PostgreSQL; either is opened only for a record that has aliases (opening it for each of 250,000 people took most
        // of a 170 ms search).
        string AliasMatches(string table) => sqlite
            ? $"(\"{table}\".\"Aliases\" <> '[]' AND EXISTS (SELECT 1 FROM json_each(\"{table}\".\"Aliases\") WHERE {Holds("value")}))"
            : $"(cardinality(\"Aliases\") > 0 AND {Holds("array_to_string(\"Aliases\", ' ')")})";
        var bound = " ORDER BY \"Id\" DESC LIMIT " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hits = new List<SearchHit>();
        if (type is null or "organization")
        {
            // Only fixed SQL and a bounded integer are put together here; the text goes in as a parameter.
            var sql = """SELECT 'organization' AS "Type", "Id", CAST(NULL AS INTEGER) AS "ParentId", "Name" AS "Title", "Country" AS "Snippet" FROM "Organizations" WHERE """
                + Matches("Name") + " OR " + AliasMatches("Organizations") + bound;
            hits.AddRange(await db.Database.SqlQueryRaw<SearchHit>(sql, argument).ToListAsync(ct));
        }
        if ((type is null or "person") && hits.Count < limit)
        {
            var sql = """SELECT 'person' AS "Type", "Id", CAST(NULL AS INTEGER) AS "ParentId", "Name" AS "Title", "NativeName" AS "Snippet" FROM "People" WHERE """
                + Matches("Name") + " OR " + Matches("NativeName") + " OR " + AliasMatches("People") + bound;
            hits.AddRange(await db.Database.SqlQueryRaw<SearchHit>(sql, argument).ToListAsync(ct));
        }
        return [.. hits.Take(limit)];
    }

    /// <remarks>
    /// Results come in two tiers, each newest first: records whose name or title holds the text, then records whose other
    /// text does. Ranking by relevance (bm25) was dropped on purpose: its weights need the number of rows that hold every
    /// trigram of the query, a walk through the whole index on each search (200 ms at N=1 for a common phrase), while
    /// walking the index newest first stops after <paramref name="limit"/> hits.
    /// </remarks>
    private static async Task<List<SearchHit>> FindSqliteAsync(AmityDb db, string text, string? type, int limit, CancellationToken ct)
    {
        var phrase = "\"" + text.Replace("\"", "\"\"") + "\"";
        var named = await QuerySqliteAsync(db, "Title : " + phrase, type, limit, ct);
        if (named.Count == limit) return named;
        var rest = await QuerySqliteAsync(db, phrase, type, limit + named.Count, ct);
        return [.. named, .. rest.Where(r => !named.Any(n => n.Type == r.Type && n.Id == r.Id)).Take(limit - named.Count)];
    }

    private static Task<List<SearchHit>> QuerySqliteAsync(AmityDb db, string match, string? type, int limit, CancellationToken ct)
    {
        // Only fixed SQL and a bounded integer are put together here; the search text goes in as a parameter.
        var sql = """
            SELECT Type AS "Type", CAST(RecordId AS INTEGER) AS "Id", CAST(ParentId AS INTEGER) AS "ParentId", Title AS "Title",
                   snippet(SearchIndex, 4, '', '', '…', 16) AS "Snippet"
            FROM SearchIndex WHERE SearchIndex MATCH {0}
            """ + (type is null ? "" : " AND Type = {1}") + " ORDER BY rowid DESC LIMIT " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.Database.SqlQueryRaw<SearchHit>(sql, match, type ?? "").ToListAsync(ct);
    }

    /// <remarks>
    /// The same two tiers as on SQLite. The first (names and titles, on their trigram indexes) is read newest first; the
    /// second takes the first matches the indexes give and shows them newest first: ordering every match of a common
    /// phrase by id before the limit meant rechecking each of tens of thousands of article bodies (1.3 s at N=1).
    /// </remarks>
    private static async Task<List<SearchHit>> FindPostgresAsync(AmityDb db, string text, string? type, int limit, CancellationToken ct)
    {
        var named = await QueryPostgresAsync(db, text, type, limit, namedOnly: true, ct);
        if (named.Count == limit) return named;
        var rest = await QueryPostgresAsync(db, text, type, limit + named.Count, namedOnly: false, ct);
        return [.. named, .. rest.Where(r => !named.Any(n => n.Type == r.Type && n.Id == r.Id)).OrderByDescending(r => r.Id).Take(limit - named.Count)];
    }

    private static Task<List<SearchHit>> QueryPostgresAsync(AmityDb db, string text, string? type, int limit, bool namedOnly, CancellationToken ct)
    {
        var like = ContainsPattern(text);
        string Where(string name, string others) => namedOnly ? name : name + " OR " + others;
        var parts = new List<string>();
        if (type is null or "organization")
            parts.Add("""SELECT 'organization' AS "Type", "Id", NULL::int AS "ParentId", "Name" AS "Title", "Country" AS "Snippet" FROM "Organizations" WHERE """
                + Where("\"Name\" ILIKE {0}", "array_to_string(\"Aliases\", ' ') ILIKE {0} OR \"Notes\" ILIKE {0}"));
        if (type is null or "person")
            parts.Add("""SELECT 'person' AS "Type", "Id", NULL::int AS "ParentId", "Name" AS "Title", "NativeName" AS "Snippet" FROM "People" WHERE """
                + Where("\"Name\" ILIKE {0}", "\"NativeName\" ILIKE {0} OR array_to_string(\"Aliases\", ' ') ILIKE {0} OR \"Notes\" ILIKE {0}"));
        if (type is null or "agreement")
            parts.Add("""SELECT 'agreement' AS "Type", "Id", NULL::int AS "ParentId", "Title", left("Notes", 160) AS "Snippet" FROM "Agreements" WHERE """
                + Where("\"Title\" ILIKE {0}", "\"Notes\" ILIKE {0}"));
        if (type is null or "commitment")
            parts.Add("""SELECT 'commitment' AS "Type", "Id", "AgreementId" AS "ParentId", "Text" AS "Title", NULL AS "Snippet" FROM "Commitments" WHERE "Text" ILIKE {0}""");
        if (type is null or "article")
            parts.Add("""SELECT 'article' AS "Type", "Id", NULL::int AS "ParentId", "Title", substring("Body" from greatest(strpos(lower("Body"), lower({1})) - 60, 1) for 160) AS "Snippet" FROM "Articles" WHERE """
                + Where("\"Title\" ILIKE {0}", "\"Body\" ILIKE {0}"));
        var bound = (namedOnly ? " ORDER BY \"Id\" DESC" : "") + " LIMIT " + limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Only fixed SQL and a bounded integer are put together here; the search text goes in as parameters.
        var sql = "SELECT * FROM (" + string.Join(" UNION ALL ", parts.Select((p, i) => "SELECT * FROM (" + p + bound + ") AS part" + i)) + ") AS hits" + bound;
        return db.Database.SqlQueryRaw<SearchHit>(sql, like, text).ToListAsync(ct);
    }
}
