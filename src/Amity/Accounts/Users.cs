using Amity.Audit;
using Amity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Amity.Accounts;

/// <summary>Adding users, setting roles and passwords; the command line and the admin page both come here.</summary>
public static class Users
{
    public const int MaxNameLength = 256;

    public sealed record Listed(string Id, string Name, string Role, bool LockedOut, DateTimeOffset CreatedAt);

    /// <summary>Creates a user with one role; the errors name what is wrong (a taken name, a short password).</summary>
    public static async Task<(AmityUser? User, IReadOnlyList<string> Errors)> AddAsync(
        AmityDb db, UserManager<AmityUser> users, RoleManager<IdentityRole> roles, string name, string role, string password, TimeProvider clock)
    {
        if (!Roles.IsRole(role)) return (null, [$"'{role}' is not a role: use {string.Join(", ", Roles.All)}."]);
        // Identity checks the characters, not the length; the column holds 256 (and SQLite would not even refuse more).
        if (name.Length > MaxNameLength) return (null, [$"A user name has at most {MaxNameLength} characters."]);
        await EnsureRolesAsync(roles);
        await using var transaction = await BeginAsync(db);
        var user = new AmityUser { UserName = name, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, Describe(created));
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return (null, Describe(added));
        AccountAudit.UserChanged(db, AuditAction.Create, name, null, new AccountAudit.UserValues(name, role, PasswordSet: true));
        await CommitAsync(db, transaction);
        return (user, []);
    }

    /// <summary>Gives a user exactly this role; their sessions pick it up within a minute (the security stamp changes).</summary>
    public static async Task<IReadOnlyList<string>> SetRoleAsync(AmityDb db, UserManager<AmityUser> users, RoleManager<IdentityRole> roles, AmityUser user, string role)
    {
        if (!Roles.IsRole(role)) return [$"'{role}' is not a role: use {string.Join(", ", Roles.All)}."];
        await EnsureRolesAsync(roles);
        await using var transaction = await BeginAsync(db);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded) return Describe(removed);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Describe(added);
        await users.UpdateSecurityStampAsync(user);
        AccountAudit.UserChanged(db, AuditAction.Update, user.UserName!, new AccountAudit.UserValues(user.UserName!, string.Join(", ", current)),
            new AccountAudit.UserValues(user.UserName!, role));
        await CommitAsync(db, transaction);
        return [];
    }

    /// <summary>Sets a new password and lifts any lockout; the trail says that it was set, never what to.</summary>
    public static async Task<IReadOnlyList<string>> SetPasswordAsync(AmityDb db, UserManager<AmityUser> users, AmityUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded) return Describe(valid);
        }
        await using var transaction = await BeginAsync(db);
        await users.RemovePasswordAsync(user);
        var set = await users.AddPasswordAsync(user, password);
        if (!set.Succeeded) return Describe(set);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        AccountAudit.UserChanged(db, AuditAction.Update, user.UserName!, null, new AccountAudit.UserValues(user.UserName!, PasswordSet: true, LockedOut: false));
        await CommitAsync(db, transaction);
        return [];
    }

    /// <summary>Lifts a lockout before it ends by itself.</summary>
    public static async Task UnlockAsync(AmityDb db, UserManager<AmityUser> users, AmityUser user)
    {
        await using var transaction = await BeginAsync(db);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        AccountAudit.UserChanged(db, AuditAction.Update, user.UserName!, null, new AccountAudit.UserValues(user.UserName!, LockedOut: false));
        await CommitAsync(db, transaction);
    }

    // Identity saves each step through the same context, so one transaction makes the change and its audit entry one.
    private static async Task<IDbContextTransaction?> BeginAsync(AmityDb db) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;

    private static async Task CommitAsync(AmityDb db, IDbContextTransaction? transaction)
    {
        await db.SaveChangesAsync();
        if (transaction is not null) await transaction.CommitAsync();
    }

    public static async Task<List<Listed>> ListAsync(UserManager<AmityUser> users, TimeProvider clock)
    {
        var all = await users.Users.OrderBy(u => u.UserName).ToListAsync();
        var listed = new List<Listed>(all.Count);
        foreach (var user in all)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "none";
            listed.Add(new Listed(user.Id, user.UserName!, role, user.LockoutEnd is { } end && end > clock.GetUtcNow(), user.CreatedAt));
        }
        return listed;
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
    }

    private static List<string> Describe(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
