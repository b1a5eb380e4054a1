using Amity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Api;

public static class Saving
{
    /// <summary>
    /// Saves an update made against the version the client read; if someone saved the record in between,
    /// nothing is written and the answer is 409 with the version it now has.
    /// </summary>
    public static async Task<ProblemHttpResult?> SaveUpdateAsync(AmityDb db, Entity entity, string noun, int sentVersion, CancellationToken ct)
    {
        db.ExpectVersion(entity, sentVersion);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var entry = db.Entry(entity);
            var current = await entry.GetDatabaseValuesAsync(ct);
            db.ChangeTracker.Clear();
            return current is null
                ? Problems.NotFound(noun, entity.Id)
                : Problems.Stale(noun, entity.Id, sentVersion, current.GetValue<int>(nameof(Entity.Version)));
        }
    }

    /// <summary>Deletes a record that nothing outside its own aggregate refers to; otherwise says what refers to it.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<T>(AmityDb db, int id, string noun, CancellationToken ct) where T : Entity
    {
        var entity = await db.Set<T>().FindAsync([id], ct);
        if (entity is null) return Problems.NotFound(noun, id);
        var references = await References.ToAsync<T>(db, id, ct);
        if (references.Count > 0) return Problems.InUse(noun, id, references);
        db.Remove(entity);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
