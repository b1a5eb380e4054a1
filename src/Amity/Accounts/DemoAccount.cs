using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Amity.Accounts;

/// <summary>
/// `serve --demo` must be usable at once, so the demo database gets an admin named "demo" with a fresh random password
/// printed at start. Only a database the demo data was loaded into (now or before) gets it: pointing --demo at real data
/// never adds an account with a password on the console.
/// </summary>
public static class DemoAccount
{
    public const string Name = "demo";

    public static async Task<string?> PrepareAsync(IServiceProvider services, bool demoLoadedNow)
    {
        var db = services.GetRequiredService<Data.AmityDb>();
        var users = services.GetRequiredService<UserManager<AmityUser>>();
        var user = await users.FindByNameAsync(Name);
        if (user is null && !demoLoadedNow) return null;
        var password = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        if (user is null)
        {
            var (created, errors) = await Users.AddAsync(db, users, services.GetRequiredService<RoleManager<IdentityRole>>(), Name, Roles.Admin, password, TimeProvider.System);
            if (created is null) throw new InvalidOperationException("The demo account could not be made: " + string.Join(" ", errors));
        }
        else
        {
            var errors = await Users.SetPasswordAsync(db, users, user, password);
            if (errors.Count > 0) throw new InvalidOperationException("The demo account's password could not be set: " + string.Join(" ", errors));
        }
        return password;
    }
}
