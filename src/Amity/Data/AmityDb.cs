using Amity.Agreements;
using Amity.Audit;
using Amity.Engagements;
using Amity.Events;
using Amity.Ingestion;
using Amity.Invitations;
using Amity.News;
using Amity.Partners;
using Amity.People;
using Amity.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Amity.Data;

/// <summary>
/// The one model of Amity. Each provider has its own subclass (<see cref="SqliteAmityDb"/>, <see cref="PostgresAmityDb"/>)
/// so that each keeps its own migrations; everything else injects this base type. It also holds the accounts
/// (ASP.NET Core Identity's tables), API tokens and the data-protection keys, so that every app instance on one
/// database shares them.
/// </summary>
public abstract class AmityDb(DbContextOptions options) : IdentityDbContext<AmityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<NameKey> NameKeys => Set<NameKey>();

    public abstract DatabaseProvider Provider { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AmityDb).Assembly, t => t.Namespace?.StartsWith("Amity.", StringComparison.Ordinal) == true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads without the code and survives reordering.
        foreach (var enumType in typeof(AmityDb).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace?.StartsWith("Amity.", StringComparison.Ordinal) == true))
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
    }

    // The app pools its contexts: a name set here holds for the lease it was set in, never for the next request's.
    private (string Name, int Lease)? _actor;

    /// <summary>
    /// Who the audit trail records changes as: the name set here wins; otherwise the current request's user ("anonymous"
    /// when it has no name); outside a request, the command line's user.
    /// </summary>
    public string Actor
    {
        get => (_actor is { } set && set.Lease == ContextId.Lease ? set.Name : null) ?? RequestActor() ?? "cli:" + Environment.UserName;
        set => _actor = (value, ContextId.Lease);
    }

    private string? RequestActor() =>
        AppService<IHttpContextAccessor>()?.HttpContext is { } http
            ? http.User.Identity?.Name is { Length: > 0 } name ? name : "anonymous"
            : null;

    /// <summary>The app's clock when the context comes from the app's services, so audit times follow the same "now".</summary>
    public TimeProvider Clock => AppService<TimeProvider>() ?? TimeProvider.System;

    private T? AppService<T>() where T : class =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<T>();

    // Each save writes its audit entries in the same transaction as the change (its own, when the caller has none), so a
    // failed save leaves no entry and no change is kept without its entry. The first save must accept its changes so
    // that the second writes only the entries.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        // The app saves asynchronously everywhere; this keeps a synchronous caller audited too (no synchronization context to deadlock on).
        SaveAuditedAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAuditedAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);

    private async Task<int> SaveAuditedAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken ct)
    {
        // Changes are looked for once per save. Left automatic, every ChangeTracker.Entries() below and each of the two saves
        // compared every tracked entity with its snapshot again, and an ingestion, which saves each record of an article in
        // one transaction, spent most of its time there (profiled at N=5). From here on every change goes through the
        // change tracker's own API (Add, entry values, states), which it notices without looking.
        ChangeTracker.DetectChanges();
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await NameIndex.TrackAsync(this, ct);
            BumpVersions();
            var capture = await ChangeCapture.BeginAsync(this, ct);
            if (capture is null)
            {
                var written = async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct) : base.SaveChanges(acceptAllChangesOnSuccess);
                if (acceptAllChangesOnSuccess) ForgetWriteOnlyRows();
                return written;
            }
            await using var transaction = Database.CurrentTransaction is not null ? null
                : async ? await Database.BeginTransactionAsync(ct) : Database.BeginTransaction();
            var saved = async ? await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct) : base.SaveChanges(acceptAllChangesOnSuccess: true);
            AuditTrail.AddRange(await capture.CompleteAsync(Actor, Clock.GetUtcNow(), ct));
            if (async) await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, ct);
            else base.SaveChanges(acceptAllChangesOnSuccess: true);
            if (transaction is not null) await transaction.CommitAsync(ct);
            ForgetWriteOnlyRows();
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Audit entries and name keys, once written, are never changed through this context: tracked, they would only make
    /// every later save of the same context (an ingestion's dozens) compare them again.
    /// </summary>
    private void ForgetWriteOnlyRows()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State == EntityState.Unchanged && e.Entity is AuditEntry or NameKey).ToList())
            entry.State = EntityState.Detached;
    }

    /// <summary>
    /// Declares the version the client last saw; the save then fails with a concurrency conflict
    /// if anyone saved the record since, and the record is marked changed so its version moves on
    /// even when only its children changed.
    /// </summary>
    public void ExpectVersion(Entity entity, int version)
    {
        var entry = Entry(entity);
        entry.Property(e => e.Version).OriginalValue = version;
        if (entry.State == EntityState.Unchanged) entry.State = EntityState.Modified;
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            // Through the entry, so that the change tracker marks the version changed without looking for it.
            var version = entry.Property(e => e.Version);
            if (entry.State == EntityState.Added && entry.Entity.Version == 0) version.CurrentValue = 1;
            else if (entry.State == EntityState.Modified) version.CurrentValue = version.OriginalValue + 1;
        }
    }
}

public enum DatabaseProvider { Sqlite, Postgres }

public sealed class SqliteAmityDb(DbContextOptions<SqliteAmityDb> options) : AmityDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AuditEntry>().Property(e => e.At).HasConversion<UtcTextConverter>();
    }
}

public sealed class PostgresAmityDb(DbContextOptions<PostgresAmityDb> options) : AmityDb(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Sort keys compare by code point, as SQLite compares them, whatever the database's own collation.
        modelBuilder.Entity<Organization>().Property(o => o.SortKey).UseCollation("C");
        modelBuilder.Entity<Person>().Property(p => p.SortKey).UseCollation("C");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Event and engagement times are local wall-clock times at the place, read with their own time zone.
        configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone");
    }
}
