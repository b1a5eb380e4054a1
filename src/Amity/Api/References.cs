using System.Text.Json;
using Amity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Amity.Api;

/// <summary>What still refers to a record, read from the model's foreign keys so that a new reference is covered without code.</summary>
public static class References
{
    public sealed record Reference(string Record, string Field, int Count);

    /// <summary>
    /// Every row outside the record's own aggregate (cascaded children are part of it) that points at it.
    /// Deleting while any remain would leave them dangling, so the API refuses with 409.
    /// </summary>
    public static async Task<IReadOnlyList<Reference>> ToAsync<T>(AmityDb db, int id, CancellationToken ct = default) where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var principal = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var found = new List<Reference>();
        foreach (var fk in principal.GetReferencingForeignKeys().Where(k => k.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.ClientCascade)))
        {
            var dependent = fk.DeclaringEntityType;
            var table = dependent.GetTableName()!;
            var column = fk.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, dependent.GetSchema()))!;
            // Table and column names come from the model, never from input; the id is a parameter.
            var query = "SELECT COUNT(*) AS " + sql.DelimitIdentifier("Value") + " FROM " + sql.DelimitIdentifier(table, dependent.GetSchema())
                + " WHERE " + sql.DelimitIdentifier(column) + " = {0}";
            var count = await db.Database.SqlQueryRaw<int>(query, id).SingleAsync(ct);
            if (count > 0) found.Add(new Reference(Words(dependent.ClrType.Name), JsonNamingPolicy.CamelCase.ConvertName(fk.Properties[0].Name), count));
        }
        return found;
    }

    public static string Describe(string noun, int id, IReadOnlyList<Reference> references) =>
        $"{noun} {id} is still referred to by " +
        string.Join(", ", references.Select(r => $"{r.Count} {r.Record}{(r.Count == 1 ? "" : "s")} (by {r.Field})")) +
        "; remove or change those first.";

    /// <summary>"ArticleLink" as a reader says it: "article link".</summary>
    private static string Words(string typeName) =>
        string.Concat(typeName.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>Adds an error on <paramref name="field"/> for each id that names no record of type <typeparamref name="T"/>.</summary>
    public static async Task CheckAsync<T>(AmityDb db, Errors errors, string field, int? id, string noun, CancellationToken ct = default) where T : Entity
    {
        if (id is null) return;
        if (!await db.Set<T>().AnyAsync(e => e.Id == id, ct)) errors.Add(field, $"there is no {noun} {id}");
    }

    public static async Task CheckAllAsync<T>(AmityDb db, Errors errors, string field, IReadOnlyList<int> ids, string noun, CancellationToken ct = default) where T : Entity
    {
        if (ids.Count == 0) return;
        var distinct = ids.Distinct().ToList();
        var known = await db.Set<T>().Where(e => distinct.Contains(e.Id)).Select(e => e.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
            if (!known.Contains(ids[i])) errors.Add($"{field}[{i}]", $"there is no {noun} {ids[i]}");
        foreach (var duplicate in ids.GroupBy(x => x).Where(g => g.Count() > 1))
            errors.Add(field, $"{noun} {duplicate.Key} is listed more than once");
    }
}
