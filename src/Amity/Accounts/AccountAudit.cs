using System.Text.Json;
using Amity.Audit;
using Amity.Data;

namespace Amity.Accounts;

/// <summary>
/// Changes to users and tokens in the audit trail, written by the account operations themselves (the change capture sees
/// Identity's rows, which hold hashes and stamps and no role names). An entry holds names, roles and times: never a
/// password, a hash, a security stamp or a token's secret. A user is filed under its name (<see cref="AuditEntry.RecordKey"/>,
/// RecordId 0: Identity's ids are text), a token under its number and its name.
/// </summary>
public static class AccountAudit
{
    public const string User = "user";
    public const string Token = "token";

    public sealed record UserValues(string UserName, string? Role = null, bool? PasswordSet = null, bool? LockedOut = null);
    public sealed record TokenValues(string Name, string Role, DateTimeOffset? RevokedAt = null);

    private static readonly JsonSerializerOptions Json = new(ChangeCapture.Json)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Adds the entry to the context; the caller's save writes it with the change.</summary>
    public static void Add(AmityDb db, AuditAction action, string type, int id, string key, object? before, object? after) =>
        db.AuditTrail.Add(new AuditEntry
        {
            At = db.Clock.GetUtcNow(), Actor = db.Actor, Action = action, RecordType = type, RecordId = id, RecordKey = key,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });

    public static void UserChanged(AmityDb db, AuditAction action, string userName, UserValues? before, UserValues? after) =>
        Add(db, action, User, 0, userName, before, after);

    public static void TokenChanged(AmityDb db, AuditAction action, ApiToken token, TokenValues? before, TokenValues? after) =>
        Add(db, action, Token, token.Id, token.Name, before, after);
}
