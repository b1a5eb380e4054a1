using System.Collections.Concurrent;
using System.Diagnostics;
using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
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
/// Every key must already be set; a zero key is given the next id of its table. Given the <see cref="BulkLoad"/> it writes
/// in, it also hands each row to the load's search index built beside the database.
/// </summary>
public sealed class BulkWriter(AmityDb db, BulkLoad? load = null)
{
    private readonly Dictionary<IEntityType, List<object>> _pending = [];
    private readonly Dictionary<IEntityType, int> _nextIds = [];
    private readonly Dictionary<Type, (IEntityType Type, INavigation[] Owned)> _types = [];
    private readonly Dictionary<IEntityType, TypedBind?[]> _typedBinds = [];
    private readonly Dictionary<object, ReadOnlyMemory<byte>> _utf8 = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IEntityType, IProperty> _utf8Properties = [];

    /// <summary>
    /// Queues a record whose text <paramref name="property"/> is given as UTF-8 rather than read from the record: SQLite
    /// takes the bytes as they are, with no .NET string made and encoded again (an import's audit entries, which hold each
    /// record's JSON, article bodies included). One such property per table.
    /// </summary>
    public void Add(object entity, string property, ReadOnlyMemory<byte> utf8)
    {
        Add(entity);
        var type = _types[entity.GetType()].Type;
        if (!_utf8Properties.TryGetValue(type, out var known))
            _utf8Properties[type] = known = type.FindProperty(property) ?? throw new InvalidOperationException($"{type.ClrType.Name} has no property {property}.");
        if (known.Name != property) throw new InvalidOperationException($"The bulk writer takes UTF-8 for one property of {type.ClrType.Name}, {known.Name}.");
        _utf8[entity] = utf8;
    }

    /// <summary>The position among <paramref name="columns"/> of the table's property given as UTF-8, or -1.</summary>
    private int Utf8Column(IEntityType type, List<(IProperty Property, string Column)> columns) =>
        _utf8Properties.TryGetValue(type, out var property) ? columns.FindIndex(c => c.Property == property) : -1;

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
        // Every table of this flush counts as being written from its start: an index built while the search index beside is
        // behind (during an earlier table's rows) must not be one of these.
        foreach (var (type, rows) in _pending) if (rows.Count > 0) load?.Written(type.GetTableName()!);
        foreach (var type in InsertOrder())
        {
            if (!_pending.TryGetValue(type, out var rows) || rows.Count == 0) continue;
            load?.Written(type.GetTableName()!);
            AssignKeys(type, rows);
            // People and organizations bring their name keys (what ingestion looks names up by), now that their ids are known;
            // the keys' table follows theirs in the insert order.
            foreach (var key in rows.SelectMany(Ingestion.NameIndex.RowsOf).ToList()) Add(key);
            written += db.Provider == DatabaseProvider.Sqlite ? await WriteSqliteAsync(type, rows, ct) : await WritePostgresAsync(type, rows, ct);
            rows.Clear();
        }
        load?.Flushed();
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
        var table = type.GetTableName()!;
        // Prepared statements bound by position and run through SQLite's own interface: the ADO.NET command makes a reader
        // and parameter objects on every execution, which cost more than SQLite's insert itself. They run on the connection,
        // so inside the caller's transaction.
        var handle = connection.Handle!;
        // Rows of a table the search index reads go to the load's search index too, with the values bound here.
        var feed = load?.SearchFeed(table, [.. columns.Select(c => c.Column)]);
        var fed = feed is null ? null : new List<object?[]>(rows.Count);
        // The search index needs the values as objects; the other tables' plain columns are bound without boxing them.
        var typed = fed is not null ? null : _typedBinds.TryGetValue(type, out var known) ? known
            : _typedBinds[type] = [.. columns.Select(c => TypedBinds.For(c.Property))];
        var utf8Column = Utf8Column(type, columns);

        void BindRow(object row, sqlite3_stmt statement, int first)
        {
            var values = fed is null ? null : new object?[getters.Length];
            for (var i = 0; i < getters.Length; i++)
            {
                var index = first + i + 1;
                if (i == utf8Column && _utf8.Remove(row, out var utf8))
                {
                    // An empty span would be bound as NULL: the empty string goes the usual way.
                    var bound = utf8.IsEmpty ? BindText(statement, index, "") : raw.sqlite3_bind_text(statement, index, utf8.Span);
                    if (bound != raw.SQLITE_OK) throw new SqliteException($"SQLite could not bind a value (error {bound}).", bound);
                    if (values is not null) values[i] = System.Text.Encoding.UTF8.GetString(utf8.Span);
                    continue;
                }
                if (typed?[i] is { } bind)
                {
                    var bound = bind(row, statement, index);
                    if (bound != raw.SQLITE_OK) throw new SqliteException($"SQLite could not bind a value (error {bound}).", bound);
                    continue;
                }
                var value = getters[i].GetClrValue(row);
                if (value is not null && converters[i] is { } converter) value = converter.ConvertToProvider(value);
                value = SqliteValue(value);
                Bind(statement, index, value);
                if (values is not null) values[i] = value;
            }
            if (values is not null) fed!.Add(values);
        }

