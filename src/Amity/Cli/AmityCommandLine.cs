using System.CommandLine;
using Amity.Accounts;
using Amity.Data;
using Amity.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Amity.Cli;

/// <summary>The command line that design.md fixes: serve, export, import, db migrate, ingest, eval; and backup, restore.</summary>
public static class AmityCommandLine
{
    private static readonly Option<string?> DbOption = new("--db")
    {
        Description = "Connection string: 'Data Source=file.db' for SQLite or 'Host=…;Database=…;Username=…' for PostgreSQL. Default: AMITY_DB, else a SQLite file in the data folder.",
        Recursive = true,
    };

    private static readonly Option<string?> DataOption = new("--data")
    {
        Description = "The data folder (default: AMITY_DATA, else ./data).",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Amity: the system of record for a government's international partnerships.");
        root.Options.Add(DbOption);
        root.Options.Add(DataOption);
        root.Subcommands.Add(Serve());
        root.Subcommands.Add(Export());
        root.Subcommands.Add(Import());
        root.Subcommands.Add(Db());
        root.Subcommands.Add(BackupCommands.Backup(ConnectionString));
        root.Subcommands.Add(BackupCommands.Restore(ConnectionString));
        root.Subcommands.Add(IngestCommands.Ingest(ConnectionString));
        root.Subcommands.Add(IngestCommands.Eval());
        root.Subcommands.Add(SynthCommand.Create(ConnectionString));
        root.Subcommands.Add(AccountCommands.User(ConnectionString));
        root.Subcommands.Add(AccountCommands.Token(ConnectionString));
        return await root.Parse(args).InvokeAsync();
    }

    public static string ConnectionString(ParseResult parse)
    {
        var db = parse.GetValue(DbOption) ?? Environment.GetEnvironmentVariable("AMITY_DB");
        if (!string.IsNullOrWhiteSpace(db)) return db;
        return Database.DefaultConnectionString(DataFolder(parse));
    }

    private static string DataFolder(ParseResult parse) =>
        parse.GetValue(DataOption) ?? Environment.GetEnvironmentVariable("AMITY_DATA") ?? Path.Combine(Environment.CurrentDirectory, "data");

    private static Command Serve()
    {
        var urls = new Option<string?>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (default: ASPNETCORE_URLS, else http://localhost:5000)." };
        var demo = new Option<bool>("--demo") { Description = "On an empty database, load the demo dataset first." };
        var command = new Command("serve", "Run the web app and its API, applying any pending migrations first.") { urls, demo };
        command.SetAction(async (parse, ct) =>
        {
            var options = new AmityOptions
            {
                ConnectionString = ConnectionString(parse),
                Urls = parse.GetValue(urls) is { } u ? u.Split(';', StringSplitOptions.RemoveEmptyEntries) : [],
                Demo = parse.GetValue(demo),
                KeyCertificate = Environment.GetEnvironmentVariable(KeyProtection.CertificateVariable) is { Length: > 0 } certificate ? certificate : null,
                KeyCertificatePassword = Environment.GetEnvironmentVariable(KeyProtection.PasswordVariable),
            };
            WebApplication app;
            try
            {
                app = AmityApp.Build(options);
            }
            catch (KeyCertificateException e)
            {
                await Console.Error.WriteLineAsync("amity: " + e.Message);
                return 1;
            }
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AmityDb>();
                await db.MigrateIfPendingAsync(ct);
                var loaded = options.Demo && await DemoData.LoadIfEmptyAsync(db, ct);
                if (loaded) Console.WriteLine("Loaded the demo dataset.");
                if (options.Demo && await DemoAccount.PrepareAsync(scope.ServiceProvider, loaded) is { } password)
                    Console.WriteLine($"Demo: sign in as '{DemoAccount.Name}' with the password '{password}' (an admin; a new password each start).");
            }
            await app.RunAsync(ct);
            return 0;
        });
        return command;
    }

    private static Command Export()
    {
        var file = new Argument<FileInfo>("FILE.json") { Description = "Where to write the document (every record and link)." };
        var command = new Command("export", "Write every record and link to one JSON document, lossless.") { file };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = Database.Open(ConnectionString(parse));
            if (!await IsMigratedAsync(db, ct))
            {
                // Export only reads: it leaves an older database as it is and says what to do, rather than migrating it.
                Console.Error.WriteLine("export: the database is not migrated; run ./amity db migrate first.");
                return 1;
            }
            var target = parse.GetValue(file)!;
            await ProgressDisplay.RunAsync("Exporting", progress => ExportDocument.WriteFileAsync(db, target.FullName, progress, ct));
            Console.WriteLine($"Exported to {target.FullName}.");
            return 0;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE.json") { Description = "A document written by export (or by hand in the same format)." };
        var command = new Command("import", "Load a JSON document into an empty database; a malformed or inconsistent document changes nothing.") { file };
        command.SetAction(async (parse, ct) =>
        {
            await using var db = Database.Open(ConnectionString(parse));
            await db.MigrateIfPendingAsync(ct);
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"import: {source.FullName} does not exist.");
                return 2;
            }
            var result = await ProgressDisplay.RunAsync("Importing", progress => ImportDocument.ImportFileAsync(db, source.FullName, progress, ct));
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"import: {source.Name} was not imported; the database is unchanged.");
                Console.Error.WriteLine(result.Errors.ToString());
                return 1;
            }
            Console.WriteLine($"Imported {result.Count} records from {source.Name}.");
            return 0;
        });
        return command;
    }

    private static Command Db()
    {
        var migrate = new Command("migrate", "Apply the checked-in migrations for the database's provider.");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var db = Database.Open(ConnectionString(parse));
            var pending = await db.MigrateIfPendingAsync(ct);
            Console.WriteLine(pending.Count == 0 ? "The database is up to date." : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return 0;
        });
        return new Command("db", "Database maintenance.") { migrate };
    }

    private static async Task<bool> IsMigratedAsync(AmityDb db, CancellationToken ct) => !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
}
