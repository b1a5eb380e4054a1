using System.Security.Cryptography;
using System.Text;
using Amity.Data;
using Microsoft.EntityFrameworkCore;

namespace Amity.Accounts;

/// <summary>Creating, finding and revoking API tokens; the command line and the admin page both come here.</summary>
public static class Tokens
{
    private const string Scheme = "amity_";

    public sealed record Created(ApiToken Token, string Secret);

    /// <summary>Names a token is known by in lists, logs and the audit trail.</summary>
    public static string? CheckName(string name) =>
        string.IsNullOrWhiteSpace(name) ? "a token needs a name"
        : name.Length > 100 ? "a token name has at most 100 characters"
        : name.Any(char.IsControl) ? "a token name cannot contain control characters"
        : null;

    /// <summary>Creates a token and returns its secret, which is shown this once and never stored.</summary>
    public static async Task<Created> CreateAsync(AmityDb db, string name, string role, string? createdBy, TimeProvider clock, CancellationToken ct)
    {
        if (CheckName(name) is { } problem) throw new ArgumentException(problem, nameof(name));
        if (!Roles.IsRole(role)) throw new ArgumentException($"'{role}' is not a role: use {string.Join(", ", Roles.All)}", nameof(role));
        if (await db.ApiTokens.AnyAsync(t => t.Name == name, ct))
            throw new ArgumentException($"a token named '{name}' already exists (names stay taken after a revoke, so that the audit trail stays unambiguous)", nameof(name));
        var secret = Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken { Name = name, Role = role, Hash = Hash(secret), Prefix = secret[..12], CreatedAt = clock.GetUtcNow(), CreatedBy = createdBy };
        db.ApiTokens.Add(token);
        // Saved first for its id, then the entry: one transaction, so a token never exists without its entry.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.SaveChangesAsync(ct);
        AccountAudit.TokenChanged(db, Audit.AuditAction.Create, token, null, new AccountAudit.TokenValues(token.Name, token.Role));
        await db.SaveChangesAsync(ct);
        if (transaction is not null) await transaction.CommitAsync(ct);
        return new Created(token, secret);
    }

    /// <summary>The active token with this secret, or null.</summary>
    public static Task<ApiToken?> FindActiveAsync(AmityDb db, string secret, CancellationToken ct)
    {
        var hash = Hash(secret);
        return db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, ct);
    }

    /// <summary>Revokes the named token and returns it (its hash names its cache entry); null if no active token has that name.</summary>
    public static async Task<ApiToken?> RevokeAsync(AmityDb db, string name, TimeProvider clock, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Name == name && t.RevokedAt == null, ct);
        if (token is null) return null;
        token.RevokedAt = clock.GetUtcNow();
        AccountAudit.TokenChanged(db, Audit.AuditAction.Update, token, new AccountAudit.TokenValues(token.Name, token.Role),
            new AccountAudit.TokenValues(token.Name, token.Role, token.RevokedAt));
        await db.SaveChangesAsync(ct);
        return token;
    }

    public static Task<ApiToken?> FindAsync(AmityDb db, string name, CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name, ct);

    public static Task<List<ApiToken>> ListAsync(AmityDb db, CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