        // Many rows to a statement: each execution of a statement opens its cursor on the table anew and finds the place of
        // its first row from the root of the B-tree down, page by page (sqlite3BtreeTableMoveto and pcache1Fetch were the
        // writer's two largest costs in a profile); within one statement the cursor stays at the last row written, and a row
        // with a larger id goes after it with no search. The rows that do not fill a statement go one by one. At N=5 this
        // took a tenth off the writer's CPU for the rows, not measurably off the import's time (docs/performance.md).
        var perStatement = Math.Clamp(raw.sqlite3_limit(handle, raw.SQLITE_LIMIT_VARIABLE_NUMBER, -1) / columns.Count, 1, RowsPerStatement);
        var names = string.Join(", ", columns.Select(c => "\"" + c.Column + "\""));
        var tuple = "(" + string.Join(", ", columns.Select(_ => "?")) + ")";
        string Insert(int count) => $"INSERT INTO \"{table}\" ({names}) VALUES {string.Join(", ", Enumerable.Repeat(tuple, count))}";
        sqlite3_stmt? many = null;
        sqlite3_stmt? one = null;
        try
        {
            for (var start = 0; start < rows.Count;)
            {
                ct.ThrowIfCancellationRequested();
                var count = rows.Count - start >= perStatement ? perStatement : 1;
                if (count > 1 && many is null) Check(handle, raw.sqlite3_prepare_v2(handle, Insert(count), out many));
                if (count == 1 && one is null) Check(handle, raw.sqlite3_prepare_v2(handle, Insert(1), out one));
                var statement = count > 1 ? many! : one!;
                for (var r = 0; r < count; r++) BindRow(rows[start + r], statement, r * columns.Count);
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE) Check(handle, rc);
                start += count;
            }
        }
        finally
        {
            if (many is not null) raw.sqlite3_finalize(many);
            if (one is not null) raw.sqlite3_finalize(one);
        }
        if (feed is not null) load!.Feed(feed, fed!);
        return Task.FromResult(rows.Count);
    }

    /// <summary>Rows in one INSERT at most: enough that finding each row's place in the table is rare, few enough to compile quickly.</summary>
    private const int RowsPerStatement = 64;

    internal static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => BindText(statement, index, text),
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

    /// <summary>
    /// Text as UTF-8, which is how SQLite stores it: given UTF-16, SQLite copies it and converts the copy itself, character by
    /// character, for every value of every row; .NET's encoder is vectorized, and SQLite's copy of UTF-8 is its only one.
    /// </summary>
    internal static int BindText(sqlite3_stmt statement, int index, string text)
    {
        // An empty span would be bound as a null pointer, that is NULL: left to the UTF-16 call, as before.
        if (text.Length == 0) return raw.sqlite3_bind_text16(statement, index, text.AsSpan());
        if (text.Length <= 128)
        {
            Span<byte> small = stackalloc byte[3 * 128];
            return raw.sqlite3_bind_text(statement, index, small[..System.Text.Encoding.UTF8.GetBytes(text, small)]);
        }
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            // SQLite copies the bytes (SQLITE_TRANSIENT) before this returns, so the buffer can go back.
            return raw.sqlite3_bind_text(statement, index, rented.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal static void Check(sqlite3 handle, int rc)
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
            var utf8Column = Utf8Column(type, columns);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = i == utf8Column && _utf8.Remove(row, out var utf8) ? System.Text.Encoding.UTF8.GetString(utf8.Span) : ProviderValue(columns[i].Property, row);
                    if (value is null) await importer.WriteNullAsync(ct);
                    else await importer.WriteAsync(value, storeTypes[i], ct);
                }
            }
            await importer.CompleteAsync(ct);
        }
        return rows.Count;
    }
}

/// <summary>Binds one column of a row to a statement: the row, the statement, the parameter's position; SQLite's result code.</summary>
internal delegate int TypedBind(object row, sqlite3_stmt statement, int index);

