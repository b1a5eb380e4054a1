using System.Data.Common;
using Amity.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Amity.Data;

/// <summary>
/// Fills the sort keys of people and organizations that have none: the rows that were there when the column was added (the
/// migration can only give them the empty key, since the key is computed in C#). New and renamed records get theirs with the name.
/// </summary>
public static class SortKeys
{
    private const int Batch = 1000;

    public static async Task FillAsync(AmityDb db, CancellationToken ct)
    {
        await FillAsync(db, after => db.People.Where(p => p.SortKey == "" && p.Id > after).OrderBy(p => p.Id).Select(p => new Named(p.Id, p.Name)), "People", ct);
        await FillAsync(db, after => db.Organizations.Where(o => o.SortKey == "" && o.Id > after).OrderBy(o => o.Id).Select(o => new Named(o.Id, o.Name)), "Organizations", ct);
    }

    private sealed record Named(int Id, string Name);

    private static async Task FillAsync(AmityDb db, Func<int, IQueryable<Named>> pendingAfter, string table, CancellationToken ct)
    {
        // By id, so that a name whose key is empty (nothing but marks) is passed over rather than met again.
        var after = 0;
        while (true)
        {
            var rows = await pendingAfter(after).Take(Batch).AsNoTracking().ToListAsync(ct);
            if (rows.Count == 0) return;
            after = rows[^1].Id;
            var keyed = rows.Select(r => (r.Id, Key: Names.SortKey(r.Name))).Where(r => r.Key.Length > 0).ToList();
            if (keyed.Count > 0) await UpdateAsync(db, table, keyed, ct);
        }
    }

    // One statement per batch, without the change tracker: the key is not a change to the record (no version, no audit entry).
    private static async Task UpdateAsync(AmityDb db, string table, List<(int Id, string Key)> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var cases = new System.Text.StringBuilder();
            var ids = new List<string>(rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var id = rows[i].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                cases.Append(" WHEN ").Append(id).Append(" THEN @k").Append(i);
                ids.Add(id);
                Add(command, "@k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i].Key);
            }
            command.CommandText = $"UPDATE \"{table}\" SET \"SortKey\" = CASE \"Id\"{cases} END WHERE \"Id\" IN ({string.Join(", ", ids)})";
            await command.ExecuteNonQueryAsync(ct);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private static void Add(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
