using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests.Security;

/// <summary>Everything a database holds, to show that a refused request changed nothing: every table's row count and the lossless export.</summary>
public static class DatabaseState
{
    public static async Task<string> CaptureAsync(AmityServer server, bool export = true)
    {
        await using var db = server.OpenDb();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT " + string.Join(", ", tables.Select(t => $"(SELECT count(*) FROM \"{t}\")"));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var counts = string.Join(", ", tables.Select((t, i) => $"{t}={reader.GetInt64(i)}"));
        return export ? counts + "\n" + await Amity.Tests.Storage.Snapshots.ExportAsync(server.Database) : counts;
    }
}
