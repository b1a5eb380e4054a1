using System.CommandLine;
using System.Text;
using Amity.Accounts;
using Amity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Amity.Cli;

/// <summary>`user` and `token`: accounts and API tokens from the shell, so the first admin can exist before any page does.</summary>
internal static class AccountCommands
{
    public static Command User(Func<ParseResult, string> connectionString)
    {
        var name = new Argument<string>("NAME") { Description = "The user name people sign in with." };
        var role = RoleOption();
        var add = new Command("add", "Add a user with a role; the password is read from standard input (one line).") { name, role };
        add.SetAction(async (parse, ct) =>
        {
            var password = ReadPassword($"Password for {parse.GetValue(name)}: ");
            if (password is null) return Fail("user add: no password on standard input.");
            await using var services = await OpenAsync(connectionString(parse), ct);
            await using var scope = services.CreateAsyncScope();
            var (user, errors) = await Users.AddAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), scope.ServiceProvider.GetRequiredService<UserManager<AmityUser>>(),
                scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), parse.GetValue(name)!, parse.GetValue(role)!, password, TimeProvider.System);
            if (user is null) return Fail("user add: " + string.Join(" ", errors));
            Console.WriteLine($"Added {user.UserName} as {parse.GetValue(role)}.");
            return 0;
        });

        var passwordName = new Argument<string>("NAME") { Description = "The user whose password to set." };
        var password = new Command("password", "Set a user's password (read from standard input) and lift any lockout.") { passwordName };
        password.SetAction(async (parse, ct) =>
        {
            var secret = ReadPassword($"New password for {parse.GetValue(passwordName)}: ");
            if (secret is null) return Fail("user password: no password on standard input.");
            await using var services = await OpenAsync(connectionString(parse), ct);
            await using var scope = services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AmityUser>>();
            var user = await users.FindByNameAsync(parse.GetValue(passwordName)!);
            if (user is null) return Fail($"user password: there is no user named '{parse.GetValue(passwordName)}'.");
            var errors = await Users.SetPasswordAsync(scope.ServiceProvider.GetRequiredService<AmityDb>(), users, user, secret);
            if (errors.Count > 0) return Fail("user password: " + string.Join(" ", errors));
            Console.WriteLine($"Set the password of {user.UserName}.");
            return 0;
        });

        var list = new Command("list", "List users with their roles.");
        list.SetAction(async (parse, ct) =>
        {
            await using var services = await OpenAsync(connectionString(parse), ct);
            await using var scope = services.CreateAsyncScope();
            foreach (var u in await Users.ListAsync(scope.ServiceProvider.GetRequiredService<UserManager<AmityUser>>(), TimeProvider.System))
                Console.WriteLine($"{u.Name}\t{u.Role}{(u.LockedOut ? "\tlocked" : "")}");
            return 0;
        });
        return new Command("user", "Accounts that sign in to the web app.") { add, password, list };
    }

    public static Command Token(Func<ParseResult, string> connectionString)
    {
        var name = new Argument<string>("NAME") { Description = "Who or what uses the token, e.g. newsroom-sync." };
        var role = RoleOption();
        var create = new Command("create", "Create an API token and print it (only its hash is stored: copy it now).") { name, role };
        create.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenDbAsync(connectionString(parse), ct);
            try
            {
                var created = await Tokens.CreateAsync(db, parse.GetValue(name)!, parse.GetValue(role)!, "cli:" + Environment.UserName, TimeProvider.System, ct);
                Console.WriteLine(created.Secret);
                return 0;
            }
            catch (ArgumentException e)
            {
                return Fail("token create: " + e.Message.Split(" (Parameter", 2)[0] + ".");
            }
        });

        var list = new Command("list", "List tokens (names, roles, first characters; never the secrets).");
        list.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenDbAsync(connectionString(parse), ct);
            foreach (var t in await Tokens.ListAsync(db, ct))
                Console.WriteLine($"{t.Name}\t{t.Role}\t{t.Prefix}…\t{(t.IsActive ? "active" : $"revoked {t.RevokedAt:yyyy-MM-dd}")}");
            return 0;
        });

        var revokeName = new Argument<string>("NAME") { Description = "The token to revoke." };
        var revoke = new Command("revoke", "Revoke a token: it stops working at once on new server starts and within seconds on running servers.") { revokeName };
        revoke.SetAction(async (parse, ct) =>
        {
            await using var db = await OpenDbAsync(connectionString(parse), ct);
            if (await Tokens.RevokeAsync(db, parse.GetValue(revokeName)!, TimeProvider.System, ct) is null)
                return Fail($"token revoke: there is no active token named '{parse.GetValue(revokeName)}'.");
            Console.WriteLine($"Revoked {parse.GetValue(revokeName)}.");
            return 0;
        });
        return new Command("token", "Bearer tokens for API clients.") { create, list, revoke };
    }

    private static Option<string> RoleOption()
    {
        var role = new Option<string>("--role") { Description = "viewer (reads), editor (also changes records), or admin (also users and tokens).", Required = true };
        role.AcceptOnlyFromAmong(Roles.All);
        return role;
    }

    /// <summary>One line from standard input; on a terminal it is typed without echo.</summary>
    private static string? ReadPassword(string prompt)
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine()?.TrimEnd('\r', '\n') is { Length: > 0 } line ? line : null;
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.Length > 0 ? typed.ToString() : null;
    }

    private static async Task<ServiceProvider> OpenAsync(string connection, CancellationToken ct)
    {
        var services = new ServiceCollection().AddLogging().AddAmityDb(connection).AddAmityAccountStore().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AmityDb>().MigrateIfPendingAsync(ct);
        return services;
    }

    private static async Task<AmityDb> OpenDbAsync(string connection, CancellationToken ct)
    {
        var db = Database.Open(connection);
        await db.MigrateIfPendingAsync(ct);
        return db;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