/// <summary>
/// Binders compiled per column for values SQLite takes as they are (numbers, text, dates as EF writes them): reading each through
/// EF's <c>GetClrValue</c> boxed every number and made a string of every date, for every row, which was most of what the
/// bulk writer allocated. Columns with a value converter (enums, collections as JSON) keep the general path.
/// </summary>
internal static class TypedBinds
{
    public static TypedBind? For(IProperty property)
    {
        if (property.GetTypeMapping().Converter is not null || property.IsShadowProperty()
            || property.GetMemberInfo(forMaterialization: false, forSet: false) is not { } member) return null;
        var type = member switch { PropertyInfo p => p.PropertyType, FieldInfo f => f.FieldType, _ => null };
        var bind = type is null ? null : typeof(TypedBinds).GetMethod(nameof(Bind), BindingFlags.NonPublic | BindingFlags.Static, [typeof(sqlite3_stmt), typeof(int), type]);
        if (bind is null) return null;
        var row = Expression.Parameter(typeof(object), "row");
        var statement = Expression.Parameter(typeof(sqlite3_stmt), "statement");
        var index = Expression.Parameter(typeof(int), "index");
        // The same member EF reads (the backing field where it prefers it), from the row as its declaring type.
        var value = Expression.MakeMemberAccess(Expression.Convert(row, member.DeclaringType!), member);
        return Expression.Lambda<TypedBind>(Expression.Call(bind, statement, index, value), row, statement, index).Compile();
    }

    private static int Bind(sqlite3_stmt s, int i, int value) => raw.sqlite3_bind_int64(s, i, value);
    private static int Bind(sqlite3_stmt s, int i, int? value) => value is { } v ? raw.sqlite3_bind_int64(s, i, v) : raw.sqlite3_bind_null(s, i);
    private static int Bind(sqlite3_stmt s, int i, long value) => raw.sqlite3_bind_int64(s, i, value);
    private static int Bind(sqlite3_stmt s, int i, long? value) => value is { } v ? raw.sqlite3_bind_int64(s, i, v) : raw.sqlite3_bind_null(s, i);
    private static int Bind(sqlite3_stmt s, int i, bool value) => raw.sqlite3_bind_int64(s, i, value ? 1 : 0);
    private static int Bind(sqlite3_stmt s, int i, bool? value) => value is { } v ? Bind(s, i, v) : raw.sqlite3_bind_null(s, i);
    private static int Bind(sqlite3_stmt s, int i, double value) => raw.sqlite3_bind_double(s, i, value);
    private static int Bind(sqlite3_stmt s, int i, double? value) => value is { } v ? raw.sqlite3_bind_double(s, i, v) : raw.sqlite3_bind_null(s, i);
    private static int Bind(sqlite3_stmt s, int i, string? value) => value is null ? raw.sqlite3_bind_null(s, i) : BulkWriter.BindText(s, i, value);

