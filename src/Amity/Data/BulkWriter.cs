using System.Collections;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Amity.Data;

/// <summary>
/// Writes large numbers of new records with their owned children (a person's posts, an engagement's participants)
/// far faster than the change tracker: prepared INSERTs in the caller's transaction on SQLite, binary COPY on PostgreSQL.
/// Tables, columns and value conversions come from the EF model, so it writes exactly what SaveChanges would.
/// Every key must already be set; a zero key is given the next id of its table.
/// </summary>
public sealed class BulkWriter(AmityDb db)
{
    private readonly Dictionary<IEntityType, List<object>> _pending = [];
    private readonly Dictionary<IEntityType, int> _nextIds = [];

    /// <summary>Queues a record and, through its collections, every dependent it owns.</summary>
    public void Add(object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model.");
        // A new record starts at version 1, as SaveChanges would make it.
        if (entity is Entity { Version: 0 } record) record.Version = 1;
        if (!_pending.TryGetValue(type, out var list)) _pending[type] = list = [];
        list.Add(entity);
        foreach (var navigation in type.GetNavigations().Where(n => n.IsCollection && n.ForeignKey.IsOwnership == false && n.ForeignKey.PrincipalEntityType == type
                     && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade))
        {
            if (navigation.GetGetter().GetClrValue(entity) is not IEnumerable children) continue;
            var principalKey = navigation.ForeignKey.PrincipalKey.Properties;
            var foreignKey = navigation.ForeignKey.Properties;
            foreach (var child in children)
            {
                // The child's foreign key is its parent's key, as the change tracker would set it.
                for (var i = 0; i < foreignKey.Count; i++)
                    foreignKey[i].PropertyInfo!.SetValue(child, principalKey[i].GetGetter().GetClrValue(entity));
                Add(child);
            }
        }
    }

    /// <summary>Writes everything queued, principals before their dependents, inside the current transaction.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        var written = 0;
        foreach (var type in InsertOrder())
        {
            if (!_pending.TryGetValue(type, out var rows) || rows.Count == 0) continue;
            AssignKeys(type, rows);
            written += db.Provider == DatabaseProvider.Sqlite ? await WriteSqliteAsync(type, rows, ct) : await WritePostgresAsync(type, rows, ct);
            rows.Clear();
        }
        return written;
    }

    /// <summary>Tables in an order where every table follows the tables it refers to (self references aside).</summary>
    private List<IEntityType> InsertOrder()
    {
        var ordered = new List<IEntityType>();
        var visiting = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type) || !visiting.Add(type)) return;
            foreach (var fk in type.GetForeignKeys().Where(f => f.PrincipalEntityType != type)) Visit(fk.PrincipalEntityType);
            ordered.Add(type);
        }
        foreach (var type in db.Model.GetEntityTypes()) Visit(type);
        return ordered;
    }

    private void AssignKeys(IEntityType type, List<object> rows)
    {
        if (type.FindPrimaryKey() is not { Properties: [var key] } || key.ClrType != typeof(int) || key.ValueGenerated != ValueGenerated.OnAdd) return;
        var getter = key.GetGetter();
        if (!_nextIds.TryGetValue(type, out var next))
        {
            var table = type.GetTableName()!;
            var column = key.GetColumnName(StoreObjectIdentifier.Table(table, null))!;
            var sql = "SELECT COALESCE(MAX(\"" + column + "\"), 0) AS \"Value\" FROM \"" + table + "\"";
            next = db.Database.SqlQueryRaw<int>(sql).AsEnumerable().Single() + 1;
            next = Math.Max(next, rows.Select(r => (int)getter.GetClrValue(r)!).DefaultIfEmpty(0).Max() + 1);
        }
        foreach (var row in rows.Where(r => (int)getter.GetClrValue(r)! == 0)) key.PropertyInfo!.SetValue(row, next++);
        _nextIds[type] = next;
    }

    private static List<(IProperty Property, string Column)> Columns(IEntityType type)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        return [.. type.GetProperties().Select(p => (p, p.GetColumnName(table)!))];
    }

    private static object? ProviderValue(IProperty property, object row)
    {
        var value = property.GetGetter().GetClrValue(row);
        if (value is null) return null;
        var converter = property.GetTypeMapping().Converter;
        return converter is null ? value : converter.ConvertToProvider(value);
    }

    private async Task<int> WriteSqliteAsync(IEntityType type, List<object> rows, CancellationToken ct)
    {
        var columns = Columns(type);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => "\"" + c.Column + "\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++) parameters[i].Value = SqliteValue(columns[i].Property, row) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
        return rows.Count;
    }

    /// <summary>What SQLite stores: the model's converters give enums as names and collections as JSON; dates and times become the text EF writes.</summary>
    private static object? SqliteValue(IProperty property, object row)
    {
        var value = ProviderValue(property, row);
        return value switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture),
            bool b => b ? 1 : 0,
            _ => value,
        };
    }

    private async Task<int> WritePostgresAsync(IEntityType type, List<object> rows, CancellationToken ct)
    {
        var columns = Columns(type);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var copy = $"COPY \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => "\"" + c.Column + "\""))}) FROM STDIN (FORMAT BINARY)";
        await using (var importer = await connection.BeginBinaryImportAsync(copy, ct))
        {
            var storeTypes = columns.Select(c => c.Property.GetColumnType()).ToArray();
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = ProviderValue(columns[i].Property, row);
                    if (value is null) await importer.WriteNullAsync(ct);
                    else await importer.WriteAsync(value, storeTypes[i], ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        return rows.Count;
    }
}
