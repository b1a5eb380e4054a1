using System.Collections;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

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
    private readonly Dictionary<Type, (IEntityType Type, INavigation[] Owned)> _types = [];

    /// <summary>Queues a record and, through its collections, every dependent it owns.</summary>
    public void Add(object entity)
    {
        if (!_types.TryGetValue(entity.GetType(), out var known))
        {
            var entityType = db.Model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model.");
            known = _types[entity.GetType()] = (entityType, [.. entityType.GetNavigations().Where(n => n.IsCollection && n.ForeignKey.IsOwnership == false
                && n.ForeignKey.PrincipalEntityType == entityType && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade)]);
        }
        var (type, owned) = known;
        // A new record starts at version 1, as SaveChanges would make it.
        if (entity is Entity { Version: 0 } record) record.Version = 1;
        if (!_pending.TryGetValue(type, out var list)) _pending[type] = list = [];
        list.Add(entity);
        foreach (var navigation in owned)
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
            // People and organizations bring their name keys (what ingestion looks names up by), now that their ids are known;
            // the keys' table follows theirs in the insert order.
            foreach (var key in rows.SelectMany(Ingestion.NameIndex.RowsOf).ToList()) Add(key);
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

    private Task<int> WriteSqliteAsync(IEntityType type, List<object> rows, CancellationToken ct)
    {
        var columns = Columns(type);
        var getters = columns.Select(c => c.Property.GetGetter()).ToArray();
        var converters = columns.Select(c => c.Property.GetTypeMapping().Converter).ToArray();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var sql = $"INSERT INTO \"{type.GetTableName()}\" ({string.Join(", ", columns.Select(c => "\"" + c.Column + "\""))}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})";
        // One prepared statement bound by position and run through SQLite's own interface: the ADO.NET command makes a
        // reader and parameter objects on every execution, which cost more than SQLite's insert itself. It runs on the
        // connection, so inside the caller's transaction.
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out sqlite3_stmt statement));
        try
        {
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < getters.Length; i++)
                {
                    var value = getters[i].GetClrValue(row);
                    if (value is not null && converters[i] is { } converter) value = converter.ConvertToProvider(value);
                    Bind(statement, i + 1, SqliteValue(value));
                }
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE) Check(handle, rc);
            }
        }
        finally
        {
            raw.sqlite3_finalize(statement);
        }
        return Task.FromResult(rows.Count);
    }

    private static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text16(statement, index, text.AsSpan()),
            int n => raw.sqlite3_bind_int64(statement, index, n),
            long n => raw.sqlite3_bind_int64(statement, index, n),
            short n => raw.sqlite3_bind_int64(statement, index, n),
            byte n => raw.sqlite3_bind_int64(statement, index, n),
            double d => raw.sqlite3_bind_double(statement, index, d),
            float f => raw.sqlite3_bind_double(statement, index, f),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            _ => throw new NotSupportedException($"The bulk writer cannot store a {value.GetType().Name} in SQLite."),
        };
        if (rc != raw.SQLITE_OK) throw new SqliteException($"SQLite could not bind a value (error {rc}).", rc);
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, handle);
    }

    /// <summary>What SQLite stores: the model's converters give enums as names and collections as JSON; dates and times become the text EF writes.</summary>
    private static object? SqliteValue(object? value)
    {
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

/// <summary>
/// Makes a bulk load into an empty SQLite database fast while keeping it one transaction: a large page cache for the
/// connection, and the secondary indexes and full-text triggers dropped inside the transaction, then rebuilt once each by
/// <see cref="CompleteAsync"/> (a sorted index build and one pass over each table instead of an update per row). A failure
/// rolls the drops back with everything else. On PostgreSQL, where COPY is the bulk path for the rows, it drops and rebuilds
/// the secondary indexes in the same way.
/// </summary>
public sealed class BulkLoad : IAsyncDisposable
{
    private sealed record SchemaObject(string Name, string Table, string Sql);

    private const int CacheKiB = 256 * 1024;
    private readonly AmityDb _db;
    private readonly List<SchemaObject> _indexes;
    private readonly List<(SchemaObject Trigger, string Fill)> _triggers;
    private readonly long _cacheSize;
    private int? _commandTimeout;

    private BulkLoad(AmityDb db, List<SchemaObject> indexes, List<(SchemaObject, string)> triggers, long cacheSize)
    {
        _db = db;
        _indexes = indexes;
        _triggers = triggers;
        _cacheSize = cacheSize;
    }

    /// <summary>Starts the load; call inside the transaction that writes the records.</summary>
    public static async Task<BulkLoad> BeginAsync(AmityDb db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite) return await BeginPostgresAsync(db, ct);
        var cacheSize = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size = -{CacheKiB}", ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY", ct);
        // Index builds sort their keys; SQLite may use a helper thread for that on the other core.
        await db.Database.ExecuteSqlRawAsync("PRAGMA threads = 2", ct);
        var objects = await db.Database.SqlQueryRaw<SchemaObject>(
                "SELECT name AS \"Name\", tbl_name AS \"Table\", sql AS \"Sql\" FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL")
            .ToListAsync(ct);
        // Indexes written out in the schema (not those SQLite makes for keys), and the triggers that copy each new row into the search index.
        var indexes = objects.Where(o => o.Sql.StartsWith("CREATE INDEX", StringComparison.OrdinalIgnoreCase) || o.Sql.StartsWith("CREATE UNIQUE INDEX", StringComparison.OrdinalIgnoreCase)).ToList();
        var triggers = objects.Where(o => o.Sql.StartsWith("CREATE TRIGGER", StringComparison.OrdinalIgnoreCase))
            .Select(o => (Trigger: o, Fill: FillStatement(o)))
            .Where(t => t.Fill is not null).Select(t => (t.Trigger, t.Fill!)).ToList();
        // Names come from the schema itself, not from input.
        foreach (var drop in indexes.Select(i => "DROP INDEX \"" + i.Name + "\"").Concat(triggers.Select(t => "DROP TRIGGER \"" + t.Trigger.Name + "\"")))
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        return new BulkLoad(db, indexes, triggers, cacheSize);
    }

    /// <summary>
    /// On PostgreSQL the rows go in by COPY, but every secondary index, the trigram GIN indexes above all, was updated row by
    /// row; they are dropped here (DDL is transactional, so a failure brings them back) and built once each at the end, with
    /// more memory for the builds' sorts for this transaction only. Indexes behind constraints (primary keys) stay.
    /// </summary>
    private static async Task<BulkLoad> BeginPostgresAsync(AmityDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '512MB'", ct);
        // Building a trigram index over every article body is one statement that runs for minutes at N=5, far past the usual
        // command timeout; it is set back when the load ends.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var indexes = await db.Database.SqlQueryRaw<SchemaObject>(
                "SELECT i.indexname AS \"Name\", i.tablename AS \"Table\", i.indexdef AS \"Sql\" FROM pg_indexes AS i WHERE i.schemaname = current_schema() "
                + "AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conname = i.indexname AND c.connamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()))")
            .ToListAsync(ct);
        // Names come from the catalog itself, not from input.
        foreach (var drop in indexes.Select(i => "DROP INDEX \"" + i.Name + "\""))
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        return new BulkLoad(db, indexes, [], 0) { _commandTimeout = timeout };
    }

    /// <summary>Fills what the dropped triggers would have written, from the loaded tables, and puts triggers and indexes back.</summary>
    public async Task CompleteAsync(CancellationToken ct, Laps? laps = null)
    {
        laps?.Lap("other");
        var searchTables = _triggers.Select(t => FilledTable(t.Fill)).Distinct().ToList();
        var settings = new List<(string Table, string Key, long Value)>();
        foreach (var table in searchTables) settings.AddRange(await FillSettingsAsync(table, ct));
        foreach (var (trigger, fill) in _triggers)
        {
            await _db.Database.ExecuteSqlRawAsync(fill, ct);
            await _db.Database.ExecuteSqlRawAsync(trigger.Sql, ct);
            laps?.Lap($"search index {trigger.Table}");
        }
        foreach (var (table, key, value) in settings) await SetAsync(table, key, value, ct);
        foreach (var index in _indexes) await _db.Database.ExecuteSqlRawAsync(index.Sql, ct);
        laps?.Lap("indexes");
        _triggers.Clear();
        _indexes.Clear();
    }

    /// <summary>
    /// The FTS5 settings that make a refill of <paramref name="table"/> cheap, set for the refill; returns the values to put back
    /// after it. FTS5 writes its pending terms out as a new segment whenever they pass <c>hashsize</c> (1 MB by default) and
    /// merges segments as they pile up (<c>automerge</c>); with 64 MB of pending terms and no merging during the refill, the
    /// trigram index over N=1's article bodies took 8.5 CPU s instead of 15 in the sqlite3 shell, and phrase searches on the
    /// result were as fast as on the merged index (crisis merges still bound the number of segments).
    /// </summary>
    private async Task<List<(string Table, string Key, long Value)>> FillSettingsAsync(string table, CancellationToken ct)
    {
        var isFts5 = await _db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0} AND sql LIKE '%USING fts5%'", table).SingleAsync(ct);
        if (isFts5 == 0) return [];
        // Settings never set are at FTS5's defaults, which are what goes back.
        var sql = "SELECT k AS \"Key\", v AS \"Value\" FROM \"" + table + "_config\" WHERE k IN ('automerge', 'hashsize')";
        var stored = await _db.Database.SqlQueryRaw<FtsSetting>(sql).ToListAsync(ct);
        long Before(string key, long fallback) => stored.FirstOrDefault(s => s.Key == key)?.Value ?? fallback;
        await SetAsync(table, "automerge", 0, ct);
        await SetAsync(table, "hashsize", 64L * 1024 * 1024, ct);
        return [(table, "automerge", Before("automerge", 4)), (table, "hashsize", Before("hashsize", 1024 * 1024))];
    }

    private sealed record FtsSetting(string Key, long Value);

    private Task SetAsync(string table, string key, long value, CancellationToken ct)
    {
        // The table's name comes from the schema, the key from this class.
        var sql = "INSERT INTO \"" + table + "\"(\"" + table + "\", rank) VALUES ('" + key + "', " + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return _db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>The table a fill statement ("INSERT INTO X(columns) SELECT …") writes to.</summary>
    private static string FilledTable(string fill)
    {
        var name = fill["INSERT INTO ".Length..fill.IndexOf('(')].Trim();
        return name.Trim('"');
    }

    public async ValueTask DisposeAsync()
    {
        if (_db.Provider != DatabaseProvider.Sqlite)
        {
            _db.Database.SetCommandTimeout(_commandTimeout);
            return;
        }
        // The connection may go back to the pool: leave it as it was.
        var restore = "PRAGMA cache_size = " + _cacheSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _db.Database.ExecuteSqlRawAsync(restore);
        await _db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT");
        await _db.Database.ExecuteSqlRawAsync("PRAGMA threads = 0");
    }

    /// <summary>
    /// For a trigger "AFTER INSERT ON T BEGIN INSERT INTO X(columns) VALUES (values of new); END", the one statement that
    /// does the same for every row of T: "INSERT INTO X(columns) SELECT values FROM T AS new". Null for any other trigger.
    /// </summary>
    private static string? FillStatement(SchemaObject trigger)
    {
        var sql = trigger.Sql;
        if (!sql.Contains(" AFTER INSERT ON ", StringComparison.OrdinalIgnoreCase)) return null;
        var begin = sql.IndexOf(" BEGIN ", StringComparison.OrdinalIgnoreCase);
        var end = sql.LastIndexOf(" END", StringComparison.OrdinalIgnoreCase);
        if (begin < 0 || end < begin) return null;
        var body = sql[(begin + " BEGIN ".Length)..end].Trim();
        if (!body.StartsWith("INSERT INTO ", StringComparison.OrdinalIgnoreCase) || body.Count(c => c == ';') != 1 || !body.EndsWith(");", StringComparison.Ordinal)) return null;
        var values = body.IndexOf(" VALUES (", StringComparison.OrdinalIgnoreCase);
        if (values < 0) return null;
        return body[..values] + " SELECT " + body[(values + " VALUES (".Length)..^2] + $" FROM \"{trigger.Table}\" AS new";
    }
}