    // Dates and times as the text EF writes (BulkWriter.SqliteValue), formatted straight to UTF-8.
    private static int Bind(sqlite3_stmt s, int i, DateOnly value)
    {
        Span<byte> text = stackalloc byte[16];
        value.TryFormat(text, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(s, i, text[..written]);
    }

    private static int Bind(sqlite3_stmt s, int i, DateOnly? value) => value is { } v ? Bind(s, i, v) : raw.sqlite3_bind_null(s, i);

    private static int Bind(sqlite3_stmt s, int i, DateTime value)
    {
        Span<byte> text = stackalloc byte[40];
        value.TryFormat(text, out var written, "yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(s, i, text[..written]);
    }

    private static int Bind(sqlite3_stmt s, int i, DateTime? value) => value is { } v ? Bind(s, i, v) : raw.sqlite3_bind_null(s, i);
}

/// <summary>
/// Makes a bulk load into an empty SQLite database fast while keeping it one transaction: a large page cache for the
/// connection, and the secondary indexes and full-text triggers dropped inside the transaction, then rebuilt once each by
/// <see cref="CompleteAsync"/> (a sorted index build and one pass over each table instead of an update per row). A failure
/// rolls the drops back with everything else. With <c>searchBeside</c>, an empty full-text index is instead built in a file
/// of its own on a thread of its own while the rows are written (<see cref="SearchBeside"/>), and copied in at the end. On
/// PostgreSQL, where COPY is the bulk path for the rows, it drops and rebuilds the secondary indexes in the same way.
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
    private SearchBeside? _beside;
    private readonly Dictionary<string, SearchBeside.Feed?> _feeds = [];

    private BulkLoad(AmityDb db, List<SchemaObject> indexes, List<(SchemaObject, string)> triggers, long cacheSize)
    {
        _db = db;
        _indexes = indexes;
        _triggers = triggers;
        _cacheSize = cacheSize;
    }

    /// <summary>
    /// Starts the load; call inside the transaction that writes the records. With <paramref name="searchBeside"/>, every row
    /// must then be written by a <see cref="BulkWriter"/> given this load, which hands the rows to the search index beside.
    /// </summary>
    public static async Task<BulkLoad> BeginAsync(AmityDb db, CancellationToken ct, bool searchBeside = false)
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
            .Where(t => t.Fill is not null).Select(t => (t.Trigger, Fill: t.Fill!)).ToList();
        // Names come from the schema itself, not from input.
        foreach (var drop in indexes.Select(i => "DROP INDEX \"" + i.Name + "\"").Concat(triggers.Select(t => "DROP TRIGGER \"" + t.Trigger.Name + "\"")))
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        var load = new BulkLoad(db, indexes, triggers, cacheSize);
        if (searchBeside) load._beside = await SearchBeside.StartAsync(db, [.. triggers.Select(t => (t.Trigger.Table, FilledTable(t.Fill), TriggerInsert(t.Trigger.Sql)))], ct);
        return load;
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

    /// <summary>What the search index beside needs from the rows of <paramref name="table"/>, written with these columns in this order; null if nothing.</summary>
    internal SearchBeside.Feed? SearchFeed(string table, IReadOnlyList<string> columns)
    {
        if (_beside is null) return null;
        if (!_feeds.TryGetValue(table, out var feed)) _feeds[table] = feed = _beside.FeedFor(table, columns);
        return feed;
    }

    /// <summary>
    /// Hands rows just written to the search index beside (values as bound, in the feed's column order). When its queue is
    /// full the writer would only wait for that thread, so it builds the index of a table no longer being written instead.
    /// </summary>
    internal void Feed(SearchBeside.Feed feed, List<object?[]> rows)
    {
        while (!_beside!.TryAdd(feed, rows))
        {
            if (!BuildQuietIndex())
            {
                _beside.Add(feed, rows);
                return;
            }
        }
    }

    /// <summary>Flushes of the writer so far, and the last one that wrote each table.</summary>
    private int _flushes;
    private readonly Dictionary<string, int> _lastWritten = [];

    /// <summary>
    /// A table written in none of the last few flushes is taken to be complete: the document's sections come one after
    /// another, each writing its own tables (the audit trail and the article tables are written to the end). A guess that
    /// proves wrong costs speed only, never correctness: SQLite keeps an index it has built up to date as rows arrive.
    /// </summary>
    private const int QuietFlushes = 3;

    internal void Written(string table) => _lastWritten[table] = _flushes;

    internal void Flushed() => _flushes++;

    /// <summary>Indexes built while the rows were still being written, and the time they took (in the load's laps).</summary>
    public int IndexesBuiltEarly { get; private set; }

    private TimeSpan _earlyIndexWall;
    private TimeSpan _earlyIndexCpu;

    /// <summary>Builds one dropped index of a table not written in the last flushes; false when there is none.</summary>
    internal bool BuildQuietIndex()
    {
        var index = _indexes.FirstOrDefault(i => _flushes - _lastWritten.GetValueOrDefault(i.Table, -QuietFlushes) >= QuietFlushes);
        if (index is null) return false;
        var clock = Stopwatch.StartNew();
        var cpu = Laps.ThreadCpu();
        // The writer's own connection, inside the load's transaction: a failure later still rolls the index back.
        _db.Database.ExecuteSqlRaw(index.Sql);
        _indexes.Remove(index);
        IndexesBuiltEarly++;
        _earlyIndexWall += clock.Elapsed;
        _earlyIndexCpu += Laps.ThreadCpu() - cpu;
        return true;
    }

    /// <summary>Fills what the dropped triggers would have written, from the loaded tables, and puts triggers and indexes back.</summary>
    public async Task CompleteAsync(CancellationToken ct, Laps? laps = null)
    {
        laps?.Lap("other");
        var byTable = _triggers.Where(t => _beside?.Builds(FilledTable(t.Fill)) != true).ToList();
        var settings = new List<(string Table, string Key, long Value)>();
        foreach (var table in byTable.Select(t => FilledTable(t.Fill)).Distinct()) settings.AddRange(await FillSettingsAsync(table, ct));
        foreach (var (trigger, fill) in byTable)
        {
            await _db.Database.ExecuteSqlRawAsync(fill, ct);
            laps?.Lap($"search index {trigger.Table}");
        }
        foreach (var (table, key, value) in settings) await SetAsync(table, key, value, ct);
        // The index builds run here while the thread beside is still indexing the last rows it was given (the articles, the
        // largest part of the search index, come last).
        foreach (var index in _indexes) await _db.Database.ExecuteSqlRawAsync(index.Sql, ct);
        laps?.Lap("indexes");
        if (IndexesBuiltEarly > 0) laps?.Beside($"{IndexesBuiltEarly} indexes early", _earlyIndexWall, _earlyIndexCpu);
        if (_beside is not null)
        {
            _beside.Finish();
            laps?.Lap("search index, waiting");
            await _beside.CopyInAsync(_db, ct);
            laps?.Lap("search index, copy");
            laps?.Beside("search index", _beside.Wall, _beside.Cpu);
            foreach (var (table, waited) in _beside.Waited.OrderByDescending(w => w.Value).Take(3))
                laps?.Beside($"search waited, {table}", waited, TimeSpan.Zero);
        }
        foreach (var (trigger, _) in _triggers) await _db.Database.ExecuteSqlRawAsync(trigger.Sql, ct);
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
        if (_beside is not null) await _beside.DisposeAsync(_db);
        // The connection may go back to the pool: leave it as it was.
        var restore = "PRAGMA cache_size = " + _cacheSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _db.Database.ExecuteSqlRawAsync(restore);
        await _db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = DEFAULT");
        await _db.Database.ExecuteSqlRawAsync("PRAGMA threads = 0");
    }

    /// <summary>For a trigger "… BEGIN INSERT INTO X(columns) VALUES (values of new); END", its one statement "INSERT … VALUES (…)"; null for any other trigger.</summary>
    private static string? TriggerInsert(string sql)
    {
        if (!sql.Contains(" AFTER INSERT ON ", StringComparison.OrdinalIgnoreCase)) return null;
        var begin = sql.IndexOf(" BEGIN ", StringComparison.OrdinalIgnoreCase);
        var end = sql.LastIndexOf(" END", StringComparison.OrdinalIgnoreCase);
        if (begin < 0 || end < begin) return null;
        var body = sql[(begin + " BEGIN ".Length)..end].Trim();
        if (!body.StartsWith("INSERT INTO ", StringComparison.OrdinalIgnoreCase) || body.Count(c => c == ';') != 1 || !body.EndsWith(");", StringComparison.Ordinal)) return null;
        return body.IndexOf(" VALUES (", StringComparison.OrdinalIgnoreCase) < 0 ? null : body[..^1];
    }

    /// <summary>
    /// For a trigger "AFTER INSERT ON T BEGIN INSERT INTO X(columns) VALUES (values of new); END", the one statement that
    /// does the same for every row of T: "INSERT INTO X(columns) SELECT values FROM T AS new". Null for any other trigger.
    /// </summary>
    private static string? FillStatement(SchemaObject trigger)
    {
        if (TriggerInsert(trigger.Sql) is not { } body) return null;
        var values = body.IndexOf(" VALUES (", StringComparison.OrdinalIgnoreCase);
        return body[..values] + " SELECT " + body[(values + " VALUES (".Length)..^1] + $" FROM \"{trigger.Table}\" AS new";
    }
}

/// <summary>
/// The rollback journal instead of WAL for one bulk load into an empty SQLite database. In WAL mode every page the load
/// writes goes to the WAL and then again to the database file when the commit's checkpoint copies it back (at N=5 2.4 GB
/// twice, and a commit of 29 s of which 11 waiting for the disk); with a rollback journal a new page is written once, straight
/// to the database file, and the journal holds only the few pages the empty database had. All-or-nothing holds: a killed load
/// leaves a hot journal that SQLite plays back on the next open, and <see cref="SqliteConnectionSetup"/> puts WAL back on
/// every connection Amity opens. Leaving WAL needs every other connection to the file closed: the pool's idle ones are
/// closed first, and when another still holds the file open (a server, another process) the load keeps WAL.
/// </summary>
public sealed class LoadJournal : IAsyncDisposable
{
    private readonly SqliteConnection? _connection;

