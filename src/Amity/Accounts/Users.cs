using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amity.Accounts;

/// <summary>Adding users, setting roles and passwords; the command line and the admin page both come here.</summary>
public static class Users
{
    public sealed record Listed(string Id, string Name, string Role, bool LockedOut, DateTimeOffset CreatedAt);

    /// <summary>Creates a user with one role; the errors name what is wrong (a taken name, a short password).</summary>
    public static async Task<(AmityUser? User, IReadOnlyList<string> Errors)> AddAsync(
        UserManager<AmityUser> users, RoleManager<IdentityRole> roles, string name, string role, string password, TimeProvider clock)
    {
        if (!Roles.IsRole(role)) return (null, [$"'{role}' is not a role: use {string.Join(", ", Roles.All)}."]);
        await EnsureRolesAsync(roles);
        var user = new AmityUser { UserName = name, CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return (null, Describe(created));
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? (user, []) : (null, Describe(added));
    }

    /// <summary>Gives a user exactly this role; their sessions pick it up within a minute (the security stamp changes).</summary>
    public static async Task<IReadOnlyList<string>> SetRoleAsync(UserManager<AmityUser> users, RoleManager<IdentityRole> roles, AmityUser user, string role)
    {
        if (!Roles.IsRole(role)) return [$"'{role}' is not a role: use {string.Join(", ", Roles.All)}."];
        await EnsureRolesAsync(roles);
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded) return Describe(removed);
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded) return Describe(added);
        await users.UpdateSecurityStampAsync(user);
        return [];
    }

    public static async Task<IReadOnlyList<string>> SetPasswordAsync(UserManager<AmityUser> users, AmityUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded) return Describe(valid);
        }
        await users.RemovePasswordAsync(user);
        var set = await users.AddPasswordAsync(user, password);
        if (!set.Succeeded) return Describe(set);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return [];
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