    private LoadJournal(SqliteConnection? connection) => _connection = connection;

    /// <summary>Whether the load writes through a rollback journal (true) or keeps WAL.</summary>
    public bool Rollback => _connection is not null;

    /// <summary>Switches the open connection of <paramref name="db"/> to a rollback journal when it can; call before the load's transaction.</summary>
    public static LoadJournal Begin(AmityDb db)
    {
        if (db.Provider != DatabaseProvider.Sqlite || db.Database.GetDbConnection() is not SqliteConnection { Handle: { } handle } connection
            || Mode(handle, "PRAGMA main.journal_mode") != "wal") return new LoadJournal(null);
        // Idle pooled connections keep the file open, which would make the switch fail.
        SqliteConnection.ClearPool(connection);
        return Mode(handle, "PRAGMA main.journal_mode = DELETE") == "delete" ? new LoadJournal(connection) : new LoadJournal(null);
    }

    /// <summary>
    /// Runs a journal_mode pragma on the bare handle and returns the mode it reports, or null when another connection holds the
    /// file ("database is locked"): the bare handle fails at once where a command would retry for its whole timeout.
    /// </summary>
    private static string? Mode(sqlite3 handle, string pragma)
    {
        BulkWriter.Check(handle, raw.sqlite3_prepare_v2(handle, pragma, out sqlite3_stmt statement));
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED) return null;
            BulkWriter.Check(handle, rc);
            return rc == raw.SQLITE_ROW ? raw.sqlite3_column_text(statement, 0).utf8_to_string() : null;
        }
        finally
        {
            raw.sqlite3_finalize(statement);
        }
    }

    /// <summary>Puts WAL back once the load's transaction has ended, committed or rolled back.</summary>
    public ValueTask DisposeAsync()
    {
        // "main." alone: after a failed load the search index file beside may still be attached (SearchBeside.DisposeAsync).
        if (_connection is { Handle: { } handle } && Mode(handle, "PRAGMA main.journal_mode = WAL") != "wal")
            // Another connection opened the file meanwhile; the next connection Amity opens puts WAL back (SqliteConnectionSetup).
            SqliteConnection.ClearPool(_connection);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// Builds an empty full-text index of a bulk load (FTS5, the trigram index over article bodies above all) in a SQLite file
/// of its own, on a thread of its own, fed each row as it is written; at the end its shadow tables (FTS5 keeps everything
/// in ordinary tables: <c>X_data</c>, <c>X_idx</c>, <c>X_content</c>, <c>X_docsize</c>) are copied into the database
/// inside the load's transaction. Tokenizing every article body is the largest single piece of an import's work; this way
/// it runs on the second core while the first writes rows and builds indexes, and the copy is a fraction of it (N=1's
/// article index: 10 CPU s to build, 1.6 to copy). Each row gets the very statement of its table's search trigger, with
/// the trigger's <c>new."Column"</c> bound to the row's value, so the index holds what the trigger would have written.
/// </summary>
internal sealed partial class SearchBeside
{
    /// <summary>What the rows of one table bring: the trigger statements, numbered parameters in place of the row's columns.</summary>
    internal sealed record Feed(string Table, string[] Statements);

    private sealed record Index(string Name, string CreateSql)
    {
        /// <summary>The table's settings (FTS5 keeps them in X_config) as they were, each value as an SQL literal, to put back once it is copied in.</summary>
        public List<Setting> Settings { get; init; } = [];
    }

    private sealed record Setting(string Key, string Literal);

    /// <summary>
    /// Batches of rows waiting for the thread: enough that the writes run ahead of the tokenizing (so that the index builds
    /// at the end overlap its last part), few enough to bound memory (a batch of articles is a few MB).
    /// </summary>
    private const int Ahead = 32;

    /// <summary>
    /// Pending terms FTS5 holds before writing a segment. A larger budget means fewer segments to merge, but 256 MB was slower
    /// than 64 over five times N=1's article bodies (67.8 against 58.4 CPU s in the sqlite3 shell).
    /// </summary>
    private const long HashSize = 64L * 1024 * 1024;

    private const string Alias = "amity_search_beside";
    private readonly string _path;
    private readonly List<Index> _indexes;
    private readonly List<(string Table, string Target, string Insert)> _triggers;
    private readonly BlockingCollection<(Feed Feed, List<object?[]> Rows)> _queue = new(Ahead);
    private readonly Thread _thread;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private sqlite3? _side;
    private volatile Exception? _failed;
    private volatile bool _abandoned;
    private bool _attached;

    public TimeSpan Wall { get; private set; }
    public TimeSpan Cpu { get; private set; }

    /// <summary>
    /// Time the thread waited for rows, by the table of the rows that ended the wait: while a table the index reads is being
    /// written, any wait means the writer fell behind (the articles above all, which keep this thread busiest).
    /// </summary>
    public Dictionary<string, TimeSpan> Waited { get; } = [];

    private SearchBeside(string path, sqlite3 side, List<Index> indexes, List<(string, string, string)> triggers)
    {
        _path = path;
        _side = side;
        _indexes = indexes;
        _triggers = triggers;
        _thread = new Thread(Run) { IsBackground = true, Name = "search index beside" };
        _thread.Start();
    }

    /// <summary>
    /// Takes over each FTS5 table that the load's dropped triggers fill and that is empty: drops it (the transaction brings
    /// it back on failure) and makes it in a new file beside the database. Null when there is none.
    /// </summary>
    public static async Task<SearchBeside?> StartAsync(AmityDb db, List<(string Table, string Target, string? Insert)> triggers, CancellationToken ct)
    {
        var indexes = new List<Index>();
        foreach (var target in triggers.Where(t => t.Insert is not null).Select(t => t.Target).Distinct())
        {
            var sql = await db.Database.SqlQueryRaw<string>(
                "SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0} AND sql LIKE '%USING fts5%'", target).SingleOrDefaultAsync(ct);
            if (sql is null) continue;
            // Names come from the schema, not from input.
            var first = "SELECT COUNT(*) AS \"Value\" FROM (SELECT 1 FROM \"" + target + "\" LIMIT 1)";
            var empty = await db.Database.SqlQueryRaw<int>(first).SingleAsync(ct) == 0;
            if (!empty) continue;
            var settings = "SELECT k AS \"Key\", quote(v) AS \"Literal\" FROM \"" + target + "_config\"";
            indexes.Add(new Index(target, sql) { Settings = await db.Database.SqlQueryRaw<Setting>(settings).ToListAsync(ct) });
        }
        if (indexes.Count == 0) return null;
        var file = await db.Database.SqlQueryRaw<string>("SELECT file AS \"Value\" FROM pragma_database_list WHERE name = 'main'").SingleAsync(ct);
        var stem = string.IsNullOrEmpty(file) ? Path.Combine(Path.GetTempPath(), "amity") : file;
        // A file left by an import that was killed: this load holds the database's write lock, so no other load is using one.
        if (!string.IsNullOrEmpty(file))
            foreach (var stale in Directory.GetFiles(Path.GetDirectoryName(file)!, Path.GetFileName(file) + ".search-*.tmp*")) File.Delete(stale);
        var path = stem + $".search-{Guid.NewGuid():N}.tmp";
        Check(raw.sqlite3_open_v2(path, out var side, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE, null), side);
        try
        {
            // A scratch file: deleted on failure, so it needs no journal and no syncing.
            Execute(side, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY");
            foreach (var index in indexes)
            {
                Execute(side, index.CreateSql);
                var table = "\"" + index.Name + "\"";
                Execute(side, $"INSERT INTO {table}({table}, rank) VALUES ('automerge', 0); INSERT INTO {table}({table}, rank) VALUES ('hashsize', {HashSize})");
                await RunAsync(db, $"DROP TABLE {table}", ct);
            }
            Execute(side, "BEGIN");
        }
        catch
        {
            raw.sqlite3_close_v2(side);
            Delete(path);
            throw;
        }
        var built = indexes.Select(i => i.Name).ToHashSet();
        return new SearchBeside(path, side, indexes, [.. triggers.Where(t => t.Insert is not null && built.Contains(t.Target)).Select(t => (t.Table, t.Target, t.Insert!))]);
    }

    public bool Builds(string table) => _indexes.Any(i => i.Name == table);

    /// <summary>The statements for rows of <paramref name="table"/> written with <paramref name="columns"/>, each <c>new."C"</c> become <c>?n</c>, C's position.</summary>
    public Feed? FeedFor(string table, IReadOnlyList<string> columns)
    {
        var statements = _triggers.Where(t => t.Table == table).Select(t => NewColumn().Replace(t.Insert, m =>
        {
            var name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            var position = columns.ToList().FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            return position >= 0 ? "?" + (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : throw new InvalidOperationException($"The search trigger of {table} reads {name}, which the bulk writer does not write.");
        })).ToArray();
        return statements.Length == 0 ? null : new Feed(table, statements);
    }

    [System.Text.RegularExpressions.GeneratedRegex("""\bnew\.(?:"([^"]+)"|(\w+))""", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NewColumn();

    public void Add(Feed feed, List<object?[]> rows)
    {
        ThrowIfFailed();
        _queue.Add((feed, rows));
    }

    /// <summary>Queues the rows if there is room now; false if the queue is full.</summary>
    public bool TryAdd(Feed feed, List<object?[]> rows)
    {
        ThrowIfFailed();
        return _queue.TryAdd((feed, rows));
    }

    private void ThrowIfFailed()
    {
        if (_failed is not null) throw new InvalidOperationException("The search index beside the load failed.", _failed);
    }

    private void Run()
    {
        var prepared = new Dictionary<Feed, sqlite3_stmt[]>();
        try
        {
            while (true)
            {
                if (!_queue.TryTake(out var item))
                {
                    var waiting = Stopwatch.GetTimestamp();
                    if (!_queue.TryTake(out item, Timeout.Infinite)) break;
                    var table = item.Feed.Table;
                    Waited[table] = Waited.GetValueOrDefault(table) + Stopwatch.GetElapsedTime(waiting);
                }
                var (feed, rows) = item;
                // After a failure, or once the load is given up, the rest is only taken off the queue, so that the writer never
                // waits on a thread that stopped and a failed import does not wait for articles nobody will search.
                if (_failed is not null || _abandoned) continue;
                try
                {
                    if (!prepared.TryGetValue(feed, out var statements))
                    {
                        prepared[feed] = statements = new sqlite3_stmt[feed.Statements.Length];
                        for (var i = 0; i < statements.Length; i++) Check(raw.sqlite3_prepare_v2(_side, feed.Statements[i], out statements[i]), _side!);
                    }
                    foreach (var statement in statements)
                    {
                        var parameters = raw.sqlite3_bind_parameter_count(statement);
                        foreach (var values in rows)
                        {
                            for (var i = 0; i < parameters; i++) BulkWriter.Bind(statement, i + 1, values[i]);
                            var rc = raw.sqlite3_step(statement);
                            raw.sqlite3_reset(statement);
                            if (rc != raw.SQLITE_DONE) Check(rc, _side!);
                        }
                    }
                }
                catch (Exception e)
                {
                    _failed = e;
                }
            }
        }
        finally
        {
            foreach (var statement in prepared.Values.SelectMany(s => s)) raw.sqlite3_finalize(statement);
            Wall = _clock.Elapsed;
            Cpu = Laps.ThreadCpu();
        }
    }

    /// <summary>Waits for the thread to index every row given and ends the side file's transaction.</summary>
    public void Finish()
    {
        _queue.CompleteAdding();
        _thread.Join();
        if (_failed is not null) throw new InvalidOperationException("The search index beside the load failed.", _failed);
        Execute(_side!, "COMMIT");
        raw.sqlite3_close_v2(_side);
        _side = null;
    }

    /// <summary>
    /// Makes each table again in the database, with its settings as before, and copies the side file's shadow tables into it.
    /// The table is made anew rather than kept because FTS5 caches a table's structure per connection between statements:
    /// a connection that had used the old table would go on reading the old, empty structure after its shadow tables changed.
    /// </summary>
    public async Task CopyInAsync(AmityDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("ATTACH DATABASE {0} AS " + Alias, [_path], ct);
        _attached = true;
        foreach (var index in _indexes)
        {
            var config = $"\"{index.Name}_config\"";
            await db.Database.ExecuteSqlRawAsync(index.CreateSql, ct);
            await RunAsync(db, $"DELETE FROM {config}", ct);
            // The literal is SQLite's own quote() of the stored value.
            foreach (var setting in index.Settings) await RunAsync(db, $"INSERT INTO {config}(k, v) VALUES ({Quote(setting.Key)}, {setting.Literal})", ct);
            var shadows = await db.Database.SqlQueryRaw<string>(
                    "SELECT name AS \"Value\" FROM " + Alias + ".sqlite_master WHERE type = 'table' AND name LIKE {0} ESCAPE '\\' AND name <> {1}",
                    index.Name.Replace("_", "\\_", StringComparison.Ordinal) + "\\_%", index.Name + "_config")
                .ToListAsync(ct);
            foreach (var shadow in shadows)
            {
                await RunAsync(db, $"DELETE FROM main.\"{shadow}\"", ct);
                // Same columns on both sides and an empty target: SQLite copies the rows as they are stored.
                await RunAsync(db, $"INSERT INTO main.\"{shadow}\" SELECT * FROM {Alias}.\"{shadow}\"", ct);
            }
        }
    }

    /// <summary>Stops the thread if it still runs, lets go of the side file and deletes it.</summary>
    public async Task DisposeAsync(AmityDb db)
    {
        if (!_queue.IsAddingCompleted)
        {
            _abandoned = true;
            _queue.CompleteAdding();
        }
        _thread.Join();
        if (_side is not null) raw.sqlite3_close_v2(_side);
        _side = null;
        if (_attached)
        {
            try
            {
                // Only possible once the load's transaction has ended (committed, on success).
                await RunAsync(db, $"DETACH DATABASE {Alias}");
            }
            catch (SqliteException)
            {
                // Still inside the transaction (the load failed): the native connection must not go back to the pool with the file attached.
                SqliteConnection.ClearPool((SqliteConnection)db.Database.GetDbConnection());
            }
        }
        _queue.Dispose();
        Delete(_path);
    }

    /// <summary>Runs SQL made here from names in the schema, never from input.</summary>
    private static Task<int> RunAsync(AmityDb db, string sql, CancellationToken ct = default) => db.Database.ExecuteSqlRawAsync(sql, ct);

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-journal" }) File.Delete(path + suffix);
    }

    private static void Execute(sqlite3 side, string sql) => Check(raw.sqlite3_exec(side, sql), side);

    private static void Check(int rc, sqlite3 side)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)) SqliteException.ThrowExceptionForRC(rc, side);
    }
}
